package io.github.ghidanh.core.view;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.workflow.CampaignState;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six documents of a campaign: which organisation issues each, when one has something to show,
 * and how its read model is built from a {@link CampaignState}. One mapping for every way a host asks
 * for a document (the command line, the HTTP service, a batch job, its own code), so that the same
 * request names the same document and the same bytes everywhere.
 *
 * <p>The {@link #id() id} ("honour-roll") is the stable name of a document in commands, URLs and
 * files; the {@link #fileStem() file stem} ("so-ghi-danh") is its Vietnamese file name without the
 * organisation and the extension.
 */
public enum DocumentKind {
    /** Công văn: the directive letter that opens the campaign; issued by the campaign's issuer. */
    LETTER("letter", "cong-van", "Công văn", "Directive letter", false),
    /** Báo cáo kết quả đánh giá, ghi danh: a cell's report to the level above. */
    CELL_REPORT("cell-report", "bao-cao", "Báo cáo kết quả đánh giá, ghi danh", "Cell report", true),
    /** Danh sách đề nghị ghi danh: a cell's proposals to the level above. */
    PROPOSAL_LIST("proposal-list", "danh-sach-de-nghi", "Danh sách đề nghị ghi danh", "Proposal list", true),
    /** Sổ ghi danh: an organisation's honour roll. */
    HONOUR_ROLL("honour-roll", "so-ghi-danh", "Sổ ghi danh", "Honour roll", true),
    /** Tổng hợp kết quả ghi danh: the summary of the level above over its cells. */
    WARD_SUMMARY("ward-summary", "tong-hop", "Tổng hợp kết quả ghi danh", "Ward summary", true),
    /** Giấy chứng nhận ghi danh: one page per honouree of an organisation's roll. */
    CERTIFICATES("certificates", "giay-chung-nhan", "Giấy chứng nhận ghi danh", "Certificates", false);

    private final String id;
    private final String fileStem;
    private final String titleVi;
    private final String titleEn;
    private final boolean tabular;

    DocumentKind(String id, String fileStem, String titleVi, String titleEn, boolean tabular) {
        this.id = id;
        this.fileStem = fileStem;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.tabular = tabular;
    }

    /** The stable name in commands, URLs and files, e.g. "cell-report". */
    public String id() {
        return id;
    }

    /** The Vietnamese file name stem, e.g. "bao-cao". */
    public String fileStem() {
        return fileStem;
    }

    /** The document's title, e.g. "Sổ ghi danh". */
    public String titleVi() {
        return titleVi;
    }

    /** The title in English, e.g. "Honour roll". */
    public String titleEn() {
        return titleEn;
    }

    /** The title in {@code locale}'s language: English for "en", Vietnamese otherwise. */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }

    /** Whether the document is a table, one row per entry (and so has a spreadsheet form). */
    public boolean tabular() {
        return tabular;
    }

    /** Whether it is a cell's own document (the report and the proposal list). */
    public boolean cellDocument() {
        return this == CELL_REPORT || this == PROPOSAL_LIST;
    }

    /** The document whose {@link #id()} or constant name is {@code name}, ignoring case. */
    public static Optional<DocumentKind> byId(String name) {
        for (DocumentKind k : values()) {
            if (k.id.equalsIgnoreCase(name) || k.name().equalsIgnoreCase(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Every id, for messages and help texts: "letter, cell-report, …". */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (DocumentKind k : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.id);
        }
        return b.toString();
    }

    /**
     * The organisation this document is for when none is named: the campaign's issuer; for a cell's
     * document, the issuer's first cell that evaluated nominees, else its first child.
     */
    public String defaultOrganisation(CampaignState state) {
        String issuer = state.campaign().issuerId();
        if (!cellDocument()) {
            return issuer;
        }
        List<Organisation> cells = state.tree().children(issuer);
        for (Organisation c : cells) {
            if (!state.evaluationsOf(c.id()).isEmpty()) {
                return c.id();
            }
        }
        return cells.isEmpty() ? issuer : cells.get(0).id();
    }

    /**
     * Whether {@code org} issues this document at all: the letter from the campaign's issuer, a cell's
     * documents from every organisation below the top, a summary from every organisation with cells,
     * an honour roll and certificates from any organisation.
     */
    public boolean issuedBy(CampaignState state, Organisation org) {
        return switch (this) {
            case LETTER -> org.id().equals(state.campaign().issuerId());
            case CELL_REPORT, PROPOSAL_LIST -> !org.isRoot();
            case WARD_SUMMARY -> !state.tree().children(org.id()).isEmpty();
            case HONOUR_ROLL, CERTIFICATES -> true;
        };
    }

    /**
     * Whether {@code org}'s document has something to show in {@code state}: not a cell's report or
     * proposal list before the cell submitted, nor a proposal list without proposals, nor an honour
     * roll or certificates without entries. The letter and the summary always have.
     */
    public boolean hasContent(CampaignState state, Organisation org) {
        String campaign = state.campaign().id();
        return switch (this) {
            case CELL_REPORT -> state.submission(org.id()).isPresent();
            case PROPOSAL_LIST -> state.submission(org.id()).isPresent() && !state.proposalsFrom(org.id()).isEmpty();
            case HONOUR_ROLL, CERTIFICATES -> !state.roll(org.id()).entries(campaign).isEmpty();
            case LETTER, WARD_SUMMARY -> true;
        };
    }

    /**
     * The read model of this document for {@code orgId}, dated {@code date} and true as of that date
     * (see {@link ReadModels}); a null date takes the document's default: a cell's report and proposal
     * list, the cell's submission date; an honour roll, a summary and certificates, the date of the
     * campaign's last event. The directive letter opens the campaign and always carries its issue date.
     */
    public DocumentView view(CampaignState state, String orgId, CriteriaProfile profile, LocalDate date) {
        return switch (this) {
            case LETTER -> ReadModels.directiveLetter(state.campaign(), state.tree(), profile);
            case CELL_REPORT -> ReadModels.cellReport(state, orgId, date);
            case PROPOSAL_LIST -> ReadModels.proposalList(state, orgId, date);
            case HONOUR_ROLL -> ReadModels.honourRoll(state, orgId, date);
            case WARD_SUMMARY -> ReadModels.wardSummary(state, orgId, date);
            case CERTIFICATES -> ReadModels.certificates(state, orgId, date);
        };
    }
}
