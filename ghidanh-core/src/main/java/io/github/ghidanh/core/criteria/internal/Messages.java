package io.github.ghidanh.core.criteria.internal;

import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.TextProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The messages of {@code ContributorValidationMessages.properties} (English) and {@code _vi}
 * (Vietnamese), read once per class loader (every copy on the class path is merged, as Hibernate
 * Validator does for contributor bundles), parsed into templates, and rendered without reflection.
 *
 * <p>Templates use only {@code {name}} parameters. For a value named {@code rating} a template may
 * write {@code {rating}} (the raw value: enum constant, number), {@code {ratingVi}} (its Vietnamese
 * label) or {@code {ratingEn}} (its English label). {@link #parameters(Map)} produces exactly that
 * map, which the Bean Validation constraints pass to Hibernate Validator as message parameters, so
 * the engine and the constraints render the same text. Not part of the API.
 */
public final class Messages {
    public static final String BUNDLE = "ContributorValidationMessages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final class Holder {
        static final Messages INSTANCE = new Messages();
    }

    private final Map<String, String> en;
    private final Map<String, String> vi;
    private final Map<String, Template> templates = new HashMap<>();

    private Messages() {
        ClassLoader cl = Messages.class.getClassLoader();
        this.en = load(cl, BUNDLE + ".properties");
        this.vi = load(cl, BUNDLE + "_vi.properties");
        for (String key : en.keySet()) {
            String v = vi.get(key);
            if (v != null) {
                templates.put(key, new Template(key, Segments.parse(v), Segments.parse(en.get(key))));
            }
        }
    }

    public static Messages get() {
        return Holder.INSTANCE;
    }

    /** Every copy of {@code resource} that {@code cl} sees, merged; the first on the class path wins. */
    static Map<String, String> load(ClassLoader cl, String resource) {
        Map<String, String> out = new HashMap<>();
        try {
            Enumeration<URL> urls = cl.getResources(resource);
            List<URL> list = Collections.list(urls);
            // merge in reverse class-path order so that the first copy wins, as ResourceBundle would
            Collections.reverse(list);
            for (URL url : list) {
                Properties p = new Properties();
                try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String name : p.stringPropertyNames()) {
                    out.put(name, p.getProperty(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The template of {@code key}; fails when either language lacks it (a build-time error of the library). */
    public Template template(String key) {
        Template t = templates.get(key);
        if (t == null) {
            throw new IllegalStateException("Message key " + key + " is missing from " + BUNDLE
                    + (en.containsKey(key) ? "_vi" : "") + ".properties");
        }
        return t;
    }

    /** Every key of the English bundle (ours and any other contributor's), sorted. */
    public Set<String> englishKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(en.keySet()));
    }

    /** Every key of the Vietnamese bundle, sorted. */
    public Set<String> vietnameseKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(vi.keySet()));
    }

    /** The raw (uninterpolated) template text, or null. */
    public String raw(String key, Locale locale) {
        return isVietnamese(locale) ? vi.get(key) : en.get(key);
    }

    public static boolean isVietnamese(Locale locale) {
        return locale == null || "vi".equals(locale.getLanguage());
    }

    /**
     * The message parameters for the values: for each value {@code x}, {@code x} (raw),
     * {@code xVi} and {@code xEn} (labels).
     */
    public static Map<String, String> parameters(Map<String, Object> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            out.put(e.getKey(), raw(e.getValue()));
            out.put(e.getKey() + "Vi", display(e.getValue(), true));
            out.put(e.getKey() + "En", display(e.getValue(), false));
        }
        return out;
    }

    static String raw(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return date(d);
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder();
            for (Object o : c) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(raw(o));
            }
            return sb.toString();
        }
        return String.valueOf(v);
    }

    /** A value as shown in a message: enum labels in the language, dates dd/MM/yyyy, lists joined. */
    public static String display(Object v, boolean vietnamese) {
        if (v == null) {
            return vietnamese ? "(không có)" : "(none)";
        }
        if (v instanceof Rating r) {
            // a rating stands mid-sentence in every message ("… được xếp loại hoàn thành tốt nhiệm vụ")
            return vietnamese ? lowerFirst(r.labelVi()) : r.labelEn();
        }
        if (v instanceof SubjectCategory c) {
            return vietnamese ? c.labelVi() : c.labelEn();
        }
        if (v instanceof AchievementType t) {
            return vietnamese ? t.labelVi() : t.labelEn();
        }
        if (v instanceof ModelField f) {
            return vietnamese ? f.labelVi() : f.labelEn();
        }
        if (v instanceof NomineeKind k) {
            return vietnamese ? k.labelVi() : k.labelEn();
        }
        if (v instanceof TextProblem.Kind k) {
            return problem(k, vietnamese);
        }
        if (v instanceof LocalDate d) {
            return date(d);
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder();
            for (Object o : c) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(display(o, vietnamese));
            }
            return sb.toString();
        }
        return String.valueOf(v);
    }

    private static String problem(TextProblem.Kind k, boolean vi) {
        return switch (k) {
            case CONTROL_CHARACTER -> vi ? "ký tự điều khiển" : "a control character";
            case LONE_SURROGATE -> vi ? "nửa cặp ký tự đại diện (surrogate) đứng lẻ" : "a lone surrogate";
            case BIDI_CONTROL -> vi ? "ký tự điều khiển chiều văn bản" : "a bidirectional control character";
            case INVISIBLE_CHARACTER -> vi ? "ký tự vô hình" : "an invisible character";
            case REPLACEMENT_CHARACTER -> vi ? "ký tự thay thế U+FFFD (văn bản bị lỗi bảng mã)"
                    : "the replacement character U+FFFD (a decoding error)";
            case NONCHARACTER -> vi ? "ký tự không dùng trong Unicode" : "a Unicode noncharacter";
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    private static String date(LocalDate d) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A message in both languages, pre-parsed. */
    public record Template(String key, Segments vi, Segments en) {
        public String render(boolean vietnamese, Map<String, Object> values) {
            return (vietnamese ? vi : en).render(values, vietnamese);
        }
    }

    /** A template split into literal text and {@code {name}} parameters. */
    public static final class Segments {
        private final String[] literals;
        private final String[] params;

        private Segments(String[] literals, String[] params) {
            this.literals = literals;
            this.params = params;
        }

        static Segments parse(String template) {
            List<String> lits = new ArrayList<>();
            List<String> ps = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '\\' && i + 1 < template.length()) {
                    lit.append(template.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == '{') {
                    int end = template.indexOf('}', i);
                    if (end != -1) { // never i itself: the '{' stands there
                        lits.add(lit.toString());
                        lit.setLength(0);
                        ps.add(template.substring(i + 1, end));
                        i = end + 1;
                        continue;
                    }
                }
                lit.append(c);
                i++;
            }
            lits.add(lit.toString());
            return new Segments(lits.toArray(new String[0]), ps.toArray(new String[0]));
        }

        /** The parameter names used, in order. */
        public List<String> parameterNames() {
            return List.of(params);
        }

        String render(Map<String, Object> values, boolean vietnamese) {
            if (params.length == 0) {
                return literals[0];
            }
            StringBuilder sb = new StringBuilder(literals[0].length() + 64);
            sb.append(literals[0]);
            for (int i = 0; i < params.length; i++) {
                sb.append(resolve(params[i], values, vietnamese));
                sb.append(literals[i + 1]);
            }
            return sb.toString();
        }

        private static String resolve(String name, Map<String, Object> values, boolean vietnamese) {
            if (values.containsKey(name)) {
                return raw(values.get(name));
            }
            if (name.endsWith("Vi") && values.containsKey(name.substring(0, name.length() - 2))) {
                return display(values.get(name.substring(0, name.length() - 2)), true);
            }
            if (name.endsWith("En") && values.containsKey(name.substring(0, name.length() - 2))) {
                return display(values.get(name.substring(0, name.length() - 2)), false);
            }
            return "{" + name + "}";
        }
    }
}
