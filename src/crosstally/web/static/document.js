"use strict";
(() => {
  const docId = document.body.dataset.doc;
  async function load() {
    let d;
    try { d = await CT.api("/api/documents/" + encodeURIComponent(docId)); }
    catch (e) { CT.status(e.message, true); document.body.dataset.ready = "1"; return; }
    document.getElementById("doc-title").textContent = d.title || ("Document " + d.id);
    const meta = document.getElementById("doc-meta");
    meta.textContent = "";
    meta.append((d.source || "unknown source") + " · " + (d.published || "undated") + " · ");
    if (d.url) meta.append(CT.el("a", { href: d.url, rel: "noopener noreferrer nofollow" }, d.url));
    const st = document.getElementById("doc-status");
    st.textContent = "Status: " + d.status + (d.reasons.length ? " — " + d.reasons.join("; ") : "");
    CT.highlight(document.getElementById("doc-text"), d.text, d.highlights, { claimLinks: true });
    const claims = document.getElementById("claims");
    claims.textContent = "";
    for (const c of d.claims) {
      const card = CT.claimCard(c, load);
      if (c.incident_id) card.querySelector(".claim-head").append(" · ", CT.el("a", { href: "/incidents/" + encodeURIComponent(c.incident_id) }, "incident " + c.incident_id));
      claims.append(card);
    }
    if (!d.claims.length) claims.append(CT.el("p", { class: "muted", text: "No claims were extracted from this document." }));
    document.body.dataset.ready = "1";
  }
  load();
})();
