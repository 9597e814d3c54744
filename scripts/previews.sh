#!/usr/bin/env bash
# Regenerates docs/images/ from real output: the demo's documents (the sample campaign run through
# the whole workflow) and, for the English and state-format variants, the report module's Preview.
# Needs poppler-utils (pdftoppm) for the PNGs: apt-get install -y poppler-utils. Extra arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q "$@" -DskipTests package
rm -rf out && java -jar ghidanh-cli/target/ghidanh.jar demo >/dev/null
img=docs/images
pdftoppm -png -r 70 -f 1 -l 2 out/du-duyen-hai/cong-van.pdf       /tmp/ghidanh-letter
pdftoppm -png -r 70 -f 1 -l 3 out/du-duyen-hai/tong-hop.pdf       /tmp/ghidanh-ward
pdftoppm -png -r 70 -f 1 -l 2 out/du-duyen-hai/so-ghi-danh.pdf    /tmp/ghidanh-roll
pdftoppm -png -r 70 -f 1 -l 2 out/du-duyen-hai/giay-chung-nhan.pdf /tmp/ghidanh-cert
pdftoppm -png -r 70 -f 1 -l 2 out/cb-tdp1/bao-cao.pdf             /tmp/ghidanh-cell
pdftoppm -png -r 70 -f 1 -l 2 out/cb-tdp1/danh-sach-de-nghi.pdf   /tmp/ghidanh-prop
cp /tmp/ghidanh-letter-1.png $img/report-letter-1.png
cp /tmp/ghidanh-letter-2.png $img/report-letter-2.png
cp /tmp/ghidanh-ward-1.png   $img/report-ward-summary-1.png
cp /tmp/ghidanh-ward-2.png   $img/report-ward-summary-2.png
cp /tmp/ghidanh-ward-3.png   $img/report-ward-summary-3.png
cp /tmp/ghidanh-roll-1.png   $img/report-honour-roll-1.png
cp /tmp/ghidanh-roll-2.png   $img/report-honour-roll-2.png
cp /tmp/ghidanh-cell-1.png   $img/report-cell-report-1.png
cp /tmp/ghidanh-cell-2.png   $img/report-cell-report-2.png
cp /tmp/ghidanh-prop-1.png   $img/report-proposal-list-1.png
cp /tmp/ghidanh-prop-2.png   $img/report-proposal-list-2.png
ls /tmp/ghidanh-cert-*.png | head -n 1 | xargs -I{} cp {} $img/report-certificates-1.png
ls /tmp/ghidanh-cert-*.png | sed -n 2p | xargs -I{} cp {} $img/report-certificates-2.png
# variants not in the demo: English labels and the state format
mvn -B -ntp -q "$@" test-compile dependency:build-classpath -pl ghidanh-report -am \
    -Dmdep.outputFile=/tmp/ghidanh-cp.txt -Dmdep.includeScope=test
rm -rf /tmp/ghidanh-preview
java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dorg.apache.logging.log4j.simplelog.level=OFF \
     -cp ghidanh-report/target/test-classes:ghidanh-report/target/classes:$(cat /tmp/ghidanh-cp.txt) \
     io.github.ghidanh.report.Preview /tmp/ghidanh-preview
pdftoppm -png -r 70 -f 1 -l 1 /tmp/ghidanh-preview/honour-roll-en.pdf    /tmp/ghidanh-en
pdftoppm -png -r 70 -f 1 -l 1 /tmp/ghidanh-preview/honour-roll-state.pdf /tmp/ghidanh-state
# the XLSX as a spreadsheet program prints it (its own print setup): needs LibreOffice Calc
# (apt-get install -y libreoffice-calc fonts-liberation); skipped without it
if command -v soffice >/dev/null; then
  rm -rf /tmp/ghidanh-calc
  soffice --headless --convert-to pdf --outdir /tmp/ghidanh-calc \
      /tmp/ghidanh-preview/honour-roll.xlsx /tmp/ghidanh-preview/ward-summary.xlsx >/dev/null
  pdftoppm -png -r 70 -f 1 -l 1 /tmp/ghidanh-calc/honour-roll.pdf  /tmp/ghidanh-calc-roll
  pdftoppm -png -r 70 -f 1 -l 1 /tmp/ghidanh-calc/ward-summary.pdf /tmp/ghidanh-calc-ward
  cp /tmp/ghidanh-calc-roll-1.png $img/xlsx-honour-roll-calc.png
  cp /tmp/ghidanh-calc-ward-1.png $img/xlsx-ward-summary-calc.png
fi
cp /tmp/ghidanh-en-1.png    $img/report-honour-roll-en-1.png
cp /tmp/ghidanh-state-1.png $img/report-honour-roll-state-1.png
echo "previews written to $img"
