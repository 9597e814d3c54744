package io.github.ghidanh.report.reliability;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.CampaignGenerators;
import io.github.ghidanh.testing.CampaignScenario;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/** Read models for the reliability tests: the bundled sample's six documents, generated campaigns, hostile text. */
final class Views {
    static final SampleCampaigns.Sample SAMPLE = SampleCampaigns.duyenHai2022();
    static final LocalDate DATE = LocalDate.of(2022, 6, 20);

    private Views() {
    }

    /** The six documents of a finished campaign state, by name, in a fixed order. */
    static Map<String, DocumentView> documents(CampaignState state, String wardId, String cellId, LocalDate date) {
        Map<String, DocumentView> m = new LinkedHashMap<>();
        m.put("letter", ReadModels.directiveLetter(state.campaign(), state.tree(), CriteriaProfile.defaultProfile()));
        m.put("cell-report", ReadModels.cellReport(state, cellId, date));
        m.put("proposal-list", ReadModels.proposalList(state, cellId, date));
        m.put("honour-roll", ReadModels.honourRoll(state, wardId, date));
        m.put("ward-summary", ReadModels.wardSummary(state, wardId, date));
        m.put("certificates", ReadModels.certificates(state, wardId, date));
        return m;
    }

    /** The bundled sample's six documents. */
    static Map<String, DocumentView> sample() {
        return documents(ScenarioRunner.runSample(), SampleCampaigns.WARD, SAMPLE.cells().get(0).id(), DATE);
    }

    /** The six documents of a generated campaign (seeded), for its root and its first cell with nominees. */
    static Map<String, DocumentView> generated(RandomGenerator r) {
        CampaignScenario s = CampaignGenerators.scenario(Choices.random(r));
        CampaignState state = ScenarioRunner.run(s).state();
        String root = s.tree().root().id();
        String cell = s.nominees().isEmpty() ? s.tree().children(root).get(0).id() : s.nominees().get(0).cellId();
        return documents(state, root, cell, s.campaign().deadline().date().plusDays(10));
    }

    /** Every format each document supports: PDF, archival PDF, DOCX, and XLSX for the tabular ones. */
    static List<RenderOptions> options(String document) {
        List<RenderOptions> o = new ArrayList<>(List.of(RenderOptions.of(Format.PDF),
                RenderOptions.builder(Format.PDF).archival(true).build(), RenderOptions.of(Format.DOCX)));
        if (!document.equals("letter") && !document.equals("certificates")) {
            o.add(RenderOptions.of(Format.XLSX));
        }
        return o;
    }

    /**
     * The sample campaign run through the workflow with every nominee's texts rewritten by
     * {@code text} (names, units, achievements, results…), recorded and proposed where the criteria
     * allow, all proposals accepted; its six documents.
     */
    static Map<String, DocumentView> withTexts(UnaryOperator<String> text, Map<String, String> citizenIds) {
        Clock clock = Clock.fixed(Instant.parse("2022-06-05T02:00:00Z"), ZoneOffset.UTC);
        CampaignWorkflow wf = CampaignWorkflow.open(SAMPLE.campaign(), SAMPLE.tree(), CriteriaProfile.defaultProfile(),
                clock, "Văn phòng Đảng ủy");
        for (Organisation cell : SAMPLE.cells()) {
            for (Nominee n : SAMPLE.nomineesOf(cell.id())) {
                Nominee h = rewrite(n, text, citizenIds.get(n.id()));
                if (wf.evaluate(h, "Bí thư chi bộ").eligible()) {
                    wf.record(h.id(), text.apply("Nghị quyết chi bộ ngày 05/6/2022"), "Bí thư chi bộ");
                    wf.propose(h.id(), text.apply("Đề nghị"), "Bí thư chi bộ");
                }
            }
            wf.submit(cell.id(), "Bí thư chi bộ");
        }
        for (Proposal p : wf.proposals()) {
            wf.accept(p.id(), text.apply("Quyết định số 15-QĐ/ĐU ngày 20/6/2022"), "Bí thư Đảng ủy");
        }
        return documents(wf.snapshot(), SampleCampaigns.WARD, SAMPLE.cells().get(0).id(), DATE);
    }

    static Nominee rewrite(Nominee n, UnaryOperator<String> t, String citizenId) {
        List<Achievement> a = n.achievements().stream()
                .map(x -> new Achievement(x.type(), t.apply(x.description()), x.otherType() == null ? null : t.apply(x.otherType())))
                .toList();
        if (n instanceof ModelNominee m) {
            return m.toBuilder().name(t.apply(m.name())).unit(t.apply(m.unit())).content(t.apply(m.content()))
                    .novelty(t.apply(m.novelty())).achievements(a).build();
        }
        if (n instanceof CollectiveNominee c) {
            return c.toBuilder().name(t.apply(c.name())).unit(t.apply(c.unit())).changeVsPrevious(t.apply(c.changeVsPrevious()))
                    .effect(t.apply(c.effect())).spread(t.apply(c.spread())).achievements(a).build();
        }
        IndividualNominee i = (IndividualNominee) n;
        return i.toBuilder().name(t.apply(i.name())).position(t.apply(i.position())).unit(t.apply(i.unit()))
                .results(t.apply(i.results())).achievements(a).citizenId(citizenId == null ? i.citizenId() : citizenId).build();
    }
}
