package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A typical collective (tập thể), CV-1.d: it needs what changed compared with the previous period,
 * the effect on the moral training of cadres, members and people, and how it spread.
 */
public record CollectiveNominee(String id, String cellId, String name, String unit, String changeVsPrevious,
        String effect, String spread, List<Achievement> achievements, Assessment assessment) implements Nominee {

    public CollectiveNominee {
        id = Args.required(Args.nfc(id), f -> ModelException.required("CollectiveNominee", f), "id");
        cellId = Args.required(Args.nfc(cellId), f -> ModelException.required("CollectiveNominee", f), "cellId");
        name = Args.nfc(name);
        unit = Args.nfc(unit);
        changeVsPrevious = Args.nfc(changeVsPrevious);
        effect = Args.nfc(effect);
        spread = Args.nfc(spread);
        achievements = Args.list(achievements);
    }

    @Override
    public NomineeKind kind() {
        return NomineeKind.COLLECTIVE;
    }

    public static Builder builder(String id, String cellId) {
        return new Builder(id, cellId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, cellId).name(name).unit(unit).changeVsPrevious(changeVsPrevious).effect(effect)
                .spread(spread).assessment(assessment);
        b.achievements.addAll(achievements);
        return b;
    }

    public static final class Builder {
        private final String id;
        private final String cellId;
        private String name;
        private String unit;
        private String changeVsPrevious;
        private String effect;
        private String spread;
        private final List<Achievement> achievements = new ArrayList<>();
        private Assessment assessment;

        private Builder(String id, String cellId) {
            this.id = id;
            this.cellId = cellId;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder unit(String v) { this.unit = v; return this; }
        public Builder changeVsPrevious(String v) { this.changeVsPrevious = v; return this; }
        public Builder effect(String v) { this.effect = v; return this; }
        public Builder spread(String v) { this.spread = v; return this; }
        public Builder achievement(Achievement a) { this.achievements.add(a); return this; }
        public Builder achievements(Collection<Achievement> a) { this.achievements.clear(); if (a != null) { this.achievements.addAll(a); } return this; }
        public Builder assessment(Assessment v) { this.assessment = v; return this; }

        public CollectiveNominee build() {
            return new CollectiveNominee(id, cellId, name, unit, changeVsPrevious, effect, spread, achievements, assessment);
        }
    }
}
