package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.text.TextChecks;
import org.junit.jupiter.api.Test;

class FieldChecksTest {
    @Test
    void thePreScanNeverSkipsACharacterTextChecksRejects() {
        int common = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            int scan = FieldChecks.scan(String.valueOf(c));
            if (scan != FieldChecks.OTHER) {
                assertThat(TextChecks.firstProblem(String.valueOf(c))).as("U+%04X", (int) c).isEmpty();
                common++;
            }
        }
        assertThat(common).isEqualTo(0x7F - 0x20 + (0x2FF - 0xA0 + 1 - 1) + (0x1EFF - 0x1E00 + 1));
    }

    @Test
    void scanClasses() {
        assertThat(FieldChecks.scan("Nguyen Van A")).isEqualTo(FieldChecks.ASCII);
        assertThat(FieldChecks.scan("Nguyễn Thị Hồng Nhung, Đặng Ưng")).isEqualTo(FieldChecks.COMMON);
        assertThat(FieldChecks.scan("B¶o Th¾ng")).isEqualTo(FieldChecks.COMMON);
        assertThat(FieldChecks.scan("Lò\u200BVăn")).isEqualTo(FieldChecks.OTHER);
        assertThat(FieldChecks.scan("dòng\nhai")).isEqualTo(FieldChecks.OTHER);
        assertThat(FieldChecks.scan("so\u00ADft")).isEqualTo(FieldChecks.OTHER);
    }
}
