package io.github.ghidanh.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    static final LocalDate DAY = LocalDate.of(2022, 6, 5);

    @Test
    void replayGivesTheRecordedDecisionsThenTheLowestAndClampsOutOfRangeValues() {
        Choices c = Choices.replay(3, 9, 1);
        assertThat(c.between(0, 5)).isEqualTo(3);
        assertThat(c.between(2, 4)).as("9 is out of [2, 4]: the lowest").isEqualTo(2);
        assertThat(c.bool()).isTrue();
        assertThat(c.between(7, 8)).as("used up: the lowest").isEqualTo(7);
        assertThat(Choices.replay("3.9.1").between(0, 5)).isEqualTo(3);
        assertThatThrownBy(() -> Choices.simplest().between(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListIsElementsPrecededByOneMoreFlags() {
        // min 1: first element without a flag; then flag 1, element; flag 0 ends
        assertThat(Choices.replay(4, 1, 6, 0).listOf(1, 5, x -> x.between(0, 9))).containsExactly(4, 6);
        assertThat(Choices.simplest().listOf(1, 5, x -> x.between(0, 9))).containsExactly(0);
        assertThat(Choices.replay(1, 1, 1, 1, 1, 1, 1, 1, 1, 1).listOf(0, 3, Choices::bool)).hasSize(3);
    }

    @Test
    void recordedChoicesRebuildTheValue() {
        for (long seed = 0; seed < 50; seed++) {
            Choices.Recording rec = Choices.recording(Choices.random(new SplittableRandom(seed)));
            Nominee n = NomineeGenerators.arbitrary(rec, "n", "cb", DAY);
            assertThat(NomineeGenerators.arbitrary(Choices.replay(rec.drawn()), "n", "cb", DAY)).isEqualTo(n);
            assertThat(NomineeGenerators.arbitrary(Choices.replay(rec.toString()), "n", "cb", DAY)).isEqualTo(n);
        }
    }

    @Test
    void theSimplestNomineesAreTheFirstKindWithOneAchievementAndNoOptionalField() {
        Nominee n = NomineeGenerators.arbitrary(Choices.simplest(), "n", "cb", DAY);
        assertThat(n).isInstanceOf(ModelNominee.class);
        assertThat(n.achievements()).hasSize(1);
        assertThat(n.assessment()).isNull();
        IndividualNominee i = (IndividualNominee) NomineeGenerators.valid(Choices.simplest(), NomineeKind.INDIVIDUAL, "i", "cb", DAY);
        assertThat(i.citizenId()).isNull();
        assertThat(i.ethnicity()).isNull();
        assertThat(i.assessment()).isNull();
        assertThat(i.recognition().meetingDate()).as("the simplest meeting is on the evaluation day").isEqualTo(DAY);
        assertThat(i.recognition().votesFor()).isEqualTo(1);
        assertThat(i.recognition().votesTotal()).isEqualTo(1);
    }

    @Test
    void theShrinkerFindsTheSmallestFailingList() {
        // fails when the list holds a number of at least 5: the smallest failing list is [5]
        Counterexample<List<Integer>> c = Shrinker.shrink(x -> x.listOf(0, 10, y -> y.between(0, 100)),
                l -> assertThat(l.stream().noneMatch(v -> v >= 5)).isTrue(), new int[] {1, 40, 1, 3, 1, 77, 1, 9, 0});
        assertThat(c.value()).containsExactly(5);
        assertThat(c.choices()).as("one more, 5, no more").isEqualTo("1.5.0");
        assertThat(c.failure()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Shrinker.shrink(x -> x.between(0, 3), v -> { }, new int[] {2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckThatFailsReportsTheShrunkValueAndHowToReplayIt() {
        assertThatThrownBy(() -> Check.forAll(x -> NomineeGenerators.arbitrary(x, "n", "cb", DAY)).examples(300)
                .check(n -> assertThat(n.achievements().size()).isLessThan(2)))
                .isInstanceOf(AssertionError.class)
                // two achievements: the second is the one field that differs from the simplest nominee
                .hasMessageContaining("value.achievements = [Achievement[type=DEDICATION")
                .hasMessageContaining("-Dghidanh.pbt.replay=");
        Check.forAll(x -> x.between(0, 10)).examples(50).check(v -> assertThat(v).isBetween(0, 10));
    }

    @Test
    void differencesNameOnlyTheFieldsThatDifferAndShowInvisibleCharacters() {
        Nominee simplest = NomineeGenerators.arbitrary(Choices.simplest(), "n", "cb", DAY);
        ModelNominee m = ((ModelNominee) simplest).toBuilder().novelty("\u00A0").build();
        assertThat(new Counterexample<>(m, "", new AssertionError(), 0).differences(simplest))
                .containsExactly("value.novelty = \"\\u00A0\"");
    }
}
