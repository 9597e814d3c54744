package io.github.ghidanh.report.internal;

import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.ReportException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * A host's own templates: compiled (JRXML) or loaded ({@code .jasper}) once, when the {@code Reports}
 * is built, and checked against the names the document provides, so that a mistyped field fails there
 * with a message instead of printing nothing in every document.
 */
final class HostTemplates {
    private HostTemplates() {
    }

    static JasperReport load(DocumentType type, Engine.HostTemplate t, JasperReportsContext ctx) {
        JasperReport report;
        try {
            if (t.compiled()) {
                Object o = JRLoader.loadObject(ctx, new ByteArrayInputStream(t.content()));
                if (!(o instanceof JasperReport r)) {
                    throw Messages.error("report.template.host", type, t.origin(),
                            "not a compiled report but " + (o == null ? "null" : o.getClass().getName()));
                }
                report = r;
            } else {
                report = JasperCompileManager.getInstance(ctx).compile(JRXmlLoader.load(ctx, new ByteArrayInputStream(t.content())));
            }
        } catch (ReportException e) {
            throw e;
        } catch (JRException | RuntimeException e) {
            throw Messages.error("report.template.host", e, type, t.origin(), Messages.describe(e));
        }
        List<String> unknown = new ArrayList<>();
        Set<String> fields = TemplateNames.knownFields(type);
        for (JRField f : report.getFields() == null ? new JRField[0] : report.getFields()) {
            if (!fields.contains(f.getName())) {
                unknown.add("$F{" + f.getName() + "}");
            }
        }
        Set<String> parameters = TemplateNames.knownParameters(type);
        for (JRParameter p : report.getParameters()) {
            // the host's own constants (a parameter with a default value) are its business
            if (!p.isSystemDefined() && p.getDefaultValueExpression() == null && !parameters.contains(p.getName())) {
                unknown.add("$P{" + p.getName() + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw Messages.error("report.template.names", type, t.origin(), unknown);
        }
        return report;
    }
}
