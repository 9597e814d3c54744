package io.github.ghidanh.batch;

import java.nio.file.Path;

/**
 * Told of every document the job has written, complete and in place, from the partition's thread.
 * Beans of this type in the application context are called in order; one that throws fails that
 * organisation's step (the documents written before it stay, whole), which a restart then redoes.
 */
@FunctionalInterface
public interface DocumentWrittenListener {
    /**
     * A document has been written.
     *
     * @param organisationId the organisation the document belongs to
     * @param file the file, already moved into place
     */
    void written(String organisationId, Path file);
}
