package io.github.ghidanh.core.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Profiles and rules as values: lookups, equality, copies, and the parameter conversions a profile relies on. */
class ProfileAndRuleValuesTest {
    private final CriteriaProfile letter = CriteriaProfile.defaultProfile();

    @Test
    void lookupsByClauseAndByType() {
        assertThat(letter.rulesFor(Clauses.CV_1_E)).extracting(Rule::type)
                .containsExactly(RuleType.INDIVIDUAL_RESULTS, RuleType.RECOGNITION_BY_COLLECTIVE);
        assertThat(letter.rulesFor("CV-9")).isEmpty();
        assertThat(letter.rulesOf(RuleType.CONCRETE_ACHIEVEMENT)).extracting(Rule::clauseId).containsExactly(Clauses.CV_1_B);
        CriteriaProfile noParty = letter.toBuilder("no-party").without(RuleType.PARTY_MEMBER_RATING).build();
        assertThat(noParty.rulesOf(RuleType.PARTY_MEMBER_RATING)).isEmpty();
        assertThat(noParty.partyMemberThreshold()).isNull();
        assertThat(noParty.rules()).hasSize(letter.rules().size() - 1);
        CriteriaProfile twoParty = CriteriaProfile.builder("two").rule(Rule.builder(RuleType.PARTY_MEMBER_RATING)
                .parameter("threshold", "HTTNV").build()).rule(RuleType.PARTY_MEMBER_RATING).build();
        assertThat(twoParty.partyMemberThreshold()).as("the first rule's").isEqualTo(Rating.HTTNV);
    }

    @Test
    void profilesAreEqualByIdNamesAndRules() {
        CriteriaProfile copy = letter.toBuilder(CriteriaProfile.DEFAULT_ID).build();
        assertThat(copy).isEqualTo(letter).hasSameHashCodeAs(letter);
        assertThat(letter.toBuilder("other").build()).isNotEqualTo(letter);
        assertThat(letter.toBuilder(CriteriaProfile.DEFAULT_ID).name("Khác", letter.nameEn()).build()).isNotEqualTo(letter);
        assertThat(letter.toBuilder(CriteriaProfile.DEFAULT_ID).name(letter.nameVi(), "Other").build()).isNotEqualTo(letter);
        CriteriaProfile lessRules = letter.toBuilder(CriteriaProfile.DEFAULT_ID).without(RuleType.MODEL_CONTENT).build();
        assertThat(lessRules).isNotEqualTo(letter);
        assertThat(lessRules.hashCode()).isNotEqualTo(letter.hashCode());
        assertThat(letter).isNotEqualTo("lao-cai-duyen-hai-2022-h1");
        assertThat(letter).hasToString("CriteriaProfile[lao-cai-duyen-hai-2022-h1, 8 rules]");
        CriteriaProfile unnamed = CriteriaProfile.builder("p").name(null, null).rule(RuleType.SUBJECT_CATEGORY).build();
        assertThat(unnamed.nameVi()).isEmpty();
        assertThat(unnamed.nameEn()).isEmpty();
        assertThat(CriteriaProfile.builder("p").name("  Tên  ", " Name ").rule(RuleType.SUBJECT_CATEGORY).build().nameVi())
                .isEqualTo("Tên");
    }

