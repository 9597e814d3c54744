#!/usr/bin/env bash
# Runs every benchmark line of docs/performance.md and prints the table (floor / library / ratio / bar).
#   bench/run.sh                     # build (-Pbench, no tests) and run everything (~10-15 min on 2 cores)
#   bench/run.sh --only=roll,check   # some lines: roll, check, batch, formats, big, growth, cold
#   bench/run.sh --only=roll,check,batch             # bars of lines 1 and 5 with their CPU-time twins 1c and 5c (~30 min idle, build included)
#   SKIP_BUILD=1 bench/run.sh --only=big             # line 2: 5 pairs library at 128 MB / floor uncapped, then 2b (~13 min idle)
#   SKIP_BUILD=1 bench/run.sh ...    # reuse the jars already built
# Extra options go to io.github.ghidanh.benchmarks.BenchMain (see its javadoc), e.g. --save=bench/last.md
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -ntp -q -Pbench -DskipTests package
fi
echo "uptime: $(uptime)" >&2
exec java -Djava.awt.headless=true -jar ghidanh-benchmarks/target/benchmarks.jar "$@"
