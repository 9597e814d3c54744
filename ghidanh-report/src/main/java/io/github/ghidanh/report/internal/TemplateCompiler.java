package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Table;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.engine.xml.JRXmlWriter;

/**
 * Build step (Maven {@code process-classes}, exec-maven-plugin): compiles the committed layout of every
 * document in both formats ({@code src/main/jrxml/*.jrxml}, the files a reviewer reads) to
 * {@code .jasper} under the classes folder, and writes the JDK's sRGB ICC profile used as the PDF/A
 * output intent. At run time only the {@code .jasper} files are loaded, so no compiler runs on the
 * default path. The JRXML files are made by {@link DesignFactory}: LayoutFilesTest fails when they
 * differ from what it makes, and with a third argument {@code true} (Maven property
 * {@code ghidanh.layouts.update}, {@code scripts/update-layouts.sh}) this step writes them first.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {
    }

    /** Arguments: the classes folder, the folder of the committed JRXML files, and whether to write them first. */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path layouts = Path.of(args[1]);
        if (args.length > 2 && Boolean.parseBoolean(args[2])) {
            writeLayouts(layouts);
        }
        Path dir = classes.resolve(Templates.RESOURCE_DIR);
        Files.createDirectories(dir);
        SimpleJasperReportsContext ctx = Engine.newContext();
        for (DocumentType type : DocumentType.values()) {
            for (OrganisationKind f : OrganisationKind.values()) {
                String name = Templates.baseName(type, f);
                Path source = layouts.resolve(name + ".jrxml");
                JasperDesign design;
                try (InputStream in = Files.newInputStream(source)) {
                    design = JRXmlLoader.load(ctx, in);
                }
                JasperReport r = JasperCompileManager.getInstance(ctx).compile(design);
                try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".jasper"))) {
                    JRSaver.saveObject(r, out);
                }
            }
        }
        writeIcc(classes.resolve(Engine.ICC_RESOURCE));
    }

    /** Writes every layout's JRXML as {@link DesignFactory} makes it into {@code folder}, removing any other JRXML file. */
    static void writeLayouts(Path folder) throws IOException {
        Files.createDirectories(folder);
        Set<Path> written = new HashSet<>();
        for (DocumentType type : DocumentType.values()) {
            for (OrganisationKind f : OrganisationKind.values()) {
                Path file = folder.resolve(Templates.baseName(type, f) + ".jrxml");
                Files.writeString(file, jrxml(type, f), StandardCharsets.UTF_8);
                written.add(file);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path stale : files.filter(p -> p.toString().endsWith(".jrxml") && !written.contains(p)).toList()) {
                Files.delete(stale);
            }
        }
    }

    /** The JRXML of a layout as {@link DesignFactory} makes it. */
    static String jrxml(DocumentType type, OrganisationKind format) {
        Map<Table, List<Columns.Column>> cols = new EnumMap<>(Table.class);
        for (Table t : type.tables()) {
            cols.put(t, Columns.resolve(t, t.defaultColumns()));
        }
        return JRXmlWriter.writeReport(DesignFactory.design(type, format, cols), "UTF-8");
    }

    private static void writeIcc(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    }
}
