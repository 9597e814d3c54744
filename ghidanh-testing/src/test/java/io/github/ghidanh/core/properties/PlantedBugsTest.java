package io.github.ghidanh.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.properties.CriteriaPropertiesTest.Case;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.Counterexample;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Evidence that the properties point at the case that breaks: each test plants a deliberately
 * wrong variant of one criteria check (here, in the test: the engine's answer for that clause is
 * replaced by the wrong check's), runs the oracle property of {@link CriteriaPropertiesTest} over
 * the same generator, and asserts that the shrunk counterexample is minimal in the sense stated in
 * the test: the kind the bug needs, as many achievements as it needs, and every other field that
 * of the simplest nominee (checked through {@link Counterexample#differences}, which lists the
 * fields that differ from it). Each counterexample is printed in the test log.
 */
class PlantedBugsTest {

    static final CriteriaEngine ENGINE = CriteriaEngine.create();
    static final CriteriaProfile LETTER = CriteriaProfile.defaultProfile();
    static final LocalDate SIMPLEST_DAY = LocalDate.of(2019, 1, 1);

    /**
     * The most examples to search (the search stops at the first failure): some bugs need two rare
     * faults at once, e.g. a party member whose rating was changed to exactly HTTNV.
     */
    static final int SEARCH = 20_000;

    /**
     * The engine's cited clauses, with {@code clause} decided instead, for nominees of that kind, by
     * the wrong check {@code fails} (given the nominee and the evaluation date).
     */
    static <N extends Nominee> Function<Case, Set<String>> planted(String clause, Class<N> kind, BiPredicate<N, LocalDate> fails) {
        return c -> {
            Set<String> cited = new TreeSet<>(CriteriaPropertiesTest.cited(
                    ENGINE.evaluate(c.nominee(), LETTER, CriteriaPropertiesTest.CAMPAIGN, c.on())));
            if (kind.isInstance(c.nominee())) {
                cited.remove(clause);
                if (fails.test(kind.cast(c.nominee()), c.on())) {
                    cited.add(clause);
                }
            }
            return cited;
        };
    }

    /** Runs the oracle property with the planted bug; it must fail; returns the shrunk counterexample, printed. */
    static Counterexample<Case> counterexampleOf(String bug, Function<Case, Set<String>> evaluator) {
        Counterexample<Case> c = Props.search(Props.FIXED_SEEDS[0], SEARCH, CriteriaPropertiesTest::arbitrary,
                d -> CriteriaPropertiesTest.agreesWithTheClauseTable(evaluator).accept(d.value()));
        assertThat(c).as("the property finds the planted bug: %s", bug).isNotNull();
        System.out.println("Planted bug: " + bug + "\n" + c.report(CriteriaPropertiesTest.arbitrary(Choices.simplest()), null)
                + "\n");
        // the printed choices rebuild the same value
        assertThat(CriteriaPropertiesTest.arbitrary(Choices.replay(c.choices()))).isEqualTo(c.value());
        return c;
    }

    static boolean missing(String s) {
        return ClauseOracle.missing(s);
    }

    @Test
    void cv1bAnOtherAchievementWithoutItsTypeNamedShrinksToOneSuchAchievement() {
        // wrong: an "other" achievement passes without naming its type
        Counterexample<Case> c = counterexampleOf("CV-1.b forgets that an OTHER achievement must name its type",
                planted("CV-1.b", Nominee.class, (n, on) -> n.achievements().isEmpty() || n.achievements().stream().anyMatch(a -> missing(a.description()))));
        Nominee n = c.value().nominee();
        // minimal: exactly one achievement, of type OTHER with its type absent (the simplest blank), on
        // the simplest day; the type is the one field that differs from the simplest nominee of its kind
        assertThat(n.achievements()).hasSize(1);
        Achievement a = n.achievements().get(0);
        assertThat(a.type()).isEqualTo(AchievementType.OTHER);
        assertThat(a.otherType()).isNull();
        assertThat(c.value().on()).isEqualTo(SIMPLEST_DAY);
        assertThat(c.differences(CriteriaPropertiesTest.arbitrary(Choices.simplest())))
                .containsExactly("value.nominee.achievements[0].type = OTHER");
    }

    @Test
    void cv1bTwoAchievementsRequiredShrinksToTheSimplestNomineeWithOne() {
        // wrong: two concrete achievements required where the letter asks for one
        Counterexample<Case> c = counterexampleOf("CV-1.b requires two achievements",
                planted("CV-1.b", Nominee.class, (n, on) -> n.achievements().size() < 2
                        || n.achievements().stream().anyMatch(a -> missing(a.description())
                                || (a.type() == AchievementType.OTHER && missing(a.otherType())))));
        // minimal: exactly one achievement (fewer than two is what the bug rejects; none would break the
        // true rule as well), and that is the simplest value itself
        assertThat(c.value().nominee().achievements()).hasSize(1);
        assertThat(c.differences(CriteriaPropertiesTest.arbitrary(Choices.simplest()))).isEmpty();
    }

    @Test
    void cv1cNoveltyForgottenShrinksToAModelWhoseNoveltyIsAbsent() {
        // wrong: a model passes without saying what is new
        Counterexample<Case> c = counterexampleOf("CV-1.c forgets the novelty", planted("CV-1.c", ModelNominee.class, (m, on) -> {
            return missing(m.content()) || m.field() == null
                    || (m.field() == io.github.ghidanh.core.model.ModelField.OTHER && missing(m.otherField()));
        }));
        assertThat(c.value().nominee()).isInstanceOf(ModelNominee.class);
        assertThat(((ModelNominee) c.value().nominee()).novelty()).isNull();
        // minimal: the one field that differs from the simplest value is the absent novelty
        assertThat(c.differences(CriteriaPropertiesTest.arbitrary(Choices.simplest()))).containsExactly("value.nominee.novelty = null");
    }

    @Test
    void cv1dSpreadForgottenShrinksToACollectiveWhoseSpreadIsAbsent() {
        // wrong: a collective passes without its spread
        Counterexample<Case> c = counterexampleOf("CV-1.d forgets the spread", planted("CV-1.d", CollectiveNominee.class, (k, on) -> {
            return missing(k.changeVsPrevious()) || missing(k.effect());
        }));
        assertThat(c.value().nominee()).isInstanceOf(CollectiveNominee.class);
        // minimal: compared with the simplest collective, only the spread differs (absent)
        assertThat(c.differences(CriteriaPropertiesTest.arbitrary(Choices.simplest()))).containsExactly("value.nominee.spread = null");
        assertThat(c.value().nominee().achievements()).hasSize(1);
        assertThat(c.value().on()).isEqualTo(SIMPLEST_DAY);
    }

    @Test
    void cv1ePartyThresholdOneLevelTooLowShrinksToAPartyMemberRatedHttnv() {
        // wrong: a party member rated "hoàn thành tốt nhiệm vụ" passes (the letter asks for the top level)
        Counterexample<Case> c = counterexampleOf("CV-1.e.party accepts HTTNV", planted("CV-1.e.party", IndividualNominee.class, (i, on) -> {
            return i.categories().contains(SubjectCategory.DANG_VIEN)
                    && (i.rating() == null || i.rating().compareTo(Rating.HTTNV) > 0);
        }));
        IndividualNominee i = (IndividualNominee) c.value().nominee();
        // minimal: a party member and nothing else, rated exactly HTTNV (the one level the bug lets
        // through), no score; the other differences from the simplest individual are the category and
        // the assessment only
        assertThat(i.categories()).containsExactly(SubjectCategory.DANG_VIEN);
        assertThat(i.rating()).isEqualTo(Rating.HTTNV);
        assertThat(i.assessment().score()).isNull();
        assertThat(i.proposedByAgency()).isFalse();
        assertThat(i.achievements()).hasSize(1);
        assertThat(c.differences(CriteriaPropertiesTest.arbitrary(Choices.simplest())))
                .allMatch(line -> line.startsWith("value.nominee.categories") || line.startsWith("value.nominee.assessment"));
    }

    @Test
    void cv2HeadsForgottenShrinksToAHeadProposedByTheAgencyWithoutTheTopRating() {
        // wrong: heads of agencies are not among those CV-2 concerns
        Counterexample<Case> c = counterexampleOf("CV-2 forgets heads", planted("CV-2", IndividualNominee.class, (i, on) -> {
            boolean concerned = i.proposedByAgency() && (i.keyLeader() || i.categories().contains(SubjectCategory.CAN_BO)
                    || i.categories().contains(SubjectCategory.CONG_CHUC));
            return concerned && (i.rating() != Rating.HTXSNV || !i.exemplary());
        }));
        IndividualNominee i = (IndividualNominee) c.value().nominee();
        // minimal: the simplest individual (a citizen, not rated, not marked exemplary) with exactly two
        // fields changed: a head, and proposed by the agency; not a key leader, no other category
        assertThat(i.keyLeader()).isFalse();
        assertThat(i.categories()).containsExactly(SubjectCategory.NHAN_DAN);
        assertThat(c.differences(CriteriaPropertiesTest.arbitrary(Choices.simplest())))
                .containsExactlyInAnyOrder("value.nominee.head = true", "value.nominee.proposedByAgency = true");
    }

    @Test
    void cv1eATieCountedAsAMajorityShrinksToOneVoteOfTwo() {
        // wrong: half of the votes is taken for "more than half"
        Counterexample<Case> c = counterexampleOf("CV-1.e counts a tie as a majority", planted("CV-1.e", IndividualNominee.class, (i, on) -> {
            Recognition r = i.recognition();
            return missing(i.results()) || r == null || r.meetingDate() == null || r.meetingDate().isAfter(on) || r.votesFor() == null || r.votesTotal() == null
                    || r.votesTotal() <= 0 || r.votesFor() < 0 || r.votesFor() > r.votesTotal() || 2L * r.votesFor() < r.votesTotal();
        }));
        IndividualNominee i = (IndividualNominee) c.value().nominee();
        // minimal: the smallest tie, one vote for out of two, at a meeting on the evaluation day
        assertThat(i.recognition().votesFor()).isEqualTo(1);
        assertThat(i.recognition().votesTotal()).isEqualTo(2);
        assertThat(i.recognition().meetingDate()).isEqualTo(c.value().on());
        assertThat(c.differences(CriteriaPropertiesTest.arbitrary(Choices.simplest())))
                .allMatch(line -> line.startsWith("value.nominee.recognition."));
    }
}
