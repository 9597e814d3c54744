package io.github.ghidanh.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.text.LegacyEncoding.Kind;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyEncodingTest {

    /** Every lower-case Vietnamese letter that is not plain ASCII, by vowel and tone. */
    static final String UNICODE_LETTERS = "àảãáạ ăằẳẵắặ âầẩẫấậ đ èẻẽéẹ êềểễếệ ìỉĩíị òỏõóọ ôồổỗốộ ơờởỡớợ ùủũúụ ưừửữứự ỳỷỹýỵ";
    /** The same letters in TCVN3 (VN3), typed by hand from the TCVN 5712:1993 table. */
    static final String TCVN3_LETTERS = "\u00B5\u00B6\u00B7\u00B8\u00B9 \u00A8\u00BB\u00BC\u00BD\u00BE\u00C6"
            + " \u00A9\u00C7\u00C8\u00C9\u00CA\u00CB \u00AE \u00CC\u00CE\u00CF\u00D0\u00D1"
            + " \u00AA\u00D2\u00D3\u00D4\u00D5\u00D6 \u00D7\u00D8\u00DC\u00DD\u00DE \u00DF\u00E1\u00E2\u00E3\u00E4"
            + " \u00AB\u00E5\u00E6\u00E7\u00E8\u00E9 \u00AC\u00EA\u00EB\u00EC\u00ED\u00EE \u00EF\u00F1\u00F2\u00F3\u00F4"
            + " \u00AD\u00F5\u00F6\u00F7\u00F8\u00F9 \u00FA\u00FB\u00FC\u00FD\u00FE";
    static final String TCVN3_CAPITALS = "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7";

    /** Every Vietnamese vowel with every tone, and đ, in VNI-Windows, typed by hand. */
    static final String VNI_LETTERS = "a aù aø aû aõ aï aê aé aè aú aü aë aâ aá aà aå aã aä ñ"
            + " e eù eø eû eõ eï eâ eá eà eå eã eä i í ì æ ó ò"
            + " o où oø oû oõ oï oâ oá oà oå oã oä ô ôù ôø ôû ôõ ôï"
            + " u uù uø uû uõ uï ö öù öø öû öõ öï y yù yø yû yõ î";
    static final String VNI_LETTERS_UNICODE = "a á à ả ã ạ ă ắ ằ ẳ ẵ ặ â ấ ầ ẩ ẫ ậ đ"
            + " e é è ẻ ẽ ẹ ê ế ề ể ễ ệ i í ì ỉ ĩ ị"
            + " o ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ"
            + " u ú ù ủ ũ ụ ư ứ ừ ử ữ ự y ý ỳ ỷ ỹ ỵ";

    @Test
    void tcvn3FullTableConvertsEveryLetter() {
        assertThat(LegacyEncoding.toUnicode(TCVN3_LETTERS, Kind.TCVN3)).contains(UNICODE_LETTERS);
        assertThat(LegacyEncoding.toUnicode(TCVN3_CAPITALS, Kind.TCVN3)).contains("ĂÂÊÔƠƯĐ");
    }

    @Test
    void tcvn3TableIsOneToOneOntoTheVietnameseLetters() {
        Set<String> values = new HashSet<>();
        int mapped = 0;
        for (char c = 0xA1; c <= 0xFF; c++) {
            Optional<String> v = LegacyEncoding.toUnicode(String.valueOf(c), Kind.TCVN3);
            if (c >= 0xB0 && c <= 0xB4) {
                assertThat(v).contains(String.valueOf(c)); // ° ± ² ³ ´ are not letters: kept
            } else if (v.isPresent()) {
                mapped++;
                values.add(v.get());
            }
        }
        Set<String> expected = new HashSet<>();
        for (char c : (UNICODE_LETTERS.replace(" ", "") + "ĂÂÊÔƠƯĐ").toCharArray()) {
            expected.add(String.valueOf(c));
        }
        assertThat(mapped).isEqualTo(74); // every other upper-half character is refused as not VN3
        assertThat(values).isEqualTo(expected);
    }

    @Test
    void vniConvertsEveryVowelWithEveryTone() {
        assertThat(LegacyEncoding.toUnicode(VNI_LETTERS, Kind.VNI)).contains(VNI_LETTERS_UNICODE);
        assertThat(LegacyEncoding.toUnicode(VNI_LETTERS.toUpperCase(Locale.ROOT), Kind.VNI))
                .contains(VNI_LETTERS_UNICODE.toUpperCase(Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "B¶o Th¾ng | Bảo Thắng",
        "B¸t X¸t | Bát Xát",
        "M\u00ADêng Kh\u00AD¬ng | Mường Khương",
        "Céng hßa x· héi chñ nghÜa ViÖt Nam | Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam | Cộng hoà xã hội chủ nghĩa Việt Nam",
        "§éc lËp - Tù do - H¹nh phóc | Độc lập - Tự do - Hạnh phúc",
        "§¶ng ñy ph\u00ADêng Duyªn H¶i | Đảng ủy phường Duyên Hải",
        "Häc tËp vµ lµm theo t\u00AD t\u00ADëng, ®¹o ®øc, phong c¸ch Hå ChÝ Minh | Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Lª V¨n T¸m | Lê Văn Tám",
        "§ç ThÞ B¸ | Đỗ Thị Bá",
        "NguyÔn ThÞ Thuû | Nguyễn Thị Thuỷ",
        "§¶NG Uû PH\u00ADêNG DUY£N H¶I | ĐẢNG UỶ PHƯỜNG DUYÊN HẢI",
        "Chi bé TDP sè 1: §¹T | Chi bộ TDP số 1: ĐẠT",
    })
    void tcvn3TextIsDetectedAndConverted(String legacy, String unicode) {
        assertThat(LegacyEncoding.detect(legacy)).contains(Kind.TCVN3);
        assertThat(LegacyEncoding.toUnicode(legacy, Kind.TCVN3)).contains(unicode);
        assertThat(LegacyEncoding.convertIfLegacy(legacy)).contains(unicode);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Baûo Thaéng | Bảo Thắng",
        "Xin chaøo caùc baïn | Xin chào các bạn",
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam | Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Ñoäc laäp - Töï do - Haïnh phuùc | Độc lập - Tự do - Hạnh phúc",
        "Ñaûng uûy phöôøng Duyeân Haûi | Đảng ủy phường Duyên Hải",
        "Hoïc taäp vaø laøm theo tö töôûng, ñaïo ñöùc, phong caùch Hoà Chí Minh | Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Nguyeãn Thò Thu Haø | Nguyễn Thị Thu Hà",
        "ÑAÛNG UÛY PHÖÔØNG | ĐẢNG ỦY PHƯỜNG",
        "Nguyeãn Vaên Tuù | Nguyễn Văn Tú", // weak evidence only (ã, ê, ù are Vietnamese letters too), three words
        "Ñaëng Vaên Ñöùc | Đặng Văn Đức",
        "thuôû aáy | thuở ấy",
    })
    void vniTextIsDetectedAndConverted(String legacy, String unicode) {
        assertThat(LegacyEncoding.detect(legacy)).contains(Kind.VNI);
        assertThat(LegacyEncoding.toUnicode(legacy, Kind.VNI)).contains(unicode);
        assertThat(LegacyEncoding.convertIfLegacy(legacy)).contains(unicode);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "12345", "Hello world", "Nguyen Van An", "NGUYEN VAN AN",
        // Unicode Vietnamese, including words made only of Latin-1 letters
        "Nguyễn Văn An", "Hà Anh Tú", "HÀ ANH TÚ", "Tô Hoài", "Lê Tú", "Hòa", "Thủy", "Trà Mi", "Hoàng Tú Lò",
        "Đảng ủy phường Duyên Hải", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc",
        "Các chi bộ báo cáo kết quả ghi danh tại chi bộ và đề nghị ghi danh cấp phường về Đảng uỷ trước ngày 10/06/2022",
        // other languages and symbols
        "naïve café résumé", "Zürich Köln München", "São Paulo", "Ångström", "¿Qué pasa? ¡Hola!", "«Bonjour»",
        "Il est né à Paris", "crème brûlée", "Straße", "Søren Kierkegaard", "Æsir", "Œuvre", "Acme® Widget™ © 2024",
        "Price: 25°C ± 2", "½ cup", "Müller-Lüdenscheidt", "Noël", "año nuevo", "Ørsted", "Dvořák", "naïveté",
    })
    void ordinaryTextIsNotDetected(String s) {
        assertThat(LegacyEncoding.detect(s)).as(s).isEmpty();
        assertThat(LegacyEncoding.detect(Normalizer.normalize(s, Normalizer.Form.NFD))).as("NFD " + s).isEmpty();
        assertThat(LegacyEncoding.convertIfLegacy(s)).isEmpty();
    }

    @Test
    void unicodeCorpusOfEveryLetterIsNotDetected() {
        assertThat(LegacyEncoding.detect(UNICODE_LETTERS)).isEmpty();
        assertThat(LegacyEncoding.detect(VNI_LETTERS_UNICODE)).isEmpty();
        assertThat(LegacyEncoding.detect(UNICODE_LETTERS.toUpperCase(Locale.ROOT))).isEmpty();
    }

    @Test
    void conversionThatCannotBeExactIsRefused() {
        // VNI: a mark byte after a letter it cannot combine with
        assertThat(LegacyEncoding.toUnicode("Lê", Kind.VNI)).isEmpty();
        assertThat(LegacyEncoding.toUnicode("ù", Kind.VNI)).isEmpty();
        // TCVN3: a Latin-1 letter that VN3 does not assign (0xC0 'À')
        assertThat(LegacyEncoding.toUnicode("À bientôt", Kind.TCVN3)).isEmpty();
        // plain ASCII converts to itself
        assertThat(LegacyEncoding.toUnicode("Chi bo so 1", Kind.TCVN3)).contains("Chi bo so 1");
        assertThat(LegacyEncoding.toUnicode("Chi bo so 1", Kind.VNI)).contains("Chi bo so 1");
        assertThat(LegacyEncoding.toUnicode(null, Kind.VNI)).isEmpty();
        assertThatThrownBy(() -> LegacyEncoding.toUnicode("x", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void oneWeakWordIsNotEnough() {
        assertThat(LegacyEncoding.detect("Tuù")).isEmpty(); // could be a typing slip in Unicode
        assertThat(LegacyEncoding.detect("Vaên Tuù")).contains(Kind.VNI);
    }

    @Test
    void nullIsNotLegacy() {
        assertThat(LegacyEncoding.detect(null)).isEmpty();
        assertThat(LegacyEncoding.convertIfLegacy(null)).isEmpty();
    }
}
