#!/usr/bin/env bash
# `make demo`: run the main job on the bundled demo corpus (and the seed article) into the embedded SQLite store.
set -euo pipefail
BIN=.venv/bin
SHARED=${SHARED:-../shared}
export CROSSTALLY_DB=${CROSSTALLY_DB:-sqlite:///crosstally.db}
mkdir -p out

echo "== ingest the demo corpus (demo/corpus/reports.jsonl) into $CROSSTALLY_DB"
$BIN/crosstally ingest demo/corpus/reports.jsonl
if [ -d "$SHARED/seeds" ]; then
  echo "== ingest the seed article ($SHARED/seeds), published 2025-03-10"
  $BIN/crosstally ingest "$SHARED/seeds" --published 2025-03-10 --source "seed: opinion article"
fi
echo "== link events across sources into incidents"
$BIN/crosstally link
$BIN/crosstally events --limit 12
$BIN/crosstally incidents --limit 10
echo "== exports"
$BIN/crosstally export --format acled-csv --out out/events_acled.csv
$BIN/crosstally export --format ucdp-csv --out out/incidents_ucdp.csv
$BIN/crosstally export --format jsonl --out out/claims.jsonl
$BIN/crosstally export --format geojson --out out/events.geojson
$BIN/crosstally export --format parquet --out out/events.parquet
echo
echo "Done. The demo data is in ./crosstally.db and out/."
echo "Open the web app on it:   .venv/bin/crosstally serve    (then http://127.0.0.1:8000)"
