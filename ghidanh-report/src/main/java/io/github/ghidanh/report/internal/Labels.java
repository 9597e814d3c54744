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
import io.github.ghidanh.core.text.VietnameseText.ToneStyle;
import io.github.ghidanh.core.view.RatingLabels;
import io.github.ghidanh.core.view.SubmissionStatus;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The labels of one language (Vietnamese unless English is asked for), and Vietnamese-style dates. */
final class Labels {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "io.github.ghidanh.report.internal.Labels";

    private final boolean english;
    private final ToneStyle toneStyle;
    /** The bundle's Vietnamese patterns in {@link #toneStyle}; null when the bundle's own (OLD) style is wanted. */
    private final Map<String, String> converted;
    /** The model's enum labels in {@link #toneStyle}, converted once; null with {@link #converted}. */
    private final Map<String, String> convertedWords;
    private final ResourceBundle bundle;

    private Labels(boolean english, ToneStyle toneStyle) {
        this.english = english;
        this.toneStyle = toneStyle;
        this.bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
                Labels.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (english || toneStyle == ToneStyle.OLD) {
            this.converted = null;
            this.convertedWords = null;
        } else {
            Map<String, String> m = new HashMap<>();
            for (String key : bundle.keySet()) {
                m.put(key, VietnameseText.toneForm(bundle.getString(key), toneStyle));
            }
            this.converted = Map.copyOf(m);
            Map<String, String> words = new HashMap<>();
            List<String> labels = new ArrayList<>();
            Arrays.stream(NomineeKind.values()).map(NomineeKind::labelVi).forEach(labels::add);
            Arrays.stream(Rating.values()).map(Rating::labelVi).forEach(labels::add);
            Arrays.stream(Sex.values()).map(Sex::labelVi).forEach(labels::add);
            Arrays.stream(SubjectCategory.values()).map(SubjectCategory::labelVi).forEach(labels::add);
            Arrays.stream(ModelField.values()).map(ModelField::labelVi).forEach(labels::add);
            Arrays.stream(AchievementType.values()).map(AchievementType::labelVi).forEach(labels::add);
            Arrays.stream(SubmissionStatus.values()).map(SubmissionStatus::labelVi).forEach(labels::add);
            for (String label : labels) {
                words.put(label, VietnameseText.toneForm(label, toneStyle));
            }
            this.convertedWords = Map.copyOf(words);
        }
    }

    private static final Labels VIETNAMESE = new Labels(false, ToneStyle.OLD);
    private static final Labels VIETNAMESE_NEW_TONES = new Labels(false, ToneStyle.NEW);
    private static final Labels ENGLISH = new Labels(true, ToneStyle.OLD);

    static Labels of(Locale locale) {
        return of(locale, ToneStyle.OLD);
    }

    /**
     * The labels of {@code locale}; Vietnamese labels, and the library's other fixed words they give
     * (ratings, categories …), with the tone placement of {@code toneStyle}. The bundle is written in the
     * traditional style ({@link ToneStyle#OLD}, the style of the Nghị định 30/2020 templates).
     */
    static Labels of(Locale locale, ToneStyle toneStyle) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return toneStyle == ToneStyle.NEW ? VIETNAMESE_NEW_TONES : VIETNAMESE;
    }

    /** A fixed Vietnamese word of the library in this document's tone placement; never the host's text. */
    private String fixed(String s) {
        if (converted == null || s == null) {
            return s;
        }
        String word = convertedWords.get(s);
        // a label made from values (a rating with its year, a period) is converted when asked for
        return word != null ? word : VietnameseText.toneForm(s, toneStyle);
    }

    boolean english() {
        return english;
    }

    Locale locale() {
        return english ? Locale.ENGLISH : VI;
    }

    String get(String key, Object... args) {
        String pattern = converted == null ? bundle.getString(key) : converted.get(key);
        if (pattern == null) {
            throw new MissingResourceException(key, BUNDLE, key);
        }
        String s = args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale()).format(args);
        return VietnameseText.nfc(s);
    }

    String kind(NomineeKind k) {
        return k == null ? "" : english ? k.labelEn() : fixed(k.labelVi());
    }

    String rating(Rating r) {
        return r == null ? "" : english ? r.labelEn() : fixed(r.labelVi());
    }

    /** The rating with the year it is for, "Hoàn thành xuất sắc nhiệm vụ (2021)" ({@code RatingLabels}). */
    String rating(Assessment a) {
        return english ? RatingLabels.en(a) : fixed(RatingLabels.vi(a));
    }

    String sex(Sex s) {
        return s == null ? "" : english ? s.labelEn() : fixed(s.labelVi());
    }

    String category(SubjectCategory c) {
        return english ? c.labelEn() : fixed(c.labelVi());
    }

    String field(ModelField f) {
        return f == null ? "" : english ? f.labelEn() : fixed(f.labelVi());
    }

    String achievementType(AchievementType t) {
        return t == null ? "" : english ? t.labelEn() : fixed(t.labelVi());
    }

    String status(SubmissionStatus s) {
        return s == null ? "" : english ? s.labelEn() : fixed(s.labelVi());
    }

    String period(CampaignPeriod p) {
        return p == null ? "" : english ? p.labelEn() : fixed(p.labelVi());
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
