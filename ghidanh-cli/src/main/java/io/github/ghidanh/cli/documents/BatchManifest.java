package io.github.ghidanh.cli.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a batch has written into its output folder, so that a batch stopped half-way (killed, out of
 * power) resumes where it stopped: per document, a key of everything it was rendered from (the input
 * file's bytes, the profile's, the document, format, language, date and archival flag) and the SHA-256
 * of the file written. A document is skipped on the next run when its key is the same and its file
 * still has that hash; any other document is rendered again. The manifest is rewritten after each
 * document through a temporary file and an atomic move, so a crash leaves the old one or the new one,
 * never half of one; its lines are sorted and hold no time, so a resumed batch ends with the same
 * manifest, and the same folder, byte for byte, as one never stopped.
 *
 * <p>Not thread-safe: the batch records documents one at a time.
 */
public final class BatchManifest {
    /** The manifest's name in the output folder (hidden, like the temporary files). */
    public static final String NAME = ".ghidanh-batch";
    private static final String HEADER = "# ghidanh batch 1: document, key of its inputs, SHA-256 of the file";
    /**
     * A temporary file of the atomic writers (the documents' and this manifest's): ".NAME.UUID.tmp".
     * Only these are removed: nothing else of a folder is ever touched.
     */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+\\.[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\.tmp");

    private final Path outDir;
    private final Map<String, Entry> entries = new TreeMap<>();

    /** A document's line: the key of its inputs and the hash of its file. */
    private record Entry(String key, String sha256) {
    }

    private BatchManifest(Path outDir) {
        this.outDir = outDir;
    }

    /** An empty manifest for {@code outDir} (a fresh start; the file is replaced at the first document). */
    public static BatchManifest fresh(Path outDir) {
        return new BatchManifest(outDir);
    }

    /**
     * The manifest a previous batch left in {@code outDir}; empty when there is none or it cannot be
     * read as one (the documents are then rendered again, which is always safe).
     */
    public static BatchManifest read(Path outDir) throws IOException {
        BatchManifest m = new BatchManifest(outDir);
        List<String> lines;
        try {
            lines = Files.readAllLines(outDir.resolve(NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return m;
        } catch (java.nio.charset.CharacterCodingException e) {
            return m;
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return m;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length == 3) {
                m.entries.put(f[0], new Entry(f[1], f[2]));
            }
        }
        return m;
    }

    /**
     * Removes the temporary files an interrupted writer left in {@code folders} (not in their
     * subfolders).
     *
     * @return the files removed
     */
    public static List<Path> removeStaleTemporaryFiles(Set<Path> folders) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(folder,
                    p -> TEMPORARY.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))) {
                for (Path p : s) {
                    if (Files.deleteIfExists(p)) {
                        removed.add(p);
                    }
                }
            }
        }
        return removed;
    }

    /** The folders a batch of {@code jobs} into {@code outDir} writes into: the folder itself and the organisations'. */
    public static Set<Path> folders(Path outDir, List<DocumentSet.Job> jobs) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(outDir);
        for (DocumentSet.Job j : jobs) {
            folders.add(j.target().toAbsolutePath().getParent());
        }
        return folders;
    }

    /** Whether {@code job}'s file is there, written from inputs with {@code key}, and unchanged since. */
    public boolean done(DocumentSet.Job job, String key) throws IOException {
        Entry e = entries.get(name(job));
        return e != null && e.key().equals(key) && Files.isRegularFile(job.target()) && e.sha256().equals(sha256(job.target()));
    }

    /** Keeps only the documents of {@code jobs} (a document of another batch into this folder is forgotten). */
    public void retain(List<DocumentSet.Job> jobs) {
        Set<String> names = new java.util.HashSet<>();
        for (DocumentSet.Job j : jobs) {
            names.add(name(j));
        }
        entries.keySet().retainAll(names);
    }

    /** Records {@code job}'s file, just written from inputs with {@code key}, and writes the manifest. */
    public void record(DocumentSet.Job job, String key) throws IOException {
        entries.put(name(job), new Entry(key, sha256(job.target())));
        write();
    }

    /** Writes the manifest: a temporary file of the same folder, moved over the old one. */
    public void write() throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        entries.forEach((name, e) -> b.append(name).append('\t').append(e.key()).append('\t').append(e.sha256()).append('\n'));
        Files.createDirectories(outDir);
        Path target = outDir.resolve(NAME);
        Path tmp = outDir.resolve("." + NAME.substring(1) + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The number of documents recorded. */
    public int size() {
        return entries.size();
    }

    /** The document's path in the output folder, with '/' between names on every system. */
    private String name(DocumentSet.Job job) {
        Path rel = outDir.toAbsolutePath().normalize().relativize(job.target().toAbsolutePath().normalize());
        List<String> parts = new ArrayList<>();
        rel.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    /** The key of a document's inputs: SHA-256 of its parts, each length-prefixed so no two lists give one text. */
    public static String key(Object... parts) {
        MessageDigest md = digest();
        for (Object p : parts) {
            byte[] b = String.valueOf(p).getBytes(StandardCharsets.UTF_8);
            md.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The SHA-256 of a file's bytes, read in blocks (a document may be large). */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
