package io.github.ghidanh.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes every demo document in every format to a folder (for eyes and docs, not a test). */
public final class Preview {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/preview");
        Files.createDirectories(dir);
        Reports r = Reports.create();
        for (Map.Entry<String, Object> e : Demo.all().entrySet()) {
            for (Format f : Format.values()) {
                if (f == Format.XLSX && (e.getKey().equals("letter") || e.getKey().equals("certificates"))) {
                    continue;
                }
                r.render(e.getValue(), RenderOptions.of(f), dir.resolve(e.getKey() + "." + f.extension()));
            }
        }
    }
}
