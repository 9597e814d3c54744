package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.report.DocumentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to fill one document: which layout, its parameters, its body lines and the
 * PDF metadata.
 */
record DocSpec(DocumentType type, OrganisationKind format, Map<String, Object> params, List<Line> lines,
        String title, String author, String subject, String keywords, LocalDate date) {
}
