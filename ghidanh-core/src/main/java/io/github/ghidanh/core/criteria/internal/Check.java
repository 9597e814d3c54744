package io.github.ghidanh.core.criteria.internal;

import io.github.ghidanh.core.model.Nominee;
import java.time.LocalDate;
import java.util.Map;

/** The compiled body of one rule: pure, no reflection, no allocation when the nominee passes. Not part of the API. */
@FunctionalInterface
public interface Check {
    void run(Nominee nominee, LocalDate evaluationDate, Findings out);

    /** Receives each failure: its message key and offending values (ordered). */
    @FunctionalInterface
    interface Findings {
        void add(String messageKey, Map<String, Object> values);
    }
}
