package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.text.VietnameseText.ToneStyle;

/**
 * One node of the organisation tree (levels are data, not an enum, since the 2025 reorganisation
 * removed the district level).
 *
 * @param id stable identifier, unique in its tree
 * @param name full name as printed in document headers, e.g. "Đảng ủy phường Duyên Hải" or "Chi bộ Tổ dân phố số 1"
 * @param levelName the level, e.g. "Đảng ủy phường", "Chi bộ"
 * @param parentId the superior organisation's id, {@code null} for the root
 * @param superiorName the superior body as printed on the first header line, e.g. "ĐẢNG BỘ THÀNH PHỐ LÀO CAI"; may be null
 * @param kind PARTY or STATE: decides the document format
 * @param abbreviation the issuer's symbol in document numbers, e.g. "ĐU" in "Số 12-CV/ĐU"; may be null
 * @param place the place name of the date line, e.g. "Duyên Hải"; may be null
 * @param supervisor the executive committee member (UV BCH) who directs this cell (CV-3); may be null
 * @param signatory the default signature block of its documents; may be null
 * @param toneStyle where the fixed wording of its documents places the tone mark in oa, oe, uy
 *        ("hòa", "Ủy ban" or "hoà", "Uỷ ban"); {@code null} means {@link ToneStyle#OLD}, the style of the
 *        Nghị định 30/2020/NĐ-CP templates. Only the library's own words follow it: names and every other
 *        text the host supplies are printed as written.
 */
public record Organisation(String id, String name, String levelName, String parentId, String superiorName,
        OrganisationKind kind, String abbreviation, String place, String supervisor, Signatory signatory,
        ToneStyle toneStyle) {

    public Organisation {
        id = Args.required(Args.nfc(id), f -> ModelException.required("Organisation", f), "id");
        kind = Args.required(kind, f -> ModelException.required("Organisation", f), "kind");
        name = Args.nfc(name);
        levelName = Args.nfc(levelName);
        parentId = Args.nfc(parentId);
        superiorName = Args.nfc(superiorName);
        abbreviation = Args.nfc(abbreviation);
        place = Args.nfc(place);
        supervisor = Args.nfc(supervisor);
        toneStyle = toneStyle == null ? ToneStyle.OLD : toneStyle;
    }

    /** An organisation whose documents use the traditional tone placement ({@link ToneStyle#OLD}). */
    public Organisation(String id, String name, String levelName, String parentId, String superiorName,
            OrganisationKind kind, String abbreviation, String place, String supervisor, Signatory signatory) {
        this(id, name, levelName, parentId, superiorName, kind, abbreviation, place, supervisor, signatory, null);
    }

    /** Whether this organisation is the root of its tree. */
    public boolean isRoot() {
        return parentId == null;
    }

    public static Builder builder(String id, OrganisationKind kind) {
        return new Builder(id, kind);
    }

    /** A builder; {@link #build()} validates and normalises. */
    public static final class Builder {
        private final String id;
        private final OrganisationKind kind;
        private String name;
        private String levelName;
        private String parentId;
        private String superiorName;
        private String abbreviation;
        private String place;
        private String supervisor;
        private Signatory signatory;
        private ToneStyle toneStyle;

        private Builder(String id, OrganisationKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder levelName(String v) { this.levelName = v; return this; }
        public Builder parentId(String v) { this.parentId = v; return this; }
        public Builder superiorName(String v) { this.superiorName = v; return this; }
        public Builder abbreviation(String v) { this.abbreviation = v; return this; }
        public Builder place(String v) { this.place = v; return this; }
        public Builder supervisor(String v) { this.supervisor = v; return this; }
        public Builder signatory(Signatory v) { this.signatory = v; return this; }
        public Builder toneStyle(ToneStyle v) { this.toneStyle = v; return this; }

        public Organisation build() {
            return new Organisation(id, name, levelName, parentId, superiorName, kind, abbreviation, place,
                    supervisor, signatory, toneStyle);
        }
    }
}
