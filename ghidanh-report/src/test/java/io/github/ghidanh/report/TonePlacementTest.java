package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.text.VietnameseText.ToneStyle;
import io.github.ghidanh.core.view.DocumentContext;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tone placement an organisation chooses reaches the printed page; the host's text is printed as written. */
class TonePlacementTest {
    static final Reports REPORTS = Reports.create();

    static String flat(HonourRollView v) {
        return new Pdf(REPORTS.render(v, RenderOptions.of(Format.PDF))).flat();
    }

    static DocumentContext withStyle(DocumentContext c, ToneStyle style) {
        return new DocumentContext(c.format(), c.superiorName(), c.issuerName(), c.number(), c.typeCode(),
                c.issuerAbbreviation(), c.place(), c.date(), c.signatory(), c.copyTo(), style);
    }

    @Test
    void theStateHeadingFollowsTheIssuersChoiceAndTheIssuersNameStaysAsWritten() {
        String traditional = flat(Views.roll(Views.stateRegister(), 2));
        assertThat(traditional).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN PHƯỜNG DUYÊN HẢI");
        String newStyle = flat(Views.roll(withStyle(Views.stateRegister(), ToneStyle.NEW), 2));
        assertThat(newStyle).contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN PHƯỜNG DUYÊN HẢI")
                .doesNotContain("CỘNG HÒA");
    }

    @Test
    void theHonourRollPrintsAModelsResults() {
        HonourRollView roll = Demo.honourRoll();
        List<String> results = roll.entries().stream().map(HonourRollEntry::nominee)
                .filter(n -> n instanceof ModelNominee m && m.results() != null).map(n -> ((ModelNominee) n).results()).toList();
        assertThat(results).isNotEmpty();
        String text = flat(roll);
        assertThat(results).allSatisfy(r -> assertThat(text).contains("Kết quả: " + Pdf.flat(r)));
    }
}
