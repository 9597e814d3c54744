package io.github.ghidanh.examples.cli;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.examples.internal.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ghidanh} command line: {@code demo}, {@code validate}, {@code render}, {@code batch},
 * {@code import}. Runs as {@code java -jar ghidanh-examples/target/ghidanh.jar …} or {@code ./ghidanh …}.
 * Messages go to stdout/stderr in UTF-8 whatever the platform's default charset.
 */
@Command(name = "ghidanh", mixinStandardHelpOptions = true, versionProvider = GhidanhCli.Version.class,
        subcommands = {DemoCommand.class, ValidateCommand.class, RenderCommand.class, BatchCommand.class,
                ImportCommand.class, WarmupCommand.class, CommandLine.HelpCommand.class},
        description = {"Honour roll (sổ ghi danh) of exemplary models, collectives and individuals: validate input, "
                + "run the sample campaign, render the official documents (PDF, DOCX, XLSX).",
                "Exit codes: 0 success, 1 violations (validate), 2 unreadable input or document not available."})
public final class GhidanhCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        quietLibraries();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests; never calls System.exit). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new GhidanhCli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Locale locale = localeOf(parseResult);
            if (ex instanceof CliFailure f) {
                err.println(f.message(locale));
                return f.exitCode;
            }
            if (ex instanceof GhidanhException g) {
                err.println(g.message(locale));
                return Exit.UNUSABLE;
            }
            if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                err.println(Messages.format(locale, "cli.io", String.valueOf(ex.getMessage())));
                return Exit.UNUSABLE;
            }
            err.println(Messages.format(locale, "cli.internal", ex.toString()));
            return Exit.UNUSABLE;
        });
        return cmd.execute(args);
    }

    private static Locale localeOf(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult p = parseResult;
        while (p != null) {
            if (p.hasMatchedOption("--lang")) {
                Object v = p.matchedOptionValue("--lang", null);
                return "en".equals(String.valueOf(v)) ? Messages.EN : Messages.VI;
            }
            p = p.subcommand();
        }
        return Messages.VI;
    }

    /** POI and JasperReports log through Log4j / commons-logging: keep them quiet on the console. */
    static void quietLibraries() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            // POI logs malformed workbooks at ERROR with stack traces; the CLI reports them itself, in one line
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        if (System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GhidanhCli.class.getPackage().getImplementationVersion();
            return new String[] {"ghidanh " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
