package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An individual (cá nhân), CV-1.a and CV-1.e: one or more subject categories, possibly a key leader
 * or head of a unit (CV-2), with concrete results and the collective's recognition.
 *
 * @param id stable identifier
 * @param cellId the evaluating organisation
 * @param name full name, e.g. "Nguyễn Thị Hồng Nhung"
 * @param yearOfBirth year of birth, or null
 * @param sex sex, or null
 * @param citizenId the 12-digit citizen ID (căn cước), or null; masked in exports by default
 * @param position position (chức vụ), or null
 * @param unit unit (đơn vị) or residential area, or null
 * @param categories subject categories (CV-1.a); never null
 * @param keyLeader whether a key leader (cán bộ lãnh đạo chủ chốt)
 * @param head whether the head of an agency or unit (người đứng đầu)
 * @param exemplary whether the proposing agency marks the person as truly typical and exemplary (CV-2)
 * @param proposedByAgency whether an agency or unit (rather than a residential cell) proposes the person (CV-2)
 * @param results concrete results in study, work and duties (CV-1.e)
 * @param recognition the collective's recognition (CV-1.e), or null
 * @param achievements concrete achievements (CV-1.b)
 * @param assessment the rating, or null
 * @param ethnicity ethnicity (dân tộc) as written, e.g. "Kinh", "Tày", "H'Mông"; NFC-normalised, null when unknown
 */
public record IndividualNominee(String id, String cellId, String name, Integer yearOfBirth, Sex sex, String citizenId,
        String position, String unit, Set<SubjectCategory> categories, boolean keyLeader, boolean head,
        boolean exemplary, boolean proposedByAgency, String results, Recognition recognition,
        List<Achievement> achievements, Assessment assessment, String ethnicity) implements Nominee {

    /** The majority ethnicity; any other known ethnicity is an ethnic minority (dân tộc thiểu số). */
    public static final String MAJORITY_ETHNICITY = "Kinh";

    public IndividualNominee {
        id = Args.required(Args.nfc(id), f -> ModelException.required("IndividualNominee", f), "id");
        cellId = Args.required(Args.nfc(cellId), f -> ModelException.required("IndividualNominee", f), "cellId");
        name = Args.nfc(name);
        citizenId = Args.nfc(citizenId);
        position = Args.nfc(position);
        unit = Args.nfc(unit);
        categories = Args.enums(categories, SubjectCategory.class);
        results = Args.nfc(results);
        achievements = Args.list(achievements);
        ethnicity = Args.nfc(ethnicity);
        if (ethnicity != null) {
            ethnicity = ethnicity.strip();
            if (ethnicity.isEmpty()) {
                ethnicity = null;
            }
        }
    }

    @Override
    public NomineeKind kind() {
        return NomineeKind.INDIVIDUAL;
    }

    /** Whether the person is a party member. */
    public boolean isPartyMember() {
        return categories.contains(SubjectCategory.DANG_VIEN);
    }

    /** Whether the person is a key leader or the head of a unit. */
    public boolean isLeaderOrHead() {
        return keyLeader || head;
    }

    /**
     * Whether the person belongs to an ethnic minority (dân tộc thiểu số): the ethnicity is known and
     * is not {@value #MAJORITY_ETHNICITY} (compared after NFC normalisation, ignoring case and
     * surrounding blanks). Unknown ethnicity is not counted as a minority.
     */
    public boolean isEthnicMinority() {
        return ethnicity != null && !ethnicity.equalsIgnoreCase(MAJORITY_ETHNICITY);
    }

    public static Builder builder(String id, String cellId) {
        return new Builder(id, cellId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, cellId).name(name).yearOfBirth(yearOfBirth).sex(sex).citizenId(citizenId)
                .position(position).unit(unit).categories(categories).keyLeader(keyLeader).head(head)
                .exemplary(exemplary).proposedByAgency(proposedByAgency).results(results).recognition(recognition)
                .assessment(assessment).ethnicity(ethnicity);
        b.achievements.addAll(achievements);
        return b;
    }

    public static final class Builder {
        private final String id;
        private final String cellId;
        private String name;
        private Integer yearOfBirth;
        private Sex sex;
        private String citizenId;
        private String position;
        private String unit;
        private final Set<SubjectCategory> categories = EnumSet.noneOf(SubjectCategory.class);
        private boolean keyLeader;
        private boolean head;
        private boolean exemplary;
        private boolean proposedByAgency;
        private String results;
        private Recognition recognition;
        private final List<Achievement> achievements = new ArrayList<>();
        private Assessment assessment;
        private String ethnicity;

        private Builder(String id, String cellId) {
            this.id = id;
            this.cellId = cellId;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder yearOfBirth(Integer v) { this.yearOfBirth = v; return this; }
        public Builder sex(Sex v) { this.sex = v; return this; }
        public Builder citizenId(String v) { this.citizenId = v; return this; }
        public Builder position(String v) { this.position = v; return this; }
        public Builder unit(String v) { this.unit = v; return this; }
        public Builder category(SubjectCategory c) { if (c != null) { this.categories.add(c); } return this; }
        public Builder categories(Collection<SubjectCategory> c) { this.categories.clear(); if (c != null) { c.forEach(this::category); } return this; }
        public Builder keyLeader(boolean v) { this.keyLeader = v; return this; }
        public Builder head(boolean v) { this.head = v; return this; }
        public Builder exemplary(boolean v) { this.exemplary = v; return this; }
        public Builder proposedByAgency(boolean v) { this.proposedByAgency = v; return this; }
        public Builder results(String v) { this.results = v; return this; }
        public Builder recognition(Recognition v) { this.recognition = v; return this; }
        public Builder achievement(Achievement a) { this.achievements.add(a); return this; }
        public Builder achievements(Collection<Achievement> a) { this.achievements.clear(); if (a != null) { this.achievements.addAll(a); } return this; }
        public Builder assessment(Assessment v) { this.assessment = v; return this; }
        public Builder ethnicity(String v) { this.ethnicity = v; return this; }
        public Builder rating(Rating r) { this.assessment = r == null ? null : Assessment.of(r); return this; }

        public IndividualNominee build() {
            return new IndividualNominee(id, cellId, name, yearOfBirth, sex, citizenId, position, unit, categories,
                    keyLeader, head, exemplary, proposedByAgency, results, recognition, achievements, assessment, ethnicity);
        }
    }
}
