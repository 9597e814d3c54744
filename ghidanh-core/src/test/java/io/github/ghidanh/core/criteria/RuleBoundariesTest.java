package io.github.ghidanh.core.criteria;

import static io.github.ghidanh.core.criteria.Nominees.EVALUATION_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edges of each parametrised check: one vote either side of the required share, the smallest
 * and largest valid votes, the first and last day of a rating year, the exact number of
 * achievements. Each expected key is worked out from the rule's definition, by hand.
 */
class RuleBoundariesTest {
    private static final String K = "io.github.ghidanh.";
    private static final String MAJORITY = K + "cv_1_e.recognition.majority";
    private static final String INVALID = K + "cv_1_e.recognition.vote_invalid";

    private static List<String> keys(Rule rule, Nominee n, LocalDate on) {
        return rule.check(n, on).stream().map(Reason::messageKey).toList();
    }

    private static IndividualNominee voted(Integer votesFor, Integer votesTotal) {
        return Nominees.citizen().toBuilder()
                .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", votesFor, votesTotal)).build();
    }

    private static Rule recognition(int percent, boolean requireVote) {
        return Rule.builder(RuleType.RECOGNITION_BY_COLLECTIVE).parameter("approvalAbovePercent", percent)
                .parameter("requireVote", requireVote).build();
    }

    @Test
    void aVoteIsValidFromNoneInFavourToAllInFavourOfAtLeastOneVoter() {
        Rule r = recognition(50, true);
        assertThat(keys(r, voted(0, 1), EVALUATION_DATE)).containsExactly(MAJORITY);
        assertThat(keys(r, voted(-1, 1), EVALUATION_DATE)).containsExactly(INVALID);
        assertThat(keys(r, voted(0, 0), EVALUATION_DATE)).containsExactly(INVALID);
        assertThat(keys(r, voted(0, -1), EVALUATION_DATE)).containsExactly(INVALID);
        assertThat(keys(r, voted(1, 1), EVALUATION_DATE)).isEmpty();
        assertThat(keys(r, voted(12, 12), EVALUATION_DATE)).isEmpty();
        assertThat(keys(r, voted(13, 12), EVALUATION_DATE)).containsExactly(INVALID);
        assertThat(r.check(voted(-1, 1), EVALUATION_DATE).get(0).values())
                .containsExactly(Map.entry("votesFor", -1), Map.entry("votesTotal", 1));
    }

    @Test
    void theShareInFavourMustExceedThePercentStrictly() {
        Rule half = recognition(50, true);
        assertThat(keys(half, voted(6, 12), EVALUATION_DATE)).containsExactly(MAJORITY);
        assertThat(keys(half, voted(7, 12), EVALUATION_DATE)).isEmpty();
        assertThat(half.check(voted(6, 12), EVALUATION_DATE).get(0).values()).containsExactly(Map.entry("votesFor", 6),
                Map.entry("votesTotal", 12), Map.entry("percent", 50));

        Rule twoThirds = recognition(66, true);
        assertThat(keys(twoThirds, voted(66, 100), EVALUATION_DATE)).containsExactly(MAJORITY);
        assertThat(keys(twoThirds, voted(67, 100), EVALUATION_DATE)).isEmpty();
        assertThat(keys(twoThirds, voted(2, 3), EVALUATION_DATE)).as("200 > 198").isEmpty();

        Rule any = recognition(0, true);
        assertThat(keys(any, voted(0, 5), EVALUATION_DATE)).containsExactly(MAJORITY);
        assertThat(keys(any, voted(1, 100), EVALUATION_DATE)).isEmpty();

        Rule almostAll = recognition(99, true);
        assertThat(keys(almostAll, voted(99, 100), EVALUATION_DATE)).containsExactly(MAJORITY);
        assertThat(keys(almostAll, voted(100, 100), EVALUATION_DATE)).isEmpty();
    }

    @Test
    void largeVotesDoNotOverflow() {
        Rule half = recognition(50, true);
        int big = Integer.MAX_VALUE;
        assertThat(keys(half, voted(big, big), EVALUATION_DATE)).isEmpty();
        assertThat(keys(half, voted(big / 2, big), EVALUATION_DATE)).containsExactly(MAJORITY);
    }

