package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.view.DocumentView;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Wording and type styles a ward office checks: each assertion fails on the text printed before. */
class WordingTest {
    static final Reports REPORTS = Reports.create();

    static String flat(DocumentView v) {
        return new Pdf(REPORTS.render(v, RenderOptions.of(Format.PDF))).flat();
    }

    @Test
    void theProposalListNamesTheBodyItIsSentTo() {
        assertThat(Demo.proposalList().receiverName()).isEqualTo("Đảng ủy phường Duyên Hải");
        assertThat(flat(Demo.proposalList())).contains("Chi bộ Tổ dân phố số 1 đề nghị Đảng ủy phường Duyên Hải ghi danh")
                .doesNotContain("đề nghị Cấp phường ghi danh");
    }

    @Test
    void aCertificateNamesTheRollByItsOwner() {
        assertThat(flat(Demo.certificates())).contains("Được ghi danh vào Sổ ghi danh của Đảng ủy phường Duyên Hải,")
                .doesNotContain("Sổ ghi danh cấp");
    }

    @Test
    void theCellReportGivesItsSubmissionDateButDoesNotJudgeIt() {
        assertThat(flat(Demo.cellReport())).contains("Ngày nộp: ").doesNotContain("Tình trạng", "Đúng hạn");
    }

    @Test
    void theStateRegisterPreviewHasNoDecisionNumber() {
        assertThat(flat(Preview.stateRoll())).contains("SỔ GHI DANH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .doesNotContain("Số:", "156/QĐ-UBND");
    }

    @Test
    void stateKinhGuiAndVvAreUprightPartyVvItalic() {
        DocumentView state = PageSetupTest.inState(Demo.letter());
        assertThat(fonts(state, "Kính gửi:")).isNotEmpty().noneMatch(f -> f.contains("Italic"));
        assertThat(fonts(state, "V/v")).isNotEmpty().noneMatch(f -> f.contains("Italic"));
        assertThat(fonts(Demo.letter(), "V/v")).isNotEmpty().allMatch(f -> f.contains("Italic"));
    }

    @Test
    void theTitlesTrichYeuIsOneBoldBlock() {
        for (DocumentView v : List.of(Demo.cellReport(), PageSetupTest.inState(Demo.cellReport()), Demo.wardSummary())) {
            assertThat(fonts(v, "trong học tập và làm theo")).as(v.getClass().getSimpleName()).isNotEmpty()
                    .allMatch(f -> f.contains("Bold") && !f.contains("Italic"));
        }
    }

    /** The font names of the glyphs of the first line on page 1 that starts with {@code start}. */
    static List<String> fonts(DocumentView v, String start) {
        List<TextPosition> glyphs = PageSetupTest.pages(REPORTS.render(v, RenderOptions.of(Format.PDF))).get(0).glyphs();
        StringBuilder all = new StringBuilder();
        glyphs.forEach(g -> all.append(g.getUnicode()));
        String compact = start.replace(" ", "");
        int at = all.indexOf(compact);
        if (at < 0) {
            return List.of();
        }
        return glyphs.subList(at, at + compact.length()).stream().map(g -> g.getFont().getName()).distinct().toList();
    }
}
