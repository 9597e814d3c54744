package io.github.ghidanh.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    // --- NFC -------------------------------------------------------------------------------------

    @Test
    void nfdInputIsStoredAsNfcByTheModel() {
        String nfdName = nfd("Đảng ủy phường Duyên Hải");
        assertThat(nfdName).isNotEqualTo("Đảng ủy phường Duyên Hải"); // the input really is decomposed
        assertThat(nfdName.length()).isGreaterThan("Đảng ủy phường Duyên Hải".length());

        Organisation o = Organisation.builder("du-dh", OrganisationKind.PARTY)
                .name(nfdName)
                .place(nfd("Duyên Hải"))
                .supervisor(nfd("Đồng chí Nguyễn Thị Thuỷ"))
                .build();

        assertThat(o.name()).isEqualTo("Đảng ủy phường Duyên Hải");
        assertThat(o.place()).isEqualTo("Duyên Hải");
        assertThat(o.supervisor()).isEqualTo("Đồng chí Nguyễn Thị Thuỷ"); // NFC, tone placement kept as typed
        assertThat(Normalizer.isNormalized(o.name(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void nfcKeepsNullAndNormalisesEveryVietnameseLetter() {
        assertThat(VietnameseText.nfc(null)).isNull();
        String all = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
        assertThat(VietnameseText.nfc(nfd(all))).isEqualTo(all);
        assertThat(VietnameseText.nfc(nfd(all.toUpperCase()))).isEqualTo(all.toUpperCase());
        // the same object comes back when there is nothing to do
        assertThat(VietnameseText.nfc(all)).isSameAs(all);
    }

    // --- canonical tone placement ----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "hoà, hòa",
        "hòa, hòa",
        "Hoà Bình, Hòa Bình",
        "thuỷ, thủy",
        "khoẻ, khỏe",
        "Tuỳ, Tùy",
        "Luỹ, Lũy",
        "Thuỵ, Thụy",
        "qúy, quý",
        "Qúy, Quý",
        "gịa, giạ",
        "Hòang, Hoàng",
        "hóan, hoán",
        "Tỉnh uỷ Lào Cai, Tỉnh ủy Lào Cai",
        "ĐẢNG UỶ, ĐẢNG ỦY",
        "CỘNG HOÀ, CỘNG HÒA",
        "thuở, thuở",
        "người, người",
        "Quỳnh, Quỳnh",
        "Nguyễn, Nguyễn",
        "khuyến, khuyến",
        "gìn giữ, gìn giữ",
        "Hoài, Hoài",
        "ngoẹo, ngoẹo",
        "của, của",
        "mía, mía",
        "xoắn, xoắn",
        "huỳnh, huỳnh",
        "café, café",
        "Müller, Müller",
    })
    void canonicalToneFormUsesTheOldStyle(String in, String expected) {
        assertThat(VietnameseText.canonicalToneForm(in)).isEqualTo(expected);
        assertThat(VietnameseText.canonicalToneForm(nfd(in))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "hòa, hoà",
        "thủy, thuỷ",
        "khỏe, khoẻ",
        "Tỉnh ủy, Tỉnh uỷ",
        "Hoàng, Hoàng",
        "quý, quý",
        "Thúy, Thuý",
    })
    void newStylePutsTheToneOnTheSecondVowelOfOpenOaOeUy(String in, String expected) {
        assertThat(VietnameseText.toneForm(in, VietnameseText.ToneStyle.NEW)).isEqualTo(expected);
    }

    @Test
    void canonicalToneFormLeavesNonVietnameseAndPunctuationAlone() {
        assertThat(VietnameseText.canonicalToneForm(null)).isNull();
        assertThat(VietnameseText.canonicalToneForm("")).isEmpty();
        assertThat(VietnameseText.canonicalToneForm("  Hoà,\tkhoẻ!  ")).isEqualTo("  Hòa,\tkhỏe!  ");
        assertThat(VietnameseText.canonicalToneForm("Số 12-CV/ĐU")).isEqualTo("Số 12-CV/ĐU");
        assertThat(VietnameseText.canonicalToneForm("hòà")).isEqualTo("hòà"); // two tones: not touched
        assertThat(VietnameseText.canonicalToneForm("Ελληνικά")).isEqualTo("Ελληνικά");
    }

    @Test
    void equalsForComparisonIgnoresFormToneplacementCaseAndSpacing() {
        assertThat(VietnameseText.equalsForComparison("Lê Thị Hòa", "LÊ THỊ HOÀ")).isTrue();
        assertThat(VietnameseText.equalsForComparison("Lê Thị Hòa", nfd("Lê  Thị Hoà "))).isTrue();
        assertThat(VietnameseText.equalsForComparison("Đảng ủy", "Đảng uỷ")).isTrue();
        assertThat(VietnameseText.equalsForComparison("Nguyễn Thị Thủy", "Nguyễn Thị Thuỷ")).isTrue();
        assertThat(VietnameseText.equalsForComparison("Hòa", "Hoa")).isFalse();
        assertThat(VietnameseText.equalsForComparison("Đức", "Dức")).isFalse();
        assertThat(VietnameseText.equalsForComparison(null, null)).isTrue();
        assertThat(VietnameseText.equalsForComparison(null, "")).isFalse();
        assertThat(VietnameseText.comparisonKey(" Nguyễn\u00A0Văn  An ")).isEqualTo("nguyễn văn an");
    }

    // --- folding ---------------------------------------------------------------------------------

    @Test
    void foldingMapsDStrokeByHand() {
        assertThat(VietnameseText.foldForSearch("Đặng")).isEqualTo("dang");
        assertThat(VietnameseText.foldForSearch(nfd("Đặng"))).isEqualTo("dang");
        assertThat(VietnameseText.fold("Đặng Thị Ánh")).isEqualTo("Dang Thi Anh");
        assertThat(VietnameseText.fold("đường Điện Biên Phủ")).isEqualTo("duong Dien Bien Phu");
        assertThat(VietnameseText.foldForSearch("ÐẶNG")).isEqualTo("dang"); // U+00D0 ETH typed for Đ
        assertThat(VietnameseText.foldForSearch("Trường Sơn, Hưng Yên, Ngô Quyền"))
                .isEqualTo("truong son, hung yen, ngo quyen");
        assertThat(VietnameseText.fold("aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ"))
                .isEqualTo("aaaaaaaaaaaaaaaaaadeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyy");
        assertThat(VietnameseText.fold(null)).isNull();
        assertThat(VietnameseText.foldForSearch(null)).isNull();
    }

    // --- the JDK collator against the hard cases -------------------------------------------------

    @Test
    void jdkViCollatorOrdersVietnameseLettersAndTonesCorrectly() {
        Collator c = VietnameseText.collator();
        assertOrdered(c, "a", "ă", "â", "b");
        assertOrdered(c, "az", "ăa", "âa"); // letters, not marks: a primary difference
        assertOrdered(c, "d", "dz", "đ", "đa", "e");
        assertOrdered(c, "o", "oz", "ô", "ôz", "ơ", "ơz", "p");
        assertOrdered(c, "u", "uz", "ư", "ưa", "v");
        assertOrdered(c, "e", "ê", "g");
        // tones: ngang < huyền < hỏi < ngã < sắc < nặng, as secondary differences
        assertOrdered(c, "a", "à", "ả", "ã", "á", "ạ", "ab");
        assertOrdered(c, "ơ", "ờ", "ở", "ỡ", "ớ", "ợ", "p");
        assertOrdered(c, "ư", "ừ", "ử", "ữ", "ứ", "ự", "v");
        assertOrdered(c, "y", "ỳ", "ỷ", "ỹ", "ý", "ỵ");
        assertOrdered(c, "Anh", "Ảnh", "Ánh", "Ân");
        assertOrdered(c, "Nga", "Ngà", "Ngân");
        assertOrdered(c, "ca", "cà", "cả", "cab"); // the base letters decide before the tone
        // NFD input compares equal to NFC
        assertThat(c.compare(nfd("Nguyễn Thị Ngọc Ánh"), "Nguyễn Thị Ngọc Ánh")).isZero();
        assertThat(c.compare(nfd("Đặng"), "Đặng")).isZero();
        // tone placement variants are different strings to the collator: hence canonicalToneForm
        assertThat(c.compare("Hòa", "Hoà")).isNotZero();
    }

    private static void assertOrdered(Collator c, String... words) {
        for (int i = 0; i + 1 < words.length; i++) {
            assertThat(c.compare(words[i], words[i + 1])).as("%s < %s", words[i], words[i + 1]).isNegative();
            assertThat(c.compare(words[i + 1], words[i])).as("%s > %s", words[i + 1], words[i]).isPositive();
        }
        List<String> shuffled = new ArrayList<>(Arrays.asList(words));
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(c);
        assertThat(shuffled).containsExactly(words);
    }

    // --- name order ------------------------------------------------------------------------------

    /** The order a Vietnamese reader expects, written out by hand. */
    static final List<String> EXPECTED_NAME_ORDER = List.of(
            "Nguyễn Văn An",
            "Trần Thị Anh",
            "Phạm Thị Ảnh",          // hỏi < sắc
            "Lê Ngọc Ánh",
            "Lê Hồng Ân",            // a < â
            "Dương Văn Bình",        // same given and middle: by family, d < đ
            nfd("Đặng Văn Bình"),    // NFD input
            "Lê Văn Bình",
            "Trần Văn Bình",
            "Hoàng Thị Dung",
            "Nguyễn Tiến Dũng",
            "Võ Văn Duy",
            "Phan Thành Đạt",        // d < đ
            "Trịnh Minh Đức",
            "Vũ Thu Hà",
            "Trần Thị Hạ",
            "Ngô Thanh Hải",
            "Trần Thị Hoa",
            "Lê Thị Hòa",            // Hòa = Hoà: same given name, so by family
            "Nguyễn Thị Hoà",
            "Đào Mạnh Hùng",         // u < ư
            "Cao Văn Hưng",
            "Mai Thị Hương",
            "Lê Thị Khai",           // fewer middle names first
            "Nguyễn Thị Minh Khai",
            "Tạ Thị Loan",
            "Hồ Hoàng Long",
            "Kiều Văn Lộc",          // o < ô < ơ
            "Đinh Công Lợi",
            "Lê Minh",               // same given name: by middle names
            "Nguyễn Đức Minh",
            "Phạm Quang Minh",
            "Đỗ Thị Minh",
            "Trần Văn Minh",
            "Vũ Thị Nga",
            "Hồ Thị Ngà",
            nfd("Phạm Thị Ngân"),    // NFD input
            "Lương Thị Oanh",
            "Nguyễn Văn Ơn",         // O < Ơ
            "Lục Văn Quân",
            "Triệu Văn Quý",
            "Bùi Thị Thủy",          // Thủy = Thuỷ
            "Nguyễn Thị Thuỷ",
            "Lâm Thị Thúy",
            "Lý Thị Út",
            "Hà Thu Uyên",
            "Tống Văn Ứng");         // U < Ư

    @Test
    void namesSortByGivenThenMiddleThenFamilyAsAVietnameseReaderExpects() {
        assertThat(EXPECTED_NAME_ORDER).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        for (long seed = 1; seed <= 5; seed++) {
            List<String> shuffled = new ArrayList<>(EXPECTED_NAME_ORDER);
            Collections.shuffle(shuffled, new Random(seed));
            List<String> byComparator = new ArrayList<>(shuffled);
            byComparator.sort(VietnameseText.nameOrder());
            assertThat(byComparator).as("seed %d", seed).containsExactlyElementsOf(EXPECTED_NAME_ORDER);
            assertThat(VietnameseText.sortedByName(shuffled)).as("seed %d", seed)
                    .containsExactlyElementsOf(EXPECTED_NAME_ORDER);
        }
    }

    @Test
    void sortKeysAgreeWithTheComparator() {
        List<String> names = new ArrayList<>(EXPECTED_NAME_ORDER);
        names.add("Lê Thị Hoà");
        names.add("Lê Thị Hòa");
        names.add(null);
        names.add("");
        names.add("  ");
        names.add("Minh");
        for (String a : names) {
            for (String b : names) {
                int byComparator = Integer.signum(VietnameseText.nameOrder().compare(a, b));
                int byKey = Integer.signum(VietnameseText.nameSortKey(a).compareTo(VietnameseText.nameSortKey(b)));
                assertThat(byKey).as("%s vs %s", a, b).isEqualTo(byComparator);
                assertThat(Integer.signum(VietnameseText.nameOrder().compare(b, a))).isEqualTo(-byComparator);
            }
        }
    }

    @Test
    void variantsOfTheSameNameAreOrderedDeterministically() {
        List<String> a = new ArrayList<>(List.of("Lê Thị Hòa", "Lê Thị Hoà", nfd("Lê Thị Hòa")));
        List<String> b = new ArrayList<>(List.of(nfd("Lê Thị Hòa"), "Lê Thị Hoà", "Lê Thị Hòa"));
        a.sort(VietnameseText.nameOrder());
        b.sort(VietnameseText.nameOrder());
        // NFC "Hoà" (o + à) before "Hòa" (ò + a) by code point; the NFC and NFD spellings of Hòa tie.
        assertThat(a.get(0)).isEqualTo("Lê Thị Hoà");
        assertThat(b.get(0)).isEqualTo("Lê Thị Hoà");
        assertThat(VietnameseText.nameOrder().compare("Lê Thị Hòa", nfd("Lê Thị Hòa"))).isZero();
    }

    @Test
    void sortedByNameSortsRecordsByAName() {
        record Person(String name, int id) {
        }
        List<Person> people = List.of(new Person("Trần Văn Minh", 1), new Person("Nguyễn Văn An", 2),
                new Person("Phan Thành Đạt", 3), new Person("Võ Văn Duy", 4));
        assertThat(VietnameseText.sortedByName(people, Person::name)).extracting(Person::id).containsExactly(2, 4, 3, 1);
        assertThatThrownBy(() -> VietnameseText.sortedByName(people, null)).isInstanceOf(NullPointerException.class);
        assertThat(VietnameseText.sortedByName(null)).isEmpty();
    }

    @Test
    void nameOrderIsSafeToUseFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<String> out = null;
                    for (int round = 0; round < 20; round++) {
                        List<String> shuffled = new ArrayList<>(EXPECTED_NAME_ORDER);
                        Collections.shuffle(shuffled, new Random(seed * 100 + round));
                        shuffled.sort(VietnameseText.nameOrder());
                        out = shuffled;
                        if (!out.equals(EXPECTED_NAME_ORDER)) {
                            return out;
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<String>> f : results) {
                assertThat(f.get()).containsExactlyElementsOf(EXPECTED_NAME_ORDER);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