    @Test
    void withoutRequiredVoteAMissingVotePassesButAGivenVoteIsStillChecked() {
        Rule optional = recognition(50, false);
        assertThat(keys(optional, voted(null, null), EVALUATION_DATE)).isEmpty();
        assertThat(keys(optional, voted(5, null), EVALUATION_DATE)).isEmpty();
        assertThat(keys(optional, voted(5, 10), EVALUATION_DATE)).containsExactly(MAJORITY);
        assertThat(keys(optional, voted(11, 10), EVALUATION_DATE)).containsExactly(INVALID);
        Rule required = recognition(50, true);
        assertThat(keys(required, voted(5, null), EVALUATION_DATE)).containsExactly(K + "cv_1_e.recognition.vote");
        assertThat(keys(required, voted(null, 10), EVALUATION_DATE)).containsExactly(K + "cv_1_e.recognition.vote");
    }

    @Test
    void theMeetingMayBeOnTheEvaluationDateButNotAfterIt() {
        Rule r = recognition(50, true);
        IndividualNominee sameDay = Nominees.citizen().toBuilder()
                .recognition(new Recognition(EVALUATION_DATE, "Họp tổ", 7, 12)).build();
        assertThat(keys(r, sameDay, EVALUATION_DATE)).isEmpty();
        assertThat(keys(r, sameDay, EVALUATION_DATE.minusDays(1)))
                .containsExactly(K + "cv_1_e.recognition.meeting_after_evaluation");
        assertThat(r.check(sameDay, EVALUATION_DATE.minusDays(1)).get(0).values())
                .containsExactly(Map.entry("meetingDate", EVALUATION_DATE), Map.entry("evaluationDate", LocalDate.of(2022, 6, 4)));
        IndividualNominee noDateBadVote = Nominees.citizen().toBuilder()
                .recognition(new Recognition(null, "Họp tổ", 3, 12)).build();
        assertThat(keys(r, noDateBadVote, EVALUATION_DATE))
                .containsExactly(K + "cv_1_e.recognition.meeting_date", MAJORITY);
    }

