package io.github.ghidanh.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Whole-process run of one big document, for the heap-capped figures:
 * {@code java -Xmx128m -cp benchmarks.jar io.github.ghidanh.benchmarks.BigRoll library|floor|floor-virtualizer N [PDF|DOCX|XLSX]}.
 * Builds the data, warms up (3 runs of 1,000 entries or, if more, 500 above the library's virtualizer threshold), then times one render of N entries to a file and
 * prints {@code RESULT mode=… n=… seconds=… rowsPerSec=… cpuSeconds=… liveMB=… bytes=…}: wall time, process
 * CPU time (all threads, GC included) and liveMB, the largest heap in use right after a garbage collection
 * during the timed render (an upper bound of the live set: a young collection leaves old garbage counted).
 */
public final class BigRoll {
    private static final AtomicLong LIVE = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int n = Integer.parseInt(args[1]);
        Format format = args.length > 2 ? Format.valueOf(args[2]) : Format.PDF;
        Path dir = Files.createTempDirectory("ghidanh-bigroll-");
        try {
            // above the library's virtualizer threshold (2,000 rows at 128 MB), so that the warm-up runs the
            // code paths of a big document on both sides (the floor with a virtualizer always swaps): with
            // 1,000-entry warm-ups the library met its swap-file path cold in the timed run (3,000 entries:
            // 0.52-0.75 x the floor, 100,000: ~1 s of the difference)
            // (the floor's runs warm up on as many: the default threshold of an uncapped JVM is tens of thousands of rows)
            int warmRows = mode.equals("library") ? Math.max(1000, Reports.defaultVirtualizerThreshold() + 500) : 2500;
            Workload warm = Workload.of(warmRows, 99);
            for (int i = 0; i < 3; i++) {
                prepare(mode, warm, format, dir).render(dir.resolve("warm." + format.extension()));
            }
            warm = null;
            Job job = prepare(mode, Workload.of(n), format, dir);
            System.gc();
            watchGc();
            LIVE.set(0);
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            job.render(dir.resolve("roll." + format.extension()));
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            long bytes = Files.size(dir.resolve("roll." + format.extension()));
            System.out.printf(java.util.Locale.ROOT, "RESULT mode=%s n=%d format=%s seconds=%.3f rowsPerSec=%.0f cpuSeconds=%.3f liveMB=%.1f bytes=%d xmxMB=%d%n",
                    mode, n, format, s, n / s, cpu, LIVE.get() / 1048576.0, bytes,
                    Runtime.getRuntime().maxMemory() / 1048576);
        } finally {
            try (Stream<Path> st = Files.walk(dir)) {
                st.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    interface Job {
        void render(Path target) throws Exception;
    }

    /** What is timed: for the library the whole path from the prepared nominees; for the floor fill + export of prepared rows. */
    static Job prepare(String mode, Workload w, Format format, Path dir) {
        switch (mode) {
            case "library" -> {
                Reports reports = Reports.builder().swapFolder(dir).build();
                RenderOptions options = RenderOptions.of(format);
                return target -> reports.render(w.view(), options, target);
            }
            case "floor", "floor-virtualizer" -> {
                Floor f = new Floor(w.view());
                Path swap = mode.equals("floor") ? null : dir.resolve("swap");
                return target -> {
                    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target))) {
                        f.render(format, o, swap);
                    }
                };
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void watchGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((note, hb) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(note.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) note.getUserData());
                long used = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    used += u.getUsed();
                }
                // non-heap pools (metaspace, code cache) are in this map too: subtract them
                used -= nonHeap(info);
                LIVE.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    private static long nonHeap(GarbageCollectionNotificationInfo info) {
        long sum = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            String k = e.getKey();
            if (k.contains("Metaspace") || k.contains("Code") || k.contains("Compressed Class") || k.contains("CodeHeap")) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }
}
