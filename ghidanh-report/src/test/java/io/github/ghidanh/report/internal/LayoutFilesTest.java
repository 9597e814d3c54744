package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.report.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed layouts ({@code src/main/jrxml}, which the build compiles) are exactly what
 * {@link DesignFactory} makes, so that the JRXML in a diff is the layout that ships.
 */
class LayoutFilesTest {
    static final Path DIR = Path.of("src/main/jrxml");
    static final String HOW = "If the layout change is intended, run scripts/update-layouts.sh (mvn -B -ntp process-classes "
            + "-pl ghidanh-report -am -Dghidanh.layouts.update=true), review the JRXML diff and commit it with the code.";

    @Test
    void theCommittedJrxmlIsWhatDesignFactoryMakes() throws IOException {
        Set<String> expected = new TreeSet<>();
        List<String> differences = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (OrganisationKind format : OrganisationKind.values()) {
                String file = Templates.baseName(type, format) + ".jrxml";
                expected.add(file);
                Path committed = DIR.resolve(file);
                if (!Files.exists(committed)) {
                    differences.add(file + " is missing");
                    continue;
                }
                String was = Files.readString(committed, StandardCharsets.UTF_8).replace("\r\n", "\n");
                String made = TemplateCompiler.jrxml(type, format);
                if (!made.equals(was)) {
                    differences.add(file + " differs from DesignFactory's layout, first at " + firstDifference(was, made));
                }
            }
        }
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(p -> p.getFileName().toString()).filter(f -> !expected.contains(f))
                    .forEach(f -> differences.add(f + " is no layout of DesignFactory"));
        }
        assertThat(differences).as("The layouts in ghidanh-report/src/main/jrxml are not what DesignFactory makes:\n"
                + String.join("\n", differences) + "\n" + HOW).isEmpty();
    }
    /** "line N: committed … / made …". */
    static String firstDifference(String committed, String made) {
        String[] a = committed.split("\n", -1);
        String[] b = made.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(end of file)";
            String y = i < b.length ? b[i] : "(end of file)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ":\n  committed: " + x.strip() + "\n  made:      " + y.strip();
            }
        }
        return "(only line endings)";
    }
}
