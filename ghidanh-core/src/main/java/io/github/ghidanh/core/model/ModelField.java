package io.github.ghidanh.core.model;

/** Fields of a new model or effective way of working (CV-1.c): a closed list plus OTHER with free text. */
public enum ModelField {
    WORK_INITIATIVE("Sáng kiến hay trong công tác", "Initiatives at work"),
    URBAN_RENOVATION("Chỉnh trang đô thị", "Urban renovation"),
    LAND_MANAGEMENT("Quản lý đất đai", "Land management"),
    NATURAL_RESOURCES_ENVIRONMENT("Tài nguyên và môi trường", "Natural resources and environment"),
    NEW_RURAL_CONSTRUCTION("Xây dựng nông thôn mới", "New rural construction"),
    CIVILISED_LIFESTYLE("Thực hiện nếp sống văn hóa, văn minh", "Civilised cultural lifestyle"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    ModelField(String labelVi, String labelEn) {
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
