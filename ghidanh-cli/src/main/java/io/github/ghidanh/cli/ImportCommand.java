package io.github.ghidanh.cli;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.interchange.spreadsheet.NomineeSheetReader;
import io.github.ghidanh.interchange.spreadsheet.SheetImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ghidanh import --sheet FILE --into FILE --cell ID --out FILE}: adds the nominees of a CSV or
 * XLSX list to an interchange file; bad rows are reported and written to a file to fix and re-import.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports a nominee list from a spreadsheet (CSV UTF-8 or XLSX, Vietnamese header row) into an "
                + "interchange file that has the organisations and the campaign (docs/json-format.md).",
                "Every bad row is printed with its row, column and problem and written, with a \"Lỗi\" column, to the "
                + "rejected-rows file; fix that file and import it again. Good rows are never lost.",
                "Exit codes: 0 every row imported, 1 some rows rejected (the others imported), 2 unreadable input."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--sheet"}, required = true, paramLabel = "FILE", description = "The spreadsheet (.csv or .xlsx).")
    Path sheet;

    @Option(names = "--into", required = true, paramLabel = "FILE",
            description = "An interchange file with the organisations and the campaign; its nominees are kept.")
    Path into;

    @Option(names = "--cell", paramLabel = "ID",
            description = "The organisation (cell) of the rows when the sheet has no \"Chi bộ\" column; default: the first cell.")
    String cell;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The interchange file to write.")
    Path out;

    @Option(names = "--rejected", paramLabel = "FILE",
            description = "Where to write the rejected rows; default: beside the sheet, NAME.loi.csv / NAME.loi.xlsx.")
    Path rejected;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws IOException {
        Locale locale = lang.locale();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Interchange base = Inputs.json(into, locale, err, true).content();
        String cellId = cell;
        if (cellId == null) {
            cellId = base.organisations().children(base.campaign().issuerId()).stream().findFirst()
                    .map(io.github.ghidanh.core.model.Organisation::id).orElse(base.campaign().issuerId());
        } else if (base.organisations().find(cellId).isEmpty()) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.unknownOrganisation", cellId);
        }
        SheetImport r;
        try {
            r = NomineeSheetReader.of(cellId, base.organisations()).read(sheet);
        } catch (InterchangeException e) {
            throw new CliFailure(Exit.UNUSABLE, e.messageVi(), e.messageEn());
        }
        for (ImportProblem w : r.warnings()) {
            o.println(w.format(locale));
        }
        for (ImportProblem p : r.problems()) {
            o.println(p.format(locale));
        }
        List<Nominee> nominees = new ArrayList<>(base.nominees());
        Set<String> ids = new HashSet<>();
        base.nominees().forEach(n -> ids.add(n.id()));
        int clashes = 0;
        for (SheetImport.Accepted a : r.accepted()) {
            if (ids.add(a.nominee().id())) {
                nominees.add(a.nominee());
            } else {
                clashes++;
                Messages.Text clash = Messages.of("cli.importClash", a.nominee().id());
                o.println(new ImportProblem(r.file(), a.row(), null, clash.key(), clash.vi(), clash.en()).format(locale));
            }
        }
        JsonInterchange.write(new Interchange(base.organisations(), base.campaign(), nominees, base.submissions(),
                base.reviews()), out);
        o.println(r.summary(locale));
        o.println(Messages.format(locale, "cli.importWrote", out, r.accepted().size() - clashes));
        if (!r.rejected().isEmpty()) {
            Path target = rejected != null ? rejected : defaultRejected(sheet, r.format());
            r.writeRejected(target, locale);
            o.println(Messages.format(locale, "cli.importRejected", target, r.rejected().size()));
        }
        return r.rejected().isEmpty() && clashes == 0 ? Exit.OK : Exit.VIOLATIONS;
    }

    static Path defaultRejected(Path sheet, SheetImport.Format format) {
        String name = sheet.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.endsWith(".loi")) {
            stem = stem.substring(0, stem.length() - 4);
        }
        return sheet.toAbsolutePath().resolveSibling(stem + ".loi." + (format == SheetImport.Format.CSV ? "csv" : "xlsx"));
    }
}
