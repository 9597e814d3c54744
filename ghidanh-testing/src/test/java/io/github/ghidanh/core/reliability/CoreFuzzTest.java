package io.github.ghidanh.core.reliability;

import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.HostileStrings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.core.text.CitizenId;
import io.github.ghidanh.core.text.LegacyEncoding;
import io.github.ghidanh.core.text.TextChecks;
import io.github.ghidanh.core.text.VietnameseDates;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stage;
import io.github.ghidanh.core.validation.Violation;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.core.workflow.CampaignWorkflow;
import io.github.ghidanh.core.workflow.Proposal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The core's half of the fuzz suite: generated hostile input, from fixed seeds, through
 * the model's builders, validation, the criteria engine, the workflow and the read models. Every
 * case must end in a result or a clear, localised error — a {@link GhidanhException}, or a
 * validation violation that names the nominee and the field — never another exception, never a hang.
 * Personal data check on the way: no message shows a whole citizen ID.
 */
class CoreFuzzTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final SampleCampaigns.Sample SAMPLE = SampleCampaigns.duyenHai2022();
    static final CriteriaProfile PROFILE = CriteriaProfile.defaultProfile();
    static final LocalDate EVALUATED = LocalDate.of(2022, 6, 5);
    static final NomineeValidator VALIDATOR = NomineeValidator.create().asOf(EVALUATED);
    static final CriteriaEngine ENGINE = CriteriaEngine.create();

    // ------------------------------------------------------------------ nominees → … → read models

    @Test
    void hostileNomineesGoThroughValidationCriteriaWorkflowAndReadModels() {
        try (Fuzz fuzz = new Fuzz("core/nominees")) {
            for (int i = 0; i < 1_500; i++) {
                long seed = 0x6D1DA4L * 1_000 + i;
                fuzz.check("nominee seed " + seed, () -> nomineeCase(fuzz, "nominee seed " + seed, new SplittableRandom(seed)));
            }
            finish(fuzz);
        }
    }

    /** A valid nominee with one to four fields made hostile, then the whole pipeline. */
    static void nomineeCase(Fuzz fuzz, String label, RandomGenerator r) {
        List<Organisation> cells = SAMPLE.cells();
        String cell = r.nextInt(8) == 0 ? HostileStrings.string(r) : cells.get(r.nextInt(cells.size())).id();
        String id = r.nextInt(8) == 0 ? HostileStrings.string(r) : "n-" + r.nextInt(1_000_000);
        NomineeKind kind = NomineeKind.values()[r.nextInt(3)];
        Nominee n;
        try {
            n = hostile(r, kind, id, cell);
        } catch (GhidanhException e) {
            fuzz.clear(label + " build", e);
            return;
        }
        String citizenId = n instanceof IndividualNominee ind && CitizenId.isValidShape(ind.citizenId()) ? ind.citizenId() : null;

        // validation: never throws for bad data; every violation names the nominee and the field
        for (Stage stage : Stage.values()) {
            for (Locale l : List.of(VI, Locale.ENGLISH)) {
                List<Violation> vs = VALIDATOR.validate(n, stage, l);
                for (Violation v : vs) {
                    if (!n.id().equals(v.nomineeId()) || v.path() == null || v.message() == null || v.message().isBlank()
                            || v.messageKey() == null) {
                        fuzz.escape(label, "violation without nominee, field or message: " + v);
                    }
                    leak(fuzz, label, citizenId, v.message(), v.invalidValue());
                }
            }
        }

        // criteria
        Decision d = ENGINE.evaluate(n, PROFILE, SAMPLE.campaign(), EVALUATED);
        for (Reason reason : d.reasons()) {
            leak(fuzz, label, citizenId, reason.messageVi(), reason.messageEn());
        }

        // workflow, each step on its own so that a refused step does not hide the next ones
        String actor = r.nextInt(6) == 0 ? HostileStrings.string(r) : "Bí thư chi bộ";
        CampaignWorkflow wf;
        try {
            wf = CampaignWorkflow.open(SAMPLE.campaign(), SAMPLE.tree(), PROFILE,
                    Clock.fixed(EVALUATED.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.ofHours(7)), actor);
        } catch (GhidanhException e) {
            fuzz.clear(label + " open", e);
            return;
        }
        step(fuzz, label, citizenId, () -> wf.evaluate(n, actor));
        step(fuzz, label, citizenId, () -> wf.evaluate(n, actor)); // the same id twice
        step(fuzz, label, citizenId, () -> wf.record(n.id(), HostileStrings.string(r), actor));
        step(fuzz, label, citizenId, () -> wf.propose(n.id(), HostileStrings.string(r), actor));
        step(fuzz, label, citizenId, () -> wf.propose(HostileStrings.string(r), null, actor)); // unknown or hostile id
        step(fuzz, label, citizenId, () -> wf.submit(n.cellId(), actor));
        for (Proposal p : wf.proposals()) {
            if (r.nextBoolean()) {
                step(fuzz, label, citizenId, () -> wf.accept(p.id(), HostileStrings.string(r), "Bí thư Đảng ủy"));
            } else {
                step(fuzz, label, citizenId, () -> wf.returnProposal(p.id(), HostileStrings.string(r), "Văn phòng Đảng ủy"));
            }
        }
        step(fuzz, label, citizenId, () -> wf.correct(n.cellId(), 1, n, HostileStrings.string(r), actor));

        // read models over the resulting state
        CampaignState state = wf.snapshot();
        LocalDate date = r.nextInt(5) == 0 ? null : EVALUATED.plusDays(r.nextInt(30));
        step(fuzz, label, citizenId, () -> ReadModels.cellReport(state, n.cellId(), date));
        step(fuzz, label, citizenId, () -> ReadModels.proposalList(state, n.cellId(), date));
        step(fuzz, label, citizenId, () -> ReadModels.honourRoll(state, n.cellId(), date));
        step(fuzz, label, citizenId, () -> ReadModels.honourRoll(state, SampleCampaigns.WARD, date));
        step(fuzz, label, citizenId, () -> ReadModels.wardSummary(state, SampleCampaigns.WARD, date));
        step(fuzz, label, citizenId, () -> ReadModels.certificates(state, SampleCampaigns.WARD, date));
    }

    interface Step {
        Object run();
    }

    /** A step that may be refused with a clear error; the refusal must not show the citizen ID. */
    static void step(Fuzz fuzz, String label, String citizenId, Step s) {
        try {
            Object out = s.run();
            if (out != null && citizenId != null && out instanceof Decision d) {
                for (Reason reason : d.reasons()) {
                    leak(fuzz, label, citizenId, reason.messageVi(), reason.messageEn());
                }
            }
        } catch (GhidanhException e) {
            fuzz.clear(label, e);
            leak(fuzz, label, citizenId, e.messageVi(), e.messageEn());
        }
    }

    static void leak(Fuzz fuzz, String label, String citizenId, String... texts) {
        if (citizenId == null) {
            return;
        }
        for (String t : texts) {
            if (t != null && t.contains(citizenId)) {
                fuzz.escape(label, "a message shows the whole citizen ID: " + Fuzz.cut(t));
            }
        }
    }

    /** A valid nominee of {@code kind} with one to four of its text fields replaced by hostile strings. */
    static Nominee hostile(RandomGenerator r, NomineeKind kind, String id, String cell) {
        Nominee base = NomineeGenerators.valid(Choices.random(r), kind, "base", "base", EVALUATED);
        int faults = 1 + r.nextInt(4);
        List<Achievement> achievements = new ArrayList<>(base.achievements());
        Assessment assessment = base.assessment();
        for (int k = 0; k < faults; k++) {
            switch (r.nextInt(6)) {
                case 0 -> achievements.add(new Achievement(AchievementType.values()[r.nextInt(AchievementType.values().length)],
                        HostileStrings.string(r), r.nextBoolean() ? null : HostileStrings.string(r)));
                case 1 -> achievements.add(null);
                case 2 -> assessment = new Assessment(r.nextBoolean() ? null : Rating.values()[r.nextInt(4)],
                        r.nextInt(4) == 0 ? null : r.nextInt(300) - 100, r.nextInt(3) == 0 ? null : r.nextInt(10_000) - 100);
                default -> {
                    // a text field below
                }
            }
        }
        if (base instanceof ModelNominee m) {
            ModelNominee.Builder b = ModelNominee.builder(id, cell).field(m.field()).name(m.name()).unit(m.unit())
                    .otherField(m.otherField()).content(m.content()).novelty(m.novelty());
            for (int k = 0; k < faults; k++) {
                switch (r.nextInt(5)) {
                    case 0 -> b.name(HostileStrings.string(r));
                    case 1 -> b.unit(HostileStrings.string(r));
                    case 2 -> b.otherField(HostileStrings.string(r));
                    case 3 -> b.content(HostileStrings.string(r));
                    default -> b.novelty(HostileStrings.string(r));
                }
            }
            return b.achievements(achievements).assessment(assessment).build();
        }
        if (base instanceof CollectiveNominee c) {
            CollectiveNominee.Builder b = CollectiveNominee.builder(id, cell).name(c.name()).unit(c.unit())
                    .changeVsPrevious(c.changeVsPrevious()).effect(c.effect()).spread(c.spread());
            for (int k = 0; k < faults; k++) {
                switch (r.nextInt(5)) {
                    case 0 -> b.name(HostileStrings.string(r));
                    case 1 -> b.unit(HostileStrings.string(r));
                    case 2 -> b.changeVsPrevious(HostileStrings.string(r));
                    case 3 -> b.effect(HostileStrings.string(r));
                    default -> b.spread(HostileStrings.string(r));
                }
            }
            return b.achievements(achievements).assessment(assessment).build();
        }
        IndividualNominee i = (IndividualNominee) base;
        IndividualNominee.Builder b = i.toBuilder();
        IndividualNominee.Builder fresh = IndividualNominee.builder(id, cell).name(i.name()).yearOfBirth(i.yearOfBirth())
                .sex(i.sex()).citizenId(i.citizenId()).position(i.position()).unit(i.unit()).categories(i.categories())
                .keyLeader(i.keyLeader()).head(i.head()).exemplary(i.exemplary()).proposedByAgency(i.proposedByAgency())
                .results(i.results()).recognition(i.recognition());
        b = fresh;
        for (int k = 0; k < faults; k++) {
            switch (r.nextInt(8)) {
                case 0 -> b.name(HostileStrings.string(r));
                case 1 -> b.position(HostileStrings.string(r));
                case 2 -> b.unit(HostileStrings.string(r));
                case 3 -> b.results(HostileStrings.string(r));
                case 4 -> b.citizenId(r.nextBoolean() ? HostileStrings.string(r) : "0010" + (10_000_000 + r.nextInt(89_999_999)));
                case 5 -> b.yearOfBirth(r.nextInt(4) == 0 ? null : r.nextInt(5_000) - 1_000);
                case 6 -> b.recognition(new Recognition(r.nextInt(4) == 0 ? null : date(r), HostileStrings.string(r),
                        r.nextInt(4) == 0 ? null : r.nextInt(200) - 50, r.nextInt(4) == 0 ? null : r.nextInt(200) - 50));
                default -> b.categories(List.of());
            }
        }
        return b.achievements(achievements).assessment(assessment).build();
    }

    /** A date anywhere: ordinary, far past or future, or the extremes of {@link LocalDate}. */
    static LocalDate date(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> LocalDate.MIN;
            case 1 -> LocalDate.MAX;
            case 2 -> LocalDate.of(r.nextInt(-3_000, 3_000), 1 + r.nextInt(12), 1 + r.nextInt(28));
            case 3 -> LocalDate.ofEpochDay(r.nextLong(-365_000_000L, 365_000_000L));
            default -> EVALUATED.plusDays(r.nextInt(-400, 400));
        };
    }

    // ------------------------------------------------------------------ organisation trees

    @Test
    void organisationTreesWithMissingDuplicateAndCyclicIdsAreRejectedClearly() {
        try (Fuzz fuzz = new Fuzz("core/trees")) {
            for (int i = 0; i < 1_000; i++) {
                long seed = 0x7EEL * 1_000 + i;
                String label = "tree seed " + seed;
                fuzz.check(label, () -> treeCase(fuzz, label, new SplittableRandom(seed)));
            }
            finish(fuzz);
        }
    }

    static void treeCase(Fuzz fuzz, String label, RandomGenerator r) {
        String[] pool = {"a", "b", "c", "d", "Đảng ủy", "A", "a ", HostileStrings.string(r), null};
        int n = r.nextInt(9);
        List<Organisation> orgs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String id = pool[r.nextInt(pool.length)];
            String parent = r.nextInt(3) == 0 ? null : pool[r.nextInt(pool.length)];
            OrganisationKind kind = r.nextInt(10) == 0 ? null : OrganisationKind.values()[r.nextInt(2)];
            try {
                orgs.add(Organisation.builder(id, kind).name(HostileStrings.string(r)).parentId(parent)
                        .superiorName(HostileStrings.string(r)).levelName(HostileStrings.string(r)).place(HostileStrings.string(r))
                        .supervisor(HostileStrings.string(r)).abbreviation(HostileStrings.string(r))
                        .signatory(new Signatory(HostileStrings.string(r), HostileStrings.string(r), HostileStrings.string(r))).build());
            } catch (GhidanhException e) {
                fuzz.clear(label, e);
            }
            if (r.nextInt(12) == 0) {
                orgs.add(null);
            }
        }
        OrganisationTree tree;
        try {
            tree = OrganisationTree.of(orgs);
        } catch (GhidanhException e) {
            fuzz.clear(label, e);
            return;
        }
        // accepted: then it must really be a tree
        long roots = tree.all().stream().filter(o -> o.parentId() == null).count();
        Set<String> ids = new HashSet<>();
        for (Organisation o : tree.all()) {
            if (!ids.add(o.id())) {
                fuzz.escape(label, "duplicate id accepted: " + o.id());
            }
        }
        if (roots != 1) {
            fuzz.escape(label, roots + " roots accepted");
        }
        for (Organisation o : tree.all()) {
            Organisation at = o;
            for (int steps = 0; at.parentId() != null; steps++) {
                if (steps > tree.size() || tree.find(at.parentId()).isEmpty()) {
                    fuzz.escape(label, "cycle or missing parent accepted at " + o.id());
                    break;
                }
                at = tree.get(at.parentId());
            }
        }
    }

    // ------------------------------------------------------------------ campaigns and dates

    @Test
    void campaignsWithDatesOutOfRangeOrDeadlinesBeforeTheirStartAreRejectedClearly() {
        try (Fuzz fuzz = new Fuzz("core/campaigns")) {
            for (int i = 0; i < 1_500; i++) {
                long seed = 0xCA4L * 1_000 + i;
                String label = "campaign seed " + seed;
                fuzz.check(label, () -> campaignCase(fuzz, label, new SplittableRandom(seed)));
            }
            finish(fuzz);
        }
    }

    static void campaignCase(Fuzz fuzz, String label, RandomGenerator r) {
        Campaign base = SAMPLE.campaign();
        Campaign c;
        try {
            CampaignPeriod p = switch (r.nextInt(5)) {
                case 0 -> new CampaignPeriod.HalfYear(r.nextInt(-10, 3_000), r.nextInt(-1, 4));
                case 1 -> new CampaignPeriod.Year(r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
                case 2 -> new CampaignPeriod.Quarter(r.nextInt(1_900, 2_300), r.nextInt(-1, 6));
                case 3 -> new CampaignPeriod.DateRange(r.nextInt(8) == 0 ? null : date(r), r.nextInt(8) == 0 ? null : date(r));
                default -> base.period();
            };
            Deadline deadline = r.nextInt(10) == 0 ? null : new Deadline(date(r), r.nextBoolean());
            LocalDate issued = r.nextInt(10) == 0 ? null : date(r);
            c = Campaign.builder(r.nextInt(10) == 0 ? HostileStrings.string(r) : "c-" + r.nextInt(100), r.nextInt(10) == 0
                    ? HostileStrings.string(r) : base.issuerId()).period(p).deadline(deadline).issueDate(issued)
                    .receivingOffice(HostileStrings.string(r)).subject(HostileStrings.string(r)).recipient(HostileStrings.string(r))
                    .copyTo(HostileStrings.string(r)).documentNumber(HostileStrings.string(r)).preamble(HostileStrings.string(r))
                    .legalBases(base.legalBases()).build();
        } catch (GhidanhException e) {
            fuzz.clear(label, e);
            return;
        }
        if (c.deadline().date().isBefore(c.period().start())) {
            fuzz.escape(label, "a deadline before the period's start was accepted: " + c.deadline() + " " + c.period());
        }
        try {
            ReadModels.directiveLetter(c, SAMPLE.tree(), PROFILE);
        } catch (GhidanhException e) {
            fuzz.clear(label, e);
        }
        try {
            CampaignWorkflow wf = CampaignWorkflow.open(c, SAMPLE.tree(), PROFILE, Clock.systemUTC(), "Văn phòng");
            Nominee n = NomineeGenerators.valid(Choices.random(r), "x", SAMPLE.cells().get(0).id(), EVALUATED);
            ENGINE.evaluate(n, PROFILE, c, date(r));
            wf.evaluate(n, "Bí thư");
            wf.submit(n.cellId(), date(r), "Bí thư");
            ReadModels.wardSummary(wf.snapshot(), SampleCampaigns.WARD, date(r));
        } catch (GhidanhException e) {
            fuzz.clear(label, e);
        }
    }

    // ------------------------------------------------------------------ profiles from JSON

    @Test
    void criteriaProfilesFromMalformedJsonAreRejectedClearly() {
        String json = PROFILE.toJson();
        try (Fuzz fuzz = new Fuzz("core/profile-json")) {
            for (int i = 0; i < 800; i++) {
                long seed = 0x9F0L * 1_000 + i;
                String label = "profile seed " + seed;
                SplittableRandom r = new SplittableRandom(seed);
                String bad = mutate(json, r);
                fuzz.check(label, () -> CriteriaProfile.fromJson(bad));
            }
            fuzz.check("profile deep nesting", () -> CriteriaProfile.fromJson("[".repeat(200_000)));
            fuzz.check("profile deep object", () -> CriteriaProfile.fromJson("{\"a\":".repeat(100_000)));
            fuzz.check("profile empty", () -> CriteriaProfile.fromJson(""));
            fuzz.check("profile null literal", () -> CriteriaProfile.fromJson("null"));
            finish(fuzz);
        }
    }

    /** Truncates, flips, inserts hostile text, changes types, duplicates keys, in any combination. */
    static String mutate(String json, RandomGenerator r) {
        String s = json;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int at = r.nextInt(s.length() + 1);
            s = switch (r.nextInt(7)) {
                case 0 -> s.substring(0, at);
                case 1 -> at < s.length() ? s.substring(0, at) + (char) r.nextInt(0x80) + s.substring(at + 1) : s;
                case 2 -> s.replaceFirst("\"(?:[^\"\\\\]++|\\\\.)*+\"", java.util.regex.Matcher.quoteReplacement(HostileStrings.jsonLiteral(HostileStrings.string(r))));
                case 3 -> s.replaceFirst(":\\s*\\d+", ": \"" + r.nextInt() + "\"").replaceFirst(":\\s*\"[A-Z]+\"", ": 12");
                case 4 -> s.replaceFirst("\\{", "{\"id\": \"x\", ");
                case 5 -> s.replaceFirst("\\d+", String.valueOf(r.nextLong()));
                default -> s.replaceFirst("\\[", "[null, ");
            };
        }
        return s;
    }

    // ------------------------------------------------------------------ text helpers

    @Test
    void textHelpersNeverThrowOnHostileStrings() {
        try (Fuzz fuzz = new Fuzz("core/text")) {
            for (int i = 0; i < 700; i++) {
                long seed = 0x7E47L * 1_000 + i;
                SplittableRandom r = new SplittableRandom(seed);
                String s = HostileStrings.string(r);
                String label = "text seed " + seed;
                fuzz.check(label, () -> {
                    String masked = CitizenId.mask(s);
                    if (s != null && CitizenId.isValidShape(s) && masked.contains(s.substring(4, 10))) {
                        fuzz.escape(label, "mask keeps the middle digits");
                    }
                    String nfc = VietnameseText.nfc(s);
                    if (s == null) {
                        return;
                    }
                    VietnameseText.canonicalToneForm(s);
                    VietnameseText.comparisonKey(s);
                    VietnameseText.fold(s);
                    VietnameseText.foldForSearch(s);
                    VietnameseText.nameSortKey(s);
                    VietnameseText.sortedByName(List.of(s, nfc, "Nguyễn Văn An", HostileStrings.string(r) + ""));
                    TextChecks.firstProblem(s);
                    TextChecks.firstProblemMultiline(s);
                    LegacyEncoding.detect(s);
                    LegacyEncoding.convertIfLegacy(s);
                    LocalDate d = LocalDate.of(1 + r.nextInt(9_999), 1 + r.nextInt(12), 1 + r.nextInt(28)); // their documented range
                    VietnameseDates.placeAndDate(s, d);
                    VietnameseDates.englishPlaceAndDate(s, d);
                });
            }
            finish(fuzz);
        }
    }

    static void finish(Fuzz fuzz) {
        System.out.println(fuzz.summary());
        assertThat(fuzz.escaped()).as(fuzz.summary()).isEmpty();
        assertThat(fuzz.tried()).isGreaterThan(500);
    }

    @Test
    void theHostileFamiliesAreReallyHostile() {
        SplittableRandom r = new SplittableRandom(1);
        assertThat(HostileStrings.of("huge", r)).hasSize(100_000);
        assertThat(HostileStrings.of("nfd", r)).isNotEqualTo(VietnameseText.nfc(HostileStrings.of("nfd", r)));
        assertThat(HostileStrings.of("loneSurrogate", r).chars().anyMatch(c -> Character.isSurrogate((char) c))).isTrue();
        assertThat(LegacyEncoding.detect(HostileStrings.of("tcvn3", r))).isPresent();
        assertThat(Map.of("x", HostileStrings.FAMILIES.length).get("x")).isEqualTo(17);
    }
}
