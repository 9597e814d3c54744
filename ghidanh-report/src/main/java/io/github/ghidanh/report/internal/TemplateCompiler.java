package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.report.Table;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlWriter;

/**
 * Build step (Maven {@code process-classes}, exec-maven-plugin): compiles every document's default
 * layout in both formats to {@code .jasper} under the classes folder, writes the JRXML beside it for
 * reading, and writes the JDK's sRGB ICC profile used as the PDF/A output intent. At run time only
 * the {@code .jasper} files are loaded, so no compiler runs on the default path.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {
    }

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path dir = classes.resolve(Templates.RESOURCE_DIR);
        Files.createDirectories(dir);
        SimpleJasperReportsContext ctx = Engine.newContext();
        for (DocType type : DocType.values()) {
            Map<Table, List<Columns.Column>> cols = new EnumMap<>(Table.class);
            for (Table t : type.tables()) {
                cols.put(t, Columns.resolve(t, t.defaultColumns()));
            }
            for (OrganisationKind f : OrganisationKind.values()) {
                String name = Templates.baseName(type, f);
                JasperReport r = Templates.compile(type, f, cols, ctx);
                try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".jasper"))) {
                    JRSaver.saveObject(r, out);
                }
                if (args.length > 1) {
                    Path x = Path.of(args[1]);
                    Files.createDirectories(x);
                    JRXmlWriter.writeReport(DesignFactory.design(type, f, cols), x.resolve(name + ".jrxml").toString(), "UTF-8");
                }
            }
        }
        writeIcc(classes.resolve(Engine.ICC_RESOURCE));
    }

    private static void writeIcc(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    }
}
