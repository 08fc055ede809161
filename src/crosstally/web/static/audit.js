"use strict";
(() => {
  const tbody = document.querySelector("#audit tbody");
  const more = document.getElementById("more");
  let cursor = null;
  const show = (v) => v === null || v === undefined ? "" : (typeof v === "string" ? v : JSON.stringify(v));
  async function load() {
    const p = new URLSearchParams({ limit: "100" });
    if (cursor) p.set("cursor", cursor);
    try {
      const page = await CT.api("/api/audit?" + p.toString());
      for (const r of page.items) {
        let target = show(r.target_id);
        let link = null;
        if (r.target_type === "event") link = "/documents/" + encodeURIComponent(target.split(":")[0]);
        if (r.target_type === "document") link = "/documents/" + encodeURIComponent(target);
        tbody.append(CT.el("tr", { class: "audit-row" },
          CT.el("td", { text: r.at }), CT.el("td", { text: r.who }), CT.el("td", { class: "action", text: r.action }),
          CT.el("td", {}, link ? CT.el("a", { href: link }, r.target_type + " " + target) : r.target_type + " " + target),
          CT.el("td", { text: show(r.field) }), CT.el("td", { text: show(r.old) }), CT.el("td", { text: show(r.new) }),
          CT.el("td", { text: show(r.why) })));
      }
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (e) { CT.status(e.message, true); }
    document.body.dataset.ready = "1";
  }
  more.addEventListener("click", load);
  load();
})();
