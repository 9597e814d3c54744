package io.github.ghidanh.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules of the project's layering, checked on the compiled main classes of ghidanh-core. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ghidanh.core");
    }

    /**
     * Packages depend on each other in one direction only (the model uses text and internal, the
     * criteria the model, validation and workflow the criteria, the view the workflow), so each can
     * be understood, tested and changed from the bottom up.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.github.ghidanh.core.(**)").should().beFreeOfCycles().check(core);
    }

    /**
     * The model is plain records: its validation rules are declared once, in the validation
     * package's table, and registered with Bean Validation from there (NomineeConstraints).
     */
    @Test
    void theModelCarriesNoValidationFramework() {
        noClasses().that().resideInAPackage("io.github.ghidanh.core.model..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.validation..", "org.hibernate..", "io.github.ghidanh.core.validation..")
                .check(core);
    }

    @Test
    void coreKnowsNothingOfJasperReports() {
        noClasses().should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..").check(core);
    }

    @Test
    void coreNeverPrintsToStdoutOrStderr() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(core);
    }

    @Test
    void publicApiDoesNotExposeInternalTypes() {
        java.util.List<String> leaks = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : core) {
            if (c.getPackageName().contains(".internal") || !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                continue;
            }
            for (com.tngtech.archunit.core.domain.JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                    continue;
                }
                java.util.List<com.tngtech.archunit.core.domain.JavaClass> types = new java.util.ArrayList<>(m.getRawParameterTypes());
                types.add(m.getRawReturnType());
                for (com.tngtech.archunit.core.domain.JavaClass t : types) {
                    if (t.getPackageName().contains(".internal")) {
                        leaks.add(m.getFullName() + " -> " + t.getName());
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(leaks).isEmpty();
    }

    @Test
    void coreShipsNoLoggingImplementation() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("ch.qos.logback..", "org.apache.logging.log4j.core..", "org.slf4j.simple..")
                .check(core);
    }
}
