package io.github.ghidanh.core.model;

/** Subject categories of an individual nominee (CV-1.a). An individual has one or more. */
public enum SubjectCategory {
    CAN_BO("Cán bộ", "Cadre"),
    DANG_VIEN("Đảng viên", "Party member"),
    CONG_CHUC("Công chức", "Civil servant"),
    VIEN_CHUC("Viên chức", "Public employee"),
    CHIEN_SI_LLVT("Chiến sĩ lực lượng vũ trang", "Armed forces soldier"),
    NHAN_DAN("Nhân dân", "Citizen");

    private final String labelVi;
    private final String labelEn;

    SubjectCategory(String labelVi, String labelEn) {
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
