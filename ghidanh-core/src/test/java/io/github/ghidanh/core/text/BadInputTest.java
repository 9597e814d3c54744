package io.github.ghidanh.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Null, empty, huge, control, surrogate, NFD and legacy input never makes a text helper throw. */
class BadInputTest {

    static Stream<String> badInputs() {
        Random r = new Random(42);
        StringBuilder random = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            random.append((char) r.nextInt(0x10000)); // includes lone surrogates, controls, marks
        }
        List<String> inputs = new ArrayList<>(Arrays.asList(
                null, "", " ", "\t\n", "\u0000", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u0301", "\u0301\u0301a",
                "a".repeat(10_000),
                "Đặng ".repeat(2_000),
                Normalizer.normalize("Nguyễn Thị Hoà ".repeat(700), Normalizer.Form.NFD),
                "\uD800".repeat(10_000),
                "\u0000".repeat(10_000),
                "\u202E".repeat(10_000),
                "\u0300".repeat(10_000),
                "¸".repeat(10_000),
                "aù".repeat(5_000),
                "B¶o Th¾ng ".repeat(1_000),
                "ngh".repeat(3_334),
                "x".repeat(9_999) + "\uD800",
                random.toString()));
        return inputs.stream();
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void noHelperThrows(String s) {
        assertThatCode(() -> {
            VietnameseText.nfc(s);
            VietnameseText.canonicalToneForm(s);
            VietnameseText.toneForm(s, VietnameseText.ToneStyle.NEW);
            VietnameseText.comparisonKey(s);
            VietnameseText.equalsForComparison(s, "Hòa");
            VietnameseText.fold(s);
            VietnameseText.foldForSearch(s);
            VietnameseText.nameOrder().compare(s, "Nguyễn Văn An");
            VietnameseText.nameOrder().compare("Nguyễn Văn An", s);
            VietnameseText.nameSortKey(s).compareTo(VietnameseText.nameSortKey("An"));
            VietnameseText.sortedByName(Arrays.asList(s, "Lê Văn Bình", null));
            CitizenId.isValidShape(s);
            CitizenId.mask(s);
            LegacyEncoding.detect(s);
            LegacyEncoding.toUnicode(s, LegacyEncoding.Kind.TCVN3);
            LegacyEncoding.toUnicode(s, LegacyEncoding.Kind.VNI);
            LegacyEncoding.convertIfLegacy(s);
            TextChecks.firstProblem(s);
            TextChecks.firstProblemMultiline(s);
            TextChecks.isClean(s);
            VietnameseDates.placeAndDate(s, LocalDate.of(2022, 5, 31));
            VietnameseDates.englishPlaceAndDate(s, LocalDate.of(2022, 5, 31));
        }).doesNotThrowAnyException();
    }

    @Test
    void hugeAndBrokenInputsGiveSensibleResults() {
        assertThat(TextChecks.firstProblem("x".repeat(9_999) + "\uD800"))
                .contains(new TextProblem(9_999, 0xD800, TextProblem.Kind.LONE_SURROGATE));
        assertThat(LegacyEncoding.detect("B¶o Th¾ng ".repeat(1_000))).contains(LegacyEncoding.Kind.TCVN3);
        assertThat(VietnameseText.foldForSearch("Đặng ".repeat(2_000))).isEqualTo("dang ".repeat(2_000));
        assertThat(VietnameseText.canonicalToneForm("\uD800hoà\uDC00")).isEqualTo("\uD800hòa\uDC00");
        assertThat(CitizenId.mask("\u0000".repeat(12))).isEqualTo("***");
    }

