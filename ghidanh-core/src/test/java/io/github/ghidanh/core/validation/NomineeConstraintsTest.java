package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.criteria.Nominees;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The table of field rules reaches a host's own Hibernate Validator whole, through each way a host
 * can register it, and a validator without it is refused rather than trusted.
 */
class NomineeConstraintsTest {
    private static final Validator HOST = HostValidators.FACTORY.getValidator();

    /** A nominee with a bad citizen ID (field rule) whose party-member rating is too low (clause rule). */
    private static final IndividualNominee BROKEN = Nominees.partyMember().toBuilder().citizenId("abc")
            .rating(Rating.HTTNV).build();

    private static Set<String> templates(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toCollection(TreeSet::new));
    }

    private static final Set<String> BROKEN_TEMPLATES = Set.of("{io.github.ghidanh.field.citizen_id.shape}",
            "{io.github.ghidanh.cv_1_e.party.rating}");

    @Test
    void everyRowOfTheTableIsAConstraintOfTheHostsValidator() {
        int checked = 0;
        for (FieldRule rule : FieldRules.RULES) {
            for (Class<?> owner : rule.owners()) {
                BeanDescriptor bean = HOST.getConstraintsForClass(owner);
                Set<ConstraintDescriptor<?>> constraints;
                if (rule.property() == null) {
                    constraints = bean.getConstraintDescriptors();
                } else {
                    PropertyDescriptor p = bean.getConstraintsForProperty(rule.property());
                    assertThat(p).as(owner.getSimpleName() + "." + rule.property()).isNotNull();
                    constraints = p.getConstraintDescriptors();
                }
                Class<?> annotation = annotationOf(rule.check());
                Set<Class<?>> groups = rule.stage() == Stage.SUBMISSION ? Set.of(Stages.AtSubmission.class)
                        : Set.of(jakarta.validation.groups.Default.class);
                assertThat(constraints).as(owner.getSimpleName() + "." + rule.property() + " " + rule.check())
                        .anySatisfy(c -> {
                            assertThat(c.getAnnotation().annotationType()).isEqualTo(annotation);
                            assertThat(c.getGroups()).isEqualTo(groups);
                            attributesOf(rule.check()).forEach((k, v) -> assertThat(c.getAttributes()).containsEntry(k, v));
                        });
                checked++;
            }
        }
        assertThat(checked).isEqualTo(29);
        // the records inside a nominee are cascaded into
        for (FieldRules.Cascade c : FieldRules.CASCADES) {
            for (Class<?> owner : c.owners()) {
                PropertyDescriptor p = HOST.getConstraintsForClass(owner).getConstraintsForProperty(c.property());
                boolean cascaded = c.elements()
                        ? p.getConstrainedContainerElementTypes().stream().anyMatch(e -> e.isCascaded())
                        : p.isCascaded();
                assertThat(cascaded).as(owner.getSimpleName() + "." + c.property()).isTrue();
            }
        }
    }

    private static Class<?> annotationOf(FieldRule.Check check) {
        if (check instanceof FieldRule.Required) {
            return jakarta.validation.constraints.NotBlank.class;
        }
        if (check instanceof FieldRule.Text) {
            return CleanText.class;
        }
        if (check instanceof FieldRule.CitizenId) {
            return CitizenIdShape.class;
        }
        if (check instanceof FieldRule.BirthYear) {
            return YearOfBirth.class;
        }
        return ScoreMatchesRating.class;
    }

    private static Map<String, Object> attributesOf(FieldRule.Check check) {
        if (check instanceof FieldRule.Text t) {
            return Map.of("max", t.max(), "multiline", t.multiline());
        }
        if (check instanceof FieldRule.BirthYear b) {
            return Map.of("min", b.min());
        }
        if (check instanceof FieldRule.Required r) {
            return Map.of("message", "{" + r.messageKey() + "}");
        }
        return Map.of();
    }

    @Test
    void eachRecordHasTheClausesItsKindCanBreak() {
        for (NomineeKind kind : NomineeKind.values()) {
            Set<String> clauses = new TreeSet<>();
            for (ConstraintDescriptor<?> c : HOST.getConstraintsForClass(FieldRules.recordOf(kind)).getConstraintDescriptors()) {
                if (c.getAnnotation() instanceof MeetsClause m) {
                    assertThat(c.getGroups()).containsExactly(Stages.AtSubmission.class);
                    clauses.add(m.value());
                }
            }
            assertThat(clauses).as(kind.name()).isEqualTo(new TreeSet<>(FieldRules.clausesOf(kind)));
        }
        assertThat(FieldRules.clausesOf(NomineeKind.INDIVIDUAL))
                .containsExactly("CV-1.a", "CV-1.b", "CV-1.e", "CV-1.e.party", "CV-2");
        assertThat(FieldRules.clausesOf(NomineeKind.MODEL)).containsExactly("CV-1.b", "CV-1.c");
        assertThat(FieldRules.clausesOf(NomineeKind.COLLECTIVE)).containsExactly("CV-1.b", "CV-1.d");
    }

    @Test
    void registeredWithAddTo() {
        assertThat(templates(HOST.validate(BROKEN, Stages.AtSubmission.class))).isEqualTo(BROKEN_TEMPLATES);
    }

    @Test
    void registeredAsAMappingNextToTheHostsOwn() {
        HibernateValidatorConfiguration cfg = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        record HostForm(String title) {
        }
        var own = cfg.createConstraintMapping();
        own.type(HostForm.class).field("title").constraint(new org.hibernate.validator.cfg.defs.NotBlankDef());
        try (ValidatorFactory f = cfg.addMapping(NomineeConstraints.mapping(cfg)).addMapping(own).buildValidatorFactory()) {
            Validator v = f.getValidator();
            assertThat(templates(v.validate(BROKEN, Stages.AtSubmission.class))).isEqualTo(BROKEN_TEMPLATES);
            assertThat(v.validate(new HostForm(" "))).hasSize(1);
        }
    }

    @Test
    void registeredByNameAsAContributorWithoutCode() {
        HibernateValidatorConfiguration cfg = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        cfg.addProperty(HibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS, NomineeConstraints.class.getName());
        try (ValidatorFactory f = cfg.buildValidatorFactory()) {
            assertThat(templates(f.getValidator().validate(BROKEN, Stages.AtSubmission.class))).isEqualTo(BROKEN_TEMPLATES);
            // a draft: field rules only
            assertThat(templates(f.getValidator().validate(BROKEN))).containsExactly("{io.github.ghidanh.field.citizen_id.shape}");
        }
    }

    @Test
    void aValidatorThatDoesNotKnowTheRulesIsRefused() {
        try (ValidatorFactory plain = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            // on its own it would pass every nominee
            assertThat(plain.getValidator().validate(BROKEN, Stages.AtSubmission.class)).isEmpty();
            assertThatThrownBy(() -> NomineeValidator.create().usingValidator(plain.getValidator()))
                    .isInstanceOfSatisfying(NomineeValidationException.class, e -> {
                        assertThat(e.code()).isEqualTo("validation.rulesNotRegistered");
                        assertThat(e.messageEn()).contains("NomineeConstraints");
                        assertThat(e.messageVi()).contains("NomineeConstraints");
                    });
        }
    }

    @Test
    void theRecordsInsideANomineeAreValidatedWithTheirPaths() {
        Nominee n = Nominees.collective().toBuilder().achievements(List.of(
                Achievement.of(AchievementType.CHARITY, "Quyên góp"), Achievement.other("x".repeat(201), "Trồng cây")))
                .build();
        Set<String> paths = new HashSet<>();
        HOST.validate(n).forEach(v -> paths.add(v.getPropertyPath().toString()));
        assertThat(paths).containsExactly("achievements[1].otherType");
        assertThat(NomineeValidator.create().validate(n, Stage.DRAFT, Locale.ENGLISH)).extracting(Violation::path)
                .containsExactly("achievements[1].otherType");
    }
}
