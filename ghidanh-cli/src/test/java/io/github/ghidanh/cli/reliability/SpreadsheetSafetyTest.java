package io.github.ghidanh.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.testing.ScenarioRunner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheet safety of the report's XLSX: formula-looking names are written as text cells, never
 * as formulas. (The import side, the rejected-rows files and XML entities, is checked in
 * ghidanh-interchange's tests.)
 */
class SpreadsheetSafetyTest {
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x.invalid\",\"bấm\")", "+84 912", "-1+2", "@SUM(A1)",
            "\t=1+2", "\r=1+2", "@@x");

    @Test
    void theReportsXlsxWritesFormulaLookingNamesAsText() throws IOException {
        CampaignState state = ScenarioRunner.runSample();
        // rename every nominee of the ward's roll to a formula, through the view's own records
        var roll = ReadModels.honourRoll(state, SampleCampaigns.WARD, LocalDate.of(2022, 6, 20));
        List<io.github.ghidanh.core.workflow.HonourRollEntry> entries = new ArrayList<>();
        int k = 0;
        for (var e : roll.entries()) {
            Nominee n = e.nominee();
            String f = FORMULAS.get(k++ % FORMULAS.size());
            Nominee renamed = n instanceof io.github.ghidanh.core.model.IndividualNominee i ? i.toBuilder().name(f).build()
                    : n instanceof io.github.ghidanh.core.model.CollectiveNominee c ? c.toBuilder().name(f).build()
                    : ((io.github.ghidanh.core.model.ModelNominee) n).toBuilder().name(f).build();
            entries.add(new io.github.ghidanh.core.workflow.HonourRollEntry(e.number(), e.rollOwnerId(), e.campaignId(),
                    e.date(), renamed, e.level(), e.decision(), e.supersedes(), e.sourceRollOwnerId(), e.sourceEntryNumber(),
                    e.correctionReason(), e.recordedBy(), e.recordedAt()));
        }
        var hostile = new io.github.ghidanh.core.view.HonourRollView(roll.context(), roll.ownerName(), roll.campaigns(), entries);
        byte[] xlsx = Reports.create().render(hostile, io.github.ghidanh.report.RenderOptions.of(Format.XLSX));
        io.github.ghidanh.interchange.SpreadsheetSafetyTest.assertNoFormula(xlsx);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
        }
        assertThat(String.join("\n", texts)).contains("=HYPERLINK(", "@SUM(A1)", "+84 912");
    }
}
