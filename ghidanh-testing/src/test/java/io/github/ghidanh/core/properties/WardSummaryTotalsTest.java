package io.github.ghidanh.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.view.CellCounts;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.testing.CampaignGenerators;
import io.github.ghidanh.testing.CampaignScenario;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every total of the ward summary (Tổng hợp kết quả ghi danh) against the list it summarises: the
 * totals row is the sum of the rows, a row's recorded count is models + collectives + individuals, no
 * breakdown of the individuals exceeds them, and every row is recounted here from the entries in force
 * of the cell's roll (not with CellCounts' own code) — for the demo's sample campaign and for generated
 * campaigns.
 */
class WardSummaryTotalsTest {

    /** Every count of a row the summary prints, by name; the categories one column each. */
    static Map<String, ToIntFunction<CellCounts>> columns() {
        Map<String, ToIntFunction<CellCounts>> m = new LinkedHashMap<>();
        m.put("evaluated", CellCounts::evaluated);
        m.put("eligible", CellCounts::eligible);
        m.put("recorded", CellCounts::recorded);
        m.put("proposed", CellCounts::proposed);
        m.put("accepted", CellCounts::accepted);
        m.put("returned", CellCounts::returned);
        m.put("models", CellCounts::models);
        m.put("collectives", CellCounts::collectives);
        m.put("individuals", CellCounts::individuals);
        m.put("keyLeadersOrHeads", CellCounts::keyLeadersOrHeads);
        m.put("women", CellCounts::women);
        m.put("ethnicMinority", CellCounts::ethnicMinority);
        for (SubjectCategory c : SubjectCategory.values()) {
            m.put(c.name(), k -> k.individuals(c));
        }
        return m;
    }

    /** The entries in force of the roll made in the campaign: every entry no other entry corrects. */
    static List<HonourRollEntry> inForce(CampaignState s, String ownerId, String campaignId) {
        List<HonourRollEntry> all = s.roll(ownerId).entries();
        Set<Integer> corrected = new HashSet<>();
        for (HonourRollEntry e : all) {
            if (e.supersedes() != null) {
                corrected.add(e.supersedes());
            }
        }
        List<HonourRollEntry> out = new ArrayList<>();
        for (HonourRollEntry e : all) {
            if (!corrected.contains(e.number()) && campaignId.equals(e.campaignId())) {
                out.add(e);
            }
        }
        return out;
    }

    static boolean minority(IndividualNominee i) {
        if (i.ethnicity() == null) {
            return false;
        }
        String e = Normalizer.normalize(i.ethnicity(), Normalizer.Form.NFC).strip();
        return !e.isEmpty() && !e.toLowerCase(java.util.Locale.ROOT).equals("kinh");
    }

    static void holds(CampaignState s, String wardId, String what) {
        String campaignId = s.campaign().id();
        WardSummaryView v = ReadModels.wardSummary(s, wardId, null);
        Map<String, ToIntFunction<CellCounts>> cols = columns();
        Map<String, Integer> sums = new LinkedHashMap<>();
        cols.keySet().forEach(k -> sums.put(k, 0));
        for (WardSummaryView.CellRow row : v.rows()) {
            CellCounts k = row.counts();
            String at = what + ", " + row.cellId();
            cols.forEach((name, f) -> sums.merge(name, f.applyAsInt(k), Integer::sum));
            assertThat(k.models() + k.collectives() + k.individuals()).as("%s: recorded = models + collectives + individuals", at)
                    .isEqualTo(k.recorded());
            for (String part : List.of("keyLeadersOrHeads", "women", "ethnicMinority")) {
                assertThat(cols.get(part).applyAsInt(k)).as("%s: %s <= individuals", at, part).isLessThanOrEqualTo(k.individuals());
            }
            for (SubjectCategory c : SubjectCategory.values()) {
                assertThat(k.individuals(c)).as("%s: %s <= individuals", at, c).isLessThanOrEqualTo(k.individuals());
            }
            // recount from the entries in force
            int models = 0;
            int collectives = 0;
            int individuals = 0;
            int leaders = 0;
            int women = 0;
            int minority = 0;
            Map<SubjectCategory, Integer> cats = new LinkedHashMap<>();
            List<HonourRollEntry> entries = inForce(s, row.cellId(), campaignId);
            for (HonourRollEntry e : entries) {
                Nominee n = e.nominee();
                if (n instanceof IndividualNominee i) {
                    individuals++;
                    leaders += i.keyLeader() || i.head() ? 1 : 0;
                    women += i.sex() == Sex.FEMALE ? 1 : 0;
                    minority += minority(i) ? 1 : 0;
                    i.categories().forEach(c -> cats.merge(c, 1, Integer::sum));
                } else if (n.kind() == io.github.ghidanh.core.model.NomineeKind.MODEL) {
                    models++;
                } else {
                    collectives++;
                }
            }
            assertThat(k.recorded()).as("%s: recorded", at).isEqualTo(entries.size());
            assertThat(new int[] {k.models(), k.collectives(), k.individuals(), k.keyLeadersOrHeads(), k.women(), k.ethnicMinority()})
                    .as("%s: models, collectives, individuals, leaders/heads, women, minority", at)
                    .containsExactly(models, collectives, individuals, leaders, women, minority);
            for (SubjectCategory c : SubjectCategory.values()) {
                assertThat(k.individuals(c)).as("%s: %s", at, c).isEqualTo(cats.getOrDefault(c, 0));
            }
        }
        CellCounts t = v.totals();
        cols.forEach((name, f) -> assertThat(f.applyAsInt(t)).as("%s: totals row, %s", what, name).isEqualTo(sums.get(name)));
    }

    @Test
    void theDemosWardSummaryAddsUp() {
        CampaignState s = ScenarioRunner.runSample();
        holds(s, SampleCampaigns.WARD, "sample");
        holds(s.asOf(LocalDate.of(2022, 6, 20)), SampleCampaigns.WARD, "sample on 20/06/2022");
        CellCounts t = ReadModels.wardSummary(s, SampleCampaigns.WARD, null).totals();
        assertThat(t.individuals()).isPositive();
        assertThat(t.keyLeadersOrHeads()).as("the sample has key leaders and heads").isPositive();
        assertThat(t.women()).isPositive();
        assertThat(t.ethnicMinority()).as("the sample has ethnic-minority individuals").isPositive();
        int byCategory = 0;
        for (SubjectCategory c : SubjectCategory.values()) {
            byCategory += t.individuals(c);
        }
        assertThat(byCategory).as("the categories overlap in the sample: the reason for the 'Trong đó' label and the note")
                .isGreaterThan(t.individuals());
    }

    @Test
    void everyGeneratedWardSummaryAddsUp() {
        java.util.concurrent.atomic.AtomicInteger minorities = new java.util.concurrent.atomic.AtomicInteger();
        Props.check(Math.max(1, Props.examples() / 4), r -> {
            CampaignScenario sc = CampaignGenerators.scenario(r);
            return new Object[] {sc, ScenarioRunner.run(sc)};
        }, seeded -> {
            CampaignScenario sc = (CampaignScenario) seeded.value()[0];
            ScenarioRunner.Outcome out = (ScenarioRunner.Outcome) seeded.value()[1];
            holds(out.state(), sc.campaign().issuerId(), "choices " + seeded.choices());
            minorities.addAndGet(ReadModels.wardSummary(out.state(), sc.campaign().issuerId(), null).totals().ethnicMinority());
        });
        if (!Props.replaying()) {
            assertThat(minorities.get()).as("the generators give some individuals an ethnic minority").isPositive();
        }
    }
}
