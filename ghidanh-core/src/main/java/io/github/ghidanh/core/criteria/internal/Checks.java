package io.github.ghidanh.core.criteria.internal;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bodies of the built-in rule types. Each is a pure function of the nominee, its typed
 * parameters and the evaluation date; the order of the checks inside a rule is fixed and does not
 * depend on the order of achievements or categories. Not part of the API.
 */
public final class Checks {
    private Checks() {
    }

    /** Whether a text is missing: null, empty, or only white space, invisible format characters or NBSP. */
    public static boolean blank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** CV-1.a: an individual belongs to at least one subject category. */
    public static Check subjectCategory() {
        return (n, d, out) -> {
            if (n instanceof IndividualNominee i && i.categories().isEmpty()) {
                out.add(Keys.CV_1_A_CATEGORY_REQUIRED, Map.of());
            }
        };
    }

    /** CV-1.b: at least {@code min} achievements; each described; OTHER ones name their type. */
    public static Check concreteAchievement(int min, boolean requireDescription, boolean requireOtherTypeName) {
        return (n, d, out) -> {
            List<Achievement> list = n.achievements();
            if (list.size() < min) {
                out.add(Keys.CV_1_B_ACHIEVEMENT_REQUIRED, values("min", min, "count", list.size()));
            }
            int undescribed = 0;
            int unnamed = 0;
            for (int i = 0; i < list.size(); i++) {
                Achievement a = list.get(i);
                if (requireDescription && blank(a.description())) {
                    undescribed++;
                }
                if (requireOtherTypeName && a.type() == AchievementType.OTHER && blank(a.otherType())) {
                    unnamed++;
                }
            }
            if (undescribed > 0) {
                out.add(Keys.CV_1_B_ACHIEVEMENT_DESCRIPTION, values("count", undescribed));
            }
            if (unnamed > 0) {
                out.add(Keys.CV_1_B_ACHIEVEMENT_OTHER_TYPE, values("count", unnamed));
            }
        };
    }

    /** CV-1.c: a model has content, novelty and a field (OTHER named). */
    public static Check modelContent() {
        return (n, d, out) -> {
            if (!(n instanceof ModelNominee m)) {
                return;
            }
            if (blank(m.content())) {
                out.add(Keys.CV_1_C_CONTENT_REQUIRED, Map.of());
            }
            if (blank(m.novelty())) {
                out.add(Keys.CV_1_C_NOVELTY_REQUIRED, Map.of());
            }
            if (m.field() == null) {
                out.add(Keys.CV_1_C_FIELD_REQUIRED, Map.of());
            } else if (m.field() == ModelField.OTHER && blank(m.otherField())) {
                out.add(Keys.CV_1_C_FIELD_OTHER_NAME, Map.of());
            }
        };
    }

    /** CV-1.d: a collective states its change vs the previous period, its effect and its spread. */
    public static Check collectiveChange() {
        return (n, d, out) -> {
            if (!(n instanceof CollectiveNominee c)) {
                return;
            }
            if (blank(c.changeVsPrevious())) {
                out.add(Keys.CV_1_D_CHANGE_REQUIRED, Map.of());
            }
            if (blank(c.effect())) {
                out.add(Keys.CV_1_D_EFFECT_REQUIRED, Map.of());
            }
            if (blank(c.spread())) {
                out.add(Keys.CV_1_D_SPREAD_REQUIRED, Map.of());
            }
        };
    }

    /** CV-1.e: an individual has concrete results. */
    public static Check individualResults() {
        return (n, d, out) -> {
            if (n instanceof IndividualNominee i && blank(i.results())) {
                out.add(Keys.CV_1_E_RESULTS_REQUIRED, Map.of());
            }
        };
    }

