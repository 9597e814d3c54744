package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.view.ReadModels;
import io.github.ghidanh.core.workflow.HonourRoll;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.testing.SampleCampaigns;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times the zip half of the reproducible-bytes pass alone (not a test; run by hand, see
 * docs/performance.md): renders an honour roll of N generated entries to DOCX and XLSX once, then
 * normalises each result again R times in the same warm JVM and prints every time, the median, and
 * the size and SHA-256 of the output (so that two implementations of the pass can be compared for
 * speed and for bytes).
 *
 * <pre>
 * java -cp ghidanh-report/target/test-classes:ghidanh-benchmarks/target/benchmarks.jar \
 *      io.github.ghidanh.report.internal.ZipPassTiming [entries=10000] [rounds=9]
 * </pre>
 */
public final class ZipPassTiming {
    private static final LocalDate DATE = LocalDate.of(2022, 6, 5);
    private static final int WARM_UPS = 3;

    private ZipPassTiming() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        HonourRollView view = roll(entries);
        Reports reports = Reports.create();
        for (Format format : List.of(Format.DOCX, Format.XLSX)) {
            long t0 = System.nanoTime();
            byte[] doc = reports.render(view, RenderOptions.of(format));
            System.out.printf(Locale.ROOT, "%s, %,d entries: rendered in %.2f s, %,d bytes%n", format, entries,
                    (System.nanoTime() - t0) / 1e9, doc.length);
            double[] ms = new double[rounds];
            for (int i = -WARM_UPS; i < rounds; i++) {
                long s = System.nanoTime();
                Reproducible.normalize(doc, format, DATE, OutputStream.nullOutputStream());
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(doc.length);
            Reproducible.normalize(doc, format, DATE, out);
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            StringBuilder each = new StringBuilder();
            for (double m : ms) {
                each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", m));
            }
            System.out.printf(Locale.ROOT, "%s normalisation, ms: %s; median %.0f; output %,d bytes, SHA-256 %s%n", format,
                    each, sorted[rounds / 2], out.size(),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())));
        }
    }

    /** An honour roll of {@code n} generated valid nominees of the sample ward (seed fixed). */
    static HonourRollView roll(int n) {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        Organisation owner = s.tree().get(SampleCampaigns.WARD);
        SplittableRandom r = new SplittableRandom(20221);
        List<HonourRollEntry> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Nominee x = NomineeGenerators.valid(Choices.random(r), "n-" + i, s.cells().get(i % s.cells().size()).id(), DATE);
            list.add(new HonourRollEntry(i + 1, owner.id(), s.campaign().id(), DATE, x, "Đảng ủy phường",
                    "Nghị quyết Đảng ủy phường ngày 05/6/2022", null, null, null, null, "Văn phòng Đảng ủy",
                    Instant.parse("2022-06-05T09:00:00Z")));
        }
        return ReadModels.honourRoll(owner, HonourRoll.of(owner.id(), list), List.of(s.campaign()), DATE);
    }
}