    @Test
    void propertiesHoldForArbitraryStrings() {
        qt().withFixedSeed(20261126L).withExamples(2_000)
                .forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(s -> {
                    String canonical = VietnameseText.canonicalToneForm(s);
                    assertThat(canonical).isEqualTo(VietnameseText.toneFormByDecomposition(s, VietnameseText.ToneStyle.OLD));
                    assertThat(VietnameseText.canonicalToneForm(canonical)).isEqualTo(canonical);
                    assertThat(VietnameseText.equalsForComparison(s, Normalizer.normalize(s, Normalizer.Form.NFD)))
                            .isTrue();
                    String folded = VietnameseText.fold(s);
                    assertThat(folded.codePoints().noneMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK))
                            .isTrue();
                    assertThat(folded).doesNotContain("đ", "Đ");
                    int ab = Integer.signum(VietnameseText.nameOrder().compare(s, "Trần Văn Minh"));
                    int ba = Integer.signum(VietnameseText.nameOrder().compare("Trần Văn Minh", s));
                    assertThat(ab).isEqualTo(-ba);
                    TextChecks.firstProblem(s);
                    LegacyEncoding.detect(s);
                });
    }

    @Test
    void vietnameseLikeStringsAreStableUnderCanonicalisation() {
        String alphabet = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ ";
        qt().withFixedSeed(7L).withExamples(2_000)
                .forAll(strings().betweenCodePoints(0, alphabet.length() - 1).ofLengthBetween(0, 12))
                .checkAssert(idx -> {
                    StringBuilder sb = new StringBuilder();
                    idx.codePoints().forEach(i -> sb.append(alphabet.charAt(i)));
                    String s = sb.toString();
                    String c = VietnameseText.canonicalToneForm(s);
                    assertThat(VietnameseText.canonicalToneForm(c)).isEqualTo(c);
                    assertThat(VietnameseText.fold(c)).isEqualTo(VietnameseText.fold(s)); // only marks move
                    assertThat(VietnameseText.canonicalToneForm(VietnameseText.toneForm(s, VietnameseText.ToneStyle.NEW)))
                            .isEqualTo(c);
                    // the table-driven implementation agrees with the one by decomposition
                    assertThat(c).isEqualTo(VietnameseText.toneFormByDecomposition(s, VietnameseText.ToneStyle.OLD));
                    String upper = s.toUpperCase(java.util.Locale.ROOT);
                    assertThat(VietnameseText.toneForm(upper, VietnameseText.ToneStyle.NEW))
                            .isEqualTo(VietnameseText.toneFormByDecomposition(upper, VietnameseText.ToneStyle.NEW));
                });
    }

    @Test
    void textMadeOfVietnameseSyllablesIsNeverTakenForLegacy() {
        String[] initials = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph",
            "qu", "r", "s", "t", "th", "tr", "v", "x"};
        String[] nuclei = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
            "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uy", "ưa",
            "ươ", "yê", "oai", "uôi", "ươi", "uyê", "iêu"};
        String[] finals = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
        String[] tones = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
        qt().withFixedSeed(11L).withExamples(3_000)
                .forAll(strings().betweenCodePoints(0, 1_000_000).ofLengthBetween(1, 6))
                .checkAssert(seeds -> {
                    StringBuilder text = new StringBuilder();
                    seeds.codePoints().forEach(seed -> {
                        Random r = new Random(seed);
                        String word = initials[r.nextInt(initials.length)] + nuclei[r.nextInt(nuclei.length)]
                                + finals[r.nextInt(finals.length)];
                        // the tone on the nucleus's last vowel letter
                        int at = word.length() - 1;
                        while (at > 0 && "aăâeêioôơuưy".indexOf(word.charAt(at)) < 0) {
                            at--;
                        }
                        String toned = word.substring(0, at + 1) + tones[r.nextInt(tones.length)] + word.substring(at + 1);
                        toned = Normalizer.normalize(toned, Normalizer.Form.NFC);
                        if (r.nextBoolean()) {
                            toned = Character.toUpperCase(toned.charAt(0)) + toned.substring(1);
                        }
                        if (Syllables.isSyllable(toned)) {
                            text.append(toned).append(' ');
                        }
                    });
                    assertThat(LegacyEncoding.detect(text.toString())).as(text.toString()).isEmpty();
                });
    }
}
