package io.github.ghidanh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ghidanh demo}: the sample campaign through the whole workflow, every document into out/. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the bundled sample campaign (Đảng ủy phường Duyên Hải, 6 tháng đầu năm 2022: six cells, "
                + "a few dozen nominees, some not eligible, one cell late, one missing) through the whole workflow and writes "
                + "every document in PDF, DOCX and XLSX (where it applies) into the output folder, with the input as an "
                + "interchange file (duyen-hai-2022.json)."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: out).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Rendering threads (default: the number of processors).")
    Integer threads;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Demo.run(out, lang.locale(), n, spec.commandLine().getOut());
        return Exit.OK;
    }
}
