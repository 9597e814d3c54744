package io.github.ghidanh.benchmarks;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.interchange.CellSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The input and command line of the CLI for the cold-start line: an interchange file whose cell
 * {@value #CELL} submits {@code entries} valid nominees (all recorded), and
 * {@code render -d honour-roll -f pdf --org cb-tdp1} of it.
 */
final class ColdStart {
    static final String CELL = "cb-tdp1";

    record Setup(String jar, List<String> args, Path out, Path input) {
    }

    private ColdStart() {
    }

    /** Writes the input into {@code dir}; null when the CLI jar is missing. */
    static Setup prepare(Path dir, String jar, int entries) throws Exception {
        if (!Files.isRegularFile(Path.of(jar))) {
            return null;
        }
        Path input = dir.resolve("roll-" + entries + ".json");
        writeInput(input, entries);
        Path out = dir.resolve("so-ghi-danh.pdf");
        return new Setup(jar, List.of("render", "-i", input.toString(), "-d", "honour-roll", "-f", "pdf", "--org", CELL,
                "-o", out.toString()), out, input);
    }

    static void writeInput(Path file, int entries) throws Exception {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        SplittableRandom r = new SplittableRandom(100);
        List<Nominee> nominees = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            nominees.add(NomineeGenerators.valid(Choices.random(r), "n-" + i, CELL, Workload.DATE));
        }
        Interchange doc = new Interchange(s.tree(), s.campaign(), nominees,
                List.of(new CellSubmission(CELL, Workload.DATE, "Lương Văn Thịnh", null, List.of())), List.of());
        JsonInterchange.write(doc, file);
    }

    /** {@code java -cp benchmarks.jar io.github.ghidanh.benchmarks.ColdStart FILE [entries]}: writes the input only. */
    public static void main(String[] args) throws Exception {
        writeInput(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 100);
    }
}
