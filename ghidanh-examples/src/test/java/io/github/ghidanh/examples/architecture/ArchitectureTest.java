package io.github.ghidanh.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house over every module's main classes (this module sees them all on its test
 * class path): no package cycles anywhere, no module reaching into another module's {@code internal}
 * packages, no JasperReports type in the report module's API. Each rule is also run against a planted
 * violation under {@code fixture} to show that it fails when it should.
 */
class ArchitectureTest {
    /** The modules, by the package segment after {@code io.github.ghidanh}. */
    private static final List<String> MODULES = List.of("core", "report", "interchange", "sign", "testing", "cli", "examples",
            "spring");
    private static final String FIXTURE = "io.github.ghidanh.examples.architecture.fixture";

    private static JavaClasses production;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // another module's test jar
                .importPackages("io.github.ghidanh");
        planted = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void everyModuleIsOnTheClassPath() {
        for (String module : MODULES) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("io.github.ghidanh." + module + ".")
                    || c.getPackageName().equals("io.github.ghidanh." + module)))
                    .as("classes of ghidanh-%s imported", module).isTrue();
        }
    }

    // --- no package cycles

    /**
     * One slice per package, an {@code internal} package counted with the package whose
     * implementation it is ({@code report.internal} is part of {@code report}): an API calling its own
     * implementation, which hands back the API's types, is not a cycle; {@code model → validation →
     * criteria → model} or {@code view → workflow → view} is. (ghidanh-core's own architecture test is
     * stricter and counts its internal packages apart.)
     */
    private static ArchRule freeOfCycles(String root) {
        SliceAssignment packageWithItsInternals = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (!p.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                int internal = p.indexOf(".internal");
                return SliceIdentifier.of(internal < 0 ? p : p.substring(0, internal));
            }

            @Override
            public String getDescription() {
                return "the packages under " + root + ", each with its internal packages";
            }
        };
        return slices().assignedFrom(packageWithItsInternals).should().beFreeOfCycles();
    }

    @Test
    void noPackageCycles() {
        freeOfCycles("io.github.ghidanh").check(production);
    }

    @Test
    void aPlantedCycleIsFound() {
        assertThat(freeOfCycles(FIXTURE + ".cycle").evaluate(planted).hasViolation()).isTrue();
    }

    // --- internal packages stay inside their module

    private static List<ArchRule> internalsStayInTheirModule() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : MODULES) {
            String base = "io.github.ghidanh." + module;
            rules.add(noClasses().that().resideOutsideOfPackage(base + "..")
                    .should().dependOnClassesThat().resideInAPackage(base + "..internal..")
                    .as("no class outside ghidanh-" + module + " uses its internal packages")
                    .allowEmptyShould(true));
        }
        return rules;
    }

    @Test
    void noModuleUsesAnotherModulesInternalPackages() {
        internalsStayInTheirModule().forEach(rule -> rule.check(production));
    }

    @Test
    void aPlantedReachIntoAnInternalPackageIsFound() {
        assertThat(internalsStayInTheirModule().stream().anyMatch(rule -> rule.evaluate(planted).hasViolation())).isTrue();
    }

    // --- the report module's API hides JasperReports

    private static ArchRule apiWithoutJasperReports(String apiPackage) {
        return classes().that().resideInAPackage(apiPackage + "..").and().resideOutsideOfPackage("..internal..")
                .and().arePublic()
                .should(exposeNoJasperReportsType())
                .as("the public API under " + apiPackage + " names no JasperReports type");
    }

    private static ArchCondition<JavaClass> exposeNoJasperReportsType() {
        DescribedPredicate<JavaClass> jasper = DescribedPredicate.describe("a JasperReports type",
                t -> t.getPackageName().startsWith("net.sf.jasperreports"));
        return new ArchCondition<>("expose no JasperReports type") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> leaks = new ArrayList<>();
                c.getRawSuperclass().filter(jasper).ifPresent(t -> leaks.add("extends " + t.getName()));
                c.getRawInterfaces().stream().filter(jasper).forEach(t -> leaks.add("implements " + t.getName()));
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (!visible(m.getModifiers())) {
                        continue;
                    }
                    m.getRawParameterTypes().stream().filter(jasper).forEach(t -> leaks.add(m.getFullName() + " takes " + t.getName()));
                    if (jasper.test(m.getRawReturnType())) {
                        leaks.add(m.getFullName() + " returns " + m.getRawReturnType().getName());
                    }
                    m.getExceptionTypes().stream().filter(jasper).forEach(t -> leaks.add(m.getFullName() + " throws " + t.getName()));
                }
                for (JavaField f : c.getFields()) {
                    if (visible(f.getModifiers()) && jasper.test(f.getRawType())) {
                        leaks.add(f.getFullName() + " is a " + f.getRawType().getName());
                    }
                }
                leaks.forEach(l -> events.add(SimpleConditionEvent.violated(c, l)));
            }
        };
    }

    private static boolean visible(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    @Test
    void theReportApiNamesNoJasperReportsType() {
        apiWithoutJasperReports("io.github.ghidanh.report").check(production);
    }

    @Test
    void aPlantedJasperReportsTypeInAnApiIsFound() {
        assertThat(apiWithoutJasperReports(FIXTURE + ".leak").evaluate(planted).hasViolation()).isTrue();
    }

    @Test
    void onlyTheSpringBootModuleKnowsSpring() {
        noClasses().that().resideInAnyPackage("io.github.ghidanh.core..", "io.github.ghidanh.report..",
                "io.github.ghidanh.interchange..", "io.github.ghidanh.testing..", "io.github.ghidanh.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(production);
    }

    @Test
    void coreKnowsNothingOfJasperReportsInterchangeOrTheCommandLine() {
        noClasses().that().resideInAPackage("io.github.ghidanh.core..")
                .should().dependOnClassesThat().resideInAnyPackage("net.sf.jasperreports..", "io.github.ghidanh.report..",
                        "io.github.ghidanh.interchange..", "io.github.ghidanh.cli..", "picocli..", "org.apache.poi..")
                .check(production);
    }
}
