package io.github.ghidanh.benchmarks;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stage;
import io.github.ghidanh.core.validation.Violation;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.HonourRoll;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The data of every benchmark and the library's full path: model (prepared nominees) → validation and
 * criteria evaluation → honour roll entries → read model ({@link HonourRollView}). Deterministic:
 * the same size always gives the same nominees.
 */
public final class Workload {
    public static final LocalDate DATE = LocalDate.of(2022, 6, 5);
    public static final Instant AT = Instant.parse("2022-06-05T09:00:00Z");
    public static final String LEVEL = "Đảng ủy phường";
    public static final String DECISION = "Nghị quyết Đảng ủy phường ngày 05/6/2022";

    public final Organisation owner;
    public final Campaign campaign;
    public final CriteriaProfile profile = CriteriaProfile.defaultProfile();
    public final List<Nominee> nominees;
    private final Checker checker;

    private Workload(Organisation owner, Campaign campaign, List<Nominee> nominees) {
        this.owner = owner;
        this.campaign = campaign;
        this.nominees = nominees;
        this.checker = new Checker(profile, campaign);
    }

    /** {@code n} valid nominees of every kind, spread over the cells of the sample ward, seed fixed. */
    public static Workload of(int n) {
        return of(n, 20221);
    }

    public static Workload of(int n, long seed) {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        List<Organisation> cells = s.cells();
        SplittableRandom r = new SplittableRandom(seed);
        List<Nominee> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String cell = cells.get(i % cells.size()).id();
            list.add(NomineeGenerators.valid(Choices.random(r), "n-" + i, cell, DATE));
        }
        return new Workload(s.tree().get(SampleCampaigns.WARD), s.campaign(), List.copyOf(list));
    }

    /** How many of the nominees pass validation and are eligible (all of them, for generated valid nominees). */
    public int eligible() {
        int ok = 0;
        for (Nominee x : nominees) {
            if (checker.check(x)) {
                ok++;
            }
        }
        return ok;
    }

    /** Validation + criteria evaluation of one nominee; true when it may be recorded. */
    public boolean check(Nominee n) {
        return checker.check(n);
    }

    /** The library path up to the read model: every nominee checked, the eligible ones recorded in order. */
    public HonourRollView view() {
        List<HonourRollEntry> entries = new ArrayList<>(nominees.size());
        int no = 1;
        for (Nominee n : nominees) {
            if (!checker.check(n)) {
                continue;
            }
            entries.add(new HonourRollEntry(no++, owner.id(), campaign.id(), DATE, n, LEVEL, DECISION, null, null, null,
                    null, "Văn phòng Đảng ủy", AT));
        }
        HonourRoll roll = HonourRoll.of(owner.id(), entries);
        return ReadModels.honourRoll(owner, roll, List.of(campaign), DATE);
    }

    /**
     * The checks of the library path: Bean Validation of the nominee at the submission stage (field
     * constraints and every clause constraint of the profile, Vietnamese messages) through
     * {@link NomineeValidator}, then the criteria engine's decision.
     */
    static final class Checker {
        private final CriteriaEngine engine = CriteriaEngine.create();
        private final NomineeValidator validator;
        private final CriteriaProfile profile;
        private final Campaign campaign;

        Checker(CriteriaProfile profile, Campaign campaign) {
            this.profile = profile;
            this.campaign = campaign;
            this.validator = NomineeValidator.create().withProfile(profile).asOf(DATE);
        }

        boolean check(Nominee n) {
            List<Violation> v = validator.validate(n, Stage.SUBMISSION, NomineeValidator.VIETNAMESE);
            Decision d = engine.evaluate(n, profile, campaign, DATE);
            return v.isEmpty() && d.eligible();
        }
    }
}
