package io.github.ghidanh.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.ghidanh.core.view.DocumentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report module keeps JasperReports behind its API: a host must be able to upgrade
 * JasperReports without recompiling against ghidanh. Checked on the compiled main classes.
 */
public class ArchitectureTest {
    static final String JASPER = "net.sf.jasperreports";
    static final String INTERNAL = "io.github.ghidanh.report.internal";

    private static JavaClasses report;

    @BeforeAll
    static void importReport() {
        report = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.ghidanh.report");
    }

    @Test
    void noPublicOrProtectedSignatureOfTheApiHasAJasperReportsType() {
        assertThat(report.stream().filter(ArchitectureTest::api).count()).as("API types checked").isGreaterThanOrEqualTo(9);
        assertThat(jasperReportsInSignatures(report)).isEmpty();
    }

    @Test
    void onlyTheInternalPackageUsesJasperReports() {
        noClasses().that().resideOutsideOfPackage(INTERNAL + "..")
                .should().dependOnClassesThat().resideInAPackage(JASPER + "..")
                .because("the API classes reach JasperReports only through report.internal")
                .check(report);
    }

    @Test
    void theSignatureRuleFindsEveryKindOfLeak() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ArchitectureTest.class, Leaky.class);
        assertThat(jasperReportsInSignatures(fixture)).containsExactlyInAnyOrder(
                Leaky.class.getName() + " extends/implements " + JRMapCollectionDataSource.class.getName(),
                "field report: " + JasperReport.class.getName(),
                "parameter of fill: " + JRDataSource.class.getName(),
                "return of prints: " + JasperPrint.class.getName(),
                "throws of export: " + JRException.class.getName());
    }

    @Test
    void everyRenderTakesADocumentViewNeverAnObject() {
        JavaClass reports = report.get(Reports.class);
        List<String> renders = new ArrayList<>();
        for (JavaCodeUnit m : reports.getCodeUnits()) {
            if (m.getName().equals("render") || m.getName().equals("prepare")) {
                renders.add(m.getFullName());
                assertThat(m.getRawParameterTypes().get(0).getName()).as(m.getFullName()).isEqualTo(DocumentView.class.getName());
            }
        }
        assertThat(renders).hasSize(5);
    }

    /** A public type of a package other than report.internal (nested types: every enclosing type public too). */
    static boolean api(JavaClass c) {
        if (c.getPackageName().startsWith(INTERNAL)) {
            return false;
        }
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (!k.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** Every place a public or protected signature of an API type names a JasperReports type. */
    static Set<String> jasperReportsInSignatures(JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!api(c)) {
                continue;
            }
            List<JavaType> supertypes = new ArrayList<>(c.getInterfaces());
            c.getSuperclass().ifPresent(supertypes::add);
            for (JavaType t : supertypes) {
                jasper(t).forEach(j -> found.add(c.getName() + " extends/implements " + j));
            }
            for (JavaMember m : c.getMembers()) {
                Set<JavaModifier> mods = m.getModifiers();
                if (!mods.contains(JavaModifier.PUBLIC) && !mods.contains(JavaModifier.PROTECTED)) {
                    continue;
                }
                if (m instanceof JavaField f) {
                    jasper(f.getType()).forEach(j -> found.add("field " + f.getName() + ": " + j));
                } else if (m instanceof JavaCodeUnit u) {
                    u.getParameterTypes().forEach(p -> jasper(p).forEach(j -> found.add("parameter of " + u.getName() + ": " + j)));
                    jasper(u.getReturnType()).forEach(j -> found.add("return of " + u.getName() + ": " + j));
                    u.getThrowsClause().getTypes().forEach(t -> jasper(t).forEach(j -> found.add("throws of " + u.getName() + ": " + j)));
                }
            }
        }
        return found;
    }

    /** The JasperReports classes {@code t} involves, type arguments included. */
    static List<String> jasper(JavaType t) {
        return t.getAllInvolvedRawTypes().stream().map(JavaClass::getName).filter(n -> n.startsWith(JASPER)).toList();
    }

    /** What the rule must catch (a test fixture, never imported with the main classes). */
    public abstract static class Leaky extends JRMapCollectionDataSource {
        public JasperReport report;
        JasperReport packagePrivateIsNotApi;

        protected Leaky() {
            super(List.of());
        }

        public void fill(JRDataSource source) {
        }

        protected Map<String, JasperPrint> prints() {
            return Map.of();
        }

        public void export() throws JRException {
        }
    }
}
