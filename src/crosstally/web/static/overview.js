"use strict";
(() => {
  const FIELDS = ["date_from", "date_to", "country", "admin1", "event_type", "source", "q"];
  const form = document.getElementById("filters");
  let map, markers, provinces, chart;

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
      BaseMap.countryList().then(items => ({ items })), CT.api("/api/places?level=admin1"),
      CT.api("/api/event-types"), CT.api("/api/sources")]);
    addOptions(form.elements.country, countries.items, i => i.country_code, i => (i.country || i.country_code) + " (" + i.events + ")");
    addOptions(form.elements.admin1, admin1.items, i => i.admin1, i => i.admin1 + ", " + (i.country_code || "?") + " (" + i.events + ")");
    addOptions(form.elements.event_type, types.items, i => i.event_type, i => i.event_type + " (" + i.events + ")");
    addOptions(form.elements.source, sources.items, i => i.source, i => i.source + " (" + i.events + ")");
  }

  async function baseMap() {
    const base = await BaseMap.create("map", { center: [34.8, 38.5], zoom: 6 });
    map = base.map;
    markers = base.markers;
    provinces = base.provinces;
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
      const m = L.circleMarker([inc.lat, inc.lon], { pane: "incidents", radius: 5 + Math.min(10, inc.sources.length * 2), className: "incident-marker", color: "#8a1c1c", weight: 1, fillOpacity: 0.55 });
      const pop = CT.el("div", {}, CT.el("strong", { text: where || inc.id }), CT.el("br"), dates + " · " + inc.event_type, CT.el("br"),
        inc.sources.length + " source(s) · killed claimed: " + killed, CT.el("br"), CT.el("a", { href: "/incidents/" + encodeURIComponent(inc.id) }, "open incident"));
      m.bindPopup(pop);
      m.addTo(markers);
      pts.push([inc.lat, inc.lon]);
    }
    document.getElementById("incident-count").textContent = String(items.length);
    document.getElementById("map").dataset.markers = String(pts.length);
    if (pts.length) map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 8, animate: false });  // settled before "ready": a click lands where the marker is
    timeline(items);
    return provinces([...new Set(items.map(i => i.country_code).filter(Boolean))]);
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
      await draw(items);
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
