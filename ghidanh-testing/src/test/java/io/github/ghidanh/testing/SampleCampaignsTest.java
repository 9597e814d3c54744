package io.github.ghidanh.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.view.DirectiveLetterView;
import io.github.ghidanh.core.view.ReadModels;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleCampaignsTest {

    private final SampleCampaigns.Sample sample = SampleCampaigns.duyenHai2022();

    @Test
    void coversEveryKindAndEverySubjectCategory() {
        Set<NomineeKind> kinds = EnumSet.noneOf(NomineeKind.class);
        Set<SubjectCategory> categories = EnumSet.noneOf(SubjectCategory.class);
        for (Nominee n : sample.nominees()) {
            kinds.add(n.kind());
            if (n instanceof IndividualNominee i) {
                categories.addAll(i.categories());
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(NomineeKind.values());
        assertThat(categories).containsExactlyInAnyOrder(SubjectCategory.values());
        assertThat(sample.nominees()).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void idsAreUniqueAndEveryNomineeBelongsToACellOfTheWard() {
        Set<String> ids = new HashSet<>();
        Set<String> cells = new HashSet<>();
        sample.cells().forEach(c -> cells.add(c.id()));
        for (Nominee n : sample.nominees()) {
            assertThat(ids.add(n.id())).as("duplicate id %s", n.id()).isTrue();
            assertThat(cells).contains(n.cellId());
        }
        assertThat(ids).containsAll(sample.proposedIds()).containsAll(sample.ineligible().keySet());
        assertThat(sample.proposedIds()).containsAll(sample.returned().keySet());
        assertThat(sample.proposedIds()).doesNotContainAnyElementsOf(sample.ineligible().keySet());
    }

    @Test
    void oneCellIsLateAndOneNeverSubmits() {
        var deadline = sample.campaign().deadline();
        assertThat(sample.submissions().entrySet().stream().filter(e -> deadline.isLate(e.getValue())))
                .extracting(e -> e.getKey()).containsExactly("cb-tdp3");
        assertThat(sample.cells()).extracting(c -> c.id()).filteredOn(id -> !sample.submissions().containsKey(id))
                .containsExactly("cb-quansu");
        assertThat(sample.cells()).allSatisfy(c -> assertThat(c.supervisor()).isNotBlank());
    }

    @Test
    void everyStringIsNfc() {
        for (Nominee n : sample.nominees()) {
            assertThat(Normalizer.isNormalized(n.name(), Normalizer.Form.NFC)).isTrue();
        }
        assertThat(sample.campaign().preamble()).startsWith("Thực hiện Quy định 368-QĐ/TU");
    }

    @Test
    void equalOnEveryCall() {
        assertThat(SampleCampaigns.duyenHai2022()).isEqualTo(sample);
    }

    @Test
    void reproducesTheSourceLettersDeadlineLineAndBasis() {
        DirectiveLetterView v = ReadModels.directiveLetter(sample.campaign(), sample.tree(), CriteriaProfile.defaultProfile());
        assertThat(v.points().get(3).lead()).isEqualTo("Thời gian: Các chi bộ báo cáo kết quả ghi danh tại chi bộ và đề "
                + "nghị ghi danh cấp phường về Đảng ủy trước ngày 10/06/2022 (qua văn phòng cấp uỷ).");
        assertThat(v.preamble()).hasSize(1);
        assertThat(v.preamble().get(0)).startsWith("Thực hiện Quy định 368-QĐ/TU ngày 17/01/2022 của Tỉnh ủy Lào Cai, ")
                .endsWith("Đảng ủy yêu cầu:");
    }
}
