package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.report.Table;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the list columns print for a rating's year and a model's results, written out by hand. */
class ColumnsTest {
    final Labels vi = Labels.of(Locale.forLanguageTag("vi"));
    final Labels en = Labels.of(Locale.ENGLISH);

    @Test
    void theRatingIsPrintedWithItsYear() {
        IndividualNominee n = IndividualNominee.builder("i-1", "cb-1").name("Nguyễn Văn An").category(SubjectCategory.DANG_VIEN)
                .assessment(new Assessment(Rating.HTXSNV, null, 2021)).build();
        Columns.Column rating = Columns.resolve(Table.PROPOSALS, List.of("rating")).get(0);
        ProposalListView.Row row = new ProposalListView.Row(1, n, "Đảng ủy phường", null);
        assertThat(rating.value().apply(row, vi)).isEqualTo("Hoàn thành xuất sắc nhiệm vụ (2021)");
        assertThat(rating.value().apply(row, en)).isEqualTo("Completed duties excellently (2021)");
        ProposalListView.Row noYear = new ProposalListView.Row(1, n.toBuilder().rating(Rating.HTTNV).build(), null, null);
        assertThat(rating.value().apply(noYear, vi)).isEqualTo("Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void aModelsResultsFollowItsContentInTheProposalList() {
        ModelNominee m = ModelNominee.builder("m-1", "cb-1").name("Mô hình \"Tuyến phố văn minh\"")
                .field(ModelField.URBAN_RENOVATION).content("Các hộ tự chỉnh trang vỉa hè").novelty("Hộ dân tự quản")
                .results("Hơn 1 km vỉa hè được chỉnh trang").build();
        Columns.Column content = Columns.resolve(Table.PROPOSALS, List.of("achievements")).get(0);
        assertThat(content.value().apply(new ProposalListView.Row(1, m, null, null), vi))
                .isEqualTo("Các hộ tự chỉnh trang vỉa hè\nKết quả: Hơn 1 km vỉa hè được chỉnh trang");
        ModelNominee withAchievement = m.toBuilder()
                .achievement(Achievement.of(AchievementType.CHARITY, "45 hộ góp 120 triệu đồng")).build();
        assertThat(content.value().apply(new ProposalListView.Row(1, withAchievement, null, null), en))
                .isEqualTo("- 45 hộ góp 120 triệu đồng\nResults: Hơn 1 km vỉa hè được chỉnh trang");
        assertThat(content.value().apply(new ProposalListView.Row(1, m.toBuilder().results(null).build(), null, null), vi))
                .isEqualTo("Các hộ tự chỉnh trang vỉa hè");
        // the honour roll keeps its content column as it was (the record, not the proposal)
        assertThat(Columns.achievements(m, vi)).isEqualTo("Các hộ tự chỉnh trang vỉa hè");
    }
}
