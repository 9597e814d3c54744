package io.github.ghidanh.batch;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.report.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which documents each organisation of a campaign gets, in which formats, under which file names: the
 * same set and the same layout ({@code out/<organisation folder>/<document>.<ext>}) as the command
 * line's {@code batch}, so a folder written by either is the same. Kept here rather than taken from the
 * command line module, which would bring picocli and its launcher into a Spring application.
 */
final class CampaignDocuments {
    /** The six documents, with their Vietnamese file name stems. */
    enum Kind {
        LETTER("cong-van", false),
        CELL_REPORT("bao-cao", true),
        PROPOSAL_LIST("danh-sach-de-nghi", true),
        HONOUR_ROLL("so-ghi-danh", true),
        WARD_SUMMARY("tong-hop", true),
        CERTIFICATES("giay-chung-nhan", false);

        private final String fileStem;
        private final boolean tabular;

        Kind(String fileStem, boolean tabular) {
            this.fileStem = fileStem;
            this.tabular = tabular;
        }

        String fileStem() {
            return fileStem;
        }

        /** PDF and DOCX, plus XLSX for the tables. */
        List<Format> formats() {
            return tabular ? List.of(Format.PDF, Format.DOCX, Format.XLSX) : List.of(Format.PDF, Format.DOCX);
        }

        /** The letter from the issuer, a cell's documents from non-roots, a summary from organisations with cells. */
        boolean appliesTo(CampaignRun run, Organisation org) {
            return switch (this) {
                case LETTER -> org.id().equals(run.state().campaign().issuerId());
                case CELL_REPORT, PROPOSAL_LIST -> !org.isRoot();
                case WARD_SUMMARY -> !run.state().tree().children(org.id()).isEmpty();
                case HONOUR_ROLL, CERTIFICATES -> true;
            };
        }

        /**
         * Nothing to show: a cell's report and proposal list when it did not submit, a proposal list
         * without proposals, an honour roll or certificates without entries.
         */
        boolean emptyFor(CampaignState st, Organisation org) {
            String campaign = st.campaign().id();
            return switch (this) {
                case CELL_REPORT -> st.submission(org.id()).isEmpty();
                case PROPOSAL_LIST -> st.submission(org.id()).isEmpty() || st.proposalsFrom(org.id()).isEmpty();
                case HONOUR_ROLL, CERTIFICATES -> st.roll(org.id()).entries(campaign).isEmpty();
                case LETTER, WARD_SUMMARY -> false;
            };
        }

        /** The read model, each document at its default date (see {@link ReadModels}). */
        DocumentView view(CampaignRun run, String orgId, CriteriaProfile profile) {
            CampaignState state = run.state();
            return switch (this) {
                case LETTER -> ReadModels.directiveLetter(state.campaign(), state.tree(), profile);
                case CELL_REPORT -> ReadModels.cellReport(state, orgId, null);
                case PROPOSAL_LIST -> ReadModels.proposalList(state, orgId, null);
                case HONOUR_ROLL -> ReadModels.honourRoll(state, orgId, null);
                case WARD_SUMMARY -> ReadModels.wardSummary(state, orgId, null);
                case CERTIFICATES -> ReadModels.certificates(state, orgId, null);
            };
        }
    }

    /** One file to write: a document of an organisation in one format, at {@code folder/fileName}. */
    record Document(Kind kind, Format format, String fileName) {
    }

    private CampaignDocuments() {
    }

    /**
     * The folder of every organisation, in tree order: its id made safe for a file name, with "-2", "-3"…
     * for ids that differ only in unsafe characters or in case.
     */
    static Map<String, String> folders(CampaignRun run) {
        Map<String, String> folders = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Organisation org : run.state().tree().all()) {
            String folder = folderName(org.id());
            for (int n = 2; !taken.add(folder.toLowerCase(Locale.ROOT)); n++) {
                folder = folderName(org.id()) + "-" + n;
            }
            folders.put(org.id(), folder);
        }
        return folders;
    }

    /**
     * An organisation's id with every character other than letters, digits, '.', '_' and '-' replaced by
     * '-', so that an id from an input file never names a path outside the output folder ("../x", "/etc").
     */
    static String folderName(String orgId) {
        String s = orgId.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "org-" + s.replace('.', '-');
        }
        return s;
    }

    /** The documents of {@code orgId} that have something to show, in document order. */
    static List<Document> of(CampaignRun run, String orgId) {
        Organisation org = run.state().tree().get(orgId);
        List<Document> docs = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (!kind.appliesTo(run, org) || kind.emptyFor(run.state(), org)) {
                continue;
            }
            for (Format f : kind.formats()) {
                docs.add(new Document(kind, f, kind.fileStem() + "." + f.extension()));
            }
        }
        return docs;
    }

    /** Where a document of an organisation goes. */
    static Path target(Path out, String folder, Document doc) {
        return out.resolve(folder).resolve(doc.fileName());
    }
}
