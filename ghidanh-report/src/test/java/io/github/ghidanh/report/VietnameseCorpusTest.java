package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every Vietnamese vowel (a ă â e ê i o ô ơ u ư y) with every tone (none, huyền, sắc, hỏi, ngã,
 * nặng), lower and upper case, and Đ/đ, round-trip through the PDF exactly. The rows are built from
 * decomposed input (base letter + combining marks, as macOS sends it), so the test also checks that
 * NFD input comes out as NFC text.
 */
class VietnameseCorpusTest {
    static final String[] VOWELS = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u",
        "u\u031B", "y"};
    /** none, huyền (grave), sắc (acute), hỏi (hook above), ngã (tilde), nặng (dot below). */
    static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    static List<String> corpusNfd() {
        List<String> rows = new ArrayList<>();
        for (String v : VOWELS) {
            StringBuilder lower = new StringBuilder();
            for (String t : TONES) {
                lower.append(lower.length() == 0 ? "" : " ").append(v).append(t);
            }
            rows.add(lower.toString());
            rows.add(Normalizer.normalize(lower.toString(), Normalizer.Form.NFD).toUpperCase(Locale.ROOT));
        }
        rows.add("Đ đ Đặng Đình Đức");
        return rows;
    }

    @Test
    void theCorpusIsWhatItSays() {
        List<String> nfc = corpusNfd().stream().map(s -> Normalizer.normalize(s, Normalizer.Form.NFC)).toList();
        // spot checks written out by hand
        assertThat(nfc).contains("a à á ả ã ạ", "Ă Ằ Ắ Ẳ Ẵ Ặ", "ê ề ế ể ễ ệ", "Ơ Ờ Ớ Ở Ỡ Ợ", "ư ừ ứ ử ữ ự", "Y Ỳ Ý Ỷ Ỹ Ỵ");
        assertThat(nfc).hasSize(25);
        assertThat(String.join("", nfc).codePoints().filter(c -> c > 0x7F).distinct().count())
                .as("12 vowels × 6 tones × 2 cases minus the 15 plain ASCII letters (a e i o u y, both cases, and ...) plus Đ đ")
                .isEqualTo(12 * 6 * 2 - 12 + 2);
    }

    @Test
    void everyLetterWithEveryToneRoundTripsThroughThePdf() {
        List<String> rows = corpusNfd();
        List<HonourRollEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            entries.add(Views.entry(i + 1, Views.person("v" + i, rows.get(i), "Thành tích " + rows.get(i))));
        }
        HonourRollView view = new HonourRollView(Views.party(), "Đảng ủy phường Duyên Hải", List.of(Demo.SAMPLE.campaign()), entries);
        // one column per render, so that each printed line is one cell's text and nothing else
        Pdf names = new Pdf(Reports.create().render(view, RenderOptions.builder(Format.PDF).columns(Table.ENTRIES, "name").build()));
        Pdf achievements = new Pdf(Reports.create().render(view,
                RenderOptions.builder(Format.PDF).columns(Table.ENTRIES, "achievements").build()));
        List<String> nameLines = String.join("\n", names.pageTexts).lines().map(String::strip).toList();
        List<String> achLines = String.join("\n", achievements.pageTexts).lines().map(String::strip).toList();
        for (String row : rows) {
            String nfc = Normalizer.normalize(row, Normalizer.Form.NFC);
            assertThat(nameLines).as("a line that is exactly the name " + nfc).contains(nfc);
            assertThat(achLines).as("a line that is exactly the achievement of " + nfc).contains("- Thành tích " + nfc);
        }
        assertThat(Normalizer.isNormalized(String.join("", names.pageTexts), Normalizer.Form.NFC)).isTrue();
    }
}
