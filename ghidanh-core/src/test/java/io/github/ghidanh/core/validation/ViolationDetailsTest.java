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

    @Test
    void aTextOfExactlyTheLimitPassesAndOneCharacterMoreDoesNot() {
        for (NomineeValidator v : List.of(DIRECT, BEAN)) {
            assertThat(v.validate(Nominees.citizen().toBuilder().name("a".repeat(200)).results("b".repeat(4000)).build(),
                    Stage.DRAFT, VI)).isEmpty();
            assertThat(v.validate(Nominees.citizen().toBuilder().name("a".repeat(201)).results("b".repeat(4001)).build(),
                    Stage.DRAFT, Locale.ENGLISH)).extracting(Violation::path, Violation::message).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("name",
                                    "The text is 201 characters long, more than the limit of 200"),
                            org.assertj.core.groups.Tuple.tuple("results",
                                    "The text is 4001 characters long, more than the limit of 4000"));
        }
    }

    @Test
    void twoProblemsOnOnePropertyAreOrderedByKeyAndAMissingValueShowsNothing() {
        for (NomineeValidator v : List.of(DIRECT, BEAN)) {
            List<Violation> both = v.validate(Nominees.citizen().toBuilder().name("\u0000" + "a".repeat(200)).build(),
                    Stage.DRAFT, Locale.ENGLISH);
            assertThat(both).extracting(Violation::messageKey).containsExactly("io.github.ghidanh.field.text.clean",
                    "io.github.ghidanh.field.text.length");
            assertThat(v.validate(Nominees.citizen().toBuilder().name(null).build(), Stage.SUBMISSION, Locale.ENGLISH))
                    .singleElement().satisfies(x -> {
                        assertThat(x.messageKey()).isEqualTo("io.github.ghidanh.field.name.required");
                        assertThat(x.message()).isEqualTo(
                                "The name is required: the person's full name, the collective's or the model's name");
                        assertThat(x.invalidValue()).isNull();
                    });
        }
    }

    @Test
    void reasonsOfOneRuleComeInTheTypesOrderAndRulesInTheProfilesOrder() {
        for (NomineeValidator v : List.of(DIRECT, BEAN)) {
            assertThat(v.validate(Nominees.model().toBuilder().content(null).novelty(null).build(), Stage.SUBMISSION, VI))
                    .extracting(Violation::messageKey).containsExactly("io.github.ghidanh.cv_1_c.content.required",
                            "io.github.ghidanh.cv_1_c.novelty.required");
            assertThat(v.validate(Nominees.citizen().toBuilder()
                    .recognition(new Recognition(null, "Họp tổ", 3, 12)).build(), Stage.SUBMISSION, VI))
                    .extracting(Violation::messageKey).containsExactly("io.github.ghidanh.cv_1_e.recognition.meeting_date",
                            "io.github.ghidanh.cv_1_e.recognition.majority");
        }
        // a host profile that checks the rating before the results
        io.github.ghidanh.core.criteria.CriteriaProfile ratingFirst = io.github.ghidanh.core.criteria.CriteriaProfile
                .builder("rating-first").rule(io.github.ghidanh.core.criteria.RuleType.PARTY_MEMBER_RATING)
                .rule(io.github.ghidanh.core.criteria.RuleType.INDIVIDUAL_RESULTS).build();
        for (NomineeValidator v : List.of(DIRECT.withProfile(ratingFirst), BEAN.withProfile(ratingFirst))) {
            assertThat(v.validate(Nominees.partyMember().toBuilder().results(null).rating(Rating.HTTNV).build(),
                    Stage.SUBMISSION, VI)).extracting(Violation::clauseId).containsExactly("CV-1.e.party", "CV-1.e");
        }
    }

    @Test
    void withoutADateBothPathsUseToday() {
        NomineeValidator direct = NomineeValidator.create();
        NomineeValidator bean = direct.usingBeanValidation();
        int thisYear = LocalDate.now().getYear();
        for (NomineeValidator v : List.of(direct, bean, bean)) {
            assertThat(v.validate(Nominees.citizen().toBuilder().yearOfBirth(thisYear).build(), Stage.DRAFT, VI)).isEmpty();
            assertThat(v.validate(Nominees.citizen().toBuilder().yearOfBirth(thisYear + 1).build(), Stage.DRAFT, VI))
                    .extracting(Violation::path).containsExactly("yearOfBirth");
        }
        assertThat(NomineeValidator.validatorFactory()).isNotNull();
        assertThat(NomineeValidator.validatorFactory().getValidator()
                .validate(Nominees.citizen().toBuilder().yearOfBirth(1800).build())).hasSize(1);
    }

    @Test
    void aClauseTheProfileDoesNotNameComesAfterThoseItDoes() {
        // the host's validator has no payload, so its clause constraints apply the letter's profile;
        // this validator's own profile names only CV-1.c
        io.github.ghidanh.core.criteria.CriteriaProfile modelsOnly = io.github.ghidanh.core.criteria.CriteriaProfile
                .builder("models-only").rule(io.github.ghidanh.core.criteria.RuleType.MODEL_CONTENT).build();
        NomineeValidator v = NomineeValidator.create().asOf(Nominees.EVALUATION_DATE)
                .usingValidator(HostValidators.FACTORY.getValidator()).withProfile(modelsOnly);
        assertThat(v.validate(Nominees.model().toBuilder().content(null).achievements(List.of()).build(), Stage.SUBMISSION,
                VI)).extracting(Violation::clauseId).containsExactly("CV-1.c", "CV-1.b");
    }
}
