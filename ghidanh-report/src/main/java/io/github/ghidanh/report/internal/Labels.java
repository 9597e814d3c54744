package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.VietnameseDates;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.core.view.RatingLabels;
import io.github.ghidanh.core.view.SubmissionStatus;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/** The labels of one language (Vietnamese unless English is asked for), and Vietnamese-style dates. */
final class Labels {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "io.github.ghidanh.report.internal.Labels";

    private final boolean english;
    private final ResourceBundle bundle;

    private Labels(boolean english) {
        this.english = english;
        this.bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
                Labels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Labels VIETNAMESE = new Labels(false);
    private static final Labels ENGLISH = new Labels(true);

    static Labels of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    boolean english() {
        return english;
    }

    Locale locale() {
        return english ? Locale.ENGLISH : VI;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        String s = args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale()).format(args);
        return VietnameseText.nfc(s);
    }

    String kind(NomineeKind k) {
        return k == null ? "" : english ? k.labelEn() : k.labelVi();
    }

    String rating(Rating r) {
        return r == null ? "" : english ? r.labelEn() : r.labelVi();
    }

    /** The rating with the year it is for, "Hoàn thành xuất sắc nhiệm vụ (2021)" ({@code RatingLabels}). */
    String rating(Assessment a) {
        return english ? RatingLabels.en(a) : RatingLabels.vi(a);
    }

    String sex(Sex s) {
        return s == null ? "" : english ? s.labelEn() : s.labelVi();
    }

    String category(SubjectCategory c) {
        return english ? c.labelEn() : c.labelVi();
    }

    String field(ModelField f) {
        return f == null ? "" : english ? f.labelEn() : f.labelVi();
    }

    String achievementType(AchievementType t) {
        return t == null ? "" : english ? t.labelEn() : t.labelVi();
    }

    String status(SubmissionStatus s) {
        return s == null ? "" : english ? s.labelEn() : s.labelVi();
    }

    String period(CampaignPeriod p) {
        return p == null ? "" : english ? p.labelEn() : p.labelVi();
    }

    /** "05/02/2023" (Vietnamese) or "2023-02-05" (English); empty for null. */
    String shortDate(LocalDate d) {
        if (d == null) {
            return "";
        }
        return english ? d.toString() : VietnameseDates.shortDate(d);
    }

    /**
     * The place and date line: "Duyên Hải, ngày 05 tháng 02 năm 2023" with days below 10 and months
     * 1–2 padded with a 0 (the dates of Vietnamese official documents); "Duyên Hải, 5 February 2023" in English.
     */
    String placeDate(String place, LocalDate d) {
        if (d == null) {
            return place == null ? "" : VietnameseText.nfc(place);
        }
        return english ? VietnameseDates.englishPlaceAndDate(place, d) : VietnameseDates.placeAndDate(place, d);
    }
}
