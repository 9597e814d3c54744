package io.github.ghidanh.core.view;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Rule;
import io.github.ghidanh.core.criteria.RuleType;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.LegalBasis;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the directive letter (công văn) that opens a campaign, in the shape and default wording of
 * the source letter of Đảng ủy phường Duyên Hải (31/5/2022), with its obvious typos corrected
 * ("Duỳn" → "Duyên", "chính trang" → "chỉnh trang", "06-HĐ/TU" → "06-HD/TU", unbalanced brackets).
 * Campaign data (period, legal bases, deadline, receiving office, recipients, preamble) and the
 * organisation tree fill in the variable parts; the rating thresholds come from the criteria
 * profile. Pure functions; thread-safe. Hosts reach it through {@link ReadModels#directiveLetter}.
 */
final class DirectiveLetters {

    private DirectiveLetters() {
    }

    /** The closing line of the letter. */
    static final String CLOSING = "Đề nghị các tập thể, cá nhân nghiêm túc thực hiện./.";

    /**
     * The directive letter of a campaign.
     *
     * @param campaign the campaign (its issuer must be in the tree)
     * @param tree the organisation tree; the issuer's children name the recipients' level ("các chi bộ")
     * @param profile the criteria profile in force (thresholds of CV-1.e and CV-2)
     */
    static DirectiveLetterView build(Campaign campaign, OrganisationTree tree, CriteriaProfile profile) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(profile, "profile");
        return build(campaign, tree, profile, partyMemberThreshold(profile), headRule(profile));
    }

    /**
     * The letter demands only what the profile enforces: each criterion sentence is written from a
     * rule of the profile (no rule, no sentence); the CV-2 point is left out, and the later points
     * renumbered, when the profile has no CV-2 rule.
     */
    private static DirectiveLetterView build(Campaign campaign, OrganisationTree tree, CriteriaProfile profile,
            Rating partyThreshold, Rule headRule) {
        Organisation issuer = tree.get(campaign.issuerId());
        String abbr = issuer.abbreviation() == null ? "" : issuer.abbreviation();
        List<String> copyTo = campaign.copyTo().isEmpty()
                ? List.of("Như kính gửi,", "Lưu " + (abbr.isEmpty() ? "văn thư" : abbr) + ".")
                : campaign.copyTo();
        DocumentContext ctx = ReadModels.context(issuer, ReadModels.TYPE_LETTER, campaign.documentNumber(),
                campaign.issueDate(), copyTo);

        String subject = subject(campaign, issuer.toneStyle());

        String child = Words.childLevel(tree, issuer);            // "chi bộ"
        String children = "các " + child + " trực thuộc";          // "các chi bộ trực thuộc"
        List<String> recipients = !campaign.recipients().isEmpty() ? campaign.recipients()
                : List.of(Words.capitalise(children) + ".");

        String issuerShort = Words.shortName(issuer);             // "Đảng ủy"
        String levelPhrase = Words.levelPhrase(issuer);           // "cấp phường"

        List<String> preamble = new ArrayList<>();
        if (campaign.preamble() != null && !campaign.preamble().isBlank()) {
            for (String p : campaign.preamble().split("\\R")) {
                if (!p.isBlank()) {
                    preamble.add(p.strip());
                }
            }
        } else {
            StringBuilder sb = new StringBuilder();
            if (!campaign.legalBases().isEmpty()) {
                List<String> bases = campaign.legalBases().stream().map(DirectiveLetters::basis).toList();
                sb.append("Thực hiện ").append(Words.joinVi(bases, "; ")).append(". ");
            }
            sb.append("Để đánh giá kết quả thực hiện đồng thời biểu dương, ghi danh các tập thể, cá nhân tiêu biểu ")
                    .append("trong học tập và làm theo Bác ").append(campaign.period().labelVi()).append(", ")
                    .append(issuerShort).append(" yêu cầu:");
            preamble.add(sb.toString());
        }

        List<String> criteria = new ArrayList<>();
        if (has(profile, RuleType.SUBJECT_CATEGORY)) {
            criteria.add(// CV-1.a
                        "Đối tượng ghi danh: Các mô hình, tập thể và cá nhân là cán bộ, đảng viên, công chức, viên chức, "
                                + "chiến sĩ các lực lượng vũ trang và Nhân dân. Cán bộ lãnh đạo chủ chốt, người đứng đầu các cấp "
                                + "trong học tập, làm theo Bác tại các cơ quan, đơn vị.");
        }
        if (has(profile, RuleType.CONCRETE_ACHIEVEMENT)) {
            criteria.add(// CV-1.b
                        "Tiêu chuẩn: Là những mô hình mới, tập thể, cá nhân tiêu biểu cho ý chí phấn đấu, rèn luyện, gương mẫu "
                                + "đi đầu hoặc có việc làm, hành động thiết thực, nhân văn, nhân ái, nghĩa cử cao đẹp, hành động có "
                                + "ích cho xã hội (tận tụy trách nhiệm trong công việc; tinh thần dám nghĩ, dám làm, dám chịu trách "
                                + "nhiệm, dám đương đầu với khó khăn thử thách; sáng kiến cải tiến khoa học kỹ thuật; đổi mới trong "
                                + "công tác; hiến máu cứu người; giúp đỡ người yếu thế; các hoạt động thiện nguyện ý nghĩa vì cuộc "
                                + "sống cộng đồng; hiến đất...).");
        }
        if (has(profile, RuleType.MODEL_CONTENT)) {
            criteria.add(// CV-1.c
                        "Đối với mô hình mới, cách làm hiệu quả về học tập và làm theo Bác, phải có nội dung cụ thể của mô "
                                + "hình, cách làm rõ nét đổi mới trên tất cả các lĩnh vực, có thể là sáng kiến hay trong công tác, "
                                + "cách làm mang lại hiệu quả cao cho tập thể, những mô hình mới trong chỉnh trang đô thị, quản lý "
                                + "đất đai, tài nguyên môi trường, xây dựng nông thôn mới, trong thực hiện nếp sống văn hóa, văn minh...;");
        }
        if (has(profile, RuleType.COLLECTIVE_CHANGE)) {
            criteria.add(// CV-1.d
                        "Đối với tập thể điển hình phải có cách làm rõ nét, nổi bật trong học tập và làm theo Bác (phải có "
                                + "đổi mới, sáng tạo, đột phá hơn so với thời gian trước, có tác động tích cực đến việc tu dưỡng, "
                                + "rèn luyện đạo đức của cán bộ, đảng viên và Nhân dân, tạo được sự lan tỏa trong cơ quan, đơn vị).");
        }
        StringBuilder individuals = new StringBuilder();
        if (has(profile, RuleType.INDIVIDUAL_RESULTS) || has(profile, RuleType.RECOGNITION_BY_COLLECTIVE)) {
            individuals.append(// CV-1.e
                        "Đối với cá nhân điển hình tiên tiến có kết quả cụ thể về quá trình học tập, lao động, công tác một "
                                + "cách tự giác, thường xuyên, liên tục, được tập thể thừa nhận, ví dụ các cá nhân luôn chủ động "
                                + "sáng tạo trong công việc, tâm huyết, dám nghĩ, dám làm, dám chịu trách nhiệm và luôn hoàn thành "
                                + "tốt các nhiệm vụ được giao; có hành động nhân văn, nhân ái vì con người và cộng đồng; có cách "
                                + "làm sáng tạo, hiệu quả trong học tập và làm theo Bác tại chi bộ, cơ quan, đơn vị, khu dân cư và "
                                + "được tập thể công nhận thì ghi danh vào sổ ghi danh.");
        }
        if (partyThreshold != null) {
            // CV-1.e.party
            individuals.append(individuals.length() > 0 ? " " : "").append("Cá nhân là đảng viên ghi danh được đánh giá từ ")
                    .append(Words.lower(partyThreshold.labelVi())).append(" trở lên.");
        }
        if (individuals.length() > 0) {
            criteria.add(individuals.toString());
        }
        // every criterion sentence is the library's own wording (the rating labels included)
        criteria.replaceAll(ctx::fixed);
        List<DirectiveLetterView.Point> points = new ArrayList<>();
        points.add(new DirectiveLetterView.Point("1",
                Words.capitalise(children) + " thực hiện nghiêm túc quy trình đánh giá, ghi danh theo "
                        + guidanceRef(campaign) + (criteria.isEmpty() ? "." : ". Trong đó bám sát các tiêu chí trong hướng dẫn cụ thể:"),
                List.copyOf(criteria), "CV-1"));
        if (headRule != null) {
            StringBuilder head = new StringBuilder("Đối với các cơ quan, đơn vị trực thuộc đề xuất ghi danh đối với người đứng "
                    + "đầu cơ quan, đơn vị, cán bộ, công chức phải ");
            if (Boolean.TRUE.equals(headRule.parameters().get("requireExemplary"))) {
                head.append("thật sự tiêu biểu, gương mẫu, ");
            }
            head.append(Words.lower(((Rating) headRule.parameters().get("threshold")).labelVi())).append(" được giao.");
            points.add(new DirectiveLetterView.Point(String.valueOf(points.size() + 1), ctx.fixed(head.toString()), List.of(), "CV-2"));
        }
        String supervisors = issuer.kind() == OrganisationKind.PARTY
                ? "Các đồng chí UV BCH Đảng bộ chịu trách nhiệm chỉ đạo, hướng dẫn "
                : "Các đồng chí lãnh đạo được phân công chịu trách nhiệm chỉ đạo, hướng dẫn ";
        points.add(new DirectiveLetterView.Point(String.valueOf(points.size() + 1),
                supervisors + "các " + child + " được phân công phụ trách thực hiện nghiêm túc việc đánh giá ghi danh tại "
                        + child + " và đề nghị ghi danh " + levelPhrase + ".",
                List.of(), "CV-3"));
        StringBuilder deadline = new StringBuilder("Thời gian: ").append(Words.capitalise("các " + child))
                .append(" báo cáo kết quả ghi danh tại ").append(child).append(" và đề nghị ghi danh ").append(levelPhrase)
                .append(" về ").append(issuerShort).append(campaign.deadline().inclusive() ? " chậm nhất ngày " : " trước ngày ")
                .append(Words.ddMMyyyy(campaign.deadline().date()));
        if (campaign.receivingOffice() != null && !campaign.receivingOffice().isBlank()) {
            // the office as the host wrote it: a proper name ("Văn phòng Đảng ủy") keeps its capital
            deadline.append(" (qua ").append(campaign.receivingOffice().strip()).append(')');
        }
        points.add(new DirectiveLetterView.Point(String.valueOf(points.size() + 1), deadline.append('.').toString(), List.of(), "CV-4"));

        return new DirectiveLetterView(ctx, subject, recipients, preamble, points, ctx.fixed(CLOSING));
    }

    /** The V/v line: the campaign's subject, or the source letter's wording with the campaign's period. */
    static String subject(Campaign campaign) {
        return campaign.subject() != null && !campaign.subject().isBlank() ? campaign.subject().strip()
                : "đánh giá kết quả, đề nghị ghi danh tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng, "
                        + "đạo đức, phong cách Chủ tịch Hồ Chí Minh " + campaign.period().labelVi();
    }

    /** {@link #subject(Campaign)}, the library's default wording in {@code style}; the campaign's own as written. */
    static String subject(Campaign campaign, VietnameseText.ToneStyle style) {
        boolean own = campaign.subject() != null && !campaign.subject().isBlank();
        return own || style == VietnameseText.ToneStyle.OLD ? subject(campaign) : VietnameseText.toneForm(subject(campaign), style);
    }

    /** "Quy định số 368-QĐ/TU ngày 17/01/2022 của Tỉnh ủy Lào Cai về …". */
    static String basis(LegalBasis b) {
        StringBuilder sb = new StringBuilder(b.type() == null ? "Văn bản" : b.type());
        if (b.number() != null && !b.number().isBlank()) {
            sb.append(" số ").append(b.number().strip());
        }
        if (b.date() != null) {
            sb.append(" ngày ").append(Words.shortDate(b.date()));
        }
        if (b.issuer() != null && !b.issuer().isBlank()) {
            sb.append(" của ").append(b.issuer().strip());
        }
        if (b.title() != null && !b.title().isBlank()) {
            String t = b.title().strip();
            sb.append(t.startsWith("về ") ? " " : " về ").append(t);
        }
        return sb.toString();
    }

    /** "Hướng dẫn 06 của Thành ủy": the last guidance among the legal bases, in its short form. */
    static String guidanceRef(Campaign campaign) {
        LegalBasis g = null;
        for (LegalBasis b : campaign.legalBases()) {
            if (b.type() != null && Words.lower(b.type()).startsWith("hướng dẫn")) {
                g = b;
            }
        }
        if (g == null && !campaign.legalBases().isEmpty()) {
            g = campaign.legalBases().get(campaign.legalBases().size() - 1);
        }
        if (g == null) {
            return "hướng dẫn của cấp trên";
        }
        StringBuilder sb = new StringBuilder(g.type() == null ? "Văn bản" : g.type());
        if (g.number() != null && !g.number().isBlank()) {
            String n = g.number().strip();
            int dash = n.indexOf('-');
            sb.append(' ').append(dash > 0 ? n.substring(0, dash) : n);
        }
        if (g.issuer() != null && !g.issuer().isBlank()) {
            sb.append(" của ").append(Words.bodyWithoutPlace(g.issuer().strip()));
        }
        return sb.toString();
    }

    private static boolean has(CriteriaProfile profile, RuleType type) {
        return !profile.rulesOf(type).isEmpty();
    }

    /** CV-1.e.party threshold of the profile; null (no sentence) when the profile has no such rule. */
    static Rating partyMemberThreshold(CriteriaProfile profile) {
        return profile.partyMemberThreshold();
    }

    /** The profile's first CV-2 rule with a threshold; null (no CV-2 point) when it has none. */
    static Rule headRule(CriteriaProfile profile) {
        for (Rule r : profile.rulesOf(RuleType.AGENCY_PROPOSED_EXEMPLARY)) {
            if (r.parameters().get("threshold") instanceof Rating) {
                return r;
            }
        }
        return null;
    }
}
