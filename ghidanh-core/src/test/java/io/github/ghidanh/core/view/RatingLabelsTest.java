package io.github.ghidanh.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Rating;
import org.junit.jupiter.api.Test;

class RatingLabelsTest {
    @Test
    void aRatingIsPrintedWithTheYearItIsFor() {
        assertThat(RatingLabels.vi(new Assessment(Rating.HTXSNV, 95, 2021))).isEqualTo("Hoàn thành xuất sắc nhiệm vụ (2021)");
        assertThat(RatingLabels.en(new Assessment(Rating.HTXSNV, null, 2021))).isEqualTo("Completed duties excellently (2021)");
        assertThat(RatingLabels.vi(Assessment.of(Rating.HTTNV))).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(RatingLabels.vi(null)).isEmpty();
        assertThat(RatingLabels.en(null)).isEmpty();
    }
}
