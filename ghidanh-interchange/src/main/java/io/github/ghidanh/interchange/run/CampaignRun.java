package io.github.ghidanh.interchange.run;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.Review;
import io.github.ghidanh.interchange.CellSubmission;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the content of an interchange file through the whole workflow of ghidanh-core: every nominee
 * is evaluated (on its cell's submission date, or the deadline); each cell that submitted records its
 * eligible nominees (or the listed ones), proposes the listed ones and submits on its date; the
 * level above accepts or returns each proposal as the file says. A step the workflow refuses (e.g.
 * proposing a nominee that is not eligible) is reported as a problem and the run goes on.
 */
public final class CampaignRun {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Interchange input;
    private final CampaignState state;
    private final Map<String, Decision> decisions;
    private final List<ImportProblem> problems;
    private final LocalDate lastDate;

    private CampaignRun(Interchange input, CampaignState state, Map<String, Decision> decisions,
            List<ImportProblem> problems, LocalDate lastDate) {
        this.input = input;
        this.state = state;
        this.decisions = decisions;
        this.problems = problems;
        this.lastDate = lastDate;
    }

    /** Runs {@code in} under {@code profile}. */
    public static CampaignRun of(Interchange in, CriteriaProfile profile) {
        StepClock clock = new StepClock(in.campaign().issueDate());
        String issuerName = in.organisations().get(in.campaign().issuerId()).name();
        CampaignWorkflow wf = CampaignWorkflow.open(in.campaign(), in.organisations(), profile, clock, issuerName);
        Map<String, CellSubmission> byCell = new HashMap<>();
        in.submissions().forEach(s -> byCell.put(s.cellId(), s));
        Map<String, Decision> decisions = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        LocalDate last = in.campaign().issueDate();

        // cells in the order of their submission date, then those that did not submit
        List<String> cells = in.nominees().stream().map(Nominee::cellId).distinct().collect(Collectors.toList());
        in.submissions().stream().map(CellSubmission::cellId).filter(c -> !cells.contains(c)).forEach(cells::add);
        cells.sort(Comparator.comparing((String c) -> NomineeEvaluations.evaluationDate(in, c)));
        for (String cellId : cells) {
            Organisation cell = in.organisations().get(cellId);
            CellSubmission sub = byCell.get(cellId);
            LocalDate on = NomineeEvaluations.evaluationDate(in, cellId);
            clock.set(on);
            String actor = cell.signatory() != null && cell.signatory().name() != null ? cell.signatory().name() : cell.name();
            List<Nominee> nominees = in.nominees().stream().filter(n -> n.cellId().equals(cellId)).toList();
            for (Nominee n : nominees) {
                decisions.put(n.id(), wf.evaluate(n, actor));
            }
            if (sub == null) {
                continue; // a cell that never submitted: evaluated, nothing recorded or proposed (listed as missing)
            }
            List<String> toRecord = sub.recordsAllEligible()
                    ? nominees.stream().map(Nominee::id).filter(id -> decisions.get(id).eligible()).toList()
                    : sub.recorded();
            for (String id : toRecord) {
                Nominee recorded = nominees.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                step(problems, "submissions", id, () -> wf.record(id, resolution(cell, recorded, on), actor));
            }
            for (String id : sub.proposed()) {
                step(problems, "submissions", id, () -> wf.propose(id, null, actor));
            }
            step(problems, "submissions", cellId, () -> wf.submit(cellId, sub.submittedOn(), actor));
            if (sub.submittedOn().isAfter(last)) {
                last = sub.submittedOn();
            }
        }
        List<Review> reviews = new ArrayList<>(in.reviews());
        reviews.sort(Comparator.comparing(Review::date));
        for (Review r : reviews) {
            clock.set(r.date());
            Proposal p = wf.snapshot().proposals().stream()
                    .filter(x -> x.nominee().id().equals(r.nomineeId()) && x.status() == Proposal.Status.PENDING)
                    .findFirst().orElse(null);
            if (p == null) {
                continue; // its proposal was refused above (already reported)
            }
            String by = r.by() == null ? issuerName : r.by();
            Organisation to = in.organisations().get(p.toId());
            if (r.outcome() == Review.Outcome.ACCEPT) {
                step(problems, "reviews", r.nomineeId(), () -> wf.accept(p.id(), "Quyết định của " + to.name() + " ngày " + DMY.format(r.date()), by));
            } else {
                step(problems, "reviews", r.nomineeId(), () -> wf.returnProposal(p.id(), r.reason(), by));
            }
            if (r.date().isAfter(last)) {
                last = r.date();
            }
        }
        return new CampaignRun(in, wf.snapshot(), Collections.unmodifiableMap(decisions), List.copyOf(problems), last);
    }

    private static void step(List<ImportProblem> problems, String section, String id, Runnable action) {
        try {
            action.run();
        } catch (GhidanhException e) {
            problems.add(new ImportProblem(null, null, section + " (" + id + ")", e.code(), e.messageVi(), e.messageEn()));
        }
    }

    /**
     * "Nghị quyết của Chi bộ Tổ dân phố số 1 ngày 03/06/2022": the cell's resolution, dated on the
     * meeting that recognised the nominee (its recognition meeting, when it has one on or before the
     * evaluation date), else on the evaluation date. The interchange file carries no resolution
     * number, so none is invented.
     */
    static String resolution(Organisation cell, Nominee n, LocalDate evaluatedOn) {
        LocalDate meeting = evaluatedOn;
        if (n instanceof IndividualNominee i && i.recognition() != null && i.recognition().meetingDate() != null
                && !i.recognition().meetingDate().isAfter(evaluatedOn)) {
            meeting = i.recognition().meetingDate();
        }
        return "Nghị quyết của " + cell.name() + " ngày " + DMY.format(meeting);
    }

    public Interchange input() {
        return input;
    }

    /** The workflow's final state, for the read-model builders. */
    public CampaignState state() {
        return state;
    }

    /** Every nominee's decision, by id. */
    public Map<String, Decision> decisions() {
        return decisions;
    }

    /** Steps the workflow refused, each with its reason. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** The date of the last step (latest submission or review): the date of the level above's documents. */
    public LocalDate lastDate() {
        return lastDate;
    }

    /** The counts printed by the demo. */
    public record Totals(int nominees, int eligible, int recorded, int proposed, int accepted, int returned) {
    }

    public Totals totals() {
        int eligible = (int) decisions.values().stream().filter(Decision::eligible).count();
        int recorded = 0;
        for (Organisation o : state.tree().all()) {
            if (!o.isRoot()) {
                recorded += state.roll(o.id()).current(state.campaign().id()).size();
            }
        }
        List<Proposal> ps = state.proposals();
        Set<String> proposed = ps.stream().map(p -> p.nominee().id()).collect(Collectors.toSet());
        int accepted = (int) ps.stream().filter(p -> p.status() == Proposal.Status.ACCEPTED).count();
        int returned = (int) ps.stream().filter(p -> p.status() == Proposal.Status.RETURNED).count();
        return new Totals(decisions.size(), eligible, recorded, proposed.size(), accepted, returned);
    }
}
