package io.github.ghidanh.batch;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.testing.CampaignGenerators;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.NomineeGenerators;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated campaign as an interchange file: the generators' organisation tree and campaign, {@code n}
 * valid nominees in every cell directly under the issuer, every such cell submitting two days after the
 * letter and proposing its first nominee, the issuer accepting every proposal the day after the
 * deadline. Sub-cells have no nominees (so no documents of their own). The same seed gives the same file.
 *
 * <p>{@link #main(String[])} writes one for measuring the job: {@code GeneratedCampaign FILE SEED CELLS N}
 * with CELLS cells (a tree of the sample ward's kind, repeated) and N nominees a cell.
 */
final class GeneratedCampaign {
    private GeneratedCampaign() {
    }

    static Interchange of(long seed, int nomineesPerCell) {
        Choices r = Choices.random(new SplittableRandom(seed));
        OrganisationTree tree = CampaignGenerators.tree(r);
        return outcomes(r, tree, CampaignGenerators.campaign(r, tree), nomineesPerCell);
    }

    /** A campaign whose issuer has {@code cells} cells (no sub-cells), {@code n} nominees each. */
    static Interchange wide(long seed, int cells, int nomineesPerCell) {
        Choices r = Choices.random(new SplittableRandom(seed));
        OrganisationTree small = CampaignGenerators.tree(r);
        Organisation root = small.root();
        Organisation model = small.children(root.id()).get(0);
        List<Organisation> orgs = new ArrayList<>();
        orgs.add(root);
        for (int i = 1; i <= cells; i++) {
            orgs.add(new Organisation("w." + i, "Chi bộ Tổ dân phố số " + i, model.levelName(), root.id(),
                    model.superiorName(), model.kind(), model.abbreviation(), model.place(), model.supervisor(),
                    model.signatory()));
        }
        OrganisationTree tree = OrganisationTree.of(orgs);
        return outcomes(r, tree, CampaignGenerators.campaign(r, tree), nomineesPerCell);
    }

    private static Interchange outcomes(Choices r, OrganisationTree tree, Campaign campaign, int n) {
        LocalDate submitted = campaign.issueDate().plusDays(2);
        List<Nominee> nominees = new ArrayList<>();
        Map<String, LocalDate> submittedOn = new LinkedHashMap<>();
        Set<String> proposed = new LinkedHashSet<>();
        for (Organisation cell : tree.children(campaign.issuerId())) {
            for (int k = 1; k <= n; k++) {
                String id = cell.id() + "-n" + k;
                nominees.add(NomineeGenerators.valid(r, id, cell.id(), submitted));
                if (k == 1) {
                    proposed.add(id);
                }
            }
            submittedOn.put(cell.id(), submitted);
        }
        return Interchange.ofOutcomes(tree, campaign, nominees, submittedOn, proposed, Map.of(),
                campaign.deadline().date().plusDays(1), "Ban Thường vụ " + tree.root().name());
    }

    /** The organisations of a campaign and the cells among them that submitted. */
    static Map<String, Boolean> submitted(Interchange in) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (Organisation o : in.organisations().all()) {
            m.put(o.id(), in.submissions().stream().anyMatch(s -> s.cellId().equals(o.id())));
        }
        return m;
    }

    static Path write(Interchange in, Path file) throws IOException {
        JsonInterchange.write(in, file);
        return file;
    }

    public static void main(String[] args) throws IOException {
        Interchange in = wide(Long.parseLong(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        write(in, Path.of(args[0]));
        for (Entry<String, Boolean> e : submitted(in).entrySet()) {
            if (!e.getValue() && !e.getKey().equals(in.campaign().issuerId())) {
                throw new IllegalStateException(e.getKey());
            }
        }
    }
}
