package io.github.ghidanh.cli;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stage;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * A hidden command that goes through the paths of validate and render once, in memory, writing
 * nothing. {@code ./ghidanh} runs it once with {@code -XX:ArchiveClassesAtExit} to build a class-data
 * sharing archive, which makes every later start faster.
 */
@Command(name = "warmup", hidden = true,
        description = "Loads the classes of validate and of every document (for a CDS archive); writes nothing.")
final class WarmupCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Interchange in = SampleData.duyenHai2022();
        Interchange back = JsonInterchange.read(JsonInterchange.toJson(in).getBytes(StandardCharsets.UTF_8), "warmup.json").content();
        CriteriaProfile profile = CriteriaProfile.defaultProfile();
        CampaignRun run = CampaignRun.of(back, profile);
        NomineeValidator.create().withProfile(profile).validate(in.nominees().get(0), Stage.SUBMISSION, Messages.VI);
        Reports reports = Reports.create();
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentView view = kind.view(run.state(), kind.defaultOrganisation(run.state()), profile, null);
            reports.render(view, RenderOptions.builder(Format.PDF).locale(Messages.VI).build());
            if (kind == DocumentKind.HONOUR_ROLL) {
                reports.render(view, RenderOptions.builder(Format.DOCX).locale(Messages.VI).build());
                reports.render(view, RenderOptions.builder(Format.XLSX).locale(Messages.VI).build());
            }
        }
        return Exit.OK;
    }
}
