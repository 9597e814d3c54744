package io.github.ghidanh.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine.Option;

/** The --date option of render and batch: the date the documents carry, and as of which they are true. */
final class DateOption {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Option(names = "--date", paramLabel = "DATE",
            description = "The document's date (dd/mm/yyyy or yyyy-mm-dd); the document shows the campaign as it stood "
                    + "at the end of that day. Default: a cell's report and proposal list, the cell's submission date; "
                    + "an honour roll, a summary, certificates, the date of the campaign's last event; the letter, "
                    + "its issue date.")
    String text;

    /** The date asked for, or null for each document's default. */
    LocalDate date() {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, DAY_MONTH_YEAR) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw CliFailure.of(Exit.UNUSABLE, "cli.badDate", s);
        }
    }
}
