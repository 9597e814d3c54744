package io.github.ghidanh.core.view;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.Evaluation;
import io.github.ghidanh.core.workflow.HonourRoll;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.core.workflow.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the read models the reporting module formats: every number, status and sentence is
 * computed here, so that ghidanh-report only lays them out. All methods are pure functions of their
 * arguments (no clock); thread-safe.
 *
 * <p><b>Every document is true as of its date.</b> A builder that takes a {@link CampaignState} and a
 * date builds the document from {@link CampaignState#asOf(LocalDate) the state as it stood at the end
 * of that date}, so nothing that happened later can appear in it, whatever state it is handed. When
 * the date is null the document takes its default date, which it also prints:
 * <ul>
 * <li>a cell's report and proposal list: the date of the cell's submission (they describe what the
 * cell submitted); the last event of the campaign while the cell has not submitted;</li>
 * <li>an honour roll, a summary, certificates: the date of the campaign's last event
 * ({@link CampaignState#lastEventDate()}).</li>
 * </ul>
 */
public final class ReadModels {

    /** Type code of a letter (công văn): "Số 12-CV/ĐU". */
    public static final String TYPE_LETTER = "CV";
    /** Type code of a report (báo cáo), also of the ward summary. */
    public static final String TYPE_REPORT = "BC";
    /** Type code of a list (danh sách). */
    public static final String TYPE_LIST = "DS";
    /** Type code of a certificate (giấy chứng nhận). */
    public static final String TYPE_CERTIFICATE = "GCN";

    private ReadModels() {
    }

    /**
     * The document context of an organisation's document: the format follows its kind; the
     * superior and issuing bodies are printed in capitals (Vietnamese-locale upper-casing,
     * "Đảng ủy phường Duyên Hải" → "ĐẢNG ỦY PHƯỜNG DUYÊN HẢI"); the place, the abbreviation and the
     * signature come from the organisation.
     *
     * @param number the registered number; null until registered
     * @param date the document's date; null for an undated draft
     * @param copyTo the "Nơi nhận" lines (without leading dashes)
     */
    public static DocumentContext context(Organisation issuer, String typeCode, String number, LocalDate date,
            List<String> copyTo) {
        Objects.requireNonNull(issuer, "issuer");
        return new DocumentContext(issuer.kind(), Words.upper(issuer.superiorName()), Words.upper(issuer.name()), number,
                typeCode, issuer.abbreviation(), issuer.place(), date, issuer.signatory(), copyTo, issuer.toneStyle());
    }

    /**
     * The directive letter (công văn) that opens a campaign, in the shape and default wording of the
     * source letter: campaign data (period, legal bases, deadline, receiving office, recipients,
     * preamble) and the tree fill in the variable parts; the thresholds of CV-1.e.party and CV-2 come
     * from the profile (HTXSNV, the letter's, when the profile has no such rule).
     *
     * @param campaign the campaign (its issuer must be in the tree)
     * @param tree the organisation tree; the issuer's children name the recipients' level ("các chi bộ")
     * @param profile the criteria profile in force
     */
    public static DirectiveLetterView directiveLetter(Campaign campaign, OrganisationTree tree, CriteriaProfile profile) {
        return DirectiveLetters.build(campaign, tree, profile);
    }

    /**
     * A cell's counts in a campaign. {@code evaluated}/{@code eligible} count the latest evaluation
     * of each of its nominees; {@code recorded} and the per-kind, per-category, key-leader/head, women
     * and ethnic-minority counts count the entries in force of its roll made in this campaign (a
     * corrected entry counts once; an individual once in each of its categories); for
     * {@code proposed} each nominee counts once with its latest proposal, so
     * {@code proposed = accepted + returned + pending}.
     */
    static CellCounts counts(CampaignState state, String cellId) {
        List<Evaluation> evs = state.evaluationsOf(cellId);
        int eligible = (int) evs.stream().filter(Evaluation::eligible).count();
        List<HonourRollEntry> recorded = state.roll(cellId).current(state.campaign().id());
        int models = 0;
        int collectives = 0;
        int individuals = 0;
        int leaders = 0;
        int women = 0;
        int minority = 0;
        Map<SubjectCategory, Integer> byCat = new EnumMap<>(SubjectCategory.class);
        for (HonourRollEntry e : recorded) {
            switch (e.nominee().kind()) {
                case MODEL -> models++;
                case COLLECTIVE -> collectives++;
                case INDIVIDUAL -> {
                    individuals++;
                    IndividualNominee i = (IndividualNominee) e.nominee();
                    for (SubjectCategory c : i.categories()) {
                        byCat.merge(c, 1, Integer::sum);
                    }
                    leaders += i.isLeaderOrHead() ? 1 : 0;
                    women += i.sex() == Sex.FEMALE ? 1 : 0;
                    minority += i.isEthnicMinority() ? 1 : 0;
                }
            }
        }
        List<Proposal> latest = state.latestProposalsFrom(cellId);
        int accepted = (int) latest.stream().filter(p -> p.status() == Proposal.Status.ACCEPTED).count();
        int returned = (int) latest.stream().filter(p -> p.status() == Proposal.Status.RETURNED).count();
        return new CellCounts(evs.size(), eligible, recorded.size(), latest.size(), accepted, returned, models,
                collectives, individuals, byCat, leaders, women, minority);
    }

    /** The element-wise sum of counts (category maps summed key by key). */
    static CellCounts sum(List<CellCounts> counts) {
        int[] t = new int[12];
        Map<SubjectCategory, Integer> byCat = new EnumMap<>(SubjectCategory.class);
        for (CellCounts c : counts) {
            t[0] += c.evaluated();
            t[1] += c.eligible();
            t[2] += c.recorded();
            t[3] += c.proposed();
            t[4] += c.accepted();
            t[5] += c.returned();
            t[6] += c.models();
            t[7] += c.collectives();
            t[8] += c.individuals();
            t[9] += c.keyLeadersOrHeads();
            t[10] += c.women();
            t[11] += c.ethnicMinority();
            c.individualsByCategory().forEach((k, v) -> byCat.merge(k, v, Integer::sum));
        }
        return new CellCounts(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], byCat, t[9], t[10], t[11]);
    }

    /**
     * The rows of an organisation's proposal list: its latest proposal of each nominee that was not
     * returned (pending or accepted), grouped MODEL, COLLECTIVE, INDIVIDUAL, in order of proposal,
     * numbered from 1 within each group.
     */
    static List<ProposalListView.Group> proposalGroups(CampaignState state, String proposerId) {
        Organisation proposer = state.tree().get(proposerId);
        String level = proposedLevel(state.tree(), proposer);
        List<ProposalListView.Group> groups = new ArrayList<>();
        for (NomineeKind kind : NomineeKind.values()) {
            List<ProposalListView.Row> rows = new ArrayList<>();
            for (Proposal p : state.latestProposalsFrom(proposerId)) {
                if (p.status() != Proposal.Status.RETURNED && p.nominee().kind() == kind) {
                    rows.add(new ProposalListView.Row(rows.size() + 1, p.nominee(), level, p.note()));
                }
            }
            if (!rows.isEmpty()) {
                groups.add(new ProposalListView.Group(kind, rows));
            }
        }
        return groups;
    }

    /**
     * The proposal list (Danh sách đề nghị ghi danh) of an organisation to its parent, as of
     * {@code date} (null: the organisation's submission date, see the class comment).
     */
    public static ProposalListView proposalList(CampaignState campaignState, String proposerId, LocalDate date) {
        LocalDate on = date != null ? date : submissionDate(campaignState, proposerId);
        CampaignState state = campaignState.asOf(on);
        Organisation proposer = state.tree().get(proposerId);
        DocumentContext ctx = context(proposer, TYPE_LIST, null, on, defaultCopyTo(state.tree(), proposer));
        return new ProposalListView(ctx, state.campaign(), proposer.name(), proposedLevel(state.tree(), proposer),
                proposalGroups(state, proposerId), state.tree().parent(proposerId).map(Organisation::name).orElse(null));
    }

    /**
     * A cell's report (Báo cáo kết quả đánh giá, ghi danh): counts, narrative sentences, the entries
     * in force of its roll for the campaign, and its proposals (numbered 1… across the kinds).
     *
     * @param date the report's date; null for the cell's submission date (see the class comment)
     */
    public static CellReportView cellReport(CampaignState campaignState, String cellId, LocalDate date) {
        LocalDate on = date != null ? date : submissionDate(campaignState, cellId);
        CampaignState state = campaignState.asOf(on);
        Organisation cell = state.tree().get(cellId);
        Campaign campaign = state.campaign();
        Submission sub = state.submission(cellId).orElse(null);
        CellCounts counts = counts(state, cellId);
        List<ProposalListView.Row> proposals = new ArrayList<>();
        for (ProposalListView.Group g : proposalGroups(state, cellId)) {
            for (ProposalListView.Row r : g.rows()) {
                proposals.add(new ProposalListView.Row(proposals.size() + 1, r.nominee(), r.proposedLevel(), r.note()));
            }
        }
        List<String> narrative = narrative(state, cell, counts, sub);
        DocumentContext ctx = context(cell, TYPE_REPORT, null, on, defaultCopyTo(state.tree(), cell));
        return new CellReportView(ctx, campaign, cell.name(), cell.supervisor(), sub == null ? null : sub.submittedOn(),
                SubmissionStatus.of(state, cellId), counts, narrative, state.roll(cellId).current(campaign.id()), proposals);
    }

    /**
     * The honour roll of an organisation for the campaign of the state, as of {@code date} (null: the
     * campaign's last event): every entry made in this campaign by then, corrections included as
     * their own entries, by number.
     */
    public static HonourRollView honourRoll(CampaignState campaignState, String ownerId, LocalDate date) {
        LocalDate on = date != null ? date : campaignState.lastEventDate();
        CampaignState state = campaignState.asOf(on);
        Organisation owner = state.tree().get(ownerId);
        return new HonourRollView(context(owner, null, null, on, List.of()), owner.name(), List.of(state.campaign()),
                state.roll(ownerId).entries(state.campaign().id()));
    }

    /**
     * The whole honour roll of an organisation over several campaigns, as of {@code date}: every entry
     * recorded by then, by number. A null date prints no date and keeps every entry.
     */
    public static HonourRollView honourRoll(Organisation owner, HonourRoll roll, List<Campaign> campaigns, LocalDate date) {
        List<HonourRollEntry> entries = date == null ? roll.entries()
                : roll.entries().stream().filter(e -> !e.date().isAfter(date)).toList();
        return new HonourRollView(context(owner, null, null, date, List.of()), owner.name(), campaigns, entries);
    }

    /**
     * The summary of the level above (Tổng hợp kết quả ghi danh): one row per child of
     * {@code wardId} in tree order, with its supervisor (CV-3), status (CV-4) and counts; totals are
     * the sum of the rows; the honourees are the entries in force of the ward's roll for the campaign.
     * As of {@code date} (null: the campaign's last event).
     */
    public static WardSummaryView wardSummary(CampaignState campaignState, String wardId, LocalDate date) {
        LocalDate on = date != null ? date : campaignState.lastEventDate();
        CampaignState state = campaignState.asOf(on);
        Organisation ward = state.tree().get(wardId);
        List<WardSummaryView.CellRow> rows = new ArrayList<>();
        List<CellCounts> all = new ArrayList<>();
        for (Organisation cell : state.tree().children(wardId)) {
            CellCounts c = counts(state, cell.id());
            all.add(c);
            rows.add(new WardSummaryView.CellRow(cell.id(), cell.name(), cell.supervisor(), SubmissionStatus.of(state, cell.id()),
                    state.submission(cell.id()).map(Submission::submittedOn).orElse(null), c));
        }
        DocumentContext ctx = context(ward, TYPE_REPORT, null, on, defaultCopyTo(state.tree(), ward));
        return new WardSummaryView(ctx, state.campaign(), rows, sum(all), state.roll(wardId).current(state.campaign().id()));
    }

    /**
     * Certificates for the entries in force of an organisation's roll made in the campaign, as of
     * {@code date} (null: the campaign's last event).
     */
    public static CertificatesView certificates(CampaignState campaignState, String ownerId, LocalDate date) {
        LocalDate on = date != null ? date : campaignState.lastEventDate();
        CampaignState state = campaignState.asOf(on);
        Organisation owner = state.tree().get(ownerId);
        return new CertificatesView(context(owner, TYPE_CERTIFICATE, null, on, List.of()), state.campaign(),
                state.roll(ownerId).current(state.campaign().id()), owner.name());
    }

    /**
     * The default date of a cell's documents: its submission date; the campaign's last event while
     * it has not submitted.
     */
    private static LocalDate submissionDate(CampaignState state, String cellId) {
        return state.submission(cellId).map(Submission::submittedOn).orElseGet(state::lastEventDate);
    }

    // ------------------------------------------------------------------ wording

    /** The level a proposal goes to, as printed in the list: "Cấp phường". */
    static String proposedLevel(OrganisationTree tree, Organisation proposer) {
        return tree.parent(proposer.id()).map(p -> Words.capitalise(Words.levelPhrase(p))).orElse(null);
    }

    /** "Đảng ủy phường Duyên Hải (để báo cáo),", "Lưu chi bộ." */
    static List<String> defaultCopyTo(OrganisationTree tree, Organisation o) {
        List<String> out = new ArrayList<>();
        // the level above gets the document; for the top of the tree that is the organisation's superior
        String above = tree.parent(o.id()).map(Organisation::name)
                .orElse(o.superiorName() == null || o.superiorName().isBlank() ? null : o.superiorName().strip());
        if (above != null) {
            out.add(above + " (để báo cáo),");
        }
        String keep = o.abbreviation() != null && !o.abbreviation().isBlank() ? o.abbreviation()
                : o.levelName() != null ? Words.lower(o.levelName()) : "văn thư";
        out.add("Lưu " + keep + ".");
        return out;
    }

    private static List<String> narrative(CampaignState state, Organisation cell, CellCounts c, Submission sub) {
        Campaign campaign = state.campaign();
        Organisation issuer = state.tree().get(campaign.issuerId());
        String here = cell.levelName() == null ? "đơn vị" : Words.lower(cell.levelName());
        List<String> out = new ArrayList<>();
        StringBuilder s = new StringBuilder("Thực hiện Công văn ");
        if (campaign.documentNumber() != null && !campaign.documentNumber().isBlank()) {
            s.append("số ").append(campaign.documentNumber().strip()).append('-').append(TYPE_LETTER).append('/')
                    .append(issuer.abbreviation() == null ? "" : issuer.abbreviation()).append(' ');
        }
        s.append("ngày ").append(Words.shortDate(campaign.issueDate())).append(" của ").append(issuer.name())
                .append(" về việc ").append(DirectiveLetters.subject(campaign, cell.toneStyle())).append(", ").append(cell.name())
                .append(" báo cáo kết quả đánh giá, ghi danh như sau:");
        out.add(s.toString());
        out.add("Số mô hình, tập thể, cá nhân được đánh giá: " + c.evaluated() + "; số đủ tiêu chuẩn ghi danh: "
                + c.eligible() + ".");
        out.add("Số được ghi danh tại " + here + ": " + c.recorded() + " (" + c.models() + " mô hình, " + c.collectives()
                + " tập thể, " + c.individuals() + " cá nhân).");
        if (!c.individualsByCategory().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (SubjectCategory cat : SubjectCategory.values()) {
                int n = c.individuals(cat);
                if (n > 0) {
                    parts.add((cat == SubjectCategory.NHAN_DAN ? cat.labelVi() : Words.lower(cat.labelVi())) + ": " + n);
                }
            }
            out.add("Cá nhân được ghi danh theo đối tượng (một người có thể thuộc nhiều đối tượng): "
                    + String.join("; ", parts) + ".");
        }
        if (c.individuals() > 0) {
            out.add("Trong " + c.individuals() + " cá nhân được ghi danh có " + c.keyLeadersOrHeads()
                    + " cán bộ lãnh đạo chủ chốt, người đứng đầu; " + c.women() + " nữ; " + c.ethnicMinority()
                    + " người dân tộc thiểu số.");
        }
        Organisation parent = state.tree().parent(cell.id()).orElse(null);
        if (parent != null) {
            // every nominee proposed (its latest proposal), returned ones included, so that
            // "proposed = accepted + returned + pending" reads true in the sentence below
            List<Nominee> proposed = state.latestProposalsFrom(cell.id()).stream().map(Proposal::nominee).toList();
            int m = 0;
            int t = 0;
            int i = 0;
            for (Nominee r : proposed) {
                switch (r.kind()) {
                    case MODEL -> m++;
                    case COLLECTIVE -> t++;
                    case INDIVIDUAL -> i++;
                }
            }
            StringBuilder p = new StringBuilder("Đề nghị ghi danh ").append(Words.levelPhrase(parent)).append(": ")
                    .append(proposed.size());
            if (!proposed.isEmpty()) {
                p.append(" (").append(m).append(" mô hình, ").append(t).append(" tập thể, ").append(i).append(" cá nhân: ")
                        .append(String.join(", ", proposed.stream().map(ReadModels::name).toList())).append(')');
            }
            if (c.accepted() > 0 || c.returned() > 0) {
                p.append("; ").append(parent.name()).append(" đã ghi danh ").append(c.accepted()).append(", trả lại ")
                        .append(c.returned());
            }
            out.add(p.append('.').toString());
        }
        if (sub != null) {
            out.add("Báo cáo nộp ngày " + Words.ddMMyyyy(sub.submittedOn())
                    + (sub.late() ? ", sau thời hạn " : ", trong thời hạn ")
                    + (campaign.deadline().inclusive() ? "(chậm nhất ngày " : "(trước ngày ")
                    + Words.ddMMyyyy(campaign.deadline().date()) + ").");
        }
        return out;
    }

    private static String name(Nominee n) {
        return n.name() == null || n.name().isBlank() ? n.id() : n.name();
    }
}
