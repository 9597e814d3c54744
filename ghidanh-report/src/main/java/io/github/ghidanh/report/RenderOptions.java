package io.github.ghidanh.report;

import io.github.ghidanh.report.internal.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to render one document: the format, the language of the labels, the archival (PDF/A-1a)
 * option and the column sets of the tables. Immutable and thread-safe.
 *
 * <pre>{@code
 * RenderOptions o = RenderOptions.builder(Format.PDF).archival(true)
 *         .columns(Table.ENTRIES, List.of("no", "name", "achievements", "level")).build();
 * }</pre>
 */
public final class RenderOptions {
    /** The Vietnamese locale, the default language of every document. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Format format;
    private final Locale locale;
    private final boolean archival;
    private final boolean showCitizenIds;
    private final Map<Table, List<String>> columns;

    private RenderOptions(Builder b) {
        this.format = b.format;
        this.locale = b.locale;
        this.archival = b.archival;
        this.showCitizenIds = b.showCitizenIds;
        this.columns = Collections.unmodifiableMap(new EnumMap<>(b.columns));
    }

    /** Options with the given format, Vietnamese labels, no archival option, default columns. */
    public static RenderOptions of(Format format) {
        return builder(format).build();
    }

    public static Builder builder(Format format) {
        return new Builder(format);
    }

    public Builder toBuilder() {
        Builder b = new Builder(format).locale(locale).archival(archival).showCitizenIds(showCitizenIds);
        b.columns.putAll(columns);
        return b;
    }

    public Format format() {
        return format;
    }

    /** The language of the labels: Vietnamese unless English is asked for. */
    public Locale locale() {
        return locale;
    }

    /** Whether to produce an archival PDF/A-1a (PDF only). */
    public boolean archival() {
        return archival;
    }

    /**
     * Whether a chosen {@code citizenId} column prints citizen IDs in full. False by default: they are
     * masked ("0010******45"), as personal data (Nghị định 13/2023/NĐ-CP) should be.
     */
    public boolean showCitizenIds() {
        return showCitizenIds;
    }

    /** The column ids chosen for {@code table}, or its defaults. */
    public List<String> columns(Table table) {
        return columns.getOrDefault(table, table.defaultColumns());
    }

    /** Whether {@code table} uses its default columns. */
    public boolean hasDefaultColumns(Table table) {
        return !columns.containsKey(table);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderOptions r && r.format == format && r.locale.equals(locale) && r.archival == archival
                && r.showCitizenIds == showCitizenIds && r.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, locale, archival, showCitizenIds, columns);
    }

    @Override
    public String toString() {
        return "RenderOptions[" + format + ", " + locale.toLanguageTag() + (archival ? ", archival" : "") + (showCitizenIds ? ", citizen IDs in full" : "") + ", "
                + columns + "]";
    }

    /** Builds {@link RenderOptions}; validates column ids at {@link #build()}. */
    public static final class Builder {
        private Format format;
        private Locale locale = VIETNAMESE;
        private boolean archival;
        private boolean showCitizenIds;
        private final Map<Table, List<String>> columns = new EnumMap<>(Table.class);

        private Builder(Format format) {
            format(format);
        }

        public Builder format(Format f) {
            if (f == null) {
                throw Messages.error("report.option.format");
            }
            this.format = f;
            return this;
        }

        /** The label language: {@code vi} (default) or {@code en}; any other falls back to Vietnamese. */
        public Builder locale(Locale l) {
            this.locale = l == null ? VIETNAMESE : l;
            return this;
        }

        /** PDF/A-1a: tagged, language vi-VN, sRGB output intent, metadata. PDF only. */
        public Builder archival(boolean a) {
            this.archival = a;
            return this;
        }

        /**
         * Prints citizen IDs in full in a chosen {@code citizenId} column of {@link Table#PROPOSALS};
         * only where the law allows the recipient to see them. By default they are masked.
         */
        public Builder showCitizenIds(boolean show) {
            this.showCitizenIds = show;
            return this;
        }

        /** Chooses, orders and thereby hides the columns of {@code table}; ids from {@link Table#availableColumns()}. */
        public Builder columns(Table table, List<String> ids) {
            Objects.requireNonNull(table, "table");
            if (ids == null) {
                columns.remove(table);
                return this;
            }
            columns.put(table, List.copyOf(ids));
            return this;
        }

        public Builder columns(Table table, String... ids) {
            return columns(table, ids == null ? null : List.of(ids));
        }

        public RenderOptions build() {
            if (archival && format != Format.PDF) {
                throw Messages.error("report.option.archival", format);
            }
            for (Map.Entry<Table, List<String>> e : columns.entrySet()) {
                List<String> ids = e.getValue();
                if (ids.isEmpty()) {
                    throw Messages.error("report.option.columns.empty", e.getKey());
                }
                List<String> unknown = new ArrayList<>();
                for (String id : ids) {
                    if (!e.getKey().availableColumns().contains(id)) {
                        unknown.add(id);
                    }
                }
                if (!unknown.isEmpty()) {
                    throw Messages.error("report.option.columns.unknown", e.getKey(), unknown,
                            e.getKey().availableColumns());
                }
                if (new LinkedHashSet<>(ids).size() != ids.size()) {
                    throw Messages.error("report.option.columns.duplicate", e.getKey(), ids);
                }
            }
            return new RenderOptions(this);
        }
    }
}
