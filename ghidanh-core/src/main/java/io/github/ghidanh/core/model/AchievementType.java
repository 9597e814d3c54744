package io.github.ghidanh.core.model;

/** The taxonomy of achievements of CV-1.b: a closed list plus OTHER with free text. */
public enum AchievementType {
    DEDICATION("Tận tụy, trách nhiệm trong công việc", "Dedication and responsibility at work"),
    DARING("Dám nghĩ, dám làm, dám chịu trách nhiệm, dám đương đầu với khó khăn",
            "Daring to think, act, take responsibility and face hardship"),
    TECHNICAL_INITIATIVE("Sáng kiến, cải tiến khoa học kỹ thuật", "Scientific and technical initiative"),
    WORK_INNOVATION("Đổi mới trong công việc", "Innovation at work"),
    BLOOD_DONATION("Hiến máu tình nguyện", "Blood donation"),
    HELPING_VULNERABLE("Giúp đỡ người có hoàn cảnh khó khăn", "Helping vulnerable people"),
    CHARITY("Làm từ thiện, tình nguyện vì cộng đồng", "Charity and community volunteering"),
    LAND_DONATION("Hiến đất", "Land donation"),
    OTHER("Khác", "Other");

    private final String labelVi;
    private final String labelEn;

    AchievementType(String labelVi, String labelEn) {
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
