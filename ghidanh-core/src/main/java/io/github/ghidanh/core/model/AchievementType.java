package io.github.ghidanh.core.model;

/**
 * The taxonomy of achievements of CV-1.b, in the letter's words: a closed list plus OTHER with free
 * text. The codes (constant names) are what files store and never change; new types are added
 * before OTHER, and only labels are reworded.
 */
public enum AchievementType {
    DEDICATION("Tận tụy, trách nhiệm trong công việc", "Dedication and responsibility at work"),
    DARING("Dám nghĩ, dám làm, dám chịu trách nhiệm, dám đương đầu với khó khăn",
            "Daring to think, act, take responsibility and face hardship"),
    TECHNICAL_INITIATIVE("Sáng kiến, cải tiến khoa học kỹ thuật", "Scientific and technical initiative"),
    WORK_INNOVATION("Đổi mới trong công tác", "Innovation at work"),
    BLOOD_DONATION("Hiến máu tình nguyện", "Blood donation"),
    HELPING_VULNERABLE("Giúp đỡ người yếu thế", "Helping vulnerable people"),
    CHARITY("Làm từ thiện, tình nguyện vì cộng đồng", "Charity and community volunteering"),
    LAND_DONATION("Hiến đất", "Land donation"),
    /** "gương mẫu đi đầu" (CV-1.b). */
    LEADING_BY_EXAMPLE("Gương mẫu đi đầu", "Leading by example"),
    /** "việc làm thiết thực, nghĩa cử cao đẹp, nhân văn, nhân ái" (CV-1.b). */
    NOBLE_DEED("Nghĩa cử cao đẹp, nhân văn, nhân ái", "Noble, humane and compassionate deeds"),
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
