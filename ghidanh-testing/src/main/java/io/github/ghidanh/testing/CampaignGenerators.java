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

/**
 * Framework-neutral generators of organisation trees, campaigns and whole campaign scenarios:
 * plain functions of a stream of {@link Choices}, the same decisions giving the same value; the
 * lowest decisions give the smallest tree (one cell), the first period, no nominee. Pure and
 * thread-safe (the {@link Choices} are the caller's).
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
    public static OrganisationTree tree(Choices c) {
        String place = c.pick(PLACES);
        List<Organisation> orgs = new ArrayList<>();
        boolean party = !c.oneIn(6);
        orgs.add(Organisation.builder("w", party ? OrganisationKind.PARTY : OrganisationKind.STATE)
                .name((party ? "Đảng ủy phường " : "Ủy ban nhân dân phường ") + place)
                .levelName(party ? "Đảng ủy phường" : "Ủy ban nhân dân phường")
                .superiorName(party ? "Đảng bộ thành phố Lào Cai" : "Ủy ban nhân dân thành phố Lào Cai")
                .abbreviation(party ? "ĐU" : "UBND").place(place)
                .signatory(party ? new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", NomineeGenerators.personName(c))
                        : new Signatory("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", NomineeGenerators.personName(c)))
                .build());
        // cells and sub-cells as lists (see Choices.listOf), so that a tree shrinks by dropping cells;
        // a further cell with probability 2/3 from a random source (about three cells on average)
        int[] cells = {0};
        c.listOf(1, 7, 2, x -> {
            int i = ++cells[0];
            String id = "w." + i;
            orgs.add(cell(x, id, "w", i, place));
            if (x.oneIn(4)) {
                int[] subs = {0};
                x.listOf(1, 3, y -> orgs.add(cell(y, id + "." + (++subs[0]), id, subs[0], place)));
            }
            return id;
        });
        return OrganisationTree.of(orgs);
    }

    private static Organisation cell(Choices c, String id, String parentId, int n, String place) {
        String kind = c.pick(CELL_KINDS);
        return Organisation.builder(id, OrganisationKind.PARTY).name("Chi bộ " + kind + (kind.endsWith("số ") ? n : place))
                .levelName("Chi bộ").parentId(parentId).superiorName("Đảng bộ phường " + place).abbreviation("CB")
                .place(place).supervisor(NomineeGenerators.personName(c))
                .signatory(new Signatory("T/M CHI BỘ", "BÍ THƯ", NomineeGenerators.personName(c))).build();
    }

    /**
     * A campaign issued by the tree's root: a half-year, year or quarter between 2019 and 2026, the
     * letter dated inside the period's last two months or just after, a deadline 5–20 days later
     * ("trước ngày" or, one time in four, "chậm nhất ngày"), zero to two legal bases.
     */
    public static Campaign campaign(Choices c, OrganisationTree tree) {
        int year = 2019 + c.between(0, 7);
        CampaignPeriod period = switch (c.between(0, 3)) {
            case 0 -> CampaignPeriod.firstHalf(year);
            case 1 -> CampaignPeriod.secondHalf(year);
            case 2 -> new CampaignPeriod.Year(year);
            default -> new CampaignPeriod.Quarter(year, 1 + c.between(0, 3));
        };
        LocalDate issue = period.end().minusDays(c.between(0, 39));
        if (issue.isBefore(period.start())) {
            issue = period.start();
        }
        LocalDate deadlineDate = issue.plusDays(5 + c.between(0, 15));
        Campaign.Builder b = Campaign.builder("c-" + year + "-" + Integer.toHexString(c.between(0, 0x10000 - 1)), tree.root().id())
                .period(period).criteriaProfileId("lao-cai-duyen-hai-2022-h1")
                .deadline(c.oneIn(4) ? Deadline.onOrBefore(deadlineDate) : Deadline.before(deadlineDate))
                .receivingOffice(c.bool() ? "Văn phòng cấp ủy" : null).issueDate(issue);
        int bases = c.between(0, 2);
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
    public static CampaignScenario scenario(Choices c) {
        OrganisationTree tree = tree(c);
        Campaign campaign = campaign(c, tree);
        LocalDate issue = campaign.issueDate();
        LocalDate deadline = campaign.deadline().date();
        List<Nominee> nominees = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<String, LocalDate> submitted = new LinkedHashMap<>();
        Map<String, String> parentOf = new LinkedHashMap<>();
        int[] seq = {0};
        for (Organisation cell : tree.all()) {
            if (cell.parentId() == null) {
                continue;
            }
            parentOf.put(cell.id(), cell.parentId());
            String actor = "Bí thư " + cell.name();
            // evaluation day: between the letter and a week after the deadline
            LocalDate evalDay = issue.plusDays(c.between(0, (int) (deadline.toEpochDay() - issue.toEpochDay()) + 7));
            // the cell's nominees as a list, so that a scenario shrinks by dropping nominees; a further
            // nominee with probability 3/4 from a random source (about three per cell on average)
            c.listOf(0, 6, 3, x -> {
                String id = cell.id() + "-n" + (++seq[0]);
                Nominee n = x.oneIn(4)
                        ? NomineeGenerators.breaking(x, x.pick(NomineeGenerators.BREAKABLE_CLAUSES), id,
                                cell.id(), evalDay)
                        : NomineeGenerators.valid(x, id, cell.id(), evalDay);
                nominees.add(n);
                steps.add(new CampaignScenario.Evaluate(evalDay, actor, id));
                if (!x.oneIn(3)) {
                    steps.add(new CampaignScenario.Record(evalDay, actor, id));
                    if (x.oneIn(10)) {
                        steps.add(new CampaignScenario.Record(evalDay, actor, id)); // twice: must be refused
                    }
                }
                if (x.bool()) {
                    steps.add(new CampaignScenario.Propose(evalDay, actor, id));
                }
                return n;
            });
            int fate = c.between(0, 4);
            if (fate < 3) {
                LocalDate on = evalDay.isBefore(deadline) ? evalDay.plusDays(c.between(0, (int) (deadline.toEpochDay() - evalDay.toEpochDay()) - 1))
                        : evalDay;
                submitted.put(cell.id(), on);
            } else if (fate == 3) {
                LocalDate on = (evalDay.isAfter(deadline) ? evalDay : deadline).plusDays(c.between(0, 9));
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
        LocalDate day = (latestEval(steps).isAfter(deadline) ? latestEval(steps) : deadline).plusDays(1 + c.between(0, 2));
        for (int round = 0; round < 3 && !proposed.isEmpty(); round++) {
            List<String> again = new ArrayList<>();
            for (String id : proposed) {
                String decider = "Bí thư cấp trên của " + parentOf.get(cellOf(nominees, id));
                if (c.oneIn(3)) {
                    steps.add(new CampaignScenario.Return(day, decider, id, "Đề nghị bổ sung hồ sơ (vòng " + (round + 1) + ")"));
                    if (c.bool()) {
                        again.add(id);
                    }
                } else {
                    steps.add(new CampaignScenario.Accept(day, decider, id));
                    if (c.oneIn(10)) {
                        again.add(id); // proposed again after acceptance: must be refused
                    }
                }
            }
            day = day.plusDays(1 + c.between(0, 2));
            for (String id : again) {
                steps.add(new CampaignScenario.Propose(day, "Bí thư " + cellOf(nominees, id), id));
            }
            proposed = again;
            day = day.plusDays(1);
        }
        // a few corrections
        for (Nominee n : nominees) {
            if (c.oneIn(8)) {
                String owner = c.bool() ? n.cellId() : parentOf.get(n.cellId());
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
