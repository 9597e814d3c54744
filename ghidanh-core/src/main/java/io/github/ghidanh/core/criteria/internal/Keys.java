package io.github.ghidanh.core.criteria.internal;

/**
 * Message keys of the criteria rules. Each key names its clause ({@code cv_1_e.party} is clause
 * {@code CV-1.e.party}); the texts are in {@code ContributorValidationMessages[_vi].properties}.
 * Not part of the API.
 */
public final class Keys {
    private Keys() {
    }

    private static final String P = "io.github.ghidanh.";

    public static final String CV_1_A_CATEGORY_REQUIRED = P + "cv_1_a.category.required";

    public static final String CV_1_B_ACHIEVEMENT_REQUIRED = P + "cv_1_b.achievement.required";
    public static final String CV_1_B_ACHIEVEMENT_DESCRIPTION = P + "cv_1_b.achievement.description";
    public static final String CV_1_B_ACHIEVEMENT_OTHER_TYPE = P + "cv_1_b.achievement.other_type";

    public static final String CV_1_C_CONTENT_REQUIRED = P + "cv_1_c.content.required";
    public static final String CV_1_C_NOVELTY_REQUIRED = P + "cv_1_c.novelty.required";
    public static final String CV_1_C_FIELD_REQUIRED = P + "cv_1_c.field.required";
    public static final String CV_1_C_FIELD_OTHER_NAME = P + "cv_1_c.field.other_name";

    public static final String CV_1_D_CHANGE_REQUIRED = P + "cv_1_d.change.required";
    public static final String CV_1_D_EFFECT_REQUIRED = P + "cv_1_d.effect.required";
    public static final String CV_1_D_SPREAD_REQUIRED = P + "cv_1_d.spread.required";

    public static final String CV_1_E_RESULTS_REQUIRED = P + "cv_1_e.results.required";
    public static final String CV_1_E_RECOGNITION_REQUIRED = P + "cv_1_e.recognition.required";
    public static final String CV_1_E_RECOGNITION_MEETING_DATE = P + "cv_1_e.recognition.meeting_date";
    public static final String CV_1_E_RECOGNITION_MEETING_AFTER = P + "cv_1_e.recognition.meeting_after_evaluation";
    public static final String CV_1_E_RECOGNITION_VOTE = P + "cv_1_e.recognition.vote";
    public static final String CV_1_E_RECOGNITION_VOTE_INVALID = P + "cv_1_e.recognition.vote_invalid";
    public static final String CV_1_E_RECOGNITION_MAJORITY = P + "cv_1_e.recognition.majority";

    public static final String CV_1_E_PARTY_RATING = P + "cv_1_e.party.rating";
    public static final String CV_1_E_PARTY_RATING_MISSING = P + "cv_1_e.party.rating.missing";
    public static final String CV_1_E_PARTY_RATING_YEAR = P + "cv_1_e.party.rating.year";
    public static final String CV_1_E_PARTY_RATING_YEAR_MISSING = P + "cv_1_e.party.rating.year_missing";

    public static final String CV_2_RATING = P + "cv_2.rating";
    public static final String CV_2_RATING_MISSING = P + "cv_2.rating.missing";
    public static final String CV_2_RATING_YEAR = P + "cv_2.rating.year";
    public static final String CV_2_RATING_YEAR_MISSING = P + "cv_2.rating.year_missing";
    public static final String CV_2_EXEMPLARY = P + "cv_2.exemplary";
}
