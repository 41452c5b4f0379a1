#!/usr/bin/env bash
# Refreshes the .ts files from the sources and completes the English one (sources are English).
# The Chinese one is translated by hand (Qt Linguist or an editor); lrelease reports what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target update_translations
python3 scripts/fill_en_ts.py resources/translations/tiaojie_en.ts
for ts in resources/translations/*.ts; do
    /usr/lib/qt6/bin/lrelease "$ts" -qm /dev/null | tail -n 1
done
