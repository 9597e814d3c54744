package io.github.ghidanh.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.view.DocumentContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static Organisation org(String id, String parent) {
        return Organisation.builder(id, OrganisationKind.PARTY).name("Chi bộ " + id).parentId(parent).build();
    }

    @Test
    void treeKeepsChildOrderAndFindsParents() {
        OrganisationTree t = OrganisationTree.of(List.of(org("w", null), org("b", "w"), org("a", "w"), org("a1", "a")));
        assertThat(t.root().id()).isEqualTo("w");
        assertThat(t.children("w")).extracting(Organisation::id).containsExactly("b", "a");
        assertThat(t.parent("a1")).get().extracting(Organisation::id).isEqualTo("a");
        assertThat(t.size()).isEqualTo(4);
    }

    @Test
    void treeRejectsCyclesDuplicatesMissingParentsAndTwoRoots() {
        assertThatThrownBy(() -> OrganisationTree.of(List.of(org("w", null), org("a", "b"), org("b", "a"))))
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "tree.cycle")
                .hasMessageContaining("trỏ vòng").hasMessageContaining("cycle");
        assertThatThrownBy(() -> OrganisationTree.of(List.of(org("a", "b"), org("b", "a"))))
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "tree.cycle");
        assertThatThrownBy(() -> OrganisationTree.of(List.of(org("w", null), org("w", null))))
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "tree.duplicateId");
        assertThatThrownBy(() -> OrganisationTree.of(List.of(org("w", null), org("a", "x"))))
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "tree.missingParent")
                .hasMessageContaining("\"x\"");
        assertThatThrownBy(() -> OrganisationTree.of(List.of(org("w", null), org("v", null))))
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "tree.twoRoots");
        assertThatThrownBy(() -> OrganisationTree.of(List.of()))
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "tree.empty");
    }

    @Test
    void factoriesNormaliseToNfc() {
        String nfd = "Nguye\u0302\u0303n Thi\u0323 Ho\u0302\u0300ng";
        IndividualNominee n = IndividualNominee.builder("x", "c").name(nfd).build();
        assertThat(n.name()).isEqualTo("Nguyễn Thị Hồng").hasSize(15);
        Organisation o = Organisation.builder("o", OrganisationKind.PARTY).name("\u0110a\u0309ng u\u0309y").build();
        assertThat(o.name()).isEqualTo("Đảng ủy");
    }

    @Test
    void aModelsResultsAreOptionalNfcAndKeptByTheBuilder() {
        ModelNominee m = ModelNominee.builder("m", "c").results("Giảm 30% rác thải").build();
        assertThat(m.results()).isEqualTo("Giảm 30% rác thải");
        assertThat(m.toBuilder().build()).isEqualTo(m);
        assertThat(ModelNominee.builder("m", "c").build().results()).isNull();
    }

    @Test
    void theTaxonomyUsesTheLettersWords() {
        assertThat(AchievementType.HELPING_VULNERABLE.labelVi()).isEqualTo("Giúp đỡ người yếu thế");
        assertThat(AchievementType.WORK_INNOVATION.labelVi()).isEqualTo("Đổi mới trong công tác");
        assertThat(AchievementType.LEADING_BY_EXAMPLE.labelVi()).isEqualTo("Gương mẫu đi đầu");
        assertThat(AchievementType.NOBLE_DEED.labelVi()).isEqualTo("Nghĩa cử cao đẹp, nhân văn, nhân ái");
        assertThat(ModelField.CIVILISED_LIFESTYLE.labelVi()).isEqualTo("Thực hiện nếp sống văn hóa, văn minh");
        assertThat(ModelField.WORK_INITIATIVE.labelVi()).isEqualTo("Sáng kiến hay trong công tác");
        // codes stay stable for existing files; new ones come before OTHER
        assertThat(AchievementType.values()).extracting(Enum::name).containsExactly("DEDICATION", "DARING",
                "TECHNICAL_INITIATIVE", "WORK_INNOVATION", "BLOOD_DONATION", "HELPING_VULNERABLE", "CHARITY",
                "LAND_DONATION", "LEADING_BY_EXAMPLE", "NOBLE_DEED", "OTHER");
    }

    @Test
    void requiredStructuralFieldsGiveABilingualModelException() {
        assertThatThrownBy(() -> IndividualNominee.builder(null, "c").build())
                .isInstanceOf(ModelException.class)
                .satisfies(e -> {
                    ModelException m = (ModelException) e;
                    assertThat(m.message(new Locale("vi"))).isEqualTo("Thiếu giá trị bắt buộc: IndividualNominee.id không được để trống.");
                    assertThat(m.message(Locale.ENGLISH)).isEqualTo("Missing required value: IndividualNominee.id must not be null.");
                });
    }

    @Test
    void periodsHaveVietnameseLabels() {
        assertThat(CampaignPeriod.firstHalf(2022).labelVi()).isEqualTo("6 tháng đầu năm 2022");
        assertThat(CampaignPeriod.secondHalf(2022).labelVi()).isEqualTo("6 tháng cuối năm 2022");
        assertThat(new CampaignPeriod.Quarter(2023, 3).labelVi()).isEqualTo("quý III năm 2023");
        assertThat(new CampaignPeriod.Quarter(2023, 4).end()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(CampaignPeriod.firstHalf(2022).end()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(new CampaignPeriod.DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)).labelVi())
                .isEqualTo("từ ngày 01/01/2022 đến ngày 31/03/2022");
        assertThatThrownBy(() -> new CampaignPeriod.DateRange(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(ModelException.class);
    }

    @Test
    void ratingsAreOrderedAndFollowTheScoreBands() {
        assertThat(Rating.HTXSNV.isAtLeast(Rating.HTXSNV)).isTrue();
        assertThat(Rating.HTTNV.isAtLeast(Rating.HTXSNV)).isFalse();
        assertThat(Rating.HTXSNV.isAtLeast(Rating.HTNV)).isTrue();
        assertThat(Rating.fromScore(90)).isEqualTo(Rating.HTXSNV);
        assertThat(Rating.fromScore(89)).isEqualTo(Rating.HTTNV);
        assertThat(Rating.fromScore(70)).isEqualTo(Rating.HTTNV);
        assertThat(Rating.fromScore(69)).isEqualTo(Rating.HTNV);
        assertThat(Rating.fromScore(50)).isEqualTo(Rating.HTNV);
        assertThat(Rating.fromScore(49)).isEqualTo(Rating.KHTNV);
        assertThat(Rating.fromScore(0)).isEqualTo(Rating.KHTNV);
        assertThatThrownBy(() -> Rating.fromScore(101)).isInstanceOf(ModelException.class);
        assertThat(Rating.fromLabel("hoàn thành xuất sắc nhiệm vụ")).isEqualTo(Rating.HTXSNV);
        assertThat(Rating.fromLabel("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực")).isNull();
        assertThat(new Assessment(Rating.HTXSNV, 85, 2025).scoreAgrees()).isFalse();
        assertThat(new Assessment(Rating.HTTNV, 85, 2025).scoreAgrees()).isTrue();
        assertThat(new Assessment(Rating.HTTNV, 92, 2025).scoreAgrees()).isTrue();
        assertThat(new Assessment(Rating.HTTNV, 69, 2025).scoreAgrees()).isFalse();
    }

    @Test
    void deadlineReadsTheLetterLiterallyUnlessInclusive() {
        LocalDate d = LocalDate.of(2022, 6, 10);
        assertThat(Deadline.before(d).isLate(LocalDate.of(2022, 6, 9))).isFalse();
        assertThat(Deadline.before(d).isLate(d)).isTrue();
        assertThat(Deadline.onOrBefore(d).isLate(d)).isFalse();
        assertThat(Deadline.onOrBefore(d).isLate(LocalDate.of(2022, 6, 11))).isTrue();
    }

    @Test
    void campaignDeadlineCannotPrecedeItsPeriodOrItsLetter() {
        assertThatThrownBy(() -> Campaign.builder("c", "w").period(CampaignPeriod.firstHalf(2022))
                .deadline(Deadline.before(LocalDate.of(2021, 12, 31))).issueDate(LocalDate.of(2021, 12, 1)).build())
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "campaign.deadlineBeforeStart");
        assertThatThrownBy(() -> Campaign.builder("c", "w").period(CampaignPeriod.firstHalf(2022))
                .deadline(Deadline.before(LocalDate.of(2022, 6, 10))).issueDate(LocalDate.of(2022, 6, 20)).build())
                .isInstanceOf(ModelException.class).hasFieldOrPropertyWithValue("code", "campaign.deadlineBeforeIssue");
    }

    @Test
    void numberLineFollowsThePartyOrStateFormat() {
        DocumentContext party = new DocumentContext(OrganisationKind.PARTY, null, "ĐẢNG ỦY PHƯỜNG DUYÊN HẢI", null,
                "CV", "ĐU", "Duyên Hải", LocalDate.of(2022, 5, 31), null, List.of());
        assertThat(party.numberLine()).isEqualTo("Số     -CV/ĐU");
        DocumentContext party12 = new DocumentContext(OrganisationKind.PARTY, null, "X", "12", "CV", "ĐU", null,
                LocalDate.of(2022, 5, 31), null, List.of());
        assertThat(party12.numberLine()).isEqualTo("Số 12-CV/ĐU");
        DocumentContext state = new DocumentContext(OrganisationKind.STATE, null, "X", "156", "QĐ", "UBND", null,
                LocalDate.of(2022, 5, 31), null, List.of());
        assertThat(state.numberLine()).isEqualTo("Số: 156/QĐ-UBND");
    }

    @Test
    void ethnicityIsNfcAndOptionalAndEveryKnownEthnicityButKinhIsAMinority() {
        IndividualNominee.Builder b = IndividualNominee.builder("i1", "cb1");
        assertThat(b.build().ethnicity()).isNull();
        assertThat(b.build().isEthnicMinority()).as("unknown is not counted").isFalse();
        assertThat(b.ethnicity("  ").build().ethnicity()).isNull();
        assertThat(b.ethnicity("Kinh").build().isEthnicMinority()).isFalse();
        assertThat(b.ethnicity(" kinh ").build().isEthnicMinority()).isFalse();
        assertThat(b.ethnicity("KINH").build().isEthnicMinority()).isFalse();
        String decomposed = java.text.Normalizer.normalize("Tày", java.text.Normalizer.Form.NFD);
        IndividualNominee tay = b.ethnicity(decomposed).build();
        assertThat(tay.ethnicity()).isEqualTo("Tày");
        assertThat(tay.isEthnicMinority()).isTrue();
        assertThat(b.ethnicity("H'Mông").build().isEthnicMinority()).isTrue();
        assertThat(tay.toBuilder().build()).isEqualTo(tay);
    }
}
