package io.github.ghidanh.report;

import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.view.DocumentKind;
import io.github.ghidanh.core.workflow.CampaignState;
import io.github.ghidanh.report.internal.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every document of a campaign as files: which documents each organisation has, in which formats, and
 * under which names ({@code <organisation folder>/<file stem>.<ext>}, e.g.
 * {@code cb-tdp1/bao-cao.pdf}). The command line's batch, the HTTP service's ZIP and a host's batch job
 * all lay out a campaign this way, so a folder written by any of them is the same.
 */
public final class DocumentFiles {
    /**
     * One file: a document of an organisation in one format.
     *
     * @param kind the document
     * @param organisationId the organisation that issues it
     * @param folder the organisation's folder (see {@link #folders(OrganisationTree)})
     * @param format the format
     */
    public record DocumentFile(DocumentKind kind, String organisationId, String folder, Format format) {
        /** "bao-cao.pdf": the file's name in its organisation's folder. */
        public String fileName() {
            return kind.fileStem() + "." + format.extension();
        }

        /** "cb-tdp1/bao-cao.pdf": the file's path below the output folder, with '/' (as in a ZIP). */
        public String path() {
            return folder + "/" + fileName();
        }

        /** The file in {@code outDir}. */
        public Path in(Path outDir) {
            return outDir.resolve(folder).resolve(fileName());
        }
    }

    private DocumentFiles() {
    }

    /**
     * The files of {@code state}'s campaign dated {@code date} (null: each document at its default
     * date), organisation by organisation in tree order, each document in {@link DocumentKind} order
     * and each format in {@link DocumentType#formats()} order. Only the documents that exist and have
     * something to show on that date are listed (a cell that had not submitted by then has no report,
     * a roll without entries no honour roll).
     */
    public static List<DocumentFile> of(CampaignState state, LocalDate date) {
        CampaignState asOf = date == null ? state : state.asOf(date);
        List<DocumentFile> files = new ArrayList<>();
        for (Map.Entry<String, String> e : folders(asOf.tree()).entrySet()) {
            files.addAll(of(asOf, e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableList(files);
    }

    /**
     * The files of one organisation, as {@link #of(CampaignState, LocalDate)} lists them, in {@code folder}:
     * its entry in {@link #folders(OrganisationTree)}, which the caller works out once for the whole tree
     * (a batch that goes organisation by organisation would otherwise redo it for each).
     *
     * @throws ReportException {@code report.files.organisation} when the tree has no such organisation
     */
    public static List<DocumentFile> of(CampaignState state, LocalDate date, String organisationId, String folder) {
        CampaignState asOf = date == null ? state : state.asOf(date);
        if (asOf.tree().find(organisationId).isEmpty()) {
            throw Messages.error("report.files.organisation", organisationId);
        }
        return of(asOf, organisationId, folder);
    }

    private static List<DocumentFile> of(CampaignState state, String organisationId, String folder) {
        Organisation org = state.tree().get(organisationId);
        List<DocumentFile> files = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.issuedBy(state, org) && kind.hasContent(state, org)) {
                for (Format f : DocumentType.formats(kind)) {
                    files.add(new DocumentFile(kind, organisationId, folder, f));
                }
            }
        }
        return files;
    }

    /**
     * The folder of every organisation, in tree order: {@link #folderName(String)} of its id, with
     * "-2", "-3" … added for ids that differ only in unsafe characters or in case (so that no two
     * organisations share a folder on a file system that ignores case).
     */
    public static Map<String, String> folders(OrganisationTree tree) {
        Map<String, String> folders = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Organisation org : tree.all()) {
            String folder = folderName(org.id());
            for (int n = 2; !taken.add(folder.toLowerCase(Locale.ROOT)); n++) {
                folder = folderName(org.id()) + "-" + n;
            }
            folders.put(org.id(), folder);
        }
        return Collections.unmodifiableMap(folders);
    }

    /**
     * An organisation's id with every character other than letters, digits, '.', '_' and '-' replaced
     * by '-', so that an id from an input file can never name a path outside the output folder
     * ("../x", "/etc", "a/b").
     */
    public static String folderName(String organisationId) {
        String s = organisationId.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "org-" + s.replace('.', '-');
        }
        return s;
    }

    /** "bao-cao-cb-tdp1.pdf": a document of an organisation as one file among others of a flat folder. */
    public static String flatFileName(DocumentKind kind, String organisationId, Format format) {
        return kind.fileStem() + "-" + folderName(organisationId).toLowerCase(Locale.ROOT) + "." + format.extension();
    }
}