    /**
     * CV-1.e: the collective recognised the individual: a meeting on or before the evaluation date
     * and, when {@code requireVote}, a valid vote with votesFor × 100 &gt; votesTotal × percent.
     */
    public static Check recognitionByCollective(int approvalAbovePercent, boolean requireVote) {
        return (n, d, out) -> {
            if (!(n instanceof IndividualNominee i)) {
                return;
            }
            Recognition r = i.recognition();
            if (r == null) {
                out.add(Keys.CV_1_E_RECOGNITION_REQUIRED, Map.of());
                return;
            }
            if (r.meetingDate() == null) {
                out.add(Keys.CV_1_E_RECOGNITION_MEETING_DATE, Map.of());
            } else if (r.meetingDate().isAfter(d)) {
                out.add(Keys.CV_1_E_RECOGNITION_MEETING_AFTER,
                        values("meetingDate", r.meetingDate(), "evaluationDate", d));
            }
            Integer vf = r.votesFor();
            Integer vt = r.votesTotal();
            if (vf == null || vt == null) {
                if (requireVote) {
                    out.add(Keys.CV_1_E_RECOGNITION_VOTE, Map.of());
                }
                return;
            }
            if (vf < 0 || vt <= 0 || vf > vt) {
                out.add(Keys.CV_1_E_RECOGNITION_VOTE_INVALID, values("votesFor", vf, "votesTotal", vt));
                return;
            }
            if ((long) vf * 100 <= (long) vt * approvalAbovePercent) {
                out.add(Keys.CV_1_E_RECOGNITION_MAJORITY,
                        values("votesFor", vf, "votesTotal", vt, "percent", approvalAbovePercent));
            }
        };
    }

    /**
     * CV-1.e.party: rated at least {@code threshold}; a missing rating fails; the rating is the latest
     * annual one at the evaluation date ({@link #latestRatingYear}; without a year it fails when {@code requireYear}).
     */
    public static Check partyMemberRating(Rating threshold, int reviewMonth, boolean requireYear) {
        return (n, d, out) -> {
            if (!(n instanceof IndividualNominee)) {
                return;
            }
            Rating r = n.rating();
            if (r == null) {
                out.add(Keys.CV_1_E_PARTY_RATING_MISSING, values("threshold", threshold));
                return;
            }
            if (!r.isAtLeast(threshold)) {
                out.add(Keys.CV_1_E_PARTY_RATING, values("rating", r, "threshold", threshold));
            }
            ratingYear(n.assessment(), d, reviewMonth, requireYear, Keys.CV_1_E_PARTY_RATING_YEAR,
                    Keys.CV_1_E_PARTY_RATING_YEAR_MISSING, out);
        };
    }

    /** The year of the latest annual rating on {@code d}: its own year from {@code reviewMonth} on, else the year before. */
    public static int latestRatingYear(LocalDate d, int reviewMonth) {
        return d.getMonthValue() >= reviewMonth ? d.getYear() : d.getYear() - 1;
    }

    /** The rating's year must be {@link #latestRatingYear}; none fails only when {@code requireYear}. */
    private static void ratingYear(Assessment a, LocalDate d, int reviewMonth, boolean requireYear, String wrongKey,
            String missingKey, Check.Findings out) {
        int expected = latestRatingYear(d, reviewMonth);
        if (a.year() == null) {
            if (requireYear) {
                out.add(missingKey, values("rating", a.rating(), "expectedYear", expected));
            }
        } else if (a.year() != expected) {
            out.add(wrongKey, values("rating", a.rating(), "year", a.year(), "expectedYear", expected));
        }
    }

    /**
     * CV-2: an individual proposed by an agency or unit who is its head or a key leader (when
     * {@code includeLeaders}) or belongs to one of {@code categories} is rated at least
     * {@code threshold} and, when {@code requireExemplary}, marked exemplary.
     */
    public static Check agencyProposedExemplary(Rating threshold, boolean requireExemplary, Set<SubjectCategory> categories,
            boolean includeLeaders, int reviewMonth, boolean requireYear) {
        return (n, d, out) -> {
            if (!(n instanceof IndividualNominee i) || !i.proposedByAgency()) {
                return;
            }
            boolean concerned = includeLeaders && i.isLeaderOrHead();
            if (!concerned) {
                for (SubjectCategory c : i.categories()) {
                    if (categories.contains(c)) {
                        concerned = true;
                        break;
                    }
                }
            }
            if (!concerned) {
                return;
            }
            Rating r = i.rating();
            if (r == null) {
                out.add(Keys.CV_2_RATING_MISSING, values("threshold", threshold));
            } else {
                if (!r.isAtLeast(threshold)) {
                    out.add(Keys.CV_2_RATING, values("rating", r, "threshold", threshold));
                }
                ratingYear(i.assessment(), d, reviewMonth, requireYear, Keys.CV_2_RATING_YEAR,
                        Keys.CV_2_RATING_YEAR_MISSING, out);
            }
            if (requireExemplary && !i.exemplary()) {
                out.add(Keys.CV_2_EXEMPLARY, Map.of());
            }
        };
    }
}
