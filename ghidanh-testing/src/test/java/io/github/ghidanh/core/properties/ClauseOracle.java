package io.github.ghidanh.core.properties;

import io.github.ghidanh.core.model.Achievement;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * A plain, separate transcription of the letter's clauses (docs/criteria.md) with the default profile's
 * parameters (docs/criteria.md), written without looking at the engine's code: which clauses of the
 * source letter a nominee fails on a given evaluation date. The property test compares the engine
 * with it.
 */
final class ClauseOracle {
    private ClauseOracle() {
    }

    /** The clause ids the nominee fails, sorted. */
    static Set<String> failedClauses(Nominee n, LocalDate evaluatedOn) {
        Set<String> failed = new TreeSet<>();
        // CV-1.b: every nominee needs at least one concrete achievement; each described; "other" named
        boolean concrete = !n.achievements().isEmpty();
        for (Achievement a : n.achievements()) {
            if (missing(a.description()) || (a.type() == AchievementType.OTHER && missing(a.otherType()))) {
                concrete = false;
            }
        }
        if (!concrete) {
            failed.add("CV-1.b");
        }
        if (n instanceof ModelNominee m) {
            // CV-1.c: content, what is new, a field (an "other" field named)
            if (missing(m.content()) || missing(m.novelty()) || m.field() == null
                    || (m.field() == ModelField.OTHER && missing(m.otherField()))) {
                failed.add("CV-1.c");
            }
        } else if (n instanceof CollectiveNominee c) {
            // CV-1.d: change vs the previous period, effect, spread
            if (missing(c.changeVsPrevious()) || missing(c.effect()) || missing(c.spread())) {
                failed.add("CV-1.d");
            }
        } else {
            IndividualNominee i = (IndividualNominee) n;
            // CV-1.a: one or more subject categories
            if (i.categories().isEmpty()) {
                failed.add("CV-1.a");
            }
            // CV-1.e: concrete results, and recognised by the collective: a meeting held by the
            // evaluation date where more than half of those voting voted in favour
            Recognition r = i.recognition();
            boolean recognised = r != null && r.meetingDate() != null && !r.meetingDate().isAfter(evaluatedOn)
                    && r.votesFor() != null && r.votesTotal() != null && r.votesTotal() > 0 && r.votesFor() >= 0
                    && r.votesFor() <= r.votesTotal() && 2L * r.votesFor() > r.votesTotal();
            if (missing(i.results()) || !recognised) {
                failed.add("CV-1.e");
            }
            // CV-1.e.party: "đánh giá từ hoàn thành xuất sắc nhiệm vụ trở lên" — the top level
            // and the rating is the latest annual one (the year-end review is in December): in December
            // the rating of the evaluation year, before it that of the year before (a rating without
            // its year is accepted by the default profile)
            int latest = evaluatedOn.getMonthValue() == 12 ? evaluatedOn.getYear() : evaluatedOn.getYear() - 1;
            boolean ratedThatYear = i.assessment() == null || i.assessment().year() == null
                    || i.assessment().year() == latest;
            if (i.categories().contains(SubjectCategory.DANG_VIEN) && (i.rating() != Rating.HTXSNV || !ratedThatYear)) {
                failed.add("CV-1.e.party");
            }
            // CV-2: heads, key leaders, cadres and civil servants proposed by their agency: rated
            // "hoàn thành xuất sắc nhiệm vụ" and truly exemplary
            boolean concerned = i.proposedByAgency() && (i.head() || i.keyLeader()
                    || i.categories().contains(SubjectCategory.CAN_BO) || i.categories().contains(SubjectCategory.CONG_CHUC));
            if (concerned && (i.rating() != Rating.HTXSNV || !ratedThatYear || !i.exemplary())) {
                failed.add("CV-2");
            }
        }
        return failed;
    }

    /** Missing text: null, or nothing but white space, no-break spaces and invisible format characters. */
    static boolean missing(String s) {
        return s == null || s.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT);
    }
}
