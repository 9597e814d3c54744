package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Table;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled templates, once per JVM. The default layouts are compiled at build time to
 * {@code .jasper} resources ({@link TemplateCompiler}) and only loaded here; a host's own column set
 * is compiled once, the first time it is used, and cached.
 */
final class Templates {
    static final String RESOURCE_DIR = "io/github/ghidanh/report/templates/";
    private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    static String baseName(DocumentType type, OrganisationKind format) {
        return type.name().toLowerCase(Locale.ROOT) + "-" + format.name().toLowerCase(Locale.ROOT);
    }

    static JasperReport get(DocumentType type, OrganisationKind format, Map<Table, List<Columns.Column>> columns,
            boolean defaultColumns, JasperReportsContext ctx) {
        StringBuilder key = new StringBuilder(baseName(type, format));
        if (!defaultColumns) {
            for (Table t : type.tables()) {
                key.append('|').append(t.name()).append(':');
                columns.get(t).forEach(c -> key.append(c.id()).append(','));
            }
        }
        return CACHE.computeIfAbsent(key.toString(), k -> defaultColumns ? load(type, format, columns, ctx)
                : compile(type, format, columns, ctx));
    }

    private static JasperReport load(DocumentType type, OrganisationKind format, Map<Table, List<Columns.Column>> columns,
            JasperReportsContext ctx) {
        String path = RESOURCE_DIR + baseName(type, format) + ".jasper";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                // not built by Maven (e.g. run from an IDE without the build step): compile once
                return compile(type, format, columns, ctx);
            }
            return (JasperReport) JRLoader.loadObject(ctx, in);
        } catch (JRException | java.io.IOException e) {
            throw new IllegalStateException("cannot load template " + path, e);
        }
    }

    static JasperReport compile(DocumentType type, OrganisationKind format, Map<Table, List<Columns.Column>> columns,
            JasperReportsContext ctx) {
        try {
            return JasperCompileManager.getInstance(ctx).compile(DesignFactory.design(type, format, columns));
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile template " + baseName(type, format), e);
        }
    }
}