    @Test
    void rulesAreEqualByTypeKindsCategoriesAndParameters() {
        Rule r = Rule.of(RuleType.PARTY_MEMBER_RATING);
        assertThat(Rule.of(RuleType.PARTY_MEMBER_RATING)).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r).isNotEqualTo(Rule.of(RuleType.AGENCY_PROPOSED_EXEMPLARY));
        assertThat(r).isNotEqualTo(r.toBuilder().categories(SubjectCategory.CAN_BO).build());
        assertThat(r).isNotEqualTo(r.toBuilder().parameter("threshold", Rating.HTTNV).build());
        Rule b = Rule.of(RuleType.CONCRETE_ACHIEVEMENT);
        Rule onlyModels = b.toBuilder().kinds(NomineeKind.MODEL).build();
        assertThat(onlyModels).isNotEqualTo(b);
        assertThat(onlyModels.hashCode()).isNotEqualTo(b.hashCode());
        assertThat(r).isNotEqualTo("party-member-rating");
        assertThat(r.toString()).startsWith("party-member-rating (CV-1.e.party) kinds=[INDIVIDUAL] categories=[DANG_VIEN] ")
                .contains("threshold=HTXSNV");
    }

    @Test
    void aCopiedRuleKeepsItsKindsCategoriesAndOtherParameters() {
        CriteriaProfile p = letter.toBuilder("p").parameter(RuleType.PARTY_MEMBER_RATING, "threshold", "HTTNV").build();
        Rule party = p.rulesOf(RuleType.PARTY_MEMBER_RATING).get(0);
        assertThat(party.categories()).containsExactly(SubjectCategory.DANG_VIEN);
        assertThat(party.kinds()).containsExactly(NomineeKind.INDIVIDUAL);
        assertThat(party.parameters()).containsEntry("threshold", Rating.HTTNV).containsEntry("annualReviewMonth", 12);
        Rule everyone = Rule.of(RuleType.CONCRETE_ACHIEVEMENT);
        assertThat(everyone.toBuilder().build().categories()).isEmpty();
        assertThat(everyone.toBuilder().build()).isEqualTo(everyone);
        assertThat(Rule.builder(RuleType.PARTY_MEMBER_RATING).categories((List<SubjectCategory>) null).build().categories())
                .as("no categories: every nominee of its kinds").isEmpty();
    }

    @Test
    void parametersAreCheckedAgainstTheirKindAndBounds() {
        assertThat(Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).parameter("min", 100).build().parameters().get("min")).isEqualTo(100);
        assertThat(Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).parameter("min", 1L).build().parameters().get("min")).isEqualTo(1);
        assertThat(Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).parameter("min", (short) 3).build().parameters().get("min"))
                .isEqualTo(3);
        assertThat(Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).parameter("min", (byte) 4).build().parameters().get("min"))
                .isEqualTo(4);
        for (Object bad : List.of(0, 101, 2.0, "2", true)) {
            assertThatThrownBy(() -> Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).parameter("min", bad).build())
                    .as("%s", bad).isInstanceOfSatisfying(ProfileException.class, e -> {
                        assertThat(e.code()).isEqualTo("profile.parameter.invalid");
                        assertThat(e.messageEn()).contains("an integer from 1 to 100");
                        assertThat(e.messageVi()).contains("một số nguyên từ 1 đến 100");
                    });
        }
        assertThat(Rule.builder(RuleType.PARTY_MEMBER_RATING).parameter("threshold", "HTNV").build().parameters()
                .get("threshold")).isEqualTo(Rating.HTNV);
        assertThatThrownBy(() -> Rule.builder(RuleType.PARTY_MEMBER_RATING).parameter("threshold", 3).build())
                .isInstanceOfSatisfying(ProfileException.class,
                        e -> assertThat(e.messageEn()).contains("a rating level (HTXSNV, HTTNV, HTNV, KHTNV)"));
        assertThatThrownBy(() -> Rule.builder(RuleType.PARTY_MEMBER_RATING).parameter("requireRatingYear", "yes").build())
                .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.messageEn()).contains("true or false"));
        assertThat(Rule.builder(RuleType.AGENCY_PROPOSED_EXEMPLARY)
                .parameter("proposedCategories", List.of(SubjectCategory.VIEN_CHUC, " dang_vien ")).build().parameters()
                .get("proposedCategories")).isEqualTo(EnumSet.of(SubjectCategory.DANG_VIEN, SubjectCategory.VIEN_CHUC));
        for (Object bad : List.of(List.of("CAN_BO", "nobody"), List.of(7), "CAN_BO")) {
            assertThatThrownBy(() -> Rule.builder(RuleType.AGENCY_PROPOSED_EXEMPLARY).parameter("proposedCategories", bad)
                    .build()).as("%s", bad).isInstanceOfSatisfying(ProfileException.class,
                            e -> assertThat(e.messageEn()).contains("a list of subject categories"));
        }
    }

    @Test
    void anUnknownParameterOfATypeWithoutParametersSaysThereAreNone() {
        assertThatThrownBy(() -> Rule.builder(RuleType.SUBJECT_CATEGORY).parameter("min", 1).build())
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.code()).isEqualTo("profile.parameter.unknown");
                    assertThat(e.messageEn()).contains("has no parameter \"min\"; valid parameters: (không có / none)");
                });
        assertThatThrownBy(() -> Rule.builder(RuleType.RECOGNITION_BY_COLLECTIVE).parameter("min", 1).build())
                .isInstanceOfSatisfying(ProfileException.class,
                        e -> assertThat(e.messageEn()).contains("approvalAbovePercent, requireVote"));
        assertThatThrownBy(() -> letter.toBuilder("p").without(RuleType.CONCRETE_ACHIEVEMENT)
                .parameter(RuleType.CONCRETE_ACHIEVEMENT, "min", 2)).isInstanceOfSatisfying(ProfileException.class,
                        e -> assertThat(e.code()).isEqualTo("profile.rule.absent"));
    }

    @Test
    void aStatedClauseMustBeTheTypesAndKindsMustBeSupported() {
        assertThat(Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).clauseId(" CV-1.b ").build()).isEqualTo(
                Rule.of(RuleType.CONCRETE_ACHIEVEMENT));
        assertThatThrownBy(() -> Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).clauseId("CV-1.c").build())
                .hasFieldOrPropertyWithValue("code", "profile.rule.clause");
        assertThatThrownBy(() -> Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).kinds(List.of()).build())
                .hasFieldOrPropertyWithValue("code", "profile.rule.kinds");
        assertThatThrownBy(() -> Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).kinds((List<NomineeKind>) null).build())
                .hasFieldOrPropertyWithValue("code", "profile.rule.kinds");
        assertThatThrownBy(() -> Rule.builder(RuleType.MODEL_CONTENT).kinds(NomineeKind.MODEL, NomineeKind.COLLECTIVE).build())
                .hasFieldOrPropertyWithValue("code", "profile.rule.kinds");
        assertThat(Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).kinds(NomineeKind.INDIVIDUAL, NomineeKind.MODEL).build().kinds())
                .containsExactlyInAnyOrder(NomineeKind.INDIVIDUAL, NomineeKind.MODEL);
    }

    @Test
    void ruleTypesDescribeThemselves() {
        assertThat(RuleType.byId(" party-member-rating ")).isEqualTo(RuleType.PARTY_MEMBER_RATING);
        assertThat(RuleType.byId("nope")).isNull();
        assertThat(RuleType.byId(null)).isNull();
        assertThat(RuleType.RECOGNITION_BY_COLLECTIVE.parameterNames()).containsExactly("approvalAbovePercent", "requireVote");
        assertThat(RuleType.RECOGNITION_BY_COLLECTIVE.defaultParameters()).containsExactly(
                Map.entry("approvalAbovePercent", 50), Map.entry("requireVote", true));
        assertThat(RuleType.SUBJECT_CATEGORY.parameterNames()).isEmpty();
        assertThat(RuleType.PARTY_MEMBER_RATING.defaultCategories()).isEqualTo(Set.of(SubjectCategory.DANG_VIEN));
        assertThat(RuleType.CONCRETE_ACHIEVEMENT.defaultCategories()).isEmpty();
        assertThat(RuleType.CONCRETE_ACHIEVEMENT.supportedKinds()).containsExactlyInAnyOrder(NomineeKind.values());
        assertThat(RuleType.SUBJECT_CATEGORY.messageKeys()).containsExactly("io.github.ghidanh.cv_1_a.category.required");
    }

    @Test
    void decisionsAndReasons() {
        Reason r = new Reason("CV-1.b", "k", null, "vi", "en");
        assertThat(r.values()).isEmpty();
        assertThat(r.message(null)).isEqualTo("en");
        assertThat(r.message(Locale.forLanguageTag("vi-VN"))).isEqualTo("vi");
        assertThat(r.message(Locale.ENGLISH)).isEqualTo("en");
        Decision d = new Decision("n", "p", List.of(r));
        assertThat(d.cites("CV-1.b")).isTrue();
        assertThat(d.cites("CV-1.c")).isFalse();
        assertThat(d.eligible()).isFalse();
        assertThat(new Decision("n", "p", null).eligible()).isTrue();
        assertThat(new Decision("n", "p", null).cites("CV-1.b")).isFalse();
    }

    @Test
    void rulesBuiltAfreshCheckAsTheLettersDo() {
        Rule model = Rule.of(RuleType.MODEL_CONTENT);
        assertThat(model.check(Nominees.model().toBuilder().content(" ").novelty(null).build(), Nominees.EVALUATION_DATE))
                .extracting(Reason::messageKey).containsExactly("io.github.ghidanh.cv_1_c.content.required",
                        "io.github.ghidanh.cv_1_c.novelty.required");
        Rule collective = Rule.of(RuleType.COLLECTIVE_CHANGE);
        assertThat(collective.check(Nominees.collective().toBuilder().effect(null).build(), Nominees.EVALUATION_DATE))
                .extracting(Reason::messageKey).containsExactly("io.github.ghidanh.cv_1_d.effect.required");
        assertThat(collective.check(Nominees.model(), Nominees.EVALUATION_DATE)).as("does not apply to a model").isEmpty();
        Rule results = Rule.of(RuleType.INDIVIDUAL_RESULTS);
        assertThat(results.check(Nominees.citizen().toBuilder().results("\u200B").build(), Nominees.EVALUATION_DATE))
                .extracting(Reason::messageKey).containsExactly("io.github.ghidanh.cv_1_e.results.required");
    }

    @Test
    void aRuleNamingCategoriesAppliesOnlyToIndividualsOfThem() {
        Rule partyOnly = Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).categories(SubjectCategory.DANG_VIEN).build();
        assertThat(partyOnly.appliesTo(Nominees.model())).isFalse();
        assertThat(partyOnly.appliesTo(Nominees.citizen())).isFalse();
        assertThat(partyOnly.appliesTo(Nominees.partyMember())).isTrue();
        assertThat(Rule.of(RuleType.CONCRETE_ACHIEVEMENT).appliesTo(Nominees.model())).isTrue();
        assertThat(Rule.of(RuleType.MODEL_CONTENT).appliesTo(Nominees.citizen())).isFalse();
    }

    @Test
    void aMissingFileIsNamedWithTheReason() {
        java.nio.file.Path missing = java.nio.file.Path.of("/nonexistent/profile.json");
        assertThatThrownBy(() -> CriteriaProfile.fromJson(missing)).isInstanceOfSatisfying(ProfileException.class, e -> {
            assertThat(e.messageEn()).isEqualTo("Cannot read the criteria profile file /nonexistent/profile.json: "
                    + "/nonexistent/profile.json.");
            assertThat(e.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
        });
    }
}
