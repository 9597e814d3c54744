package io.github.ghidanh.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that is not JSON: line, column and what was expected, in Vietnamese and English, never the parser's words. */
class JsonSyntaxTest {

    private static InterchangeException unreadable(String json) {
        try {
            JsonInterchange.read(json.getBytes(StandardCharsets.UTF_8), "hong.json");
        } catch (InterchangeException e) {
            return e;
        }
        throw new AssertionError("read: " + json);
    }

    @Test
    void aTruncatedFileSaysWhereItEndsAndWhichListIsStillOpen() {
        InterchangeException e = unreadable("{\n  \"organisations\": [\n    {\"id\": \"du\", \"name\": \"Đảng ủy\"");

        assertThat(e.code()).isEqualTo("json.syntax");
        assertThat(e.messageEn()).isEqualTo("hong.json is not valid JSON (line 3, column 35): expected \",\" or \"}\", found the end "
                + "of the file (the object opened at line 3, column 5 is not closed: is the file cut short?). Fix the file (e.g. a "
                + "missing comma or quote) and try again.");
        assertThat(e.messageVi()).isEqualTo("Tệp hong.json không phải JSON hợp lệ (dòng 3, cột 35): cần dấu \",\" hoặc \"}\", nhưng "
                + "gặp hết tệp (đối tượng mở ở dòng 3, cột 5 chưa được đóng: tệp có bị cắt cụt không?). Hãy sửa tệp (ví dụ thiếu "
                + "dấu phẩy hoặc dấu ngoặc kép) rồi thử lại.");
        assertThat(e.getMessage()).doesNotContain("Unexpected end-of-input", "close marker", "REDACTED", "Source");
    }

    @Test
    void aFileCutInsideTrueFalseOrNullNamesTheEndOfTheFile() {
        for (String cut : new String[] {"{\"a\": t", "{\"a\": fals", "[nu"}) {
            InterchangeException e = unreadable(cut);
            assertThat(e.messageEn()).as(cut).contains("found the end of the file");
        }
    }

    @Test
    void theDemoFileCutAnywhereNamesTheEndOfTheFileAndNeverTheParser() {
        String json = FuzzInputs.SAMPLE_JSON;
        for (int cut = 1; cut < json.length() - 2; cut += 97) {
            InterchangeException e = unreadable(json.substring(0, cut));
            assertThat(e.code()).as("cut at " + cut).isEqualTo("json.syntax");
            assertThat(e.messageEn()).as("cut at " + cut).containsAnyOf("found the end of the file", "the closing double quote")
                    .doesNotContain("Unexpected", "marker", "REDACTED", "Exception");
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'{\"a\": 1 \"b\": 2}'      | 1 | 9  | 'expected \",\" or \"}\", found \"\"\"'",
        "'{\"a\" 1}'                | 1 | 6  | 'expected \":\" after the field name, found \"1\"'",
        "'{a: 1}'                   | 1 | 2  | 'expected a field name in double quotes or \"}\", found \"a\"'",
        "'{\"a\": 1, }'             | 1 | 10 | 'expected a field name in double quotes, found \"}\"'",
        "'{\"a\": [1,,2]}'          | 1 | 10 | 'expected a value (a text in double quotes, a number, true, false, null, an object {...} or a list [...]), found \",\"'",
        "'{\"a\": tru}'             | 1 | 7  | 'expected a value (a text in double quotes, a number, true, false, null, an object {...} or a list [...]), found \"tru\"'",
        "'{\"a\": 01}'              | 1 | 7  | 'a malformed number 01'",
        "'{\"a\": \"x\\q\"}'        | 1 | 9  | 'an unknown escape \\q in a text'",
        "'{\"a\": 1]'               | 1 | 8  | 'expected \",\" or \"}\", found \"]\"'",
        "'{\"a\": 1} x'             | 1 | 10 | 'expected nothing more (the file''s object is complete), found \"x\"'",
        "'{\"a\": 1, \"a\": 2}'     | 1 | 10 | 'the field \"a\" appears twice in the same object'",
        "'[1, 2'                    | 1 | 6  | 'expected \",\" or \"]\", found the end of the file (the list opened at line 1, column 1 is not closed'",
        "''                         | 1 | 1  | 'expected an object {...} (an interchange file is one JSON object), found the end of the file'",
    })
    void eachKindOfFaultIsExplained(String json, int line, int column, String explanation) {
        InterchangeException e = unreadable(json);
        assertThat(e.code()).isEqualTo("json.syntax");
        assertThat(e.messageEn()).startsWith("hong.json is not valid JSON (line " + line + ", column " + column + "): ")
                .contains(explanation);
    }

    @Test
    void aLineBreakInsideATextIsNamedAsAControlCharacter() {
        InterchangeException e = unreadable("{\n  \"name\": \"Nguyễn\nVăn\"\n}");
        assertThat(e.messageEn()).startsWith("hong.json is not valid JSON (line 2, column 18): a control character (U+000A) inside a text");
    }

    @Test
    void nestingBeyondTheParsersLimitIsNamedNotCrashed() {
        InterchangeException e = unreadable("[".repeat(5_000));
        assertThat(e.messageEn()).contains("(line 1, column 1001): lists and objects are nested more than 1000 levels deep");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> JsonInterchange.read("{\"a\": \"Hà\"}".getBytes(StandardCharsets.UTF_16), "utf16.json"))
                .isInstanceOfSatisfying(InterchangeException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.notUtf8");
                    assertThat(e.messageEn()).startsWith("utf16.json is not UTF-8 text. Save the file as UTF-8");
                });
    }

    @Test
    void theScanFindsNothingInWellFormedJson() {
        assertThat(JsonSyntax.firstFault(FuzzInputs.SAMPLE_JSON)).isNull();
        assertThat(JsonSyntax.firstFault("{\"a\": [1, -2.5e+3, true, false, null, \"\\u00e0\\n\", {}], \"b\": {\"c\": []}}")).isNull();
    }
}
