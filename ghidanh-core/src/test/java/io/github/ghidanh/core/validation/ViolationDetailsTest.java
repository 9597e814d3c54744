package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.Nominees;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Rating;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a violation shows besides its message: the offending value cut to 100 characters (never
 * between the two halves of a surrogate pair) with unsafe characters replaced, and a clause
 * violation's values; in both validation paths.
 */
class ViolationDetailsTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final NomineeValidator DIRECT = NomineeValidator.create().asOf(Nominees.EVALUATION_DATE);
    static final NomineeValidator BEAN = DIRECT.usingBeanValidation();

    private static Violation single(NomineeValidator v, String name) {
        List<Violation> all = v.validate(Nominees.citizen().toBuilder().name(name).build(), Stage.DRAFT, VI);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aValueOfOneHundredCharactersIsShownWhole() {
        String name = "a".repeat(99) + "\u0007";
        for (NomineeValidator v : List.of(DIRECT, BEAN)) {
            assertThat(single(v, name).invalidValue()).isEqualTo("a".repeat(99) + "\uFFFD");
        }
    }

    @Test
    void aLongerValueIsCutToOneHundredCharactersAndMarked() {
        String name = "a".repeat(99) + "\u0007" + "b";
        for (NomineeValidator v : List.of(DIRECT, BEAN)) {
            assertThat(single(v, name).invalidValue()).isEqualTo("a".repeat(99) + "\uFFFD…");
        }
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String name = "a".repeat(99) + "😀" + "\u0007";
        for (NomineeValidator v : List.of(DIRECT, BEAN)) {
            assertThat(single(v, name).invalidValue()).isEqualTo("a".repeat(99) + "…");
        }
        String pairBefore = "a".repeat(98) + "😀" + "b\u0007";
        assertThat(single(DIRECT, pairBefore).invalidValue()).isEqualTo("a".repeat(98) + "😀" + "…");
    }

    @Test
    void tabsAndLineBreaksStayButOtherUnsafeCharactersAreReplaced() {
        List<Violation> v = DIRECT.validate(Nominees.citizen().toBuilder().results("Dòng 1\r\nDòng\t2\u0000\u202E hết")
                .build(), Stage.DRAFT, VI);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("results");
            assertThat(x.invalidValue()).isEqualTo("Dòng 1\r\nDòng\t2\uFFFD\uFFFD hết");
        });
        // a lone surrogate counts as one character
        assertThat(single(DIRECT, "Lò\uDC00Văn").invalidValue()).isEqualTo("Lò\uFFFDVăn");
    }

    @Test
    void aClauseViolationShowsTheValuesItIsAbout() {
        List<Violation> v = DIRECT.validate(Nominees.citizen().toBuilder()
                .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", 5, 10)).build(), Stage.SUBMISSION, VI);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.clauseId()).isEqualTo("CV-1.e");
            assertThat(x.path()).isEqualTo("recognition");
            assertThat(x.invalidValue()).isEqualTo("votesFor=5, votesTotal=10, percent=50");
        });
        List<Violation> noCategory = DIRECT.validate(Nominees.citizen().toBuilder().categories(List.of()).build(),
                Stage.SUBMISSION, Locale.ENGLISH);
        assertThat(noCategory).singleElement().satisfies(x -> {
            assertThat(x.clauseId()).isEqualTo("CV-1.a");
            assertThat(x.path()).isEqualTo("categories");
            assertThat(x.invalidValue()).isNull();
        });
    }

    @Test
    void clauseViolationsComeInTheProfilesRuleOrderAfterTheFieldOnes() {
        // a party member without results, with a rating below the threshold and a year of birth in the future
        List<Violation> v = DIRECT.validate(Nominees.partyMember().toBuilder().results(null).yearOfBirth(2030)
                .assessment(new Assessment(Rating.HTTNV, 75, 2021)).recognition(null).build(), Stage.SUBMISSION, VI);
        assertThat(v).extracting(Violation::messageKey).containsExactly(
                "io.github.ghidanh.field.year_of_birth.range",
                "io.github.ghidanh.cv_1_e.results.required",
                "io.github.ghidanh.cv_1_e.recognition.required",
                "io.github.ghidanh.cv_1_e.party.rating");
        assertThat(BEAN.validate(Nominees.partyMember().toBuilder().results(null).yearOfBirth(2030)
                .assessment(new Assessment(Rating.HTTNV, 75, 2021)).recognition(null).build(), Stage.SUBMISSION, VI))
                .isEqualTo(v);
    }
}
