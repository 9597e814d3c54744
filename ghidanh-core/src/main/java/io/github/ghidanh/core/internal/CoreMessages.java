package io.github.ghidanh.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of ghidanh-core's exceptions (the domain model, criteria profiles, the workflow, the
 * validator), from the UTF-8 bundles {@code io/github/ghidanh/core/internal/CoreMessages.properties}
 * (English) and {@code CoreMessages_vi.properties} (Vietnamese), read on first use: the class is
 * loaded only when something goes wrong, so a run without errors never pays for it.
 *
 * <p>A template names its parameters, e.g. {@code Sổ ghi danh của {owner} không có mục số {entry}.};
 * {@link #of} fills them from name–value pairs. A value that differs by language is a {@link Text}
 * (its Vietnamese text goes into the Vietnamese template). Braces that do not enclose a simple name
 * ({@code { … }}) are literal. Not part of the API.
 */
public final class CoreMessages {
    private static final String BUNDLE = "io/github/ghidanh/core/internal/CoreMessages";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    private static final Map<String, String> ENGLISH = load(BUNDLE + ".properties");
    private static final Map<String, String> VIETNAMESE = load(BUNDLE + "_vi.properties");

    private CoreMessages() {
    }

    /** A message in Vietnamese and English. */
    public record Text(String vi, String en) {
        public Text {
            Objects.requireNonNull(vi, "vi");
            Objects.requireNonNull(en, "en");
        }
    }

    /**
     * The message {@code key} in both languages, its parameters filled from
     * {@code namesAndValues} (name, value, name, value…).
     *
     * @throws IllegalStateException when the key is missing from a bundle or a parameter has no
     *         value: a defect of the library, which {@code MessageBundlesTest} guards against
     */
    public static Text of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + key);
        }
        return new Text(fill(key, template(VIETNAMESE, key, "_vi"), namesAndValues, true),
                fill(key, template(ENGLISH, key, ""), namesAndValues, false));
    }

    /** Every key of the English bundle. */
    public static Set<String> englishKeys() {
        return new TreeSet<>(ENGLISH.keySet());
    }

    /** Every key of the Vietnamese bundle. */
    public static Set<String> vietnameseKeys() {
        return new TreeSet<>(VIETNAMESE.keySet());
    }

    /** The parameter names a template uses, e.g. {@code [owner, entry]}. */
    public static Set<String> parameters(String key, boolean vietnamese) {
        Set<String> out = new TreeSet<>();
        Matcher m = PARAMETER.matcher(template(vietnamese ? VIETNAMESE : ENGLISH, key, vietnamese ? "_vi" : ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String template(Map<String, String> bundle, String key, String suffix) {
        String t = bundle.get(key);
        if (t == null) {
            throw new IllegalStateException("Message key " + key + " is missing from " + BUNDLE + suffix + ".properties");
        }
        return t;
    }

    private static String fill(String key, String template, Object[] namesAndValues, boolean vietnamese) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(key, m.group(1), namesAndValues, vietnamese)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String key, String name, Object[] namesAndValues, boolean vietnamese) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (name.equals(namesAndValues[i])) {
                Object v = namesAndValues[i + 1];
                if (v instanceof Text t) {
                    return vietnamese ? t.vi() : t.en();
                }
                if (v instanceof LocalDate d) {
                    // a Vietnamese reader reads 10/06/2022; an English one gets the unambiguous ISO form
                    return vietnamese ? VIETNAMESE_DATE.format(d) : d.toString();
                }
                return String.valueOf(v);
            }
        }
        throw new IllegalStateException("Message " + key + " has no value for {" + name + "}");
    }

    private static Map<String, String> load(String resource) {
        Properties p = new Properties();
        try (InputStream in = CoreMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : p.stringPropertyNames()) {
            out.put(name, p.getProperty(name));
        }
        return Map.copyOf(out);
    }
}
