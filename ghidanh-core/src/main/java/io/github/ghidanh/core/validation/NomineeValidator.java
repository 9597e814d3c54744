package io.github.ghidanh.core.validation;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Rule;
import io.github.ghidanh.core.criteria.internal.Messages;
import io.github.ghidanh.core.internal.CoreMessages;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.text.CitizenId;
import io.github.ghidanh.core.text.TextChecks;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one entry point a host calls to validate nominees: field constraints and, for a
 * {@link Stage#SUBMISSION}, every clause constraint of the criteria profile, with messages in
 * Vietnamese (default) or English.
 *
 * <pre>{@code
 * NomineeValidator v = NomineeValidator.create().withProfile(myProfile).asOf(LocalDate.of(2022, 6, 5));
 * List<Violation> problems = v.validate(nominee, Stage.SUBMISSION, Locale.forLanguageTag("vi"));
 * }</pre>
 *
 * <p>By default it runs the library's table of field rules directly (no Bean Validation machinery,
 * no reflection): the same functions the constraint validators call, on the same properties with
 * the same limits and stages, and the same {@link Rule}s as the criteria engine. The same table is
 * registered with Hibernate Validator ({@link NomineeConstraints}); a test proves the two paths give
 * identical violations. {@link #usingBeanValidation()} runs the rules through the library's own
 * Hibernate Validator (4–5 times slower), bootstrapped once per JVM, lazily, with
 * {@link NomineeConstraints}, {@link ParameterMessageInterpolator} (no Expression Language needed)
 * and the bundles {@code ContributorValidationMessages[_vi]}; the profile and date reach the clause
 * constraints as the constraint validator payload ({@link CriteriaPayload}).
 * {@link #usingValidator(Validator)} plugs in the host's own {@code Validator} (e.g. Spring's)
 * instead, which must have been built with {@link NomineeConstraints}; then the clause constraints
 * see the host's payload if any, else the default profile (to use another profile with your own
 * validator, give it a {@link CriteriaPayload}, see there).
 * Messages of our keys are always rendered in the requested locale from our bundles; a host
 * constraint's message is the host validator's.
 *
 * <p>Never throws for bad nominee data: a null nominee, blank or huge texts, control characters,
 * lone surrogates, NFD or legacy-encoded text all come back as {@link Violation}s. Only a failure of
 * validation itself (e.g. a host constraint that throws) is reported as a
 * {@link NomineeValidationException}. Immutable and thread-safe.
 */
public final class NomineeValidator {
    /** Vietnamese, the default locale of messages. */
    public static final Locale VIETNAMESE = Messages.VIETNAMESE;

    private static final String NOMINEE_REQUIRED = "io.github.ghidanh.field.nominee.required";
    private static final int MAX_VALUE_CHARS = 100;

    private static final class Factory {
        static final ValidatorFactory INSTANCE = bootstrap();
    }

    private final CriteriaProfile profile;
    private final Validator hostValidator;
    private final LocalDate asOf;
    /** Whether to run through our Hibernate Validator instead of the direct path (same results, slower). */
    private final boolean beanValidation;
    /** Our validators, one per evaluation date (the payload carries it); only used without a host validator. */
    private final Map<LocalDate, Validator> validators = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Validator clockValidator;

    private NomineeValidator(CriteriaProfile profile, Validator hostValidator, LocalDate asOf, boolean beanValidation) {
        this.profile = profile;
        this.hostValidator = hostValidator;
        this.asOf = asOf;
        this.beanValidation = beanValidation;
    }

    /** A validator with the default profile, our own Hibernate Validator, and the system clock's date. */
    public static NomineeValidator create() {
        return new NomineeValidator(CriteriaProfile.defaultProfile(), null, null, false);
    }

    /** A copy that applies {@code profile}'s clause rules. */
    public NomineeValidator withProfile(CriteriaProfile profile) {
        return new NomineeValidator(Objects.requireNonNull(profile, "profile"), hostValidator, asOf, beanValidation);
    }

    /** A copy that evaluates as of {@code date} (e.g. the cell meeting) instead of today's date. */
    public NomineeValidator asOf(LocalDate date) {
        return new NomineeValidator(profile, hostValidator, Objects.requireNonNull(date, "date"), beanValidation);
    }

    /**
     * A copy that validates with the host's own {@code Validator}, built with
     * {@link NomineeConstraints}.
     *
     * @throws NomineeValidationException (code {@code validation.rulesNotRegistered}) when the
     *         validator does not know the nominee rules: it would find every nominee valid
     */
    public NomineeValidator usingValidator(Validator validator) {
        requireNomineeRules(Objects.requireNonNull(validator, "validator"));
        return new NomineeValidator(profile, validator, asOf, true);
    }

    private static void requireNomineeRules(Validator validator) {
        boolean known;
        try {
            known = validator.getConstraintsForClass(IndividualNominee.class).isBeanConstrained();
        } catch (RuntimeException e) {
            // a validator that cannot even describe a class fails again in validate(), which names the nominee
            return;
        }
        if (!known) {
            throw failure("validation.rulesNotRegistered", null);
        }
    }

    /**
     * A copy that runs every check through the library's own Hibernate Validator (the annotations on
     * the model) instead of calling the same checks directly. The results are identical (a test
     * proves it on thousands of nominees); the direct path, the default, is many times faster.
     */
    public NomineeValidator usingBeanValidation() {
        return new NomineeValidator(profile, hostValidator, asOf, true);
    }

    public CriteriaProfile profile() {
        return profile;
    }

    /**
     * The constraint validator payload this validator passes to Hibernate Validator (the profile and
     * the evaluation date, null for the clock's).
     */
    public CriteriaPayload payload() {
        return CriteriaPayload.of(profile, asOf);
    }

    /**
     * Validates one nominee.
     *
     * @param nominee the nominee; null gives one violation
     * @param stage the stage; null means {@link Stage#SUBMISSION}
     * @param locale the language of the messages; null or any "vi" locale means Vietnamese, any other English
     * @return the violations: field rules first (by path), then clause rules in the profile's order; empty when valid
     */
    public List<Violation> validate(Nominee nominee, Stage stage, Locale locale) {
        boolean vi = Messages.isVietnamese(locale);
        if (nominee == null) {
            return List.of(new Violation(null, "", null, NOMINEE_REQUIRED, message(NOMINEE_REQUIRED, Map.of(), vi), null));
        }
        Stage s = stage == null ? Stage.SUBMISSION : stage;
        List<Sortable> out;
        if (!beanValidation) {
            List<DirectValidation.Found> found = new ArrayList<>(0);
            try {
                DirectValidation.validate(nominee, s, profile, asOf != null ? asOf : LocalDate.now(), found);
            } catch (RuntimeException e) {
                throw failed(nominee, e);
            }
            if (found.isEmpty()) {
                return List.of();
            }
            out = new ArrayList<>(found.size());
            for (DirectValidation.Found f : found) {
                out.add(convert(nominee, f.path(), f.leaf(), f.clauseId(), f.key(), f.values(), f.invalidValue(), null, vi));
            }
        } else {
            Set<ConstraintViolation<Nominee>> found;
            try {
                found = validator().validate(nominee, s.group());
            } catch (RuntimeException e) {
                throw failed(nominee, e);
            }
            if (found.isEmpty()) {
                return List.of();
            }
            out = new ArrayList<>(found.size());
            for (ConstraintViolation<Nominee> cv : found) {
                out.add(convert(nominee, cv, vi));
            }
        }
        out.sort(ORDER);
        List<Violation> result = new ArrayList<>(out.size());
        for (Sortable x : out) {
            result.add(x.violation);
        }
        return List.copyOf(result);
    }

    private static NomineeValidationException failed(Nominee nominee, RuntimeException e) {
        return failure("validation.failed", e, "nominee", nominee.id(), "error", e.getMessage());
    }

    private static NomineeValidationException failure(String code, RuntimeException cause, Object... namesAndValues) {
        CoreMessages.Text t = CoreMessages.of(code, namesAndValues);
        return new NomineeValidationException(code, t.vi(), t.en(), cause);
    }

    /** Validates a whole submission: the violations of every nominee, in the order given. */
    public List<Violation> validateAll(Collection<? extends Nominee> nominees, Stage stage, Locale locale) {
        if (nominees == null) {
            return List.of(new Violation(null, "", null, NOMINEE_REQUIRED,
                    message(NOMINEE_REQUIRED, Map.of(), Messages.isVietnamese(locale)), null));
        }
        List<Violation> all = new ArrayList<>();
        for (Nominee n : nominees) {
            all.addAll(validate(n, stage, locale));
        }
        return List.copyOf(all);
    }

    // ------------------------------------------------------------------ internals

    private Validator validator() {
        if (hostValidator != null) {
            return hostValidator;
        }
        if (asOf == null) {
            Validator v = clockValidator;
            if (v == null) {
                v = newValidator(CriteriaPayload.of(profile, null));
                clockValidator = v;
            }
            return v;
        }
        return validators.computeIfAbsent(asOf, d -> newValidator(CriteriaPayload.of(profile, d)));
    }

    private static Validator newValidator(CriteriaPayload payload) {
        return Factory.INSTANCE.unwrap(HibernateValidatorFactory.class).usingContext()
                .constraintValidatorPayload(payload).getValidator();
    }

    private static ValidatorFactory bootstrap() {
        try {
            HibernateValidatorConfiguration cfg = NomineeConstraints.addTo(
                    Validation.byProvider(HibernateValidator.class).configure());
            cfg.messageInterpolator(new ParameterMessageInterpolator(Set.of(VIETNAMESE, Locale.ENGLISH), VIETNAMESE, true));
            return cfg.buildValidatorFactory();
        } catch (RuntimeException e) {
            throw failure("validation.bootstrap", e, "error", e.getMessage());
        }
    }

    /**
     * The validator factory of the library (bootstrapped once, on first use, with
     * {@link NomineeConstraints}); for hosts that want to share it.
     */
    public static ValidatorFactory validatorFactory() {
        return Factory.INSTANCE;
    }

    private record Sortable(Violation violation, int clauseOrder, int keyOrder) {
    }

    private static final Comparator<Sortable> ORDER = Comparator.comparingInt(Sortable::clauseOrder)
            .thenComparingInt(Sortable::keyOrder)
            .thenComparing(s -> s.violation.path())
            .thenComparing(s -> s.violation.messageKey());

    private Sortable convert(Nominee nominee, ConstraintViolation<Nominee> cv, boolean vi) {
        Finding f = finding(cv);
        String template = cv.getMessageTemplate();
        if (f != null) {
            return convert(nominee, cv.getPropertyPath().toString(), leaf(cv.getPropertyPath()), f.clauseId(),
                    f.messageKey(), f.values(), cv.getInvalidValue(), null, vi);
        }
        String key = template != null && template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> values = null;
        if (key != null && Messages.get().raw(key, vi ? VIETNAMESE : Locale.ENGLISH) != null
                && cv.getConstraintDescriptor() != null) {
            values = new HashMap<>(cv.getConstraintDescriptor().getAttributes());
        }
        return convert(nominee, cv.getPropertyPath().toString(), leaf(cv.getPropertyPath()), null, key, values,
                cv.getInvalidValue(), cv.getMessage(), vi);
    }

    /** One violation; {@code values} null means "not our message": {@code foreignMessage} is used. */
    private Sortable convert(Nominee nominee, String path, String leaf, String clause, String key,
            Map<String, Object> values, Object invalidValue, String foreignMessage, boolean vi) {
        String message = values != null ? message(key, values, vi) : foreignMessage;
        String invalid;
        if (clause != null) {
            invalid = values == null || values.isEmpty() ? null : describe(values);
        } else {
            invalid = invalidValue(invalidValue, leaf);
        }
        int clauseOrder = clause == null ? -1 : clauseOrder(clause);
        return new Sortable(new Violation(nominee.id(), path, clause, key, message, invalid), clauseOrder, keyOrder(key));
    }

    private int clauseOrder(String clause) {
        List<Rule> rules = profile.rules();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).clauseId().equals(clause)) {
                return i;
            }
        }
        return rules.size();
    }

    /** Clause keys in rule-type order, then in each type's order; field keys all alike (sorted by path). */
    private static int keyOrder(String key) {
        for (io.github.ghidanh.core.criteria.RuleType t : io.github.ghidanh.core.criteria.RuleType.values()) {
            int i = t.messageKeys().indexOf(key);
            if (i >= 0) {
                return t.ordinal() * 100 + i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Finding finding(ConstraintViolation<?> cv) {
        if (cv instanceof HibernateConstraintViolation<?> h) {
            return h.getDynamicPayload(Finding.class);
        }
        return null;
    }

    private static String message(String key, Map<String, Object> values, boolean vi) {
        return Messages.get().template(key).render(vi, values);
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node n : path) {
            name = n.getName();
        }
        return name;
    }

    private static String invalidValue(Object v, String leaf) {
        if (v == null) {
            return null;
        }
        if (v instanceof Nominee) {
            return null; // never dump a whole record (personal data)
        }
        if ("citizenId".equals(leaf)) {
            return CitizenId.mask(String.valueOf(v));
        }
        if (v instanceof Assessment a) {
            return "rating=" + a.rating() + ", score=" + a.score();
        }
        return cut(String.valueOf(v));
    }

    private static String describe(Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    /** At most 100 characters, every character {@code @CleanText} forbids shown as U+FFFD. */
    private static String cut(String s) {
        String out = s;
        if (out.length() > MAX_VALUE_CHARS) {
            int end = MAX_VALUE_CHARS;
            if (Character.isHighSurrogate(out.charAt(end - 1))) {
                end--;
            }
            out = out.substring(0, end) + "…";
        }
        return sanitize(out);
    }

    /**
     * {@code text} with every code point {@link TextChecks} rejects in a multi-line text replaced by
     * U+FFFD (a lone surrogate counts as one); tabs and line breaks are kept.
     */
    private static String sanitize(String text) {
        if (TextChecks.firstProblemMultiline(text).isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean keep = cp == '\n' || cp == '\r' || cp == '\t' || cp == 0xFFFD || TextChecks.classify(cp).isEmpty();
            if (keep) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\uFFFD');
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
