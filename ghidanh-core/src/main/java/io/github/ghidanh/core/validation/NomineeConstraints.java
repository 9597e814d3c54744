package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.model.NomineeKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * The validation rules of the nominee records for Bean Validation (Hibernate Validator). The records
 * carry no annotations: every rule is declared once, in the library's table of field rules, which
 * {@link NomineeValidator} runs directly and which this class registers with Hibernate Validator as
 * a programmatic constraint mapping: {@link CleanText}, {@link CitizenIdShape}, {@link YearOfBirth}
 * and {@code @NotBlank} (the name, group {@link Stages.AtSubmission}) on the properties,
 * {@link ScoreMatchesRating} on {@code Assessment}, cascades into achievements, assessment and
 * recognition, and one {@link MeetsClause} per clause that can apply to each kind of nominee (group
 * {@link Stages.AtSubmission}). The limits are those of the table; a host that wants them (e.g. for
 * the {@code maxlength} of its form fields) reads them from the constraint metadata:
 * {@code validator.getConstraintsForClass(IndividualNominee.class).getConstraintsForProperty("name")}.
 *
 * <p><b>A host that validates nominees with its own {@code Validator} registers these rules once,
 * when it builds its {@code ValidatorFactory}</b>; without them its validator sees no rule at all
 * (and {@link NomineeValidator#usingValidator} refuses it). Any one of:
 * <pre>{@code
 * // 1. in code
 * HibernateValidatorConfiguration cfg = Validation.byProvider(HibernateValidator.class).configure();
 * ValidatorFactory factory = NomineeConstraints.addTo(cfg).buildValidatorFactory();
 *
 * // 2. in code, next to mappings of your own
 * cfg.addMapping(NomineeConstraints.mapping(cfg)).addMapping(myMapping);
 *
 * // 3. by configuration: name this class as a constraint mapping contributor, in META-INF/validation.xml
 * //    <property name="hibernate.validator.constraint_mapping_contributors">
 * //        io.github.ghidanh.core.validation.NomineeConstraints</property>
 * //    or in code:
 * cfg.addProperty(HibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS,
 *         NomineeConstraints.class.getName());
 *
 * // Spring Boot: a ValidationConfigurationCustomizer bean
 * @Bean ValidationConfigurationCustomizer ghidanhRules() {
 *     return c -> NomineeConstraints.addTo((HibernateValidatorConfiguration) c);
 * }
 * }</pre>
 * Register them once per factory: Hibernate Validator refuses a type configured twice. To apply a
 * profile other than the default, or a fixed evaluation date, pass a {@link CriteriaPayload} as the
 * constraint validator payload (see there).
 *
 * <p>Instantiated by Hibernate Validator only when named as a contributor (option 3); otherwise use
 * the static methods.
 */
public final class NomineeConstraints implements ConstraintMappingContributor {

    /** For Hibernate Validator, which creates contributors it is given by name. */
    public NomineeConstraints() {
    }

    /** Adds every rule to {@code configuration} and returns it. */
    public static HibernateValidatorConfiguration addTo(HibernateValidatorConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return configuration.addMapping(mapping(configuration));
    }

    /** A new mapping with every rule, to add to {@code configuration} with {@code addMapping}. */
    public static ConstraintMapping mapping(HibernateValidatorConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        ConstraintMapping mapping = configuration.createConstraintMapping();
        register(mapping);
        return mapping;
    }

    /** Adds every rule to the mapping Hibernate Validator hands to a contributor. */
    @Override
    public void createConstraintMappings(ConstraintMappingBuilder builder) {
        register(builder.addConstraintMapping());
    }

    private static void register(ConstraintMapping mapping) {
        Mapper m = new Mapper(mapping);
        for (FieldRule r : FieldRules.RULES) {
            for (Class<?> owner : r.owners()) {
                ConstraintDef<?, ?> def = r.check().constraint();
                if (r.stage() == Stage.SUBMISSION) {
                    def.groups(Stages.AtSubmission.class);
                }
                if (r.property() == null) {
                    m.type(owner).constraint(def);
                } else {
                    m.property(owner, r.property()).constraint(def);
                }
            }
        }
        for (FieldRules.Cascade c : FieldRules.CASCADES) {
            for (Class<?> owner : c.owners()) {
                PropertyConstraintMappingContext p = m.property(owner, c.property());
                if (c.elements()) {
                    p.containerElementType().valid();
                } else {
                    p.valid();
                }
            }
        }
        for (NomineeKind kind : NomineeKind.values()) {
            for (String clause : FieldRules.clausesOf(kind)) {
                m.type(FieldRules.recordOf(kind)).constraint(new GenericConstraintDef<>(MeetsClause.class)
                        .param("value", clause).groups(Stages.AtSubmission.class));
            }
        }
    }

    /** Hibernate Validator accepts each type and each property once per mapping: one context each. */
    private static final class Mapper {
        private final ConstraintMapping mapping;
        private final Map<Class<?>, TypeConstraintMappingContext<?>> types = new LinkedHashMap<>();
        private final Map<String, PropertyConstraintMappingContext> properties = new LinkedHashMap<>();

        Mapper(ConstraintMapping mapping) {
            this.mapping = mapping;
        }

        TypeConstraintMappingContext<?> type(Class<?> type) {
            return types.computeIfAbsent(type, mapping::type);
        }

        PropertyConstraintMappingContext property(Class<?> type, String property) {
            return properties.computeIfAbsent(type.getName() + '#' + property, k -> type(type).field(property));
        }
    }
}
