"use strict";
(() => {
  const id = document.body.dataset.incident;
  let chart, base;
  const fmt = (n) => n === null || n === undefined ? "—" : Number(n).toLocaleString("en");

  function summary(d) {
    const i = d.incident;
    const where = [i.place, i.admin1, i.country].filter(Boolean).filter((v, k, a) => a.indexOf(v) === k).join(", ");
    const p = document.getElementById("inc-summary");
    p.textContent = "";
    p.append((i.event_type || "event") + " · " + (where || "place unknown") + " · " +
      (i.start ? i.start + (i.end !== i.start ? " – " + i.end : "") : "undated") + " · " +
      d.reconciliation.independent_sources + " independent source(s) of " + i.sources.length + " · " + i.claims + " claim(s)");
    if (i.parent_id) p.append(" · part of ", CT.el("a", { href: "/incidents/" + encodeURIComponent(i.parent_id) }, i.parent_id));
    for (const c of i.children || []) p.append(" · has part ", CT.el("a", { href: "/incidents/" + encodeURIComponent(c) }, c));
  }

  function figures(d) {
    const tbody = document.querySelector("#figures tbody");
    tbody.textContent = "";
    for (const f of d.reconciliation.figures) {
      tbody.append(CT.el("tr", {}, CT.el("td", { text: f.kind }), CT.el("td", { text: f.group_class.replace("_", " ") }),
        CT.el("td", { class: "num", text: fmt(f.acled) }),
        CT.el("td", { class: "num", text: fmt(f.ucdp_low) + " / " + fmt(f.ucdp_best) + " / " + fmt(f.ucdp_high) }),
        CT.el("td", { class: "num", text: String(f.claimants) })));
    }
    if (!d.reconciliation.figures.length) tbody.append(CT.el("tr", {}, CT.el("td", { colspan: "5", text: "No figures were claimed." })));
    const notes = document.getElementById("notes");
    notes.textContent = "";
    for (const n of d.disagreements) notes.append(CT.el("li", { text: n }));
    if (!d.disagreements.length) notes.append(CT.el("li", { class: "muted", text: "The sources do not disagree on anything crosstally compares." }));
  }

  function series(d) {
    // the killed figures when there are any (other kinds are of another scale), else every kind
    const killed = d.series.filter(s => s.kind === "killed");
    d = Object.assign({}, d, { series: killed.length ? killed : d.series });
    const days = [...new Set(d.series.flatMap(s => s.points.map(p => p.published || "undated")))].sort();
    const datasets = [];
    const colors = ["#8a1c1c", "#1c4e8a", "#2f7d32", "#8a6d1c", "#6a1c8a", "#1c8a84", "#555"];
    for (const s of d.series) {
      const by = new Map();
      for (const p of s.points) { if (!by.has(p.claimant)) by.set(p.claimant, []); by.get(p.claimant).push(p); }
      for (const [who, pts] of by) {
        const label = who + " — " + s.kind + (s.group_class !== "all" ? " (" + s.group_class.replace("_", " ") + ")" : "");
        const color = colors[datasets.length % colors.length];
        datasets.push({ label, borderColor: color, backgroundColor: color, spanGaps: true, pointRadius: 4,
          data: days.map(day => { const p = pts.find(q => (q.published || "undated") === day); return p ? p.low : null; }) });
      }
    }
    const data = { labels: days, datasets };
    if (chart) { chart.data = data; chart.update(); return; }
    chart = new Chart(document.getElementById("series"), { type: "line", data,
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } }, plugins: { legend: { position: "bottom", labels: { boxWidth: 10 } } } } });
  }

  function claims(d) {
    const tbody = document.querySelector("#sources tbody");
    tbody.textContent = "";
    const box = document.getElementById("claims");
    box.textContent = "";
    for (const c of d.claims) {
      const where = c.location ? [c.location.name, c.location.admin1].filter(Boolean).join(", ") : "—";
      const when = c.date ? c.date.start : "—";
      tbody.append(CT.el("tr", { class: "source-row state-" + c.review.state },
        CT.el("td", {}, CT.el("a", { href: "#claim-" + c.id.replace(/[^A-Za-z0-9_-]/g, "_") }, c.source || "unknown")),
        CT.el("td", { text: c.published || "—" }), CT.el("td", { text: c.event_type + " / " + c.sub_event_type }),
        CT.el("td", { class: "figures-cell", text: c.counts.map(CT.figureText).join("; ") || "—" }),
        CT.el("td", { text: where + " · " + when }), CT.el("td", { class: "review-cell", text: c.review.state })));
      box.append(CT.claimCard(c, load, { split: true }));
    }
  }

  function framing(d) {
    const head = document.querySelector("#framing thead tr");
    head.textContent = "";
    for (const c of d.framing.columns) head.append(CT.el("th", { text: c }));
    const tbody = document.querySelector("#framing tbody");
    tbody.textContent = "";
    for (const row of d.framing.cells) tbody.append(CT.el("tr", {}, ...row.map(c => CT.el("td", { text: c }))));
  }

  function documents(d) {
    const ul = document.getElementById("documents");
    ul.textContent = "";
    for (const doc of d.documents) {
      const li = CT.el("li", {}, CT.el("a", { href: "/documents/" + encodeURIComponent(doc.id) }, doc.title || doc.id),
        " — " + (doc.source || "unknown") + ", " + (doc.published || "undated"));
      if (doc.url) li.append(" · ", CT.el("a", { href: doc.url, rel: "noopener noreferrer nofollow" }, "original"));
      ul.append(li);
    }
  }

  // The incident's place on the base map, with its country's provinces (the map is made once).
  async function placeMap(d) {
    const i = d.incident;
    if (!base) base = await BaseMap.create("inc-map", { center: [34.8, 38.5], zoom: 5 });
    base.markers.clearLayers();
    if (i.lat !== null && i.lon !== null) {
      L.circleMarker([i.lat, i.lon], { pane: "incidents", radius: 8, className: "incident-marker", color: "#8a1c1c", weight: 1, fillOpacity: 0.55 })
        .bindTooltip([i.place, i.admin1, i.country].filter(Boolean).join(", ")).addTo(base.markers);
      base.map.setView([i.lat, i.lon], 7, { animate: false });
    }
    await base.provinces(i.country_code ? [i.country_code] : []);
  }

  async function load() {
    let d;
    try { d = await CT.api("/api/incidents/" + encodeURIComponent(id)); }
    catch (e) { CT.status(e.message, true); document.body.dataset.ready = "1"; return; }
    summary(d); figures(d); series(d); claims(d); framing(d); documents(d);
    try { await placeMap(d); } catch (e) { CT.status("The map could not be drawn: " + e.message, true); }
    document.body.dataset.ready = "1";
  }

  document.getElementById("merge-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = ev.target;
    try {
      await CT.api("/api/incidents/merge", { method: "POST", auth: true, body: { incident_ids: [id, f.elements.other.value.trim()], why: f.elements.why.value } });
      CT.status("Merged.", false);
      await load();
    } catch (e) { CT.status(e.message, true); }
  });
  document.getElementById("split-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const picked = [...document.querySelectorAll(".split-pick:checked")].map(x => x.value);
    try {
      const r = await CT.api("/api/incidents/" + encodeURIComponent(id) + "/split", { method: "POST", auth: true, body: { claims: picked, why: ev.target.elements.why.value } });
      CT.status("Split into " + r.incident_id + ".", false);
      await load();
    } catch (e) { CT.status(e.message, true); }
  });
  load();
})();
