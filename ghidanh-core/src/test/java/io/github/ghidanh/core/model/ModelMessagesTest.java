package io.github.ghidanh.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every message of a {@link ModelException}, word for word in both languages, with its code: hosts
 * and users compare these texts, so they must not change when their wording moves (dates are
 * printed as ISO dates, numbers as given).
 */
class ModelMessagesTest {

    private static Organisation org(String id, String parent) {
        return Organisation.builder(id, OrganisationKind.PARTY).name("Chi bộ " + id).parentId(parent).build();
    }

    private static void assertModelException(ThrowingCallable call, String code, String vi, String en) {
        ModelException e = catchThrowableOfType(call, ModelException.class);
        assertThat(e).as(code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.messageVi()).isEqualTo(vi);
        assertThat(e.messageEn()).isEqualTo(en);
        assertThat(e.message(Locale.forLanguageTag("vi"))).isEqualTo(vi);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(en);
        assertThat(e.getMessage()).isEqualTo(vi + " / " + en);
    }

    @Test
    void requiredValues() {
        assertModelException(() -> IndividualNominee.builder(null, "c").build(), "model.required",
                "Thiếu giá trị bắt buộc: IndividualNominee.id không được để trống.",
                "Missing required value: IndividualNominee.id must not be null.");
        assertModelException(() -> new CampaignPeriod.DateRange(null, LocalDate.of(2022, 1, 1)), "model.required",
                "Thiếu giá trị bắt buộc: CampaignPeriod.DateRange.start không được để trống.",
                "Missing required value: CampaignPeriod.DateRange.start must not be null.");
        assertModelException(() -> OrganisationTree.of(Arrays.asList(org("w", null), null)), "model.required",
                "Thiếu giá trị bắt buộc: OrganisationTree.organisations[] không được để trống.",
                "Missing required value: OrganisationTree.organisations[] must not be null.");
        assertModelException(() -> new Assessment(null, null, null), "model.required",
                "Thiếu giá trị bắt buộc: Assessment.rating không được để trống.",
                "Missing required value: Assessment.rating must not be null.");
    }

    @Test
    void campaignPeriods() {
        assertModelException(() -> new CampaignPeriod.HalfYear(2022, 3), "period.half",
                "Nửa năm phải là 1 hoặc 2, không phải 3.", "A half-year is 1 or 2, not 3.");
        assertModelException(() -> new CampaignPeriod.Quarter(2023, 0), "period.quarter",
                "Quý phải từ 1 đến 4, không phải 0.", "A quarter is 1 to 4, not 0.");
        assertModelException(() -> new CampaignPeriod.DateRange(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1)),
                "period.range", "Ngày kết thúc 01/01/2022 trước ngày bắt đầu 01/02/2022.",
                "End date 2022-01-01 is before start date 2022-02-01.");
        assertModelException(() -> CampaignPeriod.firstHalf(1944), "period.year",
                "Năm 1944 nằm ngoài khoảng 1945–2200.", "Year 1944 is outside 1945–2200.");
        assertModelException(() -> new CampaignPeriod.Year(-2201), "period.year",
                "Năm -2201 nằm ngoài khoảng 1945–2200.", "Year -2201 is outside 1945–2200.");
    }

    @Test
    void organisationTrees() {
        assertModelException(() -> OrganisationTree.of(List.of()), "tree.empty",
                "Cây tổ chức không có tổ chức nào.", "The organisation tree has no organisation.");
        assertModelException(() -> OrganisationTree.of(List.of(org("w", null), org("w", null))), "tree.duplicateId",
                "Mã tổ chức bị trùng: \"w\". Mỗi tổ chức phải có một mã riêng.",
                "Duplicate organisation id: \"w\". Each organisation needs its own id.");
        assertModelException(() -> OrganisationTree.of(List.of(org("w", null), org("v", null))), "tree.twoRoots",
                "Cây tổ chức có hai gốc: \"w\" và \"v\".", "The organisation tree has two roots: \"w\" and \"v\".");
        assertModelException(() -> OrganisationTree.of(List.of(org("w", null), org("a", "x"))), "tree.missingParent",
                "Tổ chức \"a\" trỏ tới tổ chức cấp trên \"x\" không có trong danh sách.",
                "Organisation \"a\" names a parent \"x\" that is not in the list.");
        assertModelException(() -> OrganisationTree.of(List.of(org("a", "b"), org("b", "a"))), "tree.cycle",
                "Cây tổ chức không có gốc (các tổ chức trỏ vòng lẫn nhau).",
                "The organisation tree has no root (the parent links form a cycle).");
        assertModelException(() -> OrganisationTree.of(List.of(org("w", null), org("a", "b"), org("b", "a"))), "tree.cycle",
                "Các tổ chức trỏ vòng lẫn nhau, bắt đầu từ \"a\"; hãy sửa mã tổ chức cấp trên.",
                "The parent links form a cycle through \"a\"; fix the parent ids.");
        OrganisationTree tree = OrganisationTree.of(List.of(org("w", null)));
        assertModelException(() -> tree.get("$1 {id}"), "tree.unknownId",
                "Không có tổ chức mã \"$1 {id}\" trong cây tổ chức.",
                "No organisation with id \"$1 {id}\" in the organisation tree.");
        assertModelException(() -> tree.get(null), "tree.unknownId",
                "Không có tổ chức mã \"null\" trong cây tổ chức.",
                "No organisation with id \"null\" in the organisation tree.");
    }

    @Test
    void campaignDeadlines() {
        assertModelException(() -> Campaign.builder("c", "w").period(CampaignPeriod.firstHalf(2022))
                .deadline(Deadline.before(LocalDate.of(2021, 12, 31))).issueDate(LocalDate.of(2021, 12, 1)).build(),
                "campaign.deadlineBeforeStart",
                "Hạn nộp 31/12/2021 của đợt \"c\" trước ngày bắt đầu kỳ đánh giá 01/01/2022.",
                "The deadline 2021-12-31 of campaign \"c\" is before the period starts on 2022-01-01.");
        assertModelException(() -> Campaign.builder("c", "w").period(CampaignPeriod.firstHalf(2022))
                .deadline(Deadline.onOrBefore(LocalDate.of(2022, 6, 10))).issueDate(LocalDate.of(2022, 6, 20)).build(),
                "campaign.deadlineBeforeIssue",
                "Hạn nộp 10/06/2022 của đợt \"c\" trước ngày ban hành công văn 20/06/2022.",
                "The deadline 2022-06-10 of campaign \"c\" is before the letter's date 2022-06-20.");
    }

    @Test
    void ratingScores() {
        assertModelException(() -> Rating.fromScore(101), "rating.score",
                "Điểm đánh giá phải từ 0 đến 100, không phải 101.", "A rating score is 0 to 100, not 101.");
        assertModelException(() -> Rating.fromScore(-1), "rating.score",
                "Điểm đánh giá phải từ 0 đến 100, không phải -1.", "A rating score is 0 to 100, not -1.");
    }
}
