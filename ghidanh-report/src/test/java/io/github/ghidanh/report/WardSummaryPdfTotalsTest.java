package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.SubmissionStatus;
import io.github.ghidanh.core.view.WardSummaryView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The demo's ward summary as printed: the numbers of its totals row (part I) read back from the PDF
 * equal the sums of the numbers printed in the cell rows, column by column, and the note that the
 * category columns may overlap is printed under the table.
 */
class WardSummaryPdfTotalsTest {

    /** The count columns of the default cell table, in printed order. */
    static final List<String> COUNTS = Table.CELLS.defaultColumns().stream()
            .filter(c -> !Set.of("no", "cell", "status", "submittedOn", "supervisor").contains(c)).toList();

    @Test
    void thePrintedTotalsRowIsTheSumOfThePrintedRows() throws IOException {
        WardSummaryView view = Demo.wardSummary();
        byte[] pdf = Reports.create().render(view, RenderOptions.of(Format.PDF));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true); // the first line of every cell of a row on one line
            text = s.getText(doc);
        }
        List<int[]> rows = new ArrayList<>();
        int[] totals = null;
        for (String line : text.split("\\R")) {
            String l = line.replaceAll("\\s+", " ").strip();
            for (SubmissionStatus st : SubmissionStatus.values()) {
                int at = l.indexOf(" " + st.labelVi() + " ");
                if (at < 0 && l.endsWith(" " + st.labelVi())) {
                    at = l.length() - st.labelVi().length() - 1;
                }
                if (at > 0) {
                    rows.add(lastNumbers(l.substring(0, at), COUNTS.size(), l));
                }
            }
            String total = "Tổng cộng ";
            if (l.startsWith(total) || l.contains(" " + total)) {
                totals = firstNumbers(l.substring(l.indexOf(total) + total.length()), COUNTS.size(), l);
            }
        }
        assertThat(rows).as("one printed row per cell").hasSize(view.rows().size());
        assertThat(totals).as("the totals row is printed").isNotNull();
        int[] sums = new int[COUNTS.size()];
        for (int[] r : rows) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += r[i];
            }
        }
        for (int i = 0; i < sums.length; i++) {
            assertThat(totals[i]).as("printed totals, column %s", COUNTS.get(i)).isEqualTo(sums[i]);
        }
        int individuals = COUNTS.indexOf("individuals");
        assertThat(totals[individuals]).isEqualTo(view.totals().individuals());
        assertThat(totals[COUNTS.indexOf("leaders")]).isEqualTo(view.totals().keyLeadersOrHeads());
        assertThat(totals[COUNTS.indexOf("women")]).isEqualTo(view.totals().women());
        assertThat(totals[COUNTS.indexOf("minority")]).isEqualTo(view.totals().ethnicMinority()).isPositive();
        for (int[] r : rows) {
            for (String part : List.of("leaders", "women", "minority", "canBo", "dangVien", "congChuc", "vienChuc", "chienSi", "nhanDan")) {
                assertThat(r[COUNTS.indexOf(part)]).as("%s <= individuals in %s", part, Arrays.toString(r))
                        .isLessThanOrEqualTo(r[individuals]);
            }
        }
        assertThat(Pdf.flat(text)).contains("Một cá nhân có thể thuộc nhiều đối tượng nên tổng các cột đối tượng có thể lớn hơn số cá nhân.");
    }

    private static int[] lastNumbers(String s, int n, String line) {
        String[] t = s.strip().split(" ");
        assertThat(t.length).as("numbers in %s", line).isGreaterThanOrEqualTo(n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = Integer.parseInt(t[t.length - n + i]);
        }
        return out;
    }

    private static int[] firstNumbers(String s, int n, String line) {
        String[] t = s.strip().split(" ");
        assertThat(t.length).as("numbers in %s", line).isGreaterThanOrEqualTo(n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = Integer.parseInt(t[i]);
        }
        return out;
    }
}
