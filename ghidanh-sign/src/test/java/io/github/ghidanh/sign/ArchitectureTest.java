package io.github.ghidanh.sign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The signing module's API names no PDFBox or Bouncy Castle type (a host can upgrade them without
 * recompiling), only its internal package uses them, and it knows nothing of the report module.
 */
class ArchitectureTest {
    private static final JavaClasses SIGN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.ghidanh.sign");

    @Test
    void theApiNamesNoPdfBoxOrBouncyCastleType() {
        List<String> leaks = new ArrayList<>();
        int api = 0;
        for (JavaClass c : SIGN) {
            if (c.getPackageName().contains(".internal") || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            api++;
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                m.getRawParameterTypes().stream().filter(ArchitectureTest::library).forEach(t -> leaks.add(m.getFullName() + " takes " + t.getName()));
                if (library(m.getRawReturnType())) {
                    leaks.add(m.getFullName() + " returns " + m.getRawReturnType().getName());
                }
            }
        }
        assertThat(api).as("API types checked").isGreaterThanOrEqualTo(10);
        assertThat(leaks).isEmpty();
    }

    private static boolean library(JavaClass t) {
        return t.getPackageName().startsWith("org.apache.pdfbox") || t.getPackageName().startsWith("org.bouncycastle");
    }

    @Test
    void onlyTheInternalPackageUsesPdfBoxAndBouncyCastle() {
        noClasses().that().resideOutsideOfPackage("io.github.ghidanh.sign.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.bouncycastle..").check(SIGN);
    }

    @Test
    void signingKnowsNothingOfTheReportModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.ghidanh.report..", "net.sf.jasperreports..").check(SIGN);
    }
}