    @Test
    void theRatingYearChangesOnTheFirstDayOfTheReviewMonth() {
        Rule june = Rule.builder(RuleType.PARTY_MEMBER_RATING).parameter("annualReviewMonth", 6).build();
        IndividualNominee rated2022 = Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, null, 2022))
                .build();
        assertThat(keys(june, rated2022, LocalDate.of(2022, 6, 1))).isEmpty();
        assertThat(keys(june, rated2022, LocalDate.of(2022, 5, 31))).containsExactly(K + "cv_1_e.party.rating.year");
        Rule january = Rule.builder(RuleType.PARTY_MEMBER_RATING).parameter("annualReviewMonth", 1).build();
        assertThat(keys(january, rated2022, LocalDate.of(2022, 1, 1))).isEmpty();
        assertThat(keys(january, rated2022, LocalDate.of(2021, 12, 31))).containsExactly(K + "cv_1_e.party.rating.year");
        assertThat(january.check(rated2022, LocalDate.of(2021, 12, 31)).get(0).values()).containsExactly(
                Map.entry("rating", Rating.HTXSNV), Map.entry("year", 2022), Map.entry("expectedYear", 2021));
    }

    @Test
    void aRatingEqualToTheThresholdPassesAndOneBelowFails() {
        Rule httnv = Rule.builder(RuleType.PARTY_MEMBER_RATING).parameter("threshold", Rating.HTTNV).build();
        assertThat(keys(httnv, Nominees.partyMember().toBuilder().rating(Rating.HTTNV).build(), EVALUATION_DATE)).isEmpty();
        assertThat(keys(httnv, Nominees.partyMember().toBuilder().rating(Rating.HTXSNV).build(), EVALUATION_DATE)).isEmpty();
        assertThat(keys(httnv, Nominees.partyMember().toBuilder().rating(Rating.HTNV).build(), EVALUATION_DATE))
                .containsExactly(K + "cv_1_e.party.rating");
        Rule cv2 = Rule.builder(RuleType.AGENCY_PROPOSED_EXEMPLARY).parameter("threshold", Rating.HTTNV).build();
        assertThat(keys(cv2, Nominees.agencyHead().toBuilder().rating(Rating.HTTNV).build(), EVALUATION_DATE)).isEmpty();
        assertThat(keys(cv2, Nominees.agencyHead().toBuilder().rating(Rating.HTNV).build(), EVALUATION_DATE))
                .containsExactly(K + "cv_2.rating");
    }

    @Test
    void exactlyTheMinimumNumberOfAchievementsPasses() {
        Rule two = Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).parameter("min", 2).build();
        Achievement a = Achievement.of(AchievementType.CHARITY, "Quyên góp 20 suất quà");
        Achievement b = Achievement.of(AchievementType.BLOOD_DONATION, "Hiến máu 3 lần");
        IndividualNominee one = Nominees.citizen().toBuilder().achievements(List.of(a)).build();
        IndividualNominee both = Nominees.citizen().toBuilder().achievements(List.of(a, b)).build();
        assertThat(keys(two, both, EVALUATION_DATE)).isEmpty();
        assertThat(keys(two, one, EVALUATION_DATE)).containsExactly(K + "cv_1_b.achievement.required");
        assertThat(two.check(one, EVALUATION_DATE).get(0).values()).containsExactly(Map.entry("min", 2), Map.entry("count", 1));
        assertThat(two.check(one, EVALUATION_DATE).get(0).messageEn()).contains("2").contains("1");
    }

    @Test
    void achievementCountsOfUndescribedAndUnnamedOnes() {
        Rule r = Rule.of(RuleType.CONCRETE_ACHIEVEMENT);
        Achievement undescribed = new Achievement(AchievementType.CHARITY, " ", null);
        Achievement unnamedOther = new Achievement(AchievementType.OTHER, "Việc khác", null);
        IndividualNominee n = Nominees.citizen().toBuilder()
                .achievements(List.of(undescribed, unnamedOther, undescribed, unnamedOther, unnamedOther)).build();
        List<Reason> reasons = r.check(n, EVALUATION_DATE);
        assertThat(reasons).extracting(Reason::messageKey).containsExactly(K + "cv_1_b.achievement.description",
                K + "cv_1_b.achievement.other_type");
        assertThat(reasons.get(0).values()).containsExactly(Map.entry("count", 2));
        assertThat(reasons.get(1).values()).containsExactly(Map.entry("count", 3));
        Rule lenient = Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).parameter("requireDescription", false)
                .parameter("requireOtherTypeName", false).build();
        assertThat(lenient.check(n, EVALUATION_DATE)).isEmpty();
    }

    @Test
    void cv2ConcernsLeadersOnlyWhenAskedAndTheNamedCategoriesOtherwise() {
        IndividualNominee leaderNotInCategories = Nominees.agencyHead().toBuilder().categories(List.of(SubjectCategory.DANG_VIEN))
                .rating(Rating.HTTNV).build();
        assertThat(keys(Rule.of(RuleType.AGENCY_PROPOSED_EXEMPLARY), leaderNotInCategories, EVALUATION_DATE))
                .containsExactly(K + "cv_2.rating");
        Rule notLeaders = Rule.builder(RuleType.AGENCY_PROPOSED_EXEMPLARY).parameter("includeLeaders", false).build();
        assertThat(keys(notLeaders, leaderNotInCategories, EVALUATION_DATE)).isEmpty();
        IndividualNominee publicEmployee = leaderNotInCategories.toBuilder().head(false)
                .categories(List.of(SubjectCategory.VIEN_CHUC, SubjectCategory.CONG_CHUC)).build();
        assertThat(keys(notLeaders, publicEmployee, EVALUATION_DATE)).containsExactly(K + "cv_2.rating");
        Rule onlyVienChuc = Rule.builder(RuleType.AGENCY_PROPOSED_EXEMPLARY).parameter("includeLeaders", false)
                .parameter("proposedCategories", List.of("VIEN_CHUC")).build();
        assertThat(keys(onlyVienChuc, publicEmployee, EVALUATION_DATE)).containsExactly(K + "cv_2.rating");
        Rule notExemplary = Rule.builder(RuleType.AGENCY_PROPOSED_EXEMPLARY).parameter("requireExemplary", false).build();
        assertThat(keys(notExemplary, Nominees.agencyHead().toBuilder().exemplary(false).build(), EVALUATION_DATE)).isEmpty();
        assertThat(keys(Rule.of(RuleType.AGENCY_PROPOSED_EXEMPLARY), Nominees.agencyHead().toBuilder().exemplary(false)
                .build(), EVALUATION_DATE)).containsExactly(K + "cv_2.exemplary");
    }
}
