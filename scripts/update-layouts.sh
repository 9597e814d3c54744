#!/usr/bin/env bash
# Writes ghidanh-report/src/main/jrxml/*.jrxml again from DesignFactory (the layouts in code), then
# compiles them as every build does. Run it after changing a layout; review and commit the JRXML diff
# with the code (LayoutFilesTest fails while they differ). Extra arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q process-classes -pl ghidanh-report -am -Dghidanh.layouts.update=true "$@"
git status --short ghidanh-report/src/main/jrxml
