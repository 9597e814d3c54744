package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.ClauseCases;
import io.github.ghidanh.core.criteria.RuleType;
import io.github.ghidanh.core.criteria.internal.Messages;
import io.github.ghidanh.core.internal.CoreMessages;
import io.github.ghidanh.core.model.Rating;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every message key in both languages, for the validation messages
 * ({@code ContributorValidationMessages}) and the messages of the core's exceptions
 * ({@code CoreMessages}): same keys, same parameters, clause cited, no raw {…} left, UTF-8, NFC.
 */
class MessageBundlesTest {
    private static final Pattern CLAUSE_KEY = Pattern.compile("io\\.github\\.ghidanh\\.cv_(\\d+)(?:_([a-z]))?(\\.party)?\\..+");

    private static Properties read(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoFileNamedValidationMessages() throws IOException {
        Properties en = read("ContributorValidationMessages.properties");
        Properties vi = read("ContributorValidationMessages_vi.properties");
        assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).hasSize(36);
        assertThat(MessageBundlesTest.class.getResource("/ValidationMessages.properties")).isNull();
        // the _en file only stops the fallback to a Vietnamese JVM default; it holds no keys
        assertThat(read("ContributorValidationMessages_en.properties").stringPropertyNames()).isEmpty();
        // every rule's key exists in both
        for (RuleType t : RuleType.values()) {
            assertThat(en.stringPropertyNames()).containsAll(t.messageKeys());
        }
    }

    @Test
    void everyClauseKeyCitesItsClauseInTheKeyAndInBothTexts() throws IOException {
        Properties en = read("ContributorValidationMessages.properties");
        Properties vi = read("ContributorValidationMessages_vi.properties");
        int clauseKeys = 0;
        for (String key : en.stringPropertyNames()) {
            var m = CLAUSE_KEY.matcher(key);
            if (!m.matches()) {
                assertThat(key).startsWith("io.github.ghidanh.field.");
                continue;
            }
            clauseKeys++;
            String clause = "CV-" + m.group(1) + (m.group(2) == null ? "" : "." + m.group(2))
                    + (m.group(3) == null ? "" : ".party");
            assertThat(en.getProperty(key)).as(key).endsWith("(" + clause + ")");
            assertThat(vi.getProperty(key)).as(key).endsWith("(" + clause + ")");
        }
        assertThat(clauseKeys).isEqualTo(27);
    }

