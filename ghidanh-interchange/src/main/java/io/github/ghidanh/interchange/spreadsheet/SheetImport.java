package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result of importing one nominee spreadsheet: every row is either accepted (with its nominee)
 * or rejected (with its original cells and every problem found in it) — no row is lost.
 *
 * @param file the file name
 * @param format CSV or XLSX
 * @param headerRow the row number of the header row
 * @param header the header cells as written in the file (without a previous "Lỗi" column)
 * @param accepted the rows that became nominees, in file order
 * @param rejected the rows that did not, in file order
 * @param warnings problems that reject nothing (e.g. an unknown column that was ignored)
 */
public record SheetImport(String file, Format format, int headerRow, List<String> header, List<Accepted> accepted,
        List<Rejected> rejected, List<ImportProblem> warnings) {

    public SheetImport {
        header = List.copyOf(header);
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** The file formats read. */
    public enum Format {
        CSV,
        XLSX
    }

    /** A row that became a nominee. */
    public record Accepted(int row, Nominee nominee) {
    }

    /**
     * A row that was rejected.
     *
     * @param row the row number in the file
     * @param cells the row's cells as read (aligned with {@link SheetImport#header()})
     * @param section the section row above it ("I. CÁ NHÂN") when its kind came from one, else null
     * @param problems every problem of the row
     */
    public record Rejected(int row, List<String> cells, List<String> section, List<ImportProblem> problems) {
        public Rejected {
            cells = List.copyOf(cells);
            section = section == null ? null : List.copyOf(section);
            problems = List.copyOf(problems);
        }
    }

    /** The nominees of the accepted rows. */
    public List<Nominee> nominees() {
        return accepted.stream().map(Accepted::nominee).toList();
    }

    /** Every problem of every rejected row, in row order. */
    public List<ImportProblem> problems() {
        return rejected.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** Number of data rows read (accepted + rejected). */
    public int rows() {
        return accepted.size() + rejected.size();
    }

    /**
     * Writes the rejected rows to a file of the same format (CSV or XLSX) with the same header and an
     * extra last column "Lỗi" holding the row's problems in {@code locale}, so that the user can fix
     * the rows and import the file again (the "Lỗi" column is ignored on import). Written atomically.
     */
    public void writeRejected(Path target, Locale locale) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int width = header.size();
        for (Rejected r : rejected) {
            width = Math.max(width, r.cells().size()); // cells beyond the header are kept, under a blank header
        }
        List<String> head = pad(header, width);
        head.add(Column.ERROR.header());
        rows.add(head);
        List<String> lastSection = null;
        for (Rejected r : rejected) {
            if (r.section() != null && !r.section().equals(lastSection)) {
                rows.add(pad(r.section(), head.size()));
                lastSection = r.section();
            }
            List<String> cells = pad(r.cells(), width);
            cells.add(r.problems().stream().map(p -> (p.location() == null ? "" : p.location() + ": ") + p.message(locale))
                    .collect(Collectors.joining("; ")));
            rows.add(cells);
        }
        byte[] bytes = format == Format.CSV
                ? ("\uFEFF" + CsvFormat.write(rows, ',')).getBytes(StandardCharsets.UTF_8)
                : XlsxFormat.write(rows, "Lỗi");
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ghidanh-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A one-line summary, e.g. "nominees.csv: 12 rows, 10 accepted, 2 rejected". */
    public String summary(Locale locale) {
        return Messages.format(locale, "sheet.summary", file, rows(), accepted.size(), rejected.size());
    }

    private static List<String> pad(List<String> cells, int size) {
        List<String> out = new ArrayList<>(cells);
        while (out.size() < size) {
            out.add("");
        }
        return out;
    }
}
