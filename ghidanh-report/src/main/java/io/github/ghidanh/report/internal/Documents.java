package io.github.ghidanh.report.internal;

import static io.github.ghidanh.report.internal.TemplateNames.*;

import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.core.view.CellReportView;
import io.github.ghidanh.core.view.CertificatesView;
import io.github.ghidanh.core.view.DirectiveLetterView;
import io.github.ghidanh.core.view.DocumentContext;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.SubmissionStatus;
import io.github.ghidanh.core.view.WardSummaryView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a read model (view) into a {@link DocSpec}: wording from the label bundle, values from the
 * view as they are. Nothing is counted or grouped here beyond printing what the view holds.
 */
final class Documents {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};

    private final Labels l;
    private final Map<String, Object> p = new HashMap<>();
    private final List<Line> lines = new ArrayList<>();
    private int block;

    private Documents(Labels labels) {
        this.l = labels;
    }

    /** The spec of one of the six views. */
    static DocSpec spec(DocumentView view, Labels labels, ChartRenderer chart) {
        Documents d = new Documents(labels);
        return switch (DocumentType.of(view)) {
            case LETTER -> d.letter((DirectiveLetterView) view);
            case CELL_REPORT -> d.cellReport((CellReportView) view);
            case PROPOSAL_LIST -> d.proposalList((ProposalListView) view);
            case HONOUR_ROLL -> d.honourRoll((HonourRollView) view);
            case WARD_SUMMARY -> d.wardSummary((WardSummaryView) view, chart);
            case CERTIFICATES -> d.certificates((CertificatesView) view);
        };
    }

    // ---------------------------------------------------------------- documents

    private DocSpec letter(DirectiveLetterView v) {
        DocumentContext c = context(v.context(), "DirectiveLetterView");
        common(c);
        String vv = v.subject() == null ? null : l.get("vv") + " " + v.subject();
        p.put(P_SUBJECT_LINE, vv);
        List<String> rec = v.recipients();
        String kg = l.get("kinhGui");
        if (rec.size() == 1) {
            para(S_ADDRESSEE, esc(kg + " " + end(rec.get(0), ".")));
        } else {
            for (int i = 0; i < rec.size(); i++) {
                String r = dash(end(rec.get(i), i == rec.size() - 1 ? "." : ";"));
                para(i == 0 ? S_ADDRESSEE : S_ADDRESSEE_CONTINUED, esc(i == 0 ? kg + " " + r : r));
            }
        }
        empty();
        for (String s : v.preamble()) {
            para(S_BODY, esc(s));
        }
        for (DirectiveLetterView.Point pt : v.points()) {
            String num = pt.number() == null ? "" : pt.number().endsWith(".") ? pt.number() : pt.number() + ".";
            para(S_BODY, Markup.bold(esc(num)) + " " + esc(pt.lead() == null ? "" : pt.lead()));
            for (String b : pt.bullets()) {
                para(S_BODY, esc(dash(b)));
            }
        }
        if (v.closing() != null) {
            para(S_BODY, esc(v.closing()));
        }
        String title = vv == null ? c.issuerName() : vv;
        return spec(DocumentType.LETTER, c, title, v.subject());
    }

    private DocSpec cellReport(CellReportView v) {
        DocumentContext c = context(v.context(), "CellReportView");
        common(c);
        String period = period(v.campaign());
        p.put(P_TITLE, l.get("cellReport.title"));
        // one bold trích yếu: the subject and the theme in one block (NĐ 30 II.5.b, HD 36 Phụ lục 3 row 5)
        p.put(P_SUBTITLE, l.get("cellReport.subtitle", period) + " " + l.get("theme"));
        para(S_HEADING, esc(l.get("cellReport.narrative")));
        // the date it was handed in; whether that was on time is for the receiving body to say
        para(S_PLAIN, esc(v.status() == SubmissionStatus.MISSING || v.submittedOn() == null ? l.get("cellReport.status.none")
                : l.get("cellReport.status", l.shortDate(v.submittedOn()))));
        if (v.supervisor() != null) {
            para(S_PLAIN, esc(l.get("cellReport.supervisor", v.supervisor())));
        }
        for (String s : v.narrative()) {
            para(S_BODY, esc(s));
        }
        nextBlock();
        para(S_HEADING, esc(l.get("cellReport.recorded", upper(v.cellName()))));
        entries(v.recorded());
        nextBlock();
        para(S_HEADING, esc(l.get("cellReport.proposals")));
        proposals(v.proposals());
        return spec(DocumentType.CELL_REPORT, c, l.get("cellReport.title") + " " + l.get("cellReport.subtitle", period), period);
    }

    private DocSpec proposalList(ProposalListView v) {
        DocumentContext c = context(v.context(), "ProposalListView");
        common(c);
        String period = period(v.campaign());
        p.put(P_TITLE, l.get("proposalList.title"));
        p.put(P_SUBTITLE, l.get("proposalList.subtitle", period) + " " + l.get("theme"));
        String receiver = v.receiverName() != null ? v.receiverName() : v.proposedLevel();
        p.put(P_TITLE_NOTE, v.proposerName() == null ? null
                : l.get("proposalList.from", v.proposerName(), receiver == null ? "" : receiver));
        nextBlock();
        int gi = 0;
        boolean any = false;
        for (ProposalListView.Group g : v.groups()) {
            String label = ROMAN[Math.min(gi++, ROMAN.length - 1)] + ". " + l.get("group." + g.kind().name());
            for (ProposalListView.Row r : g.rows()) {
                lines.add(Line.row(block, Table.PROPOSALS.name(), esc(label), r, false));
                any = true;
            }
        }
        if (!any) {
            nextBlock();
            para(S_PLAIN, esc(l.get("cellReport.none")));
        }
        return spec(DocumentType.PROPOSAL_LIST, c, l.get("proposalList.title") + " " + l.get("proposalList.subtitle", period), period);
    }

    private DocSpec honourRoll(HonourRollView v) {
        DocumentContext c = context(v.context(), "HonourRollView");
        common(c);
        String periods = v.campaigns().stream().map(this::period).distinct().collect(Collectors.joining(", "));
        p.put(P_TITLE, l.get("honourRoll.title"));
        p.put(P_SUBTITLE, l.get("honourRoll.subtitle", periods));
        p.put(P_TITLE_NOTE, v.ownerName());
        nextBlock();
        entries(v.entries());
        return spec(DocumentType.HONOUR_ROLL, c, l.get("honourRoll.title") + " " + (v.ownerName() == null ? "" : v.ownerName()), periods);
    }

    private DocSpec wardSummary(WardSummaryView v, ChartRenderer chart) {
        DocumentContext c = context(v.context(), "WardSummaryView");
        common(c);
        String period = period(v.campaign());
        p.put(P_TITLE, l.get("wardSummary.title"));
        p.put(P_SUBTITLE, l.get("wardSummary.subtitle", period) + " " + l.get("theme"));
        para(S_PLAIN, esc(l.get("wardSummary.statusLine", String.valueOf(v.rows().size()),
                String.valueOf(v.count(SubmissionStatus.ON_TIME)), String.valueOf(v.count(SubmissionStatus.LATE)),
                String.valueOf(v.count(SubmissionStatus.MISSING)))));
        para(S_HEADING, esc(l.get("wardSummary.cells")));
        nextBlock();
        int i = 1;
        for (WardSummaryView.CellRow r : v.rows()) {
            lines.add(Line.row(block, Table.CELLS.name(), "", new Columns.CellLine(String.valueOf(i++), r.cellName(),
                    r.supervisor(), r.status(), r.submittedOn(), r.counts(), false), false));
        }
        if (v.totals() != null) {
            lines.add(Line.row(block, Table.CELLS.name(), "", new Columns.CellLine("", null, null, null, null, v.totals(), true), true));
        }
        // the category columns are a breakdown ("Trong đó") that may overlap: say so under the table
        para(S_PLAIN, Markup.italic(esc(l.get("wardSummary.categoryNote"))));
        nextBlock();
        para(S_HEADING, esc(l.get("wardSummary.honourees", upper(c.issuerName()))));
        entries(v.honourees());
        // the chart last: an image cannot split, so it would leave a gap wherever it falls short of a page
        nextBlock();
        lines.add(Line.paragraph(block, S_CHART, esc(l.get("wardSummary.chart")))); // heading and chart stay together
        p.put(P_CHART_PNG, chart.png(v.rows(), l));
        return spec(DocumentType.WARD_SUMMARY, c, l.get("wardSummary.title") + " " + l.get("wardSummary.subtitle", period), period);
    }

    private DocSpec certificates(CertificatesView v) {
        DocumentContext c = context(v.context(), "CertificatesView");
        common(c);
        String period = period(v.campaign());
        p.put(P_CERTIFICATE_TITLE, l.get("certificate.title"));
        p.put(P_CERTIFICATE_SUBTITLE, l.get("certificate.subtitle", upper(l.get("theme"))));
        p.put(P_CERTIFYING_LINE, l.get("certificate.certifies", c.issuerName() == null ? "" : c.issuerName()));
        p.put(P_ACHIEVEMENTS_LABEL, l.get("certificate.achievements"));
        for (HonourRollEntry e : v.entries()) {
            Map<String, String> extra = new HashMap<>();
            String unit = Columns.positionUnit(e.nominee());
            extra.put(F_UNIT_LINE, unit.isEmpty() ? "" : l.get("certificate.unit", unit));
            // the roll is named by its owner: "Sổ ghi danh của Đảng ủy phường Duyên Hải"
            String owner = v.ownerName() != null ? v.ownerName() : e.level() != null ? e.level() : c.issuerName();
            extra.put(F_RECORDED_LINE, l.get("certificate.recorded", owner == null ? "" : owner, period));
            extra.put(F_ACHIEVEMENTS, nfc(Columns.achievements(e.nominee(), l)));
            extra.put(F_ENTRY_LINE, l.get("certificate.entry", String.valueOf(e.number())));
            extra.put(F_HONOUREE_NAME, nfc(e.nominee().name()));
            // a row of table ENTRIES too, so that a host's certificate template can print any entry column
            lines.add(new Line(0, Table.ENTRIES.name(), "", "", e, null, Map.copyOf(extra), false));
        }
        return spec(DocumentType.CERTIFICATES, c, l.get("certificate.title") + " " + l.get("certificate.subtitle", upper(l.get("theme"))), period);
    }

    // ---------------------------------------------------------------- parts

    private void entries(List<HonourRollEntry> entries) {
        nextBlock();
        if (entries.isEmpty()) {
            para(S_PLAIN, esc(l.get("cellReport.none")));
            return;
        }
        for (HonourRollEntry e : entries) {
            lines.add(Line.row(block, Table.ENTRIES.name(), "", e, false));
        }
    }

    private void proposals(List<ProposalListView.Row> rows) {
        nextBlock();
        if (rows.isEmpty()) {
            para(S_PLAIN, esc(l.get("cellReport.none")));
            return;
        }
        NomineeKind last = null;
        int gi = 0;
        String label = "";
        for (ProposalListView.Row r : rows) {
            NomineeKind k = r.nominee().kind();
            if (k != last) {
                label = esc(ROMAN[Math.min(gi++, ROMAN.length - 1)] + ". " + l.get("group." + k.name()));
                last = k;
            }
            lines.add(Line.row(block, Table.PROPOSALS.name(), label, r, false));
        }
    }

    private void common(DocumentContext c) {
        boolean party = c.format() == OrganisationKind.PARTY;
        p.put(P_SUPERIOR_BODY, c.superiorName());
        p.put(P_ISSUING_BODY, c.issuerName());
        p.put(P_NATIONAL_HEADING, l.get(party ? "party.nation" : "state.nation"));
        p.put(P_MOTTO, party ? null : l.get("state.motto"));
        p.put(P_NUMBER_LINE, c.typeCode() == null ? null : c.numberLine());
        p.put(P_PLACE_AND_DATE, l.placeDate(c.place(), c.date()));
        Signatory s = c.signatory();
        p.put(P_SIGNING_AUTHORITY, s == null ? null : s.authority());
        p.put(P_SIGNER_TITLE, s == null ? null : s.title());
        p.put(P_SIGNER_NAME, s == null ? null : s.name());
        p.put(P_DISTRIBUTION_LABEL, c.copyTo().isEmpty() ? null : l.get("noiNhan"));
        p.put(P_DISTRIBUTION, c.copyTo().isEmpty() ? null
                : c.copyTo().stream().map(Documents::dash).collect(Collectors.joining("\n")));
        String page = l.get("page", "\u0000", "\u0001");
        p.put(P_PAGE_LABEL, page.substring(0, page.indexOf('\u0000')));
        p.put(P_ORGANISATION_KIND, c.format().name());
    }

    private DocSpec spec(DocumentType type, DocumentContext c, String title, String subjectDetail) {
        String author = c.issuerName() == null ? "" : c.issuerName();
        String subject = subjectDetail == null ? l.get("theme") : subjectDetail + " - " + l.get("theme");
        String keywords = String.join("; ", "ghi danh", l.get("theme"), author);
        return new DocSpec(type, c.format(), Map.copyOf(withoutNulls(p)), List.copyOf(lines), nfc(title), nfc(author),
                nfc(subject), nfc(keywords), c.date() == null ? LocalDate.of(2000, 1, 1) : c.date());
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> m) {
        Map<String, Object> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v instanceof String s ? nfc(s) : v);
            }
        });
        return out;
    }

    private DocumentContext context(DocumentContext c, String view) {
        if (c == null) {
            throw Messages.error("report.view.context", view);
        }
        if (c.format() == null) {
            throw Messages.error("report.view.format", view);
        }
        return c;
    }

    private String period(Campaign c) {
        return c == null ? "" : l.period(c.period());
    }

    private void para(String style, String styled) {
        lines.add(Line.paragraph(block, style, styled));
    }

    private void empty() {
        lines.add(Line.paragraph(block, S_EMPTY, null));
    }

    private void nextBlock() {
        block++;
    }

    private String upper(String s) {
        return s == null ? "" : s.toUpperCase(l.locale());
    }

    private static String esc(String s) {
        return Markup.escape(nfc(s));
    }

    private static String nfc(String s) {
        return VietnameseText.nfc(s);
    }

    private static String dash(String s) {
        String t = s.strip();
        return t.startsWith("-") || t.startsWith("–") ? t : "- " + t;
    }

    private static String end(String s, String punct) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == ';' || last == ',' || last == ':' ? t : t + punct;
    }
}
