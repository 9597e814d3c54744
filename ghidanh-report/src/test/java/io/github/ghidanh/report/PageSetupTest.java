package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DirectiveLetterView;
import io.github.ghidanh.core.view.DocumentContext;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the PDFs back glyph by glyph: the page number stands centred in the top margin from page 2 on
 * and nowhere else, all other text lies inside the margins of docs/reports.md (NĐ 30/2020 Phụ lục I
 * Mục I.3 and I.7; HD 36 as found), and no table row is split across two pages.
 */
class PageSetupTest {
    static final Reports REPORTS = Reports.create();
    static final double MM = 72 / 25.4;
    static final double TOP = 20 * MM;
    static final double BOTTOM = 20 * MM;
    static final double LEFT = 30 * MM;
    static final double RIGHT = 15 * MM;
    /** Rounding of glyph boxes. */
    static final double EPS = 0.5;

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, DocumentView> e : new TreeMap<>(Demo.all()).entrySet()) {
            out.add(Arguments.of(e.getKey() + " party", e.getValue()));
            out.add(Arguments.of(e.getKey() + " state", inState(e.getValue())));
        }
        out.add(Arguments.of("long roll party", Views.roll(Views.party(), 40)));
        out.add(Arguments.of("long roll state", Views.roll(Views.stateRegister(), 40)));
        return out.stream();
    }

    /** The same view in the state format (Nghị định 30/2020). */
    static DocumentView inState(DocumentView v) {
        DocumentContext s = Views.state();
        DocumentContext c = v.context();
        DocumentContext ctx = new DocumentContext(OrganisationKind.STATE, s.superiorName(), s.issuerName(), c.number(),
                c.typeCode(), "UBND", c.place(), c.date(), s.signatory(), c.copyTo());
        if (v instanceof DirectiveLetterView l) {
            return new DirectiveLetterView(ctx, l.subject(), l.recipients(), l.preamble(), l.points(), l.closing());
        } else if (v instanceof CellReportView r) {
            return new CellReportView(ctx, r.campaign(), r.cellName(), r.supervisor(), r.submittedOn(), r.status(),
                    r.counts(), r.narrative(), r.recorded(), r.proposals());
        } else if (v instanceof ProposalListView p) {
            return new ProposalListView(ctx, p.campaign(), p.proposerName(), p.proposedLevel(), p.groups(), p.receiverName());
        } else if (v instanceof HonourRollView h) {
            return new HonourRollView(ctx, h.ownerName(), h.campaigns(), h.entries());
        } else if (v instanceof WardSummaryView w) {
            return new WardSummaryView(ctx, w.campaign(), w.rows(), w.totals(), w.honourees());
        } else if (v instanceof CertificatesView c2) {
            return new CertificatesView(ctx, c2.campaign(), c2.entries(), c2.ownerName());
        }
        throw new IllegalArgumentException(v.getClass().getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pageNumberInTheTopMarginFromPageTwoAndTextInsideTheMargins(String name, DocumentView view) {
        List<Page> pages = pages(REPORTS.render(view, RenderOptions.of(Format.PDF)));
        boolean certificates = view instanceof CertificatesView;
        if (name.startsWith("letter") || name.startsWith("cell-report") || name.startsWith("ward-summary")
                || name.startsWith("long roll")) {
            assertThat(pages.size()).as(name + " has more than one page").isGreaterThan(1);
        }
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            String where = name + " page " + (i + 1);
            List<TextPosition> inTop = p.glyphs.stream().filter(g -> g.getYDirAdj() < TOP).toList();
            if (i == 0 || certificates) {
                assertThat(text(inTop)).as(where + ": no page number on page 1 (nor on a certificate)").isEmpty();
            } else {
                assertThat(text(inTop)).as(where + ": its number in the top margin").isEqualTo(String.valueOf(i + 1));
                double from = inTop.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
                double to = inTop.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
                double textCentre = (LEFT + p.width - RIGHT) / 2;
                assertThat((from + to) / 2).as(where + ": the number is centred over the text").isCloseTo(textCentre,
                        org.assertj.core.data.Offset.offset(2.0));
                assertThat(inTop).allSatisfy(g -> {
                    assertThat(g.getFontSizeInPt()).as(where + ": 14 pt").isBetween(13f, 14f);
                    assertThat(g.getFont().getName()).as(where + ": upright").doesNotContainIgnoringCase("italic");
                });
            }
            for (TextPosition g : p.glyphs) {
                if (g.getYDirAdj() < TOP) {
                    continue;
                }
                String what = where + " '" + g.getUnicode() + "' at " + g.getXDirAdj() + "," + g.getYDirAdj();
                assertThat((double) g.getXDirAdj()).as(what + " left margin").isGreaterThanOrEqualTo(LEFT - EPS);
                assertThat((double) (g.getXDirAdj() + g.getWidthDirAdj())).as(what + " right margin").isLessThanOrEqualTo(p.width - RIGHT + EPS);
                assertThat((double) (g.getYDirAdj() - g.getHeightDir())).as(what + " top margin").isGreaterThanOrEqualTo(TOP - EPS);
                assertThat((double) g.getYDirAdj()).as(what + " bottom margin").isLessThanOrEqualTo(p.height - BOTTOM + EPS);
            }
            assertThat(p.text).as(where).doesNotContainPattern("(Trang|Page) \\d+");
        }
    }

    static Stream<Arguments> rolls() {
        return Stream.of(Arguments.of("party", Views.party(), Locale.forLanguageTag("vi")),
                Arguments.of("state", Views.stateRegister(), Locale.forLanguageTag("vi")),
                Arguments.of("english", Views.party(), Locale.ENGLISH));
    }

    /** Rows of different heights over several pages: each row's first and last line on one page. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rolls")
    void noTableRowIsSplitAcrossPages(String name, DocumentContext ctx, Locale locale) {
        List<HonourRollEntry> entries = tallEntries(30);
        HonourRollView roll = new HonourRollView(ctx, "Đảng ủy phường Duyên Hải", List.of(Views.CAMPAIGN), entries);
        WardSummaryView demo = Demo.wardSummary();
        WardSummaryView summary = new WardSummaryView(ctx, demo.campaign(), demo.rows(), demo.totals(), entries);
        for (DocumentView v : List.of(roll, summary)) {
            List<Page> pages = pages(REPORTS.render(v, RenderOptions.builder(Format.PDF).locale(locale).build()));
            assertThat(pages.size()).as(name + " spans pages").isGreaterThan(2);
            for (int i = 1; i <= entries.size(); i++) {
                int first = pageOf(pages, "Người thứ " + i + " ");
                int last = pageOf(pages, "hết" + i + "hết");
                assertThat(first).as(name + " row " + i + " is printed").isPositive();
                assertThat(last).as(name + " " + v.getClass().getSimpleName() + " row " + i + " on one page").isEqualTo(first);
            }
            // the column header heads every page that carries rows
            String header = locale.getLanguage().equals("en") ? "Entry no." : "Số ghi danh";
            for (Page p : pages) {
                if (p.text.contains("Người thứ ")) {
                    assertThat(p.text.replaceAll("\\s+", "")).as(name + " " + v.getClass().getSimpleName() + " column header on each page").contains(header.replace(" ", ""));
                }
            }
        }
    }

    /** Entries whose achievements wrap over 1 to 8 lines. */
    static List<HonourRollEntry> tallEntries(int n) {
        List<HonourRollEntry> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String text = "Thành tích nổi bật trong công tác ở tổ dân phố, ".repeat(1 + (i * 7) % 12) + "hết" + i + "hết.";
            IndividualNominee nominee = IndividualNominee.builder("p" + i, "cb1").name("Người thứ " + i + " ").yearOfBirth(1980)
                    .sex(Sex.FEMALE).position("Tổ trưởng").unit("Tổ dân phố số 1").category(SubjectCategory.DANG_VIEN)
                    .rating(Rating.HTXSNV).achievement(Achievement.of(AchievementType.DEDICATION, text)).build();
            out.add(Views.entry(i, nominee));
        }
        return out;
    }

    static int pageOf(List<Page> pages, String s) {
        for (int i = 0; i < pages.size(); i++) {
            if ((Pdf.flat(pages.get(i).text) + " ").contains(s)) {
                return i + 1;
            }
        }
        return 0;
    }

    record Page(float width, float height, List<TextPosition> glyphs, String text) {
    }

    static String text(List<TextPosition> glyphs) {
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.getUnicode()));
        return b.toString().strip();
    }

    static List<Page> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Page> out = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (!text.getUnicode().isBlank()) {
                            glyphs.add(text);
                        }
                        super.processTextPosition(text);
                    }
                };
                s.setStartPage(i);
                s.setEndPage(i);
                String text = s.getText(doc);
                PDRectangle box = doc.getPage(i - 1).getMediaBox();
                boolean turned = doc.getPage(i - 1).getRotation() % 180 != 0; // text positions are as the page is read
                out.add(new Page(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(), glyphs, text));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
