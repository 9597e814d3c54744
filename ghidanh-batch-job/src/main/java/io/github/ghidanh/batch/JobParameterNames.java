package io.github.ghidanh.batch;

/**
 * The parameters of the job. All identify the job instance: the same input file (path and content),
 * output folder, language and PDF kind make a run that a later run with the same values restarts.
 */
final class JobParameterNames {
    /** The interchange file, as an absolute path. */
    static final String INPUT = "input";
    /** The SHA-256 of the file when the job started: a changed file is a new job, never a restart. */
    static final String INPUT_SHA256 = "inputSha256";
    /** The output folder, as an absolute path. */
    static final String OUT = "out";
    /** "vi" or "en": the language of the documents. */
    static final String LANG = "lang";
    /** "true" for archival PDF (PDF/A-1a). */
    static final String ARCHIVAL = "archival";

    /** Partition context: the organisation's id. */
    static final String ORGANISATION = "organisation";
    /** Partition context: the organisation's folder under the output folder. */
    static final String FOLDER = "folder";

    private JobParameterNames() {
    }
}
