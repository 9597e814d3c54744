package io.github.ghidanh.benchmarks;

import io.github.ghidanh.report.Format;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The naive embedding of the cold-start line: a host that ships the JRXML and compiles it at run time
 * before filling and exporting (plain JasperReports, same rows as the floor):
 * {@code java -cp benchmarks.jar io.github.ghidanh.benchmarks.NaiveEmbedding out.pdf 100}.
 */
public final class NaiveEmbedding {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        JasperDesign design;
        try (InputStream in = NaiveEmbedding.class.getClassLoader().getResourceAsStream("naive/honour_roll-party.jrxml")) {
            if (in == null) {
                throw new IllegalStateException("naive/honour_roll-party.jrxml is not in the benchmarks jar");
            }
            design = JRXmlLoader.load(Floor.CONTEXT, in);
        }
        JasperReport report = JasperCompileManager.getInstance(Floor.CONTEXT).compile(design);
        Floor floor = new Floor(Workload.of(n).view(), report);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            floor.render(Format.PDF, o, null);
        }
    }
}
