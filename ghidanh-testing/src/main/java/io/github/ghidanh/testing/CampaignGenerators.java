package io.github.ghidanh.testing;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.LegalBasis;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.testing.CampaignScenario.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Framework-neutral generators of organisation trees, campaigns and whole campaign scenarios:
 * plain functions of a seeded {@link RandomGenerator}, the same seed giving the same value. Pure
 * and thread-safe (the random source is the caller's).
 */
public final class CampaignGenerators {
    private CampaignGenerators() {
    }

    private static final String[] PLACES = {"Duyên Hải", "Cốc Lếu", "Kim Tân", "Bắc Cường", "Nam Cường", "Pom Hán",
        "Bình Minh", "Xuân Tăng", "Thống Nhất", "Đồng Tuyển"};
    private static final String[] CELL_KINDS = {"Tổ dân phố số ", "Trường Tiểu học số ", "Cơ quan Ủy ban nhân dân ",
        "Quân sự ", "Trạm Y tế ", "Trường Mầm non số "};

    /**
     * A tree: a ward committee (the root) with 1–7 cells, some of which (about one in four) have
     * 1–3 sub-cells of their own. Ids are "w", "w.1", "w.1.2"…; every cell has a supervisor (CV-3).
     */
    public static OrganisationTree tree(RandomGenerator r) {
        String place = NomineeGenerators.pick(r, PLACES);
        List<Organisation> orgs = new ArrayList<>();
        boolean party = r.nextInt(6) != 0;
        orgs.add(Organisation.builder("w", party ? OrganisationKind.PARTY : OrganisationKind.STATE)
                .name((party ? "Đảng ủy phường " : "Ủy ban nhân dân phường ") + place)
                .levelName(party ? "Đảng ủy phường" : "Ủy ban nhân dân phường")
                .superiorName(party ? "Đảng bộ thành phố Lào Cai" : "Ủy ban nhân dân thành phố Lào Cai")
                .abbreviation(party ? "ĐU" : "UBND").place(place)
                .signatory(party ? new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", NomineeGenerators.personName(r))
                        : new Signatory("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", NomineeGenerators.personName(r)))
                .build());
        int cells = 1 + r.nextInt(7);
        for (int i = 1; i <= cells; i++) {
            String id = "w." + i;
            orgs.add(cell(r, id, "w", i, place));
            if (r.nextInt(4) == 0) {
                int subs = 1 + r.nextInt(3);
                for (int j = 1; j <= subs; j++) {
                    orgs.add(cell(r, id + "." + j, id, j, place));
                }
            }
        }
        return OrganisationTree.of(orgs);
    }

    private static Organisation cell(RandomGenerator r, String id, String parentId, int n, String place) {
        String kind = NomineeGenerators.pick(r, CELL_KINDS);
        return Organisation.builder(id, OrganisationKind.PARTY).name("Chi bộ " + kind + (kind.endsWith("số ") ? n : place))
                .levelName("Chi bộ").parentId(parentId).superiorName("Đảng bộ phường " + place).abbreviation("CB")
                .place(place).supervisor(NomineeGenerators.personName(r))
                .signatory(new Signatory("T/M CHI BỘ", "BÍ THƯ", NomineeGenerators.personName(r))).build();
    }

    /**
     * A campaign issued by the tree's root: a half-year, year or quarter between 2019 and 2026, the
     * letter dated inside the period's last two months or just after, a deadline 5–20 days later
     * ("trước ngày" or, one time in four, "chậm nhất ngày"), zero to two legal bases.
     */
    public static Campaign campaign(RandomGenerator r, OrganisationTree tree) {
        int year = 2019 + r.nextInt(8);
        CampaignPeriod period = switch (r.nextInt(4)) {
            case 0 -> CampaignPeriod.firstHalf(year);
            case 1 -> CampaignPeriod.secondHalf(year);
            case 2 -> new CampaignPeriod.Year(year);
            default -> new CampaignPeriod.Quarter(year, 1 + r.nextInt(4));
        };
        LocalDate issue = period.end().minusDays(r.nextInt(40));
        if (issue.isBefore(period.start())) {
            issue = period.start();
        }
        LocalDate deadlineDate = issue.plusDays(5 + r.nextInt(16));
        Campaign.Builder b = Campaign.builder("c-" + year + "-" + Integer.toHexString(r.nextInt(0x10000)), tree.root().id())
                .period(period).criteriaProfileId("lao-cai-duyen-hai-2022-h1")
                .deadline(r.nextInt(4) == 0 ? Deadline.onOrBefore(deadlineDate) : Deadline.before(deadlineDate))
                .receivingOffice(r.nextBoolean() ? "Văn phòng cấp ủy" : null).issueDate(issue);
        int bases = r.nextInt(3);
        for (int i = 0; i < bases; i++) {
            b.legalBasis(new LegalBasis(i == 0 ? "Quy định" : "Hướng dẫn", (i == 0 ? "368-QĐ/TU" : "06-HD/TU"),
                    LocalDate.of(year, 1, 17).plusDays(30L * i), i == 0 ? "Tỉnh ủy Lào Cai" : "Thành ủy Lào Cai", null));
        }
        return b.build();
    }

    /**
     * A whole campaign: a tree, a campaign, 0–6 nominees per cell (about one in four built to break a
     * random clause), and the steps: every nominee evaluated on its cell's evaluation day; about
     * two in three recorded (a few twice, which must be refused) and half proposed (ineligible ones too, which the workflow must refuse);
     * each cell submits on time, late, or never; the level above accepts or returns each proposal,
     * sometimes before the cell submitted (refused); returned nominees are proposed again and
     * decided again, up to three rounds; some entries are corrected. Steps are in date order.
     */
    public static CampaignScenario scenario(RandomGenerator r) {
        OrganisationTree tree = tree(r);
        Campaign campaign = campaign(r, tree);
        LocalDate issue = campaign.issueDate();
        LocalDate deadline = campaign.deadline().date();
        List<Nominee> nominees = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<String, LocalDate> submitted = new LinkedHashMap<>();
        Map<String, String> parentOf = new LinkedHashMap<>();
        int seq = 0;
        for (Organisation cell : tree.all()) {
            if (cell.parentId() == null) {
                continue;
            }
            parentOf.put(cell.id(), cell.parentId());
            String actor = "Bí thư " + cell.name();
            // evaluation day: between the letter and a week after the deadline
            LocalDate evalDay = issue.plusDays(r.nextInt((int) (deadline.toEpochDay() - issue.toEpochDay()) + 8));
            int count = r.nextInt(7);
            for (int k = 0; k < count; k++) {
                String id = cell.id() + "-n" + (++seq);
                Nominee n = r.nextInt(4) == 0
                        ? NomineeGenerators.breaking(r, NomineeGenerators.pick(r, NomineeGenerators.BREAKABLE_CLAUSES), id,
                                cell.id(), evalDay)
                        : NomineeGenerators.valid(r, id, cell.id(), evalDay);
                nominees.add(n);
                steps.add(new CampaignScenario.Evaluate(evalDay, actor, id));
                if (r.nextInt(3) != 0) {
                    steps.add(new CampaignScenario.Record(evalDay, actor, id));
                    if (r.nextInt(10) == 0) {
                        steps.add(new CampaignScenario.Record(evalDay, actor, id)); // twice: must be refused
                    }
                }
                if (r.nextBoolean()) {
                    steps.add(new CampaignScenario.Propose(evalDay, actor, id));
                }
            }
            int fate = r.nextInt(5);
            if (fate < 3) {
                LocalDate on = evalDay.isBefore(deadline) ? evalDay.plusDays(r.nextInt((int) (deadline.toEpochDay() - evalDay.toEpochDay())))
                        : evalDay;
                submitted.put(cell.id(), on);
            } else if (fate == 3) {
                LocalDate on = (evalDay.isAfter(deadline) ? evalDay : deadline).plusDays(r.nextInt(10));
                submitted.put(cell.id(), on);
            }
            LocalDate on = submitted.get(cell.id());
            if (on != null) {
                steps.add(new CampaignScenario.Submit(on, actor, cell.id()));
            }
        }
        // decisions of the level above, in rounds after the deadline
        List<String> proposed = new ArrayList<>();
        for (Step s : steps) {
            if (s instanceof CampaignScenario.Propose p) {
                proposed.add(p.nomineeId());
            }
        }
        // the first decisions come after every evaluation and after the deadline; late cells may
        // submit after them (those decisions are refused as not yet submitted)
        LocalDate day = (latestEval(steps).isAfter(deadline) ? latestEval(steps) : deadline).plusDays(1 + r.nextInt(3));
        for (int round = 0; round < 3 && !proposed.isEmpty(); round++) {
            List<String> again = new ArrayList<>();
            for (String id : proposed) {
                String decider = "Bí thư cấp trên của " + parentOf.get(cellOf(nominees, id));
                if (r.nextInt(3) == 0) {
                    steps.add(new CampaignScenario.Return(day, decider, id, "Đề nghị bổ sung hồ sơ (vòng " + (round + 1) + ")"));
                    if (r.nextBoolean()) {
                        again.add(id);
                    }
                } else {
                    steps.add(new CampaignScenario.Accept(day, decider, id));
                    if (r.nextInt(10) == 0) {
                        again.add(id); // proposed again after acceptance: must be refused
                    }
                }
            }
            day = day.plusDays(1 + r.nextInt(3));
            for (String id : again) {
                steps.add(new CampaignScenario.Propose(day, "Bí thư " + cellOf(nominees, id), id));
            }
            proposed = again;
            day = day.plusDays(1);
        }
        // a few corrections
        for (Nominee n : nominees) {
            if (r.nextInt(8) == 0) {
                String owner = r.nextBoolean() ? n.cellId() : parentOf.get(n.cellId());
                steps.add(new CampaignScenario.Correct(day, "Văn phòng", owner, n.id(), "Sửa lỗi chính tả"));
            }
        }
        steps.sort(Comparator.comparing(Step::on)); // stable: keeps each day's order
        return new CampaignScenario(tree, campaign, nominees, steps);
    }

    private static LocalDate latestEval(List<Step> steps) {
        LocalDate d = LocalDate.MIN;
        for (Step s : steps) {
            if (s instanceof CampaignScenario.Evaluate && s.on().isAfter(d)) {
                d = s.on();
            }
        }
        return d;
    }

    private static String cellOf(List<Nominee> nominees, String id) {
        for (Nominee n : nominees) {
            if (n.id().equals(id)) {
                return n.cellId();
            }
        }
        throw new IllegalStateException(id);
    }
}
