#!/usr/bin/env python3
"""Top frames of a JFR recording, split by side (floor / library) and aggregated.

    jfr print --json --stack-depth 96 --events jdk.ExecutionSample rec.jfr > rec.json
    bench/jfr-top.py rec.json [N]

A sample belongs to the library when its stack passes through Reports.render (or the workload's
view: validation, criteria, read model), to the floor when it passes through benchmarks.Floor.render.
Prints per side: the samples, the N hottest top frames (self) with their share, and the inclusive
share of the phases of a render (fill, export, the library's own steps).
"""
import json, sys, collections

PHASES = [
    ("view (validation, criteria, read model)", "io.github.ghidanh.benchmarks.Workload.view"),
    ("fill (JasperFillManager.fill)", "net.sf.jasperreports.engine.JasperFillManager.fill"),
    ("export (JRPdfExporter.exportReport)", "net.sf.jasperreports.pdf.JRPdfExporter.exportReport"),
    ("Engine.job (spec, columns, template lookup)", "io.github.ghidanh.report.internal.Engine.job"),
    ("Documents.spec", "io.github.ghidanh.report.internal.Documents.spec"),
    ("TextLimits.check", "io.github.ghidanh.report.internal.TextLimits.check"),
    ("LineDataSource (cell values)", "io.github.ghidanh.report.internal.LineDataSource.getFieldValue"),
    ("Reproducible.normalize", "io.github.ghidanh.report.internal.Reproducible.normalize"),
    ("Templates.get", "io.github.ghidanh.report.internal.Templates.get"),
    ("font lookups (FontUtil / SimpleFontExtensionHelper)", "net.sf.jasperreports.engine.fonts.FontUtil"),
    ("virtualizer", "net.sf.jasperreports.engine.fill.JRAbstractLRUVirtualizer"),
]


def frame_name(f):
    m = f["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def main():
    path = sys.argv[1]
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    with open(path) as fh:
        data = json.load(fh)
    events = data["recording"]["events"]
    sides = {"floor": [], "library": []}
    other = 0
    for e in events:
        st = e["values"].get("stackTrace")
        if not st:
            continue
        frames = [frame_name(f) for f in st["frames"]]
        joined = "\n".join(frames)
        if "io.github.ghidanh.benchmarks.Floor.render" in joined:
            sides["floor"].append(frames)
        elif "io.github.ghidanh.report.Reports.render" in joined or "io.github.ghidanh.benchmarks.Workload.view" in joined:
            sides["library"].append(frames)
        else:
            other += 1
    print(f"samples: floor {len(sides['floor'])}, library {len(sides['library'])}, other threads/frames {other}")
    for side, samples in sides.items():
        n = len(samples) or 1
        print(f"\n### {side}: {len(samples)} samples")
        self_c = collections.Counter(s[0] for s in samples)
        print("top frames (self):")
        for name, c in self_c.most_common(top_n):
            print(f"  {100.0 * c / n:5.1f} %  {name}")
        print("phases (inclusive):")
        for label, prefix in PHASES:
            c = sum(1 for s in samples if any(f.startswith(prefix) for f in s))
            if c:
                print(f"  {100.0 * c / n:5.1f} %  {label}")
    f, l = len(sides["floor"]), len(sides["library"])
    if f:
        print(f"\nlibrary / floor samples: {l / f:.3f}")


if __name__ == "__main__":
    main()
