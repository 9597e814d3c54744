package io.github.ghidanh.core.model;

/** The three kinds of nominee (CV-1.a). */
public enum NomineeKind {
    MODEL("Mô hình mới, cách làm hiệu quả", "New model or effective way of working"),
    COLLECTIVE("Tập thể", "Collective"),
    INDIVIDUAL("Cá nhân", "Individual");

    private final String labelVi;
    private final String labelEn;

    NomineeKind(String labelVi, String labelEn) {
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
