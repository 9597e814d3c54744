package io.github.ghidanh.report;

import io.github.ghidanh.core.view.DocumentView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes every demo document in every format to a folder (for eyes and docs, not a test). */
public final class Preview {
    /** The state format's honour roll shown in docs/images: a register, so it has no "Số:" number. */
    static io.github.ghidanh.core.view.HonourRollView stateRoll() {
        return Views.roll(Views.stateRegister(), 12);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
        Files.createDirectories(dir);
        Reports r = Reports.create();
        for (Map.Entry<String, DocumentView> e : Demo.all().entrySet()) {
            for (Format f : Format.values()) {
                if (f == Format.XLSX && (e.getKey().equals("letter") || e.getKey().equals("certificates"))) {
                    continue;
                }
                r.render(e.getValue(), RenderOptions.of(f), dir.resolve(e.getKey() + "." + f.extension()));
            }
        }
        // the state format (Nghị định 30/2020), and English labels
        r.render(stateRoll(), RenderOptions.of(Format.PDF), dir.resolve("honour-roll-state.pdf"));
        r.render(Demo.honourRoll(), RenderOptions.builder(Format.PDF).locale(java.util.Locale.ENGLISH).build(),
                dir.resolve("honour-roll-en.pdf"));
    }
}
