package io.github.ghidanh.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.criteria.Rule;
import io.github.ghidanh.core.criteria.RuleType;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.testing.CampaignGenerators;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.testing.SampleCampaigns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the criteria engine, driven by the framework-neutral generators of core.testing. */
class CriteriaPropertiesTest {

    static final CriteriaEngine ENGINE = CriteriaEngine.create();
    static final CriteriaProfile LETTER = CriteriaProfile.defaultProfile();
    static final Campaign CAMPAIGN = SampleCampaigns.duyenHai2022().campaign();

    /** A nominee with the date it is evaluated on (its meeting dates are generated around that date). */
    record Case(Nominee nominee, LocalDate on) {
    }

    /** An evaluation date; the simplest is 2019-01-01. */
    static LocalDate day(Choices c) {
        return c.date(LocalDate.of(2019, 1, 1), 8 * 365 - 1);
    }

    static Case arbitrary(Choices c) {
        LocalDate on = day(c);
        return new Case(NomineeGenerators.arbitrary(c, "n" + c.between(0, 999), "cb", on), on);
    }

    static Decision evaluate(Nominee n, LocalDate on) {
        return ENGINE.evaluate(n, LETTER, CAMPAIGN, on);
    }

    static Set<String> cited(Decision d) {
        return d.reasons().stream().map(Reason::clauseId).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The oracle property for any evaluator (the engine, or a planted bug): it cites exactly the
     * clauses the plain transcription says the nominee fails.
     */
    static java.util.function.Consumer<Case> agreesWithTheClauseTable(java.util.function.Function<Case, Set<String>> evaluator) {
        return c -> assertThat(evaluator.apply(c)).as("clauses cited").isEqualTo(ClauseOracle.failedClauses(c.nominee(), c.on()));
    }

    @Test
    void oracleTheEngineAgreesWithAPlainTranscriptionOfTheClauseTable() {
        AtomicLong eligible = new AtomicLong();
        AtomicLong ineligible = new AtomicLong();
        Map<String, AtomicLong> perClause = new ConcurrentHashMap<>();
        Props.check(CriteriaPropertiesTest::arbitrary, s -> {
            Case c = s.value();
            Decision d = evaluate(c.nominee(), c.on());
            Set<String> expected = ClauseOracle.failedClauses(c.nominee(), c.on());
            agreesWithTheClauseTable(x -> cited(evaluate(x.nominee(), x.on()))).accept(c);
            assertThat(d.eligible()).isEqualTo(expected.isEmpty());
            (d.eligible() ? eligible : ineligible).incrementAndGet();
            expected.forEach(x -> perClause.computeIfAbsent(x, k -> new AtomicLong()).incrementAndGet());
        });
        if (Props.replaying()) {
            return; // one value replayed: the "both outcomes" counts do not apply
        }
        // the generator really produced both outcomes, and every clause failed somewhere
        assertThat(eligible.get()).as("eligible examples").isGreaterThan(Props.total() / 5);
        assertThat(ineligible.get()).as("ineligible examples").isGreaterThan(Props.total() / 5);
        assertThat(perClause.keySet()).containsExactlyInAnyOrderElementsOf(NomineeGenerators.BREAKABLE_CLAUSES);
    }

    @Test
    void aNomineeBuiltToBreakClauseXIsRejectedCitingXOnlyAndAValidOneIsAccepted() {
        Map<String, AtomicLong> perClause = new ConcurrentHashMap<>();
        AtomicLong valid = new AtomicLong();
        Props.check(r -> {
            LocalDate on = day(r);
            String clause = r.pick(NomineeGenerators.BREAKABLE_CLAUSES);
            return List.of(clause, new Case(NomineeGenerators.breaking(r, clause, "x", "cb", on), on),
                    new Case(NomineeGenerators.valid(r, "v", "cb", on), on));
        }, s -> {
            String clause = (String) s.value().get(0);
            Case broken = (Case) s.value().get(1);
            Case ok = (Case) s.value().get(2);
            Decision d = evaluate(broken.nominee(), broken.on());
            assertThat(d.eligible()).as("%s", s).isFalse();
            assertThat(d.cites(clause)).as("%s", s).isTrue();
            assertThat(cited(d)).as("only %s: %s", clause, s).containsExactly(clause);
            Set<String> applicable = LETTER.rules().stream().filter(r -> r.appliesTo(broken.nominee())).map(Rule::clauseId)
                    .collect(Collectors.toSet());
            assertThat(applicable).as("every reason comes from a rule that applies to the nominee").containsAll(cited(d));
            assertThat(d.reasons()).allSatisfy(r -> {
                assertThat(r.messageVi()).isNotBlank();
                assertThat(r.messageEn()).isNotBlank();
            });
            perClause.computeIfAbsent(clause, k -> new AtomicLong()).incrementAndGet();

            assertThat(evaluate(ok.nominee(), ok.on()).reasons()).as("valid %s", s).isEmpty();
            valid.incrementAndGet();
        });
        if (Props.replaying()) {
            return; // one value replayed: the "both outcomes" counts do not apply
        }
        assertThat(valid.get()).as("QuickTheories runs about examples() per seed").isGreaterThanOrEqualTo(Props.total() * 99 / 100);
        assertThat(perClause.keySet()).containsExactlyInAnyOrderElementsOf(NomineeGenerators.BREAKABLE_CLAUSES);
        assertThat(perClause.values()).allSatisfy(n -> assertThat(n.get()).isGreaterThan(Props.total() / 20));
    }

    @Test
    void improvingTheRatingOrAddingAnAchievementNeverTurnsEligibleIntoNotEligible() {
        AtomicLong eligibleImproved = new AtomicLong();
        AtomicLong ineligible = new AtomicLong();
        Props.check(r -> List.of(arbitrary(r), NomineeGenerators.achievement(r), r.between(0, 9)), s -> {
            Case c = (Case) s.value().get(0);
            Achievement extra = (Achievement) s.value().get(1);
            int at = (Integer) s.value().get(2);
            Decision before = evaluate(c.nominee(), c.on());
            if (!before.eligible()) {
                ineligible.incrementAndGet();
                return;
            }
            Rating now = c.nominee().rating();
            for (Rating better : Rating.values()) {
                if (now == null || better.compareTo(now) < 0) {
                    Nominee improved = NomineeGenerators.withAssessment(c.nominee(), NomineeGenerators.assessment(Choices.replay(at), better));
                    assertThat(evaluate(improved, c.on()).reasons()).as("%s rated %s", s, better).isEmpty();
                    eligibleImproved.incrementAndGet();
                }
            }
            List<Achievement> more = new ArrayList<>(c.nominee().achievements());
            more.add(Math.min(at, more.size()), extra);
            assertThat(evaluate(NomineeGenerators.withAchievements(c.nominee(), more), c.on()).reasons())
                    .as("%s plus %s", s, extra).isEmpty();
        });
        if (Props.replaying()) {
            return; // one value replayed: the "both outcomes" counts do not apply
        }
        assertThat(eligibleImproved.get()).as("eligible nominees whose rating could improve").isGreaterThan(Props.total() / 20);
        assertThat(ineligible.get()).as("ineligible examples (skipped)").isPositive();
    }

    @Test
    void worseningAPartyMembersRatingBelowTheThresholdAlwaysMakesThemIneligible() {
        AtomicLong checked = new AtomicLong();
        Map<Rating, AtomicLong> thresholds = new ConcurrentHashMap<>();
        Props.check(r -> {
            LocalDate on = day(r);
            // a host profile: the party-member threshold is a parameter (CV-1.e.party)
            Rating threshold = r.pick(Rating.HTXSNV, Rating.HTTNV, Rating.HTNV);
            Rating at = Rating.values()[r.between(0, threshold.ordinal())]; // at or above the threshold
            Rating below = Rating.values()[r.between(threshold.ordinal() + 1, Rating.values().length - 1)];
            IndividualNominee n = NomineeGenerators.validIndividual(r, "pm", "cb", on).toBuilder()
                    .category(SubjectCategory.DANG_VIEN).proposedByAgency(false).rating(at).build();
            return List.of(n, on, threshold, below);
        }, s -> {
            IndividualNominee n = (IndividualNominee) s.value().get(0);
            LocalDate on = (LocalDate) s.value().get(1);
            Rating threshold = (Rating) s.value().get(2);
            Rating below = (Rating) s.value().get(3);
            CriteriaProfile host = LETTER.toBuilder("host").parameter(RuleType.PARTY_MEMBER_RATING, "threshold", threshold).build();
            assertThat(ENGINE.evaluate(n, host, CAMPAIGN, on).reasons()).as("%s before", s).isEmpty();
            Decision after = ENGINE.evaluate(n.toBuilder().rating(below).build(), host, CAMPAIGN, on);
            assertThat(after.eligible()).as("%s worsened to %s", s, below).isFalse();
            assertThat(cited(after)).containsExactly("CV-1.e.party");
            checked.incrementAndGet();
            thresholds.computeIfAbsent(threshold, k -> new AtomicLong()).incrementAndGet();
        });
        if (Props.replaying()) {
            return; // one value replayed: the "both outcomes" counts do not apply
        }
        assertThat(checked.get()).isGreaterThanOrEqualTo(Props.total() * 99 / 100);
        assertThat(thresholds.keySet()).containsExactlyInAnyOrder(Rating.HTXSNV, Rating.HTTNV, Rating.HTNV);
    }

    @Test
    void evaluationIsDeterministicAndIndependentOfTheOrderOfAchievementsAndCategories() {
        AtomicLong eligible = new AtomicLong();
        AtomicLong ineligible = new AtomicLong();
        Props.check(r -> List.of(arbitrary(r), (long) r.between(0, Integer.MAX_VALUE)), s -> {
            Case c = (Case) s.value().get(0);
            SplittableRandom shuffle = new SplittableRandom((Long) s.value().get(1));
            Decision first = evaluate(c.nominee(), c.on());
            assertThat(evaluate(c.nominee(), c.on())).isEqualTo(first);
            assertThat(CriteriaEngine.create().evaluate(c.nominee(), CriteriaProfile.defaultProfile(), CAMPAIGN, c.on()))
                    .isEqualTo(first);

            List<Achievement> shuffled = new ArrayList<>(c.nominee().achievements());
            Collections.shuffle(shuffled, new java.util.Random(shuffle.nextLong()));
            Nominee reordered = NomineeGenerators.withAchievements(c.nominee(), shuffled);
            if (reordered instanceof IndividualNominee i) {
                List<SubjectCategory> cats = new ArrayList<>(i.categories());
                Collections.shuffle(cats, new java.util.Random(shuffle.nextLong()));
                IndividualNominee.Builder b = i.toBuilder().categories(List.of());
                cats.forEach(b::category);
                reordered = b.build();
                assertThat(((IndividualNominee) reordered).categories()).isEqualTo(EnumSet.copyOf(i.categories().isEmpty()
                        ? EnumSet.noneOf(SubjectCategory.class) : EnumSet.copyOf(i.categories())));
            }
            assertThat(evaluate(reordered, c.on())).as("%s reordered", s).isEqualTo(first);
            (first.eligible() ? eligible : ineligible).incrementAndGet();
        });
        if (Props.replaying()) {
            return; // one value replayed: the "both outcomes" counts do not apply
        }
        assertThat(eligible.get()).isGreaterThan(Props.total() / 5);
        assertThat(ineligible.get()).isGreaterThan(Props.total() / 5);
    }

    @Test
    void theGeneratorsAreReproducibleFromTheirSeed() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(arbitrary(Choices.random(new SplittableRandom(seed)))).isEqualTo(arbitrary(Choices.random(new SplittableRandom(seed))));
            assertThat(CampaignGenerators.tree(Choices.random(new SplittableRandom(seed))))
                    .isEqualTo(CampaignGenerators.tree(Choices.random(new SplittableRandom(seed))));
            // the recorded choices rebuild the value
            Choices.Recording rec = Choices.recording(Choices.random(new SplittableRandom(seed)));
            Case drawn = arbitrary(rec);
            assertThat(arbitrary(Choices.replay(rec.toString()))).isEqualTo(drawn);
        }
    }
}
