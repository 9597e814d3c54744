package io.github.ghidanh.cli;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.cli.internal.Messages;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.Reports;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ghidanh} command line: {@code demo}, {@code validate}, {@code render}, {@code batch},
 * {@code import}. Runs as {@code java -jar ghidanh-cli/target/ghidanh.jar …} or {@code ./ghidanh …}.
 * Messages go to stdout/stderr in UTF-8 whatever the platform's default charset.
 */
@Command(name = "ghidanh", mixinStandardHelpOptions = true, versionProvider = GhidanhCli.Version.class,
        description = {"Honour roll (sổ ghi danh) of exemplary models, collectives and individuals: validate input, "
                + "run the sample campaign, render the official documents (PDF, DOCX, XLSX).",
                "Exit codes: 0 success, 1 violations (validate), 2 unreadable input or document not available."})
public final class GhidanhCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The warm-up started by {@link #main} for a rendering command, or null (tests, other commands). */
    private final Preload preload;

    GhidanhCli(Preload preload) {
        this.preload = preload;
    }

    /** The {@link Reports} for a rendering command: the one the warm-up thread made, else a new one. */
    Reports reports() {
        return preload != null ? preload.reports() : Reports.create();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        quietLibraries();
        Format warm = "0".equals(System.getenv("GHIDANH_PRELOAD")) ? null : Preload.formatFor(args);
        GhidanhCli cli = new GhidanhCli(warm != null ? Preload.start(warm) : null);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(cli, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests; never calls System.exit). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new GhidanhCli(null), out, err, args);
    }

    private static int run(GhidanhCli cli, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(cli);
        // picocli builds the model of a command by reflection (≈ 0.1 s for all of them at start-up):
        // when the first argument names a subcommand, only that one is built (docs/performance.md, line 3);
        // "help" needs them all
        Map<String, Supplier<Object>> subs = subcommands();
        Supplier<Object> only = args.length > 0 && !"help".equals(args[0]) ? subs.get(args[0]) : null;
        if (only != null) {
            cmd.addSubcommand(args[0], only.get());
        } else {
            subs.forEach((name, sub) -> cmd.addSubcommand(name, sub.get()));
        }
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

    /** The subcommands, in the order of the help. */
    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("demo", DemoCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("render", RenderCommand::new);
        m.put("batch", BatchCommand::new);
        m.put("import", ImportCommand::new);
        m.put("sign", SignCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("warmup", WarmupCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
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
