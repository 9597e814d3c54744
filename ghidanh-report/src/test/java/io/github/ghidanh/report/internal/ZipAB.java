package io.github.ghidanh.report.internal;

import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.Reports;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

public final class ZipAB {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]); int rounds = Integer.parseInt(a[1]);
        LocalDate date = LocalDate.of(2022, 6, 5);
        for (Format f : new Format[] {Format.DOCX, Format.XLSX}) {
            byte[] doc = Reports.create().render(ZipPassTiming.roll(n), RenderOptions.of(f));
            ByteArrayOutputStream x = new ByteArrayOutputStream(); Reproducible.zip(ByteBuffer.wrap(doc), date, x);
            ByteArrayOutputStream y = new ByteArrayOutputStream(); Reproducible.zipCommons(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(doc), date, y);
            System.out.println(f + " identical bytes: " + Arrays.equals(x.toByteArray(), y.toByteArray()) + " " + x.size() + " " + y.size());
            if (!Arrays.equals(x.toByteArray(), y.toByteArray())) { java.nio.file.Files.write(java.nio.file.Path.of("/tmp/hand." + f), x.toByteArray()); java.nio.file.Files.write(java.nio.file.Path.of("/tmp/cc." + f), y.toByteArray()); }
            double[] h = new double[rounds], c = new double[rounds];
            for (int i = -3; i < rounds; i++) {
                double th = 0, tc = 0; long t;
                for (int k = 0; k < 2; k++) {
                    if ((k + i) % 2 == 0) { t = System.nanoTime(); Reproducible.zip(ByteBuffer.wrap(doc), date, OutputStream.nullOutputStream()); th = (System.nanoTime() - t) / 1e6; }
                    else { t = System.nanoTime(); Reproducible.zipCommons(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(doc), date, OutputStream.nullOutputStream()); tc = (System.nanoTime() - t) / 1e6; }
                }
                if (i >= 0) { h[i] = th; c[i] = tc; }
            }
            System.out.println(f + " hand-written ms " + Arrays.toString(h));
            System.out.println(f + " commons      ms " + Arrays.toString(c));
            Arrays.sort(h); Arrays.sort(c);
            System.out.printf(Locale.ROOT, "%s medians: hand-written %.1f ms, commons-compress %.1f ms%n", f, h[rounds / 2], c[rounds / 2]);
        }
    }
}
