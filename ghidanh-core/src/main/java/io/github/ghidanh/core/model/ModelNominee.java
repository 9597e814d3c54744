package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A new model or effective way of working (mô hình mới, cách làm hiệu quả), CV-1.c: it needs a
 * description of its content, a statement of what is new, and a field. Its {@code results} (what it
 * brought: the letter asks a model to "mang lại hiệu quả cao") are optional: CV-1.c requires "nội
 * dung cụ thể, cách làm mới rõ ràng", not a stated result.
 */
public record ModelNominee(String id, String cellId, String name, String unit, ModelField field, String otherField,
        String content, String novelty, List<Achievement> achievements, Assessment assessment, String results)
        implements Nominee {

    public ModelNominee {
        id = Args.required(Args.nfc(id), f -> ModelException.required("ModelNominee", f), "id");
        cellId = Args.required(Args.nfc(cellId), f -> ModelException.required("ModelNominee", f), "cellId");
        name = Args.nfc(name);
        unit = Args.nfc(unit);
        otherField = Args.nfc(otherField);
        content = Args.nfc(content);
        novelty = Args.nfc(novelty);
        achievements = Args.list(achievements);
        results = Args.nfc(results);
    }

    @Override
    public NomineeKind kind() {
        return NomineeKind.MODEL;
    }

    public static Builder builder(String id, String cellId) {
        return new Builder(id, cellId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, cellId).name(name).unit(unit).field(field).otherField(otherField).content(content)
                .novelty(novelty).assessment(assessment).results(results);
        b.achievements.addAll(achievements);
        return b;
    }

    public static final class Builder {
        private final String id;
        private final String cellId;
        private String name;
        private String unit;
        private ModelField field;
        private String otherField;
        private String content;
        private String novelty;
        private final List<Achievement> achievements = new ArrayList<>();
        private Assessment assessment;
        private String results;

        private Builder(String id, String cellId) {
            this.id = id;
            this.cellId = cellId;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder unit(String v) { this.unit = v; return this; }
        public Builder field(ModelField v) { this.field = v; return this; }
        public Builder otherField(String v) { this.otherField = v; return this; }
        public Builder content(String v) { this.content = v; return this; }
        public Builder novelty(String v) { this.novelty = v; return this; }
        public Builder achievement(Achievement a) { this.achievements.add(a); return this; }
        public Builder achievements(Collection<Achievement> a) { this.achievements.clear(); if (a != null) { this.achievements.addAll(a); } return this; }
        public Builder assessment(Assessment v) { this.assessment = v; return this; }
        public Builder results(String v) { this.results = v; return this; }

        public ModelNominee build() {
            return new ModelNominee(id, cellId, name, unit, field, otherField, content, novelty, achievements, assessment, results);
        }
    }
}
