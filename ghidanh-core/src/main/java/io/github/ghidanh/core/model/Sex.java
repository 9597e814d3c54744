package io.github.ghidanh.core.model;

/** Sex as recorded on the proposal list ("Nam" / "Nữ"). */
public enum Sex {
    MALE("Nam", "Male"),
    FEMALE("Nữ", "Female");

    private final String labelVi;
    private final String labelEn;

    Sex(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
