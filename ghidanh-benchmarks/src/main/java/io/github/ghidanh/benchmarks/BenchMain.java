package io.github.ghidanh.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The one command of the benchmarks: runs every line (JMH in-process figures, whole-process runs for
 * the heap cap and the cold start) and prints the table floor / library / ratio / bar.
 *
 * <pre>
 * java -jar ghidanh-benchmarks/target/benchmarks.jar [--only=roll,big,cold,check,batch,formats,growth]
 *      [--roll-rounds=5] [--roll-cpu-rounds=30] [--batch-rounds=5] [--batch-cpu-rounds=16] [--big=100000] [--big-rounds=5]
 *      [--big-virtualizer=false] [--cold-runs=5] [--cli=ghidanh-cli/target/ghidanh.jar] [--launcher=./ghidanh]
 * </pre>
 */
public final class BenchMain {
    static final String QUIET_LOG4J = "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory";
    private static final List<String> ALL = List.of("roll", "check", "batch", "formats", "big", "growth", "cold");

    private final Map<String, String> opts = new LinkedHashMap<>();
    private Map<String, String> bigLibrary;
    private final List<String[]> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new BenchMain(args).run();
    }

    private BenchMain(String[] args) {
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                opts.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
        }
    }

    private String opt(String k, String def) {
        return opts.getOrDefault(k, def);
    }

    private void run() throws Exception {
        Set<String> only = new LinkedHashSet<>(opts.containsKey("only") ? Arrays.asList(opt("only", "").split(",")) : ALL);
        String loadBefore = load();
        long t0 = System.nanoTime();
        for (String part : ALL) {
            if (!only.contains(part)) {
                continue;
            }
            log("== " + part + " (load " + load() + ")");
            switch (part) {
                case "roll" -> roll();
                case "check" -> check();
                case "batch" -> batch();
                case "formats" -> formats();
                case "big" -> big();
                case "growth" -> growth();
                case "cold" -> cold();
                default -> throw new IllegalArgumentException(part);
            }
        }
        String loadAfter = load();
        StringBuilder out = new StringBuilder();
        out.append("\n## ghidanh benchmarks\n\n");
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        out.append("Load average (1/5/15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append("; run took ").append(String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - t0) / 1e9)).append("\n\n");
        out.append("| # | line | unit | floor | library | ratio | bar | holds |\n|---|---|---|---:|---:|---:|---|---|\n");
        for (String[] r : table) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        System.out.println(out);
        String save = opt("save", null);
        if (save != null) {
            Files.writeString(Path.of(save), out.toString(), StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------ JMH lines

    private ChainedOptionsBuilder jmh(String benchRegex, int warmups, int iterations, int seconds) {
        return new OptionsBuilder().include(benchRegex).forks(Integer.parseInt(opt("forks", "1")))
                .warmupIterations(Integer.parseInt(opt("wi", String.valueOf(warmups))))
                .measurementIterations(Integer.parseInt(opt("i", String.valueOf(iterations))))
                .warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Djava.awt.headless=true", QUIET_LOG4J, "-Xmx" + opt("xmx", "1g"))
                .verbosity(VerboseMode.NORMAL).shouldFailOnError(true);
    }

    private static Map<String, RunResult> byLabel(Collection<RunResult> results) {
        Map<String, RunResult> m = new LinkedHashMap<>();
        for (RunResult r : results) {
            String b = r.getParams().getBenchmark();
            StringBuilder k = new StringBuilder(b.substring(b.lastIndexOf('.') + 1));
            for (String p : r.getParams().getParamsKeys()) {
                k.append(' ').append(p).append('=').append(r.getParams().getParam(p));
            }
            m.put(k.toString(), r);
        }
        return m;
    }

    private static double score(Map<String, RunResult> m, String key) {
        RunResult r = m.get(key);
        if (r == null) {
            throw new IllegalStateException("no result " + key + " in " + m.keySet());
        }
        return r.getPrimaryResult().getScore();
    }

    private static double error(Map<String, RunResult> m, String key) {
        return m.get(key).getPrimaryResult().getScoreError();
    }

    private void roll() throws Exception {
        // Library and floor in alternating one-fork rounds (see alternate): JMH runs all forks of one
        // benchmark before the next, and the machine's drift over a few minutes is larger than the bar's
        // 10 % margin; the ratio of each adjacent pair and their median are reported. Long warm-up: the
        // library's path reaches its steady state after ≈ 12 s (iterations still falling at 6 s).
        int rounds = Integer.parseInt(opt("roll-rounds", "5"));
        List<Double> floors = new ArrayList<>();
        List<Double> libs = new ArrayList<>();
        List<Double> pairs = new ArrayList<>();
        alternate(rounds, () -> libs.add(rollOnce("library")), () -> floors.add(rollOnce("floor")));
        for (int i = 0; i < rounds; i++) {
            pairs.add(libs.get(i) / floors.get(i));
        }
        double ratio = median(pairs);
        row("1", "1,000-entry honour roll → PDF, warm, 1 thread" + (rounds > 1 ? "; " + rounds
                        + " alternating pairs of one-fork runs, ms = median, ratio = median of the pairs' ratios" : ""),
                "ms/roll", ms(median(floors), Double.NaN), ms(median(libs), Double.NaN), ratio(ratio), "library ≤ 1.10 × floor",
                ratio <= 1.10);
        StringBuilder each = new StringBuilder("line 1, each pair in run order (library / floor, ms/roll): ");
        for (int i = 0; i < rounds; i++) {
            each.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%.1f / %.1f = %.2f", libs.get(i), floors.get(i), pairs.get(i)));
        }
        notes.add(each.toString());
        // the same comparison by the rendering thread's CPU time (what other processes take does not count)
        Map<String, String> cpu = cpuBatch("1000", "1", "1", opt("roll-cpu-rounds", "30"));
        double r = Double.parseDouble(cpu.get("cpuRatio"));
        row("1c", "same by CPU time of the rendering thread, one JVM, library and floor alternating, median of the last "
                        + cpuMeasured(cpu) + " pairs' ratios", "CPU ms/roll", cpu.get("floorCpuMs"), cpu.get("libraryCpuMs"), ratio(r),
                "library ≤ 1.10 × floor", r <= 1.10);
        notes.add("line 1c, the measured pairs' CPU ratios (library / floor): " + cpu.get("pairs"));
    }

    /** Runs {@link CpuBatch} in its own JVM: {@code entries orgs threads rounds}; its RESULT line as a map. */
    private Map<String, String> cpuBatch(String entries, String orgs, String threads, String rounds) throws Exception {
        return childResult(List.of("-Xmx1g"), CpuBatch.class.getName(), List.of(entries, orgs, threads, rounds));
    }

    private static int cpuMeasured(Map<String, String> cpu) {
        return cpu.get("pairs").split(",").length;
    }

    private double rollOnce(String method) throws Exception {
        Map<String, RunResult> m = byLabel(new Runner(jmh(RollBench.class.getName() + "\\." + method + "$", 10, 5, 2)
                .param("entries", "1000").param("format", "PDF").build()).run());
        return score(m, method + " entries=1000 format=PDF");
    }

    private void formats() throws Exception {
        int n = Integer.parseInt(opt("formats-entries", "10000"));
        Map<String, RunResult> m = byLabel(new Runner(jmh(RollBench.class.getName() + "\\.", 4, 3, 3)
                .param("entries", String.valueOf(n)).param("format", "PDF", "DOCX", "XLSX").build()).run());
        for (String fmt : List.of("PDF", "DOCX", "XLSX")) {
            String fk = "floor entries=" + n + " format=" + fmt;
            String lk = "library entries=" + n + " format=" + fmt;
            double f = score(m, fk);
            double l = score(m, lk);
            row("6", String.format(Locale.ROOT, "%,d entries → %s, warm", n, fmt), "ms/roll", ms(f, error(m, fk)), ms(l, error(m, lk)),
                    ratio(l / f), "reported", null);
        }
    }

    private void check() throws Exception {
        Map<String, RunResult> m = byLabel(new Runner(jmh(CheckBench.class.getName() + "\\.", 8, 5, 1).build()).run());
        double s = score(m, "check");
        row("4", "validation + criteria evaluation, 1 thread, warm", "nominees/s", "–",
                String.format(Locale.ROOT, "%,.0f ± %,.0f", s, error(m, "check")), "–", "≥ 200,000/s", s >= 200_000);
    }

    private void batch() throws Exception {
        // Line 5 holds the library at two threads to plain JasperReports at two threads (same batch, same
        // compiled template, prepared rows), library and floor in alternating one-fork runs (see alternate);
        // long warm-up: see BatchBench (the 2-thread fork needs ≈ 40 s before the JIT has settled).
        // five pairs, not three: one fork whose JIT settles late reads 1.27-1.33 on its own, and with three pairs
        // one such fork next to an ordinary one decides the median (docs/performance.md, eighth session)
        int rounds = Integer.parseInt(opt("batch-rounds", "5"));
        List<Double> libs = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        List<Double> pairs = new ArrayList<>();
        alternate(rounds, () -> libs.add(batchOnce("batch", 2)), () -> floors.add(batchOnce("floor", 2)));
        for (int i = 0; i < rounds; i++) {
            pairs.add(libs.get(i) / floors.get(i));
        }
        double ratio = median(pairs);
        row("5", "batch: " + BatchBench.ORGS + " organisations × " + BatchBench.ENTRIES + " entries → PDF, 2 threads; floor = plain "
                        + "JasperReports (prepared rows) at 2 threads" + (rounds > 1 ? "; " + rounds
                        + " alternating pairs of one-fork runs, ms = median, ratio = median of the pairs' ratios" : ""),
                "ms/batch", ms(median(floors), Double.NaN), ms(median(libs), Double.NaN), ratio(ratio), "library ≤ 1.10 × floor",
                ratio <= 1.10);
        StringBuilder each = new StringBuilder("line 5, each pair in run order (library / floor at 2 threads, ms/batch): ");
        for (int i = 0; i < rounds; i++) {
            each.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%,.1f / %,.1f = %.2f", libs.get(i), floors.get(i), pairs.get(i)));
        }
        notes.add(each.toString());
        Map<String, String> cpu = cpuBatch(String.valueOf(BatchBench.ENTRIES), String.valueOf(BatchBench.ORGS), "2",
                opt("batch-cpu-rounds", "16"));
        double r = Double.parseDouble(cpu.get("cpuRatio"));
        row("5c", "same batch by CPU time per document (worker threads' CPU), 2 threads, one JVM, library and floor batches "
                        + "alternating, median of the last " + cpuMeasured(cpu) + " pairs' ratios", "CPU ms/document", cpu.get("floorCpuMs"),
                cpu.get("libraryCpuMs"), ratio(r), "library ≤ 1.10 × floor", r <= 1.10);
        notes.add("line 5c, the measured pairs' CPU ratios (library / floor): " + cpu.get("pairs") + "; wall ms/batch in the same JVM: floor "
                + cpu.get("floorWallMs") + ", library " + cpu.get("libraryWallMs") + " (ratio " + cpu.get("wallRatio") + ")");
        // how both scale from one thread to two (one run each)
        double one = batchOnce("batch", 1);
        double f1 = batchOnce("floor", 1);
        double two = median(libs);
        double f2 = median(floors);
        row("5b", "scaling: the library's batch at 1 thread (floor column) and 2 threads (library column)", "ms/batch", ms(one, Double.NaN),
                ms(two, Double.NaN), String.format(Locale.ROOT, "×%.2f speed-up", one / two), "2 threads ≥ 1.6 × 1 thread", one / two >= 1.6);
        notes.add(String.format(Locale.ROOT, "line 5b: plain JasperReports ×%.2f from 1 thread (%,.1f ms) to 2 (%,.1f ms); "
                + "library / plain JasperReports at 1 thread %.2f", f1 / f2, f1, f2, one / f1));
    }

    private double batchOnce(String method, int threads) throws Exception {
        Map<String, RunResult> m = byLabel(new Runner(jmh(BatchBench.class.getName() + "\\." + method + "$", 8, 4, 5)
                .param("threads", String.valueOf(threads)).build()).run());
        return score(m, method + " threads=" + threads);
    }

    // ------------------------------------------------------------------ whole-process lines

    private void big() throws Exception {
        String n = opt("big", "100000");
        String floorXmx = opt("floor-xmx", "3g");
        // Line 2 holds the library at 128 MB to the floor without cap and without virtualizer; the two run
        // in alternating pairs (see alternate): the machine's speed drifts by 20-35 % over minutes, more
        // than the bar's margin, so one run of each could differ by that; the ratio of each adjacent pair
        // and their median are reported, by wall time and by process CPU time (all threads, GC included).
        int rounds = Integer.parseInt(opt("big-rounds", "5"));
        List<Map<String, String>> libs = new ArrayList<>();
        List<Map<String, String>> floors = new ArrayList<>();
        List<Double> pairs = new ArrayList<>();
        List<Double> cpuPairs = new ArrayList<>();
        alternate(rounds, () -> libs.add(child(List.of("-Xmx128m"), "library", n)),
                () -> floors.add(child(List.of("-Xmx" + floorXmx), "floor", n)));
        for (int i = 0; i < rounds; i++) {
            pairs.add(rows(libs.get(i)) / rows(floors.get(i)));
            cpuPairs.add(cpu(floors.get(i)) / cpu(libs.get(i)));
        }
        Map<String, String> lib = medianRun(libs);
        Map<String, String> floor = medianRun(floors);
        bigLibrary = lib;
        double pairMedian = median(pairs);
        String of = rounds > 1 ? "; " + rounds + " alternating pairs, ratio = median of the pairs' ratios, rows/s = median runs" : "";
        row("2", String.format(Locale.ROOT, "%,d entries → PDF, library at -Xmx128m; floor without cap (-Xmx%s), no virtualizer%s",
                Integer.parseInt(n), floorXmx, of), "rows/s",
                String.format(Locale.ROOT, "%,.0f (%s s, CPU %s s)", rows(floor), floor.get("seconds"), floor.get("cpuSeconds")),
                String.format(Locale.ROOT, "%,.0f (%s s, CPU %s s)", rows(lib), lib.get("seconds"), lib.get("cpuSeconds")),
                ratio(pairMedian), "library ≥ 0.90 × floor", pairMedian >= 0.90);
        double cpuMedian = median(cpuPairs);
        row("2p", "same by process CPU time (all threads, GC included): rows per CPU-second, median of the pairs' ratios", "rows/CPU-s",
                String.format(Locale.ROOT, "%,.0f", Double.parseDouble(floor.get("n")) / cpu(floor)),
                String.format(Locale.ROOT, "%,.0f", Double.parseDouble(lib.get("n")) / cpu(lib)), ratio(cpuMedian), "reported", null);
        StringBuilder each = new StringBuilder("line 2, each pair in run order (library at 128 MB / floor without cap, rows/s; CPU s): ");
        for (int i = 0; i < rounds; i++) {
            each.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%,.0f / %,.0f = %.2f (CPU %s / %s s)", rows(libs.get(i)),
                    rows(floors.get(i)), pairs.get(i), libs.get(i).get("cpuSeconds"), floors.get(i).get("cpuSeconds")));
        }
        notes.add(each.toString());
        if (!opt("big-virtualizer", "true").equals("false")) {
            // for comparison: plain JasperReports in the same 128 MB needs a virtualizer (the library's setting before streaming)
            Map<String, String> fv = child(List.of("-Xmx128m"), "floor-virtualizer", n);
            row("2b", "for comparison: the floor at -Xmx128m with a JRSwapFileVirtualizer (64 pages in memory); one run after the pairs",
                    "rows/s", String.format(Locale.ROOT, "%,.0f (%s s, CPU %s s)", rows(fv), fv.get("seconds"), fv.get("cpuSeconds")),
                    String.format(Locale.ROOT, "%,.0f (%s s)", rows(lib), lib.get("seconds")), ratio(rows(lib) / rows(fv)), "reported", null);
            notes.add("line 2b: live heap after GC, floor at 128 MB with the virtualizer " + fv.get("liveMB") + " MB");
        }
        notes.add("line 2: live heap after GC, floor " + floor.get("liveMB") + " MB (max " + floor.get("xmxMB") + " MB), library "
                + lib.get("liveMB") + " MB (max " + lib.get("xmxMB") + " MB); PDF " + lib.get("bytes") + " bytes (floor "
                + floor.get("bytes") + ")");
    }

    private static double cpu(Map<String, String> run) {
        return Double.parseDouble(run.get("cpuSeconds"));
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * Runs library and floor {@code rounds} times, the order swapped each round (L F, F L, L F, …), so
     * that each adjacent pair sees the same speed of a drifting machine.
     */
    private static void alternate(int rounds, Step library, Step floor) throws Exception {
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                library.run();
                floor.run();
            } else {
                floor.run();
                library.run();
            }
        }
    }

    private static double rows(Map<String, String> run) {
        return Double.parseDouble(run.get("rowsPerSec"));
    }

    /** The run with the median rows/s (the lower middle one for an even count). */
    private static Map<String, String> medianRun(List<Map<String, String>> runs) {
        List<Map<String, String>> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(BenchMain::rows));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        java.util.Collections.sort(s);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }

    private void growth() throws Exception {
        for (String n : opt("growth-sizes", "100,1000,10000,100000").split(",")) {
            Map<String, String> r = bigLibrary != null && n.equals(bigLibrary.get("n")) ? bigLibrary
                    : child(List.of("-Xmx128m"), "library", n);
            row("g", String.format(Locale.ROOT, "growth: %,d entries → PDF, library, -Xmx128m", Integer.parseInt(n)),
                    "wall s · CPU s · heap MB", "–", r.get("seconds") + " · " + r.get("cpuSeconds") + " · " + r.get("liveMB"), "–",
                    String.format(Locale.ROOT, "%,.0f rows/s", Double.parseDouble(r.get("rowsPerSec"))), null);
        }
    }

    private void cold() throws Exception {
        int runs = Integer.parseInt(opt("cold-runs", "5"));
        Path dir = Files.createTempDirectory("ghidanh-cold-");
        String java = javaBin();
        String self = selfJar();
        Path naiveOut = dir.resolve("naive.pdf");
        List<String> naive = List.of(java, "-Djava.awt.headless=true", QUIET_LOG4J, "-cp", self, NaiveEmbedding.class.getName(),
                naiveOut.toString(), "100");
        ColdStart.Setup setup = ColdStart.prepare(dir, opt("cli", "ghidanh-cli/target/ghidanh.jar"), 100);
        if (setup == null) {
            double naiveMedian = median(naive, runs, naiveOut);
            row("3", "cold start, 100-entry PDF (CLI not built: ghidanh-cli/target/ghidanh.jar)", "s", sec(naiveMedian),
                    "n/a", "–", "≤ 1.0 s", false);
            return;
        }
        List<String> plain = new ArrayList<>(List.of(java, "-jar", setup.jar()));
        plain.addAll(setup.args());
        String launcher = opt("launcher", "./ghidanh");
        List<String> l = null;
        if (new File(launcher).canExecute()) {
            l = new ArrayList<>(List.of(launcher));
            l.addAll(setup.args());
            once(l, setup.out()); // the first run of the launcher may write its class-data archive
        }
        // interleaved (naive, java -jar, launcher; naive, …) so that the three medians see the same
        // phases of a machine whose speed drifts over minutes
        double[][] t = new double[3][runs];
        for (int i = 0; i < runs; i++) {
            t[0][i] = once(naive, naiveOut);
            t[1][i] = once(plain, setup.out());
            if (l != null) {
                t[2][i] = once(l, setup.out());
            }
        }
        double naiveMedian = median(t[0]);
        double plainMedian = median(t[1]);
        row("3", "cold start → 100-entry honour roll PDF written, median of " + runs
                + " (interleaved with the floor's runs); floor = naive embedding compiling the JRXML at run time; library = `java -jar ghidanh.jar render`", "s",
                sec(naiveMedian), sec(plainMedian), ratio(plainMedian / naiveMedian), "library ≤ 1.0 s", plainMedian <= 1.0);
        if (l != null) {
            double lm = median(t[2]);
            row("3b", "same through the launcher script `" + launcher + "` (class-data sharing archive)", "s", sec(naiveMedian),
                    sec(lm), ratio(lm / naiveMedian), "library ≤ 1.0 s", lm <= 1.0);
            notes.add(String.format(Locale.ROOT, "line 3: runs in order, naive / java -jar / launcher (s): %s", runsOf(t, runs)));
            notes.add(String.format(Locale.ROOT, "line 3: the naive embedding took %.2f s here against the ~1.5 s measured for it "
                    + "on an idle machine of this kind; at that machine's speed the launcher's median would be ≈ %.2f s (%.3f × 1.5 / %.3f)",
                    naiveMedian, lm * 1.5 / naiveMedian, lm, naiveMedian));
        }
    }

    private static String runsOf(double[][] t, int runs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            b.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%.2f / %.2f / %.2f", t[0][i], t[1][i], t[2][i]));
        }
        return b.toString();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private double median(List<String> cmd, int runs, Path out) throws Exception {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            t[i] = once(cmd, out);
        }
        return median(t);
    }

    /** One run of {@code cmd}, which must exit 0 and write {@code out}: its wall time in seconds. */
    private double once(List<String> cmd, Path out) throws Exception {
        Files.deleteIfExists(out);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (rc != 0 || !Files.exists(out) || Files.size(out) == 0) {
            throw new IllegalStateException("run failed (exit " + rc + "): " + String.join(" ", cmd) + "\n" + output);
        }
        log(String.format(Locale.ROOT, "   %.3f s  %s", s, String.join(" ", cmd.subList(0, Math.min(cmd.size(), 4)))));
        return s;
    }

    private Map<String, String> child(List<String> jvmArgs, String mode, String n) throws Exception {
        return childResult(jvmArgs, BigRoll.class.getName(), List.of(mode, n));
    }

    /** Runs {@code main} of this jar in its own JVM and returns the key=value pairs of its {@code RESULT} line. */
    private Map<String, String> childResult(List<String> jvmArgs, String main, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Djava.awt.headless=true", QUIET_LOG4J));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", selfJar(), main));
        cmd.addAll(args);
        log("   " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> result = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                all.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = new LinkedHashMap<>();
                    for (String kv : line.substring(7).split(" ")) {
                        int eq = kv.indexOf('=');
                        result.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                    log("   " + line);
                }
            }
        }
        int rc = p.waitFor();
        if (rc != 0 || result == null) {
            throw new IllegalStateException(main + " " + args + " " + jvmArgs + " failed (exit " + rc + "):\n" + all);
        }
        return result;
    }

    // ------------------------------------------------------------------ helpers

    private void row(String no, String line, String unit, String floor, String library, String ratio, String bar, Boolean holds) {
        table.add(new String[] {no, line, unit, floor, library, ratio, bar, holds == null ? "–" : holds ? "yes" : "**no**"});
        log(String.join(" | ", table.get(table.size() - 1)));
    }

    private static String ms(double v, double err) {
        return Double.isNaN(err) ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%,.1f ± %,.1f", v, err);
    }

    private static String sec(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String selfJar() throws Exception {
        return Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void log(String s) {
        System.err.println(s);
    }
}
