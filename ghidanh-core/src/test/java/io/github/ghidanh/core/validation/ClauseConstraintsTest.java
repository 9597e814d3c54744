package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.ClauseCases;
import io.github.ghidanh.core.criteria.ClauseCases.Case;
import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Nominees;
import io.github.ghidanh.core.model.Nominee;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * For every message key of the letter's rules: a nominee that breaks exactly that rule gets the
 * exact Vietnamese and English message from the engine, from {@link NomineeValidator}, and from a
 * host's own Hibernate Validator (its ParameterMessageInterpolator reading our bundles).
 */
class ClauseConstraintsTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final NomineeValidator VALIDATOR = NomineeValidator.create().asOf(Nominees.EVALUATION_DATE);
    static final CriteriaPayload PAYLOAD = CriteriaPayload.of(CriteriaProfile.defaultProfile(), Nominees.EVALUATION_DATE);

    static Stream<Case> cases() {
        return ClauseCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void engineGivesExactlyThisReason(Case c) {
        Decision d = CriteriaEngine.create().evaluate(c.nominee(), c.profile(), null, Nominees.EVALUATION_DATE);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.clauseId()).isEqualTo(c.clauseId());
            assertThat(r.messageKey()).isEqualTo(c.messageKey());
            assertThat(r.messageVi()).isEqualTo(c.vi());
            assertThat(r.messageEn()).isEqualTo(c.en());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatorGivesExactlyThisViolationInBothLanguages(Case c) {
        NomineeValidator VALIDATOR = ClauseConstraintsTest.VALIDATOR.withProfile(c.profile());
        List<Violation> vi = VALIDATOR.validate(c.nominee(), Stage.SUBMISSION, VI);
        assertThat(vi).singleElement().satisfies(v -> {
            assertThat(v.nomineeId()).isEqualTo(c.nominee().id());
            assertThat(v.clauseId()).isEqualTo(c.clauseId());
            assertThat(v.messageKey()).isEqualTo(c.messageKey());
            assertThat(v.message()).isEqualTo(c.vi());
        });
        assertThat(VALIDATOR.validate(c.nominee(), Stage.SUBMISSION, Locale.ENGLISH)).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo(c.en()));
        // the default locale is Vietnamese
        assertThat(VALIDATOR.validate(c.nominee(), Stage.SUBMISSION, null)).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo(c.vi()));
        // a draft may be incomplete: no clause constraint applies
        assertThat(VALIDATOR.validate(c.nominee(), Stage.DRAFT, VI)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostHibernateValidatorInterpolatesTheSameMessages(Case c) {
        CriteriaPayload PAYLOAD = CriteriaPayload.of(c.profile(), Nominees.EVALUATION_DATE);
        Set<ConstraintViolation<Nominee>> vi = HostValidators.inLocale(VI, PAYLOAD).validate(c.nominee(),
                Stages.AtSubmission.class);
        assertThat(vi).singleElement().satisfies(v -> {
            assertThat(v.getMessage()).isEqualTo(c.vi());
            assertThat(v.getMessageTemplate()).isEqualTo("{" + c.messageKey() + "}");
        });
        Set<ConstraintViolation<Nominee>> en = HostValidators.inLocale(Locale.ENGLISH, PAYLOAD).validate(c.nominee(),
                Stages.AtSubmission.class);
        assertThat(en).singleElement().satisfies(v -> assertThat(v.getMessage()).isEqualTo(c.en()));
    }

    @Test
    void theFixturesPassEveryStage() {
        for (Nominee n : List.of(Nominees.model(), Nominees.collective(), Nominees.partyMember(), Nominees.agencyHead(),
                Nominees.citizen())) {
            assertThat(VALIDATOR.validate(n, Stage.SUBMISSION, VI)).as(n.id()).isEmpty();
            assertThat(VALIDATOR.validate(n, Stage.DRAFT, VI)).as(n.id()).isEmpty();
            assertThat(HostValidators.inLocale(VI, PAYLOAD).validate(n, Stages.AtSubmission.class)).as(n.id()).isEmpty();
        }
    }

    @Test
    void violationsReportTheProperty() {
        Nominee n = Nominees.partyMember().toBuilder().rating(io.github.ghidanh.core.model.Rating.HTTNV).results(null)
                .build();
        assertThat(VALIDATOR.validate(n, Stage.SUBMISSION, VI))
                .extracting(Violation::path, Violation::clauseId, Violation::invalidValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("results", "CV-1.e", null),
                        org.assertj.core.groups.Tuple.tuple("assessment", "CV-1.e.party", "rating=HTTNV, threshold=HTXSNV"));
    }
}
