package io.github.ghidanh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roll moves between systems through a spreadsheet: the ward's honour roll as XLSX, imported with
 * {@code ghidanh import}, gives back in the interchange file the nominee fields the roll prints
 * (kind, name, position, unit, categories, field, the summary of achievements). The roll's own
 * columns (entry number, date, level, decision, note) are not the nominee's and are ignored.
 */
class RollSpreadsheetRoundTripTest {

    @Test
    void theRollsXlsxImportsBackIntoTheNomineesItPrints(@TempDir Path dir) throws Exception {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        HonourRollView roll = ReadModels.honourRoll(ScenarioRunner.runSample(), SampleCampaigns.WARD, LocalDate.of(2022, 6, 20));
        List<Nominee> printed = roll.entries().stream().map(HonourRollEntry::nominee).toList();
        assertThat(printed).extracting(Nominee::kind).as("the sample roll has every kind")
                .contains(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.MODEL);
        assertThat(printed).as("a model of the roll has results").anyMatch(n -> n instanceof ModelNominee m && m.results() != null);

        Path xlsx = dir.resolve("so-ghi-danh.xlsx");
        Reports.create().render(roll, RenderOptions.of(Format.XLSX), xlsx);
        Path base = dir.resolve("khung.json");
        JsonInterchange.write(new Interchange(s.tree(), s.campaign(), List.of(), List.of(), List.of()), base);
        Path out = dir.resolve("nhap.json");
        String cell = s.cells().get(0).id();
        CliRunner r = CliRunner.run("import", "--sheet", xlsx.toString(), "--into", base.toString(), "--cell", cell,
                "--out", out.toString());

        assertThat(r.exitCode).as(r.toString()).isEqualTo(0);
        assertThat(r.out).as("every column of the roll is known to the import").doesNotContain("không được dùng");
        List<Nominee> imported = JsonInterchange.read(out).content().nominees();
        assertThat(imported).hasSameSizeAs(printed);
        for (int i = 0; i < printed.size(); i++) {
            Nominee p = printed.get(i);
            Nominee n = imported.get(i);
            String what = "row " + (i + 1) + " (" + p.name() + ")";
            assertThat(n.kind()).as(what).isEqualTo(p.kind());
            assertThat(n.name()).as(what).isEqualTo(p.name());
            assertThat(n.unit()).as(what).isEqualTo(p.unit());
            assertThat(n.cellId()).as(what).isEqualTo(cell);
            String summary = summary(p);
            if (p instanceof IndividualNominee pi) {
                IndividualNominee ni = (IndividualNominee) n;
                assertThat(ni.position()).as(what).isEqualTo(pi.position());
                assertThat(ni.categories()).as(what).containsExactlyInAnyOrderElementsOf(pi.categories());
                assertThat(ni.results()).as(what + ": the printed summary").isEqualTo(summary);
            } else if (p instanceof ModelNominee pm) {
                ModelNominee nm = (ModelNominee) n;
                assertThat(nm.field()).as(what).isEqualTo(pm.field());
                assertThat(nm.otherField()).as(what).isEqualTo(pm.otherField());
                // a model's summary comes back as its content (the import's rule without a "Nội dung" column),
                // and the summary's last line "Kết quả: …" as its results
                assertThat(nm.content()).as(what + ": the printed summary").isEqualTo(summary(pm, false));
                assertThat(nm.results()).as(what + ": the printed results").isEqualTo(pm.results());
            }
            // a collective has no free-text field in the model to take the printed summary back into
        }
    }

    /**
     * The roll's "Tóm tắt thành tích" as it prints it: one "- description" line per achievement, else a
     * model's content; then a model's results on their own line, "Kết quả: …".
     */
    private static String summary(Nominee n) {
        return summary(n, true);
    }

    private static String summary(Nominee n, boolean withResults) {
        List<String> lines = new ArrayList<>();
        for (Achievement a : n.achievements()) {
            lines.add("- " + a.description());
        }
        if (lines.isEmpty() && n instanceof ModelNominee m && m.content() != null) {
            lines.add(m.content());
        }
        if (withResults && n instanceof ModelNominee m && m.results() != null && !m.results().isBlank()) {
            lines.add("Kết quả: " + m.results());
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
