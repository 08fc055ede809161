#!/usr/bin/env bash
# Front-end libraries come from npm at installation time (never copied into the repository):
# Leaflet (map), Chart.js (charts), world-atlas (Natural Earth country outlines as TopoJSON),
# topojson-client (TopoJSON → GeoJSON in the browser), swagger-ui-dist (the API docs page).
# They land in src/crosstally/web/static/vendor/ (git-ignored). Re-running is a no-op once present.
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=src/crosstally/web/static/vendor
PREFIX=build/web-assets
PACKAGES=(leaflet@1.9.4 chart.js@4.6.1 world-atlas@2.0.2 topojson-client@3.1.0 swagger-ui-dist@5.35.0)
STAMP="$VENDOR/.packages"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PACKAGES[*]}" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is not installed; the web app needs it once to fetch its front-end libraries" >&2
  echo "       (Debian: apt-get install npm), then run: bash scripts/web-assets.sh" >&2
  exit 1
fi
echo "fetching the web app's front-end libraries from npm: ${PACKAGES[*]}"
mkdir -p "$PREFIX"
npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --silent "${PACKAGES[@]}"
NM="$PREFIX/node_modules"
rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/chart.js" "$VENDOR/world-atlas" "$VENDOR/topojson-client" "$VENDOR/swagger-ui"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$NM/leaflet/LICENSE" "$VENDOR/leaflet/"
cp "$NM/leaflet/dist/images/"*.png "$VENDOR/leaflet/images/"
cp "$NM/chart.js/dist/chart.umd.js" "$NM/chart.js/LICENSE.md" "$VENDOR/chart.js/"
cp "$NM/world-atlas/countries-50m.json" "$NM/world-atlas/countries-110m.json" "$NM/world-atlas/LICENSE" "$VENDOR/world-atlas/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$NM/topojson-client/LICENSE" "$VENDOR/topojson-client/"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" "$NM/swagger-ui-dist/LICENSE" "$VENDOR/swagger-ui/"
for f in leaflet/leaflet.js chart.js/chart.umd.js world-atlas/countries-50m.json topojson-client/topojson-client.min.js swagger-ui/swagger-ui-bundle.js; do
  [ -s "$VENDOR/$f" ] || { echo "error: $VENDOR/$f is missing after npm install" >&2; exit 1; }
done
echo "${PACKAGES[*]}" > "$STAMP"
echo "front-end libraries installed in $VENDOR"
