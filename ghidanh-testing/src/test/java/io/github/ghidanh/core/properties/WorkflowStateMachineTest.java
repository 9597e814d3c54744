package io.github.ghidanh.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.view.SubmissionStatus;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.HonourRoll;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.core.workflow.Proposal;
import io.github.ghidanh.core.workflow.WorkflowException;
import io.github.ghidanh.testing.CampaignGenerators;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.Counterexample;
import io.github.ghidanh.testing.NomineeGenerators;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The workflow as a state machine: generated sequences of commands (record, propose, submit,
 * accept, return, correct), each on a generated date, run against {@link CampaignWorkflow} and
 * against a simple model of it. After every command: every roll numbered 1…n without gaps, and
 * what it held before still there, unchanged, in front (append-only); a refused command changes
 * nothing; the model's count of entries per roll (nothing lost, nothing added twice); recording
 * refused as not eligible exactly when the clause transcription says the nominee is not eligible.
 * At the end: each cell's submission status (on time, late, missing) as the model says, and every
 * document as of each finished day equal to the one built at the end of that day (later commands
 * never change a document dated earlier).
 *
 * <p>Commands and their arguments are drawn from {@link Choices}, so a failing sequence shrinks:
 * fewer commands, earlier kinds, earlier dates. A planted bug (in a decorator here, never in main
 * code) shows it: a gap in the numbering after a correction shrinks to at most four commands.
 */
class WorkflowStateMachineTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Command kinds, simplest first. */
    enum Kind { RECORD, PROPOSE, SUBMIT, ACCEPT, RETURN, CORRECT }

    /**
     * One command.
     *
     * @param kind what to do
     * @param target the index of the nominee (for SUBMIT, of the cell)
     * @param daysLater days after the previous command (or after the campaign letter for the first)
     */
    record Command(Kind kind, int target, int daysLater) {
        @Override
        public String toString() {
            return kind + "(" + target + ", +" + daysLater + "d)";
        }
    }

    /** The tree, campaign, nominees and commands of one run. */
    record Machine(OrganisationTree tree, Campaign campaign, List<Nominee> nominees, List<Command> commands) {
        @Override
        public String toString() {
            return commands + " over " + nominees.size() + " nominees in " + (tree.size() - 1) + " cells";
        }
    }

    static Machine machine(Choices c) {
        OrganisationTree tree = CampaignGenerators.tree(c);
        Campaign campaign = CampaignGenerators.campaign(c, tree);
        List<Organisation> cells = cells(tree);
        int[] seq = {0};
        List<Nominee> nominees = c.listOf(1, 4, x -> NomineeGenerators.arbitrary(x, "n" + (seq[0]++), x.pick(cells).id(),
                campaign.issueDate()));
        List<Command> commands = c.listOf(1, 14, 4, x -> new Command(x.pick(Kind.values()), x.between(0, 3), x.between(0, 6)));
        return new Machine(tree, campaign, nominees, commands);
    }

    static List<Organisation> cells(OrganisationTree tree) {
        return tree.all().stream().filter(o -> o.parentId() != null).toList();
    }

    /** The system under test, as the property sees it: commands and the numbers of each roll. */
    interface Sut {
        /** Evaluates the nominee first if the command needs it (the evaluation is not part of what may be refused). */
        void prepare(Command command, Nominee nominee, LocalDate on);

        /** Applies the command; throws {@link WorkflowException} if the workflow refuses it. */
        void apply(Command command, Nominee nominee, String cellId, LocalDate on);

        /** The numbers of the roll's entries, in order. */
        List<Integer> numbers(String ownerId);

        CampaignState snapshot();
    }

    /** The workflow itself. */
    static final class Real implements Sut {
        final CampaignWorkflow wf;
        final SteppedClock clock;

        Real(Machine m) {
            clock = new SteppedClock(m.campaign().issueDate());
            wf = CampaignWorkflow.open(m.campaign(), m.tree(), CriteriaProfile.defaultProfile(), CriteriaEngine.create(), clock,
                    "Văn phòng", List.of());
        }

        @Override
        public void prepare(Command command, Nominee n, LocalDate on) {
            clock.at(on);
            if ((command.kind() == Kind.RECORD || command.kind() == Kind.PROPOSE) && wf.findEvaluation(n.id()).isEmpty()) {
                wf.evaluate(n, "Bí thư chi bộ");
            }
        }

        @Override
        public void apply(Command command, Nominee n, String cellId, LocalDate on) {
            clock.at(on);
            switch (command.kind()) {
                case RECORD -> wf.record(n.id(), null, "Bí thư chi bộ");
                case PROPOSE -> wf.propose(n.id(), null, "Bí thư chi bộ");
                case SUBMIT -> wf.submit(cellId, "Bí thư chi bộ");
                case ACCEPT -> wf.accept(latest(n), null, "Bí thư Đảng ủy");
                case RETURN -> wf.returnProposal(latest(n), "Bổ sung hồ sơ", "Bí thư Đảng ủy");
                case CORRECT -> {
                    HonourRollEntry inForce = wf.roll(n.cellId()).current().stream()
                            .filter(e -> e.nominee().id().equals(n.id())).findFirst().orElse(null);
                    wf.correct(n.cellId(), inForce == null ? 0 : inForce.number(), inForce == null ? n : inForce.nominee(),
                            "Sửa lỗi chính tả", "Văn phòng");
                }
                default -> throw new IllegalStateException();
            }
        }

        String latest(Nominee n) {
            return wf.latestProposal(n.id()).map(Proposal::id).orElse("(none)");
        }

        @Override
        public List<Integer> numbers(String ownerId) {
            return wf.roll(ownerId).entries().stream().map(HonourRollEntry::number).toList();
        }

        @Override
        public CampaignState snapshot() {
            return wf.snapshot();
        }
    }

    /** A planted bug: after a correction, the roll's later numbers skip one (as if the superseded number were burnt). */
    static final class GapAfterCorrection implements Sut {
        final Real real;
        final Map<String, Integer> correctedAt = new HashMap<>();

        GapAfterCorrection(Machine m) {
            real = new Real(m);
        }

        @Override
        public void prepare(Command command, Nominee n, LocalDate on) {
            real.prepare(command, n, on);
        }

        @Override
        public void apply(Command command, Nominee n, String cellId, LocalDate on) {
            real.apply(command, n, cellId, on);
            if (command.kind() == Kind.CORRECT) {
                correctedAt.putIfAbsent(n.cellId(), real.numbers(n.cellId()).size());
            }
        }

        @Override
        public List<Integer> numbers(String ownerId) {
            Integer from = correctedAt.get(ownerId);
            List<Integer> out = new ArrayList<>();
            for (int x : real.numbers(ownerId)) {
                out.add(from != null && x >= from ? x + 1 : x);
            }
            return out;
        }

        @Override
        public CampaignState snapshot() {
            return real.snapshot();
        }
    }

    final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();

    /** Runs the machine's commands against the system and the model, checking the invariants. */
    void holds(Machine m, Function<Machine, Sut> system) {
        Sut sut = system.apply(m);
        List<Organisation> cells = cells(m.tree());
        Map<String, Integer> modelEntries = new HashMap<>();
        Map<String, LocalDate> evaluatedOn = new HashMap<>();
        Map<String, LocalDate> submitted = new HashMap<>();
        Map<LocalDate, List<Object>> documentsOfDay = new LinkedHashMap<>();
        for (Organisation o : m.tree().all()) {
            modelEntries.put(o.id(), 0);
        }
        LocalDate on = m.campaign().issueDate();
        for (int i = 0; i < m.commands().size(); i++) {
            Command cmd = m.commands().get(i);
            LocalDate next = on.plusDays(cmd.daysLater());
            if (i > 0 && next.isAfter(on)) {
                documentsOfDay.put(on, documents(sut.snapshot(), m, on)); // the day is over
            }
            on = next;
            LocalDate today = on;
            Nominee n = m.nominees().get(cmd.target() % m.nominees().size());
            String cellId = cells.get(cmd.target() % cells.size()).id();
            sut.prepare(cmd, n, on);
            CampaignState before = sut.snapshot();
            String refusal = null;
            try {
                sut.apply(cmd, n, cellId, on);
            } catch (WorkflowException e) {
                refusal = e.code();
            }
            String what = "command " + (i + 1) + " " + cmd + " on " + on;
            if (refusal != null) {
                assertThat(observable(sut.snapshot())).as("%s refused (%s) changes nothing", what, refusal)
                        .isEqualTo(observable(before));
                seen.computeIfAbsent("refused " + cmd.kind(), k -> new AtomicLong()).incrementAndGet();
            } else {
                seen.computeIfAbsent("done " + cmd.kind(), k -> new AtomicLong()).incrementAndGet();
            }
            // the model
            if (cmd.kind() == Kind.RECORD || cmd.kind() == Kind.PROPOSE) {
                // evaluated by the first of these commands, on its date
                boolean eligible = ClauseOracle.failedClauses(n, evaluatedOn.computeIfAbsent(n.id(), k -> today)).isEmpty();
                assertThat(WorkflowException.NOT_ELIGIBLE.equals(refusal)).as("%s: refused as not eligible", what)
                        .isEqualTo(!eligible);
            }
            if (refusal == null) {
                switch (cmd.kind()) {
                    case RECORD, CORRECT -> modelEntries.merge(n.cellId(), 1, Integer::sum);
                    case ACCEPT -> modelEntries.merge(m.tree().get(n.cellId()).parentId(), 1, Integer::sum);
                    case SUBMIT -> submitted.put(cellId, on);
                    default -> {
                    }
                }
            }
            for (Organisation o : m.tree().all()) {
                List<Integer> numbers = sut.numbers(o.id());
                List<Integer> gapFree = new ArrayList<>();
                for (int k = 1; k <= numbers.size(); k++) {
                    gapFree.add(k);
                }
                assertThat(numbers).as("%s: roll of %s numbered without gaps", what, o.id()).isEqualTo(gapFree);
                assertThat(numbers.size()).as("%s: entries of %s (nothing lost, nothing twice)", what, o.id())
                        .isEqualTo(modelEntries.get(o.id()));
                assertThat(sut.snapshot().roll(o.id()).entries().subList(0, before.roll(o.id()).size()))
                        .as("%s: roll of %s append-only", what, o.id()).isEqualTo(before.roll(o.id()).entries());
            }
        }
        CampaignState end = sut.snapshot();
        // late / missing as the model says
        WardSummaryView v = ReadModels.wardSummary(end, m.campaign().issuerId(), null);
        for (WardSummaryView.CellRow row : v.rows()) {
            LocalDate s = submitted.get(row.cellId());
            SubmissionStatus expected = s == null ? SubmissionStatus.MISSING
                    : m.campaign().deadline().isLate(s) ? SubmissionStatus.LATE : SubmissionStatus.ON_TIME;
            assertThat(row.status()).as("status of %s", row.cellId()).isEqualTo(expected);
            seen.computeIfAbsent(expected.name(), k -> new AtomicLong()).incrementAndGet();
        }
        // documents as of each finished day are unchanged by the later commands
        documentsOfDay.forEach((day, docs) -> assertThat(documents(end, m, day)).as("documents as of %s", day).isEqualTo(docs));
        seen.computeIfAbsent("days compared", k -> new AtomicLong()).addAndGet(documentsOfDay.size());
    }

    /** What a refused command must leave as it was: everything in the state, the set of rolls included. */
    static List<Object> observable(CampaignState s) {
        return List.of(s.evaluations(), s.proposals(), s.submissions(), s.rolls(), s.events(), s.evaluationHistory());
    }

    /** Every document of every organisation as of that date. */
    static List<Object> documents(CampaignState s, Machine m, LocalDate d) {
        List<Object> out = new ArrayList<>();
        for (Organisation o : m.tree().all()) {
            String id = o.id();
            out.add(ReadModels.honourRoll(s, id, d));
            out.add(ReadModels.certificates(s, id, d));
            if (o.parentId() != null) {
                out.add(ReadModels.cellReport(s, id, d));
                out.add(ReadModels.proposalList(s, id, d));
            }
            if (!m.tree().children(id).isEmpty()) {
                out.add(ReadModels.wardSummary(s, id, d));
            }
        }
        return out;
    }

    @Test
    void theWorkflowBehavesLikeItsModelUnderGeneratedCommandSequences() {
        Props.check(Math.max(1, Props.examples() / 4), WorkflowStateMachineTest::machine, d -> holds(d.value(), Real::new));
        if (Props.replaying()) {
            return;
        }
        for (String what : List.of("done RECORD", "refused RECORD", "done PROPOSE", "done SUBMIT", "done ACCEPT", "done RETURN",
                "done CORRECT", "refused ACCEPT", "ON_TIME", "LATE", "MISSING")) {
            assertThat(seen.get(what)).as(what).isNotNull();
        }
        assertThat(seen.get("days compared").get()).isPositive();
    }

    @Test
    void aPlantedGapInTheNumberingAfterACorrectionShrinksToAtMostFourCommands() {
        Counterexample<Machine> c = Props.search(Props.FIXED_SEEDS[0], Props.examples(), WorkflowStateMachineTest::machine,
                d -> holds(d.value(), GapAfterCorrection::new));
        assertThat(c).as("the planted gap is found").isNotNull();
        System.out.println("Planted workflow bug: a gap in the numbering after a correction\n"
                + c.report(machine(Choices.simplest()), null) + "\n");
        List<Command> commands = c.value().commands();
        assertThat(commands).as("shrunk sequence").hasSizeLessThanOrEqualTo(4);
        assertThat(commands).extracting(Command::kind).contains(Kind.CORRECT);
        assertThat(c.failure()).hasMessageContaining("numbered without gaps");
    }

    /** A clock the test sets to 09:00 of each command's date, one millisecond later per command. */
    static final class SteppedClock extends Clock {
        private Instant now;
        private long step;

        SteppedClock(LocalDate start) {
            at(start);
        }

        void at(LocalDate day) {
            now = day.atTime(LocalTime.of(9, 0)).plusNanos(++step * 1_000_000L).atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
