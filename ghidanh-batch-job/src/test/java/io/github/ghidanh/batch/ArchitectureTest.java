package io.github.ghidanh.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The batch job uses the library through its public API only: no {@code internal} package of another
 * module, no JasperReports type (the report module hides it), and not the command line module (which
 * would bring picocli into a Spring application).
 */
class ArchitectureTest {
    private static final JavaClasses BATCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.ghidanh.batch");

    @Test
    void theJobIsImported() {
        assertThat(BATCH.contain(RenderJobConfiguration.class)).isTrue();
        assertThat(BATCH.contain(RenderCampaignJobTest.class)).isFalse();
    }

    @Test
    void usesNoInternalsOfTheLibrary() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.github.ghidanh.core..internal..", "io.github.ghidanh.report..internal..",
                        "io.github.ghidanh.interchange..internal..");
        rule.check(BATCH);
    }

    @Test
    void seesNoJasperReportsAndNoCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.sf.jasperreports..", "io.github.ghidanh.cli..",
                "picocli..").check(BATCH);
    }
}
