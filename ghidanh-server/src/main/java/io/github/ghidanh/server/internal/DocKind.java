package io.github.ghidanh.server.internal;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.report.Format;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The six documents by the names the command line uses, and how each one's read model is built from a
 * {@link CampaignRun}. The command line keeps the same mapping in its own module; it is repeated here
 * (a few lines per document, each a call of {@link ReadModels}) so that the service does not carry the
 * command line and picocli. A test renders the same document both ways and compares the bytes.
 */
public enum DocKind {
    LETTER("letter", "cong-van", "Công văn", "Directive letter", false),
    CELL_REPORT("cell-report", "bao-cao", "Báo cáo kết quả đánh giá, ghi danh", "Cell report", true),
    PROPOSAL_LIST("proposal-list", "danh-sach-de-nghi", "Danh sách đề nghị ghi danh", "Proposal list", true),
    HONOUR_ROLL("honour-roll", "so-ghi-danh", "Sổ ghi danh", "Honour roll", true),
    WARD_SUMMARY("ward-summary", "tong-hop", "Tổng hợp kết quả ghi danh", "Ward summary", true),
    CERTIFICATES("certificates", "giay-chung-nhan", "Giấy chứng nhận ghi danh", "Certificates", false);

    private final String apiName;
    private final String fileStem;
    private final String titleVi;
    private final String titleEn;
    private final boolean tabular;

    DocKind(String apiName, String fileStem, String titleVi, String titleEn, boolean tabular) {
        this.apiName = apiName;
        this.fileStem = fileStem;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.tabular = tabular;
    }

    public String apiName() {
        return apiName;
    }

    /** The command line's file name stem, e.g. "so-ghi-danh": the entries of a batch ZIP. */
    public String fileStem() {
        return fileStem;
    }

    public String title(Locale locale) {
        return locale.getLanguage().equals("en") ? titleEn : titleVi;
    }

    /** The formats the document has: PDF and DOCX, and XLSX for the tables. */
    public List<Format> formats() {
        return tabular ? List.of(Format.PDF, Format.DOCX, Format.XLSX) : List.of(Format.PDF, Format.DOCX);
    }

    public static DocKind fromApiName(String name) {
        for (DocKind k : values()) {
            if (k.apiName.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private boolean cellDocument() {
        return this == CELL_REPORT || this == PROPOSAL_LIST;
    }

    /** As the command line: the issuer, or for a cell's document the issuer's first cell with nominees. */
    public String defaultOrganisation(CampaignRun run) {
        String issuer = run.state().campaign().issuerId();
        if (!cellDocument()) {
            return issuer;
        }
        List<Organisation> cells = run.state().tree().children(issuer);
        for (Organisation c : cells) {
            if (run.input().nominees().stream().anyMatch(n -> n.cellId().equals(c.id()))) {
                return c.id();
            }
        }
        return cells.isEmpty() ? issuer : cells.get(0).id();
    }

    /** Whether the document exists for {@code org}: letters from the issuer, cell documents from non-roots, summaries from parents. */
    public boolean appliesTo(CampaignRun run, Organisation org) {
        return switch (this) {
            case LETTER -> org.id().equals(run.state().campaign().issuerId());
            case CELL_REPORT, PROPOSAL_LIST -> !org.isRoot();
            case WARD_SUMMARY -> !run.state().tree().children(org.id()).isEmpty();
            case HONOUR_ROLL, CERTIFICATES -> true;
        };
    }

    /** Whether it has nothing to show (left out of a batch): no submission, no proposals, an empty roll. */
    public boolean empty(CampaignState st, Organisation org) {
        String campaign = st.campaign().id();
        return switch (this) {
            case CELL_REPORT -> st.submission(org.id()).isEmpty();
            case PROPOSAL_LIST -> st.submission(org.id()).isEmpty() || st.proposalsFrom(org.id()).isEmpty();
            case HONOUR_ROLL, CERTIFICATES -> st.roll(org.id()).entries(campaign).isEmpty();
            case LETTER, WARD_SUMMARY -> false;
        };
    }

    /** The read model, dated {@code date} (null: the document's default date), as the command line builds it. */
    public DocumentView view(CampaignRun run, String orgId, CriteriaProfile profile, LocalDate date) {
        CampaignState state = run.state();
        return switch (this) {
            case LETTER -> ReadModels.directiveLetter(state.campaign(), state.tree(), profile);
            case CELL_REPORT -> ReadModels.cellReport(state, orgId, date);
            case PROPOSAL_LIST -> ReadModels.proposalList(state, orgId, date);
            case HONOUR_ROLL -> ReadModels.honourRoll(state, orgId, date);
            case WARD_SUMMARY -> ReadModels.wardSummary(state, orgId, date);
            case CERTIFICATES -> ReadModels.certificates(state, orgId, date);
        };
    }

    /**
     * The Vietnamese file name: "Sổ ghi danh - Đảng ủy phường Duyên Hải.pdf", without the characters
     * file systems refuse.
     */
    public String fileName(Organisation org, Format format) {
        String name = titleVi + " - " + org.name();
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").trim();
        return name + "." + format.extension();
    }

    /** Every name, for messages: "letter, cell-report, …". */
    public static String apiNames() {
        StringBuilder b = new StringBuilder();
        for (DocKind k : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.apiName);
        }
        return b.toString();
    }
}
