package io.github.ghidanh.sign;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Both languages have every key with the same placeholders; every error code the code uses has its messages. */
class MessagesTest {
    static final ResourceBundle VI = ResourceBundle.getBundle("io.github.ghidanh.sign.internal.Messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    static final ResourceBundle EN = ResourceBundle.getBundle("io.github.ghidanh.sign.internal.Messages", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        assertThat(EN.keySet()).isEqualTo(VI.keySet());
        for (String key : VI.keySet()) {
            assertThat(placeholders(EN.getString(key))).as(key).isEqualTo(placeholders(VI.getString(key)));
            assertThat(VI.getString(key)).as(key).isNotEqualTo(EN.getString(key));
        }
    }

    @Test
    void everyErrorCodeOfTheCodeHasItsMessages() throws IOException {
        Pattern call = Pattern.compile("Messages\\.error\\(\\s*\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> errors = new TreeSet<>(VI.keySet());
        errors.removeIf(k -> k.startsWith("report."));
        assertThat(used).isEqualTo(errors);
    }

    @Test
    void anErrorSaysItInBothLanguages() {
        SignException e = org.assertj.core.api.Assertions.catchThrowableOfType(SignException.class,
                () -> SignatureSpec.builder("Signer").reservedBytes(10));
        assertThat(e.code()).isEqualTo("sign.spec.reserved");
        assertThat(e.messageVi()).contains("Dung lượng", "10");
        assertThat(e.messageEn()).contains("space", "10");
    }

    private static Set<String> placeholders(String s) {
        Set<String> p = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(s);
        while (m.find()) {
            p.add(m.group());
        }
        return p;
    }
}
