"use strict";
(() => {
  const FIELDS = ["date_from", "date_to", "country", "admin1", "event_type", "source", "q"];
  const form = document.getElementById("filters");
  let map, markers, chart;

  function params() {
    const p = new URLSearchParams();
    for (const f of FIELDS) {
      const v = form.elements[f].value.trim();
      if (v) p.set(f, v);
    }
    return p;
  }

  function fromUrl() {
    const p = new URLSearchParams(location.search);
    for (const f of FIELDS) form.elements[f].value = p.get(f) || "";
  }

  function addOptions(select, items, valueOf, labelOf) {
    const keep = new URLSearchParams(location.search).get(select.name) || "";
    for (const it of items) {
      const v = valueOf(it);
      if (!v) continue;
      select.append(CT.el("option", { value: v, text: labelOf(it) }));
    }
    select.value = keep;
  }

  async function loadChoices() {
    const [countries, admin1, types, sources] = await Promise.all([
      CT.api("/api/places?level=country"), CT.api("/api/places?level=admin1"),
      CT.api("/api/event-types"), CT.api("/api/sources")]);
    addOptions(form.elements.country, countries.items, i => i.country_code, i => (i.country || i.country_code) + " (" + i.events + ")");
    addOptions(form.elements.admin1, admin1.items, i => i.admin1, i => i.admin1 + ", " + (i.country_code || "?") + " (" + i.events + ")");
    addOptions(form.elements.event_type, types.items, i => i.event_type, i => i.event_type + " (" + i.events + ")");
    addOptions(form.elements.source, sources.items, i => i.source, i => i.source + " (" + i.events + ")");
  }

  async function baseMap() {
    map = L.map("map", { worldCopyJump: true, preferCanvas: false }).setView([34.8, 38.5], 6);
    const tiles = document.body.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: "tiles: configured server" }).addTo(map);
    }
    try {
      const resp = await fetch("/static/vendor/world-atlas/countries-50m.json");
      const topo = await resp.json();
      const land = topojson.feature(topo, topo.objects.countries);
      land.features = land.features.filter(f => f.id !== "010").map(unwrap);  // no Antarctica
      L.geoJSON(land, { style: { color: "#777", weight: 1, fillColor: "#f4f1ea", fillOpacity: tiles ? 0 : 1 }, interactive: false }).addTo(map);
      map.attributionControl.addAttribution("outlines: Natural Earth (world-atlas)");
    } catch (e) {
      CT.status("Country outlines are missing: run scripts/web-assets.sh", true);
    }
    markers = L.layerGroup().addTo(map);
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

  function draw(items) {
    items = items.slice().sort((a, b) => (a.start || "9999").localeCompare(b.start || "9999") || a.id.localeCompare(b.id));
    markers.clearLayers();
    const tbody = document.querySelector("#incidents tbody");
    tbody.textContent = "";
    const pts = [];
    for (const inc of items) {
      const where = [inc.place, inc.admin1, inc.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
      const dates = inc.start ? inc.start + (inc.end && inc.end !== inc.start ? " – " + inc.end : "") : "undated";
      const killed = inc.killed_low === null ? "—" : (inc.killed_low === inc.killed_high ? String(inc.killed_low) : inc.killed_low + "–" + inc.killed_high);
      tbody.append(CT.el("tr", { class: "incident-row" },
        CT.el("td", { text: dates }),
        CT.el("td", {}, CT.el("a", { href: "/incidents/" + encodeURIComponent(inc.id) }, where || inc.id)),
        CT.el("td", { text: inc.event_type }), CT.el("td", { text: String(inc.sources.length) }), CT.el("td", { text: killed })));
      if (inc.lat === null || inc.lon === null) continue;
      const m = L.circleMarker([inc.lat, inc.lon], { radius: 5 + Math.min(10, inc.sources.length * 2), className: "incident-marker", color: "#8a1c1c", weight: 1, fillOpacity: 0.55 });
      const pop = CT.el("div", {}, CT.el("strong", { text: where || inc.id }), CT.el("br"), dates + " · " + inc.event_type, CT.el("br"),
        inc.sources.length + " source(s) · killed claimed: " + killed, CT.el("br"), CT.el("a", { href: "/incidents/" + encodeURIComponent(inc.id) }, "open incident"));
      m.bindPopup(pop);
      m.addTo(markers);
      pts.push([inc.lat, inc.lon]);
    }
    document.getElementById("incident-count").textContent = String(items.length);
    document.getElementById("map").dataset.markers = String(pts.length);
    if (pts.length) map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 8 });
    timeline(items);
  }

  function timeline(items) {
    const byDay = new Map();
    for (const inc of items) {
      if (!inc.start) continue;
      byDay.set(inc.start, (byDay.get(inc.start) || 0) + 1);
    }
    const days = [...byDay.keys()].sort();
    const data = { labels: days, datasets: [{ label: "incidents", data: days.map(d => byDay.get(d)), backgroundColor: "#8a1c1c" }] };
    if (chart) { chart.data = data; chart.update(); return; }
    chart = new Chart(document.getElementById("timeline"), { type: "bar", data,
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
  }

  // The URL is the source of truth (the selects fill in later, asynchronously).
  async function refresh() {
    const p = new URLSearchParams();
    for (const [k, v] of new URLSearchParams(location.search)) if (FIELDS.includes(k) && v) p.set(k, v);
    for (const f of ["csv", "geojson", "jsonl"]) document.getElementById("dl-" + f).setAttribute("href", "/api/export/" + f + (p.toString() ? "?" + p : ""));
    try {
      const items = await CT.all("/api/incidents", Object.assign(Object.fromEntries(p), { limit: "500" }));
      draw(items);
      CT.status("", false);
    } catch (e) { CT.status(e.message, true); }
    document.body.dataset.ready = "1";
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = params();
    history.pushState(null, "", p.toString() ? "?" + p : location.pathname);
    document.body.dataset.ready = "0";
    refresh();
  });
  for (const f of ["country", "admin1", "event_type", "source"]) form.elements[f].addEventListener("change", () => form.requestSubmit());
  window.addEventListener("popstate", () => { fromUrl(); refresh(); });

  fromUrl();
  baseMap().then(() => refresh());
  loadChoices().catch(e => CT.status(e.message, true));
})();
