package io.github.ghidanh.cli.documents;

import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The six documents, with the CLI's names, which organisations issue them, and how their read model
 * is built from a {@link CampaignRun}.
 */
public enum DocumentKind {
    /** Công văn: the directive letter that opens the campaign; issued by the campaign's issuer. */
    LETTER("letter", "cong-van", false),
    /** Báo cáo kết quả đánh giá, ghi danh: a cell's report. */
    CELL_REPORT("cell-report", "bao-cao", true),
    /** Danh sách đề nghị ghi danh: a cell's proposals to the level above. */
    PROPOSAL_LIST("proposal-list", "danh-sach-de-nghi", true),
    /** Sổ ghi danh: an organisation's honour roll. */
    HONOUR_ROLL("honour-roll", "so-ghi-danh", true),
    /** Tổng hợp kết quả ghi danh: the summary of the level above over its cells. */
    WARD_SUMMARY("ward-summary", "tong-hop", true),
    /** Giấy chứng nhận ghi danh: one page per honouree of an organisation's roll. */
    CERTIFICATES("certificates", "giay-chung-nhan", false);

    private final String cliName;
    private final String fileStem;
    private final boolean tabular;

    DocumentKind(String cliName, String fileStem, boolean tabular) {
        this.cliName = cliName;
        this.fileStem = fileStem;
        this.tabular = tabular;
    }

    /** The name used on the command line, e.g. "cell-report". */
    public String cliName() {
        return cliName;
    }

    /** The Vietnamese file name stem, e.g. "bao-cao". */
    public String fileStem() {
        return fileStem;
    }

    /** Whether the document is a table (and so has an XLSX form). */
    public boolean tabular() {
        return tabular;
    }

    /** Whether it is a cell's document (default organisation: the first cell). */
    public boolean cellDocument() {
        return this == CELL_REPORT || this == PROPOSAL_LIST;
    }

    public static DocumentKind fromCliName(String name) {
        for (DocumentKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name) || k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    /** The names for help texts: "letter, cell-report, …". */
    public static String cliNames() {
        StringBuilder b = new StringBuilder();
        for (DocumentKind k : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.cliName);
        }
        return b.toString();
    }

    /**
     * The organisation a document is for when none is named: the campaign's issuer, or for a cell's
     * document the issuer's first cell that has nominees (else its first child).
     */
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

    /** Whether this document exists for {@code org}: letters from the issuer, cell documents from non-roots, summaries from parents. */
    public boolean appliesTo(CampaignRun run, Organisation org) {
        return switch (this) {
            case LETTER -> org.id().equals(run.state().campaign().issuerId());
            case CELL_REPORT, PROPOSAL_LIST -> !org.isRoot();
            case WARD_SUMMARY -> !run.state().tree().children(org.id()).isEmpty();
            case HONOUR_ROLL, CERTIFICATES -> true;
        };
    }

    /**
     * The read model of this document for {@code orgId}, dated {@code date} and true as of that date
     * (see {@link ReadModels}); a null date takes the document's default: a cell's report and
     * proposal list, the cell's submission date; an honour roll, a summary and certificates, the date
     * of the campaign's last event. The directive letter opens the campaign and always carries its
     * issue date.
     */
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

    /** "bao-cao-cb-tdp1.pdf" style name for a document of {@code orgId}. */
    public String fileName(String orgId, String extension) {
        String safe = DocumentSet.folderName(orgId).toLowerCase(Locale.ROOT);
        return fileStem + "-" + safe + "." + extension;
    }
}
