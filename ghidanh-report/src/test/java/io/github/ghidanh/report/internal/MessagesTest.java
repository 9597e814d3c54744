package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The failure messages: both languages have every key, with the same placeholders, and the code uses no other key. */
class MessagesTest {
    static final ResourceBundle VI = Messages.bundle(Locale.ROOT);
    static final ResourceBundle EN = Messages.bundle(Locale.ENGLISH);
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyKeyIsInBothLanguagesWithTheSamePlaceholders() {
        assertThat(EN.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(VI.getLocale()).isEqualTo(Locale.ROOT);
        assertThat(EN.keySet()).isEqualTo(VI.keySet());
        for (String key : VI.keySet()) {
            assertThat(VI.getString(key)).as(key).isNotBlank();
            assertThat(placeholders(EN.getString(key))).as(key).isEqualTo(placeholders(VI.getString(key)));
            assertThat(VI.getString(key)).as(key).isNotEqualTo(EN.getString(key));
        }
    }

    @Test
    void theCodeUsesExactlyTheKeysOfTheBundles() throws IOException {
        Pattern call = Pattern.compile("Messages\\.(error|errorVariant|phrase)\\(\\s*\"([^\"]+)\"(?:,\\s*\"([^\"]+)\")?");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1).equals("errorVariant") ? m.group(2) + "." + m.group(3) : m.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(new TreeSet<>(VI.keySet())).isEqualTo(used);
    }

    @Test
    void argumentsArePrintedAsTheyAreAndPhrasesInTheirLanguage() {
        ReportException e = Messages.error("report.text.tooLong", "ENTRIES.name", Messages.phrase("record.entry", 12, "n-1"),
                100_000, TextLimits.MAX);
        assertThat(e.code()).isEqualTo("report.text.tooLong");
        assertThat(e.messageVi()).isEqualTo("Văn bản quá dài để in: trường ENTRIES.name của mục 12 (n-1) có 100000 ký tự "
                + "(tối đa 10000). Hãy rút gọn nội dung rồi lập lại văn bản.");
        assertThat(e.messageEn()).isEqualTo("Text too long to print: field ENTRIES.name of entry 12 (n-1) has 100000 characters "
                + "(at most 10000). Shorten it and render again.");
        ReportException variant = Messages.errorVariant("report.data", "row", null, "name", Messages.phrase("row.totals"),
                "CELLS", "x");
        assertThat(variant.code()).isEqualTo("report.data");
        assertThat(variant.messageEn()).isEqualTo("Cannot print column \"name\" of the row of the totals in table CELLS (x); "
                + "check that row's data.");
    }

    static Set<String> placeholders(String pattern) {
        Set<String> s = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            s.add(m.group());
        }
        return s;
    }
}