    @Test
    void vietnameseIsReadAsUtf8AndIsNfc() throws IOException {
        Properties vi = read("ContributorValidationMessages_vi.properties");
        assertThat(vi.getProperty("io.github.ghidanh.cv_1_e.party.rating"))
                .startsWith("Đảng viên đề nghị ghi danh phải được xếp loại từ ");
        for (String key : vi.stringPropertyNames()) {
            String s = vi.getProperty(key);
            assertThat(java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)).as(key).isTrue();
        }
        // and the JDK's own bundle loading (as Hibernate Validator uses it) reads the same text
        ResourceBundle b = ResourceBundle.getBundle("ContributorValidationMessages", Locale.forLanguageTag("vi"));
        assertThat(b.getString("io.github.ghidanh.cv_2.exemplary"))
                .isEqualTo("Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải thật sự tiêu biểu, gương mẫu (CV-2)");
    }

    /** A value for each parameter name a template can use. */
    private static Map<String, Object> sampleValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("threshold", Rating.HTXSNV);
        v.put("rating", Rating.HTNV);
        v.put("band", Rating.HTTNV);
        v.put("meetingDate", LocalDate.of(2022, 6, 9));
        v.put("evaluationDate", LocalDate.of(2022, 6, 5));
        for (String n : new String[] {"min", "count", "votesFor", "votesTotal", "percent", "max", "length", "year",
                "score", "position"}) {
            v.put(n, 7);
        }
        v.put("expectedYear", 2021);
        v.put("character", "U+0000");
        v.put("encoding", "TCVN3");
        v.put("kind", io.github.ghidanh.core.text.TextProblem.Kind.BIDI_CONTROL);
        return v;
    }

    @Test
    void noRawPlaceholderLeftAfterInterpolationInEitherLanguage() {
        Messages m = Messages.get();
        Set<String> keys = new TreeSet<>(m.englishKeys());
        keys.removeIf(k -> !k.startsWith("io.github.ghidanh."));
        assertThat(keys).hasSize(36);
        for (String key : keys) {
            for (boolean vi : new boolean[] {true, false}) {
                String text = m.template(key).render(vi, sampleValues());
                assertThat(text).as(key + (vi ? " vi" : " en")).doesNotContain("{").doesNotContain("}")
                        .doesNotContain("$").isNotBlank();
            }
        }
        // labels go to the right language
        assertThat(m.template("io.github.ghidanh.cv_1_e.party.rating").render(true, sampleValues()))
                .contains("hoàn thành xuất sắc nhiệm vụ").contains("hoàn thành nhiệm vụ");
        assertThat(m.template("io.github.ghidanh.cv_1_e.party.rating").render(false, sampleValues()))
                .contains("Completed duties excellently").contains("Completed duties");
    }

    @Test
    void everyClauseKeyHasAHandWrittenCase() {
        Set<String> covered = new TreeSet<>();
        ClauseCases.all().forEach(c -> covered.add(c.messageKey()));
        Set<String> ruleKeys = new TreeSet<>();
        for (RuleType t : RuleType.values()) {
            ruleKeys.addAll(t.messageKeys());
        }
        assertThat(covered).isEqualTo(ruleKeys);
    }

    @Test
    void englishWinsOverAVietnameseJvmDefaultInHibernateValidator() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            var c = ClauseCases.all().get(0);
            var v = HostValidators.inLocale(Locale.ENGLISH, ClauseConstraintsTest.PAYLOAD)
                    .validate(c.nominee(), Stages.AtSubmission.class);
            assertThat(v).singleElement().satisfies(x -> assertThat(x.getMessage()).isEqualTo(c.en()));
            assertThat(ClauseConstraintsTest.VALIDATOR.validate(c.nominee(), Stage.SUBMISSION, Locale.ENGLISH))
                    .singleElement().satisfies(x -> assertThat(x.message()).isEqualTo(c.en()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void coreMessagesHaveEveryKeyAndTheSameParametersInBothLanguages() throws IOException {
        Properties en = read("io/github/ghidanh/core/internal/CoreMessages.properties");
        Properties vi = read("io/github/ghidanh/core/internal/CoreMessages_vi.properties");
        assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(CoreMessages.vietnameseKeys()).isEqualTo(CoreMessages.englishKeys())
                .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        // every key is used by the main code (no dead message), by its literal name
        StringBuilder sources = new StringBuilder();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                sources.append(java.nio.file.Files.readString(f));
            }
        }
        for (String key : en.stringPropertyNames()) {
            assertThat(sources).as(key).contains("\"" + key + "\"");
        }
        for (String key : en.stringPropertyNames()) {
            assertThat(CoreMessages.parameters(key, true)).as(key).isEqualTo(CoreMessages.parameters(key, false));
            assertThat(vi.getProperty(key)).as(key).isNotBlank();
            assertThat(java.text.Normalizer.isNormalized(vi.getProperty(key), java.text.Normalizer.Form.NFC)).as(key).isTrue();
        }
    }

    @Test
    void everyModelExceptionTakesItsTextsFromBothBundlesUnderItsCode() throws IOException {
        Set<String> modelKeys = Set.of("model.required", "model.period.half", "model.period.quarter", "model.period.range",
                "model.period.year", "model.tree.empty", "model.tree.duplicateId", "model.tree.twoRoots",
                "model.tree.missingParent", "model.tree.cycle.noRoot", "model.tree.cycle.unreachable",
                "model.tree.unknownId", "model.campaign.deadlineBeforeStart", "model.campaign.deadlineBeforeIssue",
                "model.rating.score");
        for (String bundle : List.of("CoreMessages.properties", "CoreMessages_vi.properties")) {
            Set<String> keys = new TreeSet<>(read("io/github/ghidanh/core/internal/" + bundle).stringPropertyNames());
            keys.removeIf(k -> !k.startsWith("model."));
            assertThat(keys).as(bundle).isEqualTo(new TreeSet<>(modelKeys));
        }
        // every ModelException of the model is built from a bundle key named after its code
        // (code tree.cycle: key model.tree.cycle or model.tree.cycle.*), never from inline text
        Pattern thrown = Pattern.compile("new ModelException\\(\\s*\"([^\"]+)\",\\s*CoreMessages\\.of\\(\\s*\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        int constructions = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/io/github/ghidanh/core/model"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(f);
                constructions += source.split("new ModelException\\(", -1).length - 1;
                var m = thrown.matcher(source);
                while (m.find()) {
                    String code = m.group(1);
                    String key = m.group(2);
                    String expected = code.startsWith("model.") ? code : "model." + code;
                    assertThat(key.equals(expected) || key.startsWith(expected + ".")).as(f + ": " + code + " -> " + key).isTrue();
                    used.add(key);
                }
            }
        }
        assertThat(used).isEqualTo(new TreeSet<>(modelKeys));
        assertThat(constructions).as("new ModelException( with inline texts").isEqualTo(modelKeys.size());
    }

    @Test
    void coreMessagesFillEveryParameter() {
        for (String key : CoreMessages.englishKeys()) {
            List<Object> pairs = new java.util.ArrayList<>();
            for (String name : CoreMessages.parameters(key, false)) {
                pairs.add(name);
                pairs.add("<" + name + ">");
            }
            CoreMessages.Text t = CoreMessages.of(key, pairs.toArray());
            for (String text : List.of(t.vi(), t.en())) {
                assertThat(text).as(key).doesNotContainPattern("\\{[A-Za-z][A-Za-z0-9]*\\}").isNotBlank();
            }
        }
        // a value that differs by language goes to its language; braces around no name stay as written
        CoreMessages.Text status = new CoreMessages.Text("đã trả lại", "returned");
        assertThat(CoreMessages.of("workflow.proposal.handled", "proposal", "P1", "name", "A", "status", status))
                .isEqualTo(new CoreMessages.Text("Đề nghị P1 (\"A\") đã được xử lý: đã trả lại.",
                        "Proposal P1 (\"A\") was already handled: returned."));
        assertThat(CoreMessages.of("profile.json.object").en()).isEqualTo("the file must be one JSON object { … }");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoreMessages.of("workflow.entry.unknown", "owner", "X"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{entry}");
    }
}
