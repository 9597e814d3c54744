package io.github.ghidanh.examples.host;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.LegalBasis;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.Review;
import io.github.ghidanh.interchange.CellSubmission;
import io.github.ghidanh.interchange.spreadsheet.RatingWordings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a host system feeds ghidanh from its own database: the mapping code a developer of a
 * party-member registry writes (docs/getting-started.md walks through it). It reads the registry's
 * committees, cells, members, cell meetings and nominations over plain JDBC and builds the model:
 * the organisation tree, a campaign, one {@link IndividualNominee} per nomination (with the meeting
 * and its vote as the collective's recognition, CV-1.e), and what each cell submitted.
 */
public final class RegistryHost {
    /** The campaign the host runs: second half of 2025, deadline "before 15/12/2025". */
    public static final String CAMPAIGN_ID = "bac-cuong-2025-h2";
    /** The date the ward answers the proposals. */
    public static final LocalDate REVIEW_DATE = LocalDate.of(2025, 12, 18);

    private RegistryHost() {
    }

    /** Reads everything the honour roll needs for the committee {@code committeeCode}. */
    public static Interchange load(Connection db, String committeeCode) throws SQLException {
        OrganisationTree tree = organisations(db, committeeCode);
        Campaign campaign = Campaign.builder(CAMPAIGN_ID, committeeCode)
                .period(CampaignPeriod.secondHalf(2025))
                .legalBasis(new LegalBasis("Quy định", "368-QĐ/TU", LocalDate.of(2022, 1, 17), "Tỉnh ủy Lào Cai",
                        "về học tập, làm theo và nêu gương theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"))
                .criteriaProfileId("lao-cai-duyen-hai-2022-h1")
                .deadline(Deadline.before(LocalDate.of(2025, 12, 15)))
                .receivingOffice("Văn phòng Đảng ủy")
                .subject("đánh giá kết quả, đề nghị ghi danh tập thể, cá nhân tiêu biểu trong học tập và làm theo "
                        + "tư tưởng, đạo đức, phong cách Hồ Chí Minh 6 tháng cuối năm 2025")
                .recipient("Các chi bộ trực thuộc.")
                .copyTo("Như kính gửi,").copyTo("Lưu ĐU.")
                .issueDate(LocalDate.of(2025, 11, 20))
                .build();

        List<Nominee> nominees = new ArrayList<>();
        Map<String, List<String>> proposedByCell = new LinkedHashMap<>();
        Map<String, LocalDate> meetingByCell = new LinkedHashMap<>();
        String sql = """
                SELECT m.member_no, m.cell_code, m.full_name, m.birth_year, m.gender, m.citizen_id, m.job_title,
                       m.workplace, m.civil_servant, m.public_employee, m.key_leader, m.head_of_unit, m.rating_text,
                       m.rating_score, c.is_agency, mt.held_on, mt.title, mt.attendees, n.votes_for, n.deed_kind,
                       n.deed, n.results, n.exemplary, n.propose_up
                  FROM honour_nomination n
                  JOIN member m ON m.member_no = n.member_no
                  JOIN cell_meeting mt ON mt.id = n.meeting_id
                  JOIN cell c ON c.code = m.cell_code
                 WHERE c.committee_code = ?
                 ORDER BY c.code, m.member_no""";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            p.setString(1, committeeCode);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Nominee n = nominee(rs);
                    nominees.add(n);
                    meetingByCell.merge(n.cellId(), rs.getObject("held_on", LocalDate.class),
                            (a, b) -> a.isAfter(b) ? a : b);
                    proposedByCell.computeIfAbsent(n.cellId(), k -> new ArrayList<>());
                    if (rs.getBoolean("propose_up")) {
                        proposedByCell.get(n.cellId()).add(n.id());
                    }
                }
            }
        }
        // each cell submits two days after its meeting; the ward accepts every proposal
        List<CellSubmission> submissions = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : proposedByCell.entrySet()) {
            submissions.add(new CellSubmission(e.getKey(), meetingByCell.get(e.getKey()).plusDays(2), null, null, e.getValue()));
            for (String id : e.getValue()) {
                reviews.add(new Review(id, Review.Outcome.ACCEPT, null, REVIEW_DATE, "Ban Thường vụ Đảng ủy"));
            }
        }
        return new Interchange(tree, campaign, nominees, submissions, reviews);
    }

    static OrganisationTree organisations(Connection db, String committeeCode) throws SQLException {
        List<Organisation> orgs = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT name, superior, symbol, place, secretary FROM party_committee WHERE code = ?")) {
            p.setString(1, committeeCode);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No party committee " + committeeCode);
                }
                orgs.add(Organisation.builder(committeeCode, OrganisationKind.PARTY).name(rs.getString("name"))
                        .levelName("Đảng ủy phường").superiorName(rs.getString("superior"))
                        .abbreviation(rs.getString("symbol")).place(rs.getString("place"))
                        .signatory(new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", rs.getString("secretary"))).build());
                String place = rs.getString("place");
                String wardName = rs.getString("name");
                try (PreparedStatement c = db.prepareStatement(
                        "SELECT code, name, supervisor, secretary FROM cell WHERE committee_code = ? ORDER BY code")) {
                    c.setString(1, committeeCode);
                    try (ResultSet cs = c.executeQuery()) {
                        while (cs.next()) {
                            orgs.add(Organisation.builder(cs.getString("code"), OrganisationKind.PARTY)
                                    .name(cs.getString("name")).levelName("Chi bộ").parentId(committeeCode)
                                    .superiorName(wardName.replace("Đảng ủy", "Đảng bộ")).abbreviation("CB").place(place)
                                    .supervisor(cs.getString("supervisor"))
                                    .signatory(new Signatory("T/M CHI BỘ", "BÍ THƯ", cs.getString("secretary"))).build());
                        }
                    }
                }
            }
        }
        return OrganisationTree.of(orgs);
    }

    /** One nomination row → one individual nominee. Every mapping decision of the host is here. */
    static IndividualNominee nominee(ResultSet rs) throws SQLException {
        IndividualNominee.Builder b = IndividualNominee.builder(rs.getString("member_no"), rs.getString("cell_code"))
                .name(rs.getString("full_name"))
                .yearOfBirth(rs.getObject("birth_year", Integer.class))
                .sex("F".equals(rs.getString("gender")) ? Sex.FEMALE : "M".equals(rs.getString("gender")) ? Sex.MALE : null)
                .citizenId(rs.getString("citizen_id"))
                .position(rs.getString("job_title"))
                .unit(rs.getString("workplace"))
                .category(SubjectCategory.DANG_VIEN) // a party-member registry: everyone is a party member
                .keyLeader(rs.getBoolean("key_leader"))
                .head(rs.getBoolean("head_of_unit"))
                .exemplary(rs.getBoolean("exemplary"))
                .proposedByAgency(rs.getBoolean("is_agency"))
                .results(rs.getString("results"))
                .achievement(Achievement.of(AchievementType.valueOf(rs.getString("deed_kind")), rs.getString("deed")))
                .recognition(new Recognition(rs.getObject("held_on", LocalDate.class), rs.getString("title"),
                        rs.getInt("votes_for"), rs.getInt("attendees")));
        if (rs.getBoolean("civil_servant")) {
            b.category(SubjectCategory.CONG_CHUC);
        }
        if (rs.getBoolean("public_employee")) {
            b.category(SubjectCategory.VIEN_CHUC);
        }
        String ratingText = rs.getString("rating_text");
        if (ratingText != null) {
            // the registry still has pre-2020 wordings: map them with the explicit table, never guess
            Rating rating = RatingWordings.map(ratingText).orElseThrow(() -> new SQLException(
                    "Member " + b.build().id() + ": rating \"" + ratingText + "\" is not in the table of docs/json-format.md"));
            b.assessment(new Assessment(rating, rs.getObject("rating_score", Integer.class), 2025));
        }
        return b.build();
    }
}
