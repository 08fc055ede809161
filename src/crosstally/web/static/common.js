// Shared helpers. Article text is untrusted: every text goes in with textContent / text nodes, never innerHTML.
"use strict";
const CT = (() => {
  const MAX_TEXT = 400000;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = String(v);
      else if (k === "href") node.setAttribute("href", safeHref(v));
      else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function safeHref(v) {
    const s = String(v);
    if (s.startsWith("/") && !s.startsWith("//")) return s;
    try {
      const u = new URL(s);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : "#";
    } catch (e) { return "#"; }
  }

  function status(msg, isError) {
    const s = document.getElementById("status");
    if (!s) return;
    s.textContent = msg || "";
    s.className = "status" + (isError ? " error" : "");
  }

  function token() { return sessionStorage.getItem("crosstally-token") || ""; }

  async function api(path, opts) {
    opts = opts || {};
    const headers = { "Accept": "application/json" };
    if (opts.body !== undefined) headers["Content-Type"] = "application/json";
    if (opts.auth) headers["Authorization"] = "Bearer " + token();
    const resp = await fetch(path, { method: opts.method || "GET", headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
    let data = null;
    try { data = await resp.json(); } catch (e) { data = null; }
    if (!resp.ok) {
      const msg = data && data.error ? data.error.message : ("HTTP " + resp.status);
      throw new Error(msg);
    }
    return data;
  }

  async function all(path, params) {
    const out = [];
    let cursor = null;
    for (let i = 0; i < 50; i++) {
      const p = new URLSearchParams(params);
      if (cursor) p.set("cursor", cursor);
      const page = await api(path + "?" + p.toString());
      out.push(...page.items);
      cursor = page.next_cursor;
      if (!cursor) break;
    }
    return out;
  }

  // Text with highlighted spans (possibly overlapping): cut at every boundary, each piece carries the
  // classes of the spans covering it.
  function highlight(container, text, spans, opts) {
    text = String(text || "").slice(0, MAX_TEXT);
    container.textContent = "";
    const cuts = new Set([0, text.length]);
    const good = (spans || []).filter(s => s.start >= 0 && s.end <= text.length && s.end > s.start);
    for (const s of good) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = good.filter(s => s.start <= a && s.end >= b);
      const marks = covering.filter(s => s.kind !== "event");
      const inEvent = covering.some(s => s.kind === "event");
      let node;
      if (marks.length) {
        node = el("mark", { class: marks.map(s => "hl-" + s.kind).join(" ") + (inEvent ? " hl-event" : ""), title: marks.map(s => s.label).join("; ") }, piece);
        if (opts && opts.claimLinks && marks[0].claim) node.dataset.claim = marks[0].claim;
      } else if (inEvent) {
        node = el("span", { class: "hl-event", title: covering.map(s => s.label).join("; ") }, piece);
      } else {
        node = document.createTextNode(piece);
      }
      container.append(node);
    }
  }

  function figureText(c) {
    let s = Number(c.low).toLocaleString("en");
    if (c.high !== null && c.high !== undefined && c.high !== c.low) s += "–" + Number(c.high).toLocaleString("en");
    else if ((c.qualifier === "over" || c.qualifier === "at_least") && (c.high === null || c.high === undefined)) s += "+";
    return c.kind + " " + s + (c.group ? " (" + c.group + ")" : "");
  }

  // Confirm / reject / correct one claim; onDone() reloads the page's data so the change shows at once.
  function reviewControls(claim, onDone) {
    const box = el("div", { class: "review" });
    const state = el("span", { class: "review-state state-" + claim.review.state, text: claim.review.state });
    const why = el("input", { type: "text", class: "why", maxlength: "2000", placeholder: "why (kept in the audit log)", "aria-label": "why" });
    const field = el("select", { class: "field", "aria-label": "field" },
      ...["fatalities.low", "fatalities.high", "event_type", "sub_event_type", "location.admin1", "location.name", "date.start", "date.end"].map(f => el("option", { value: f, text: f })));
    const value = el("input", { type: "text", class: "value", maxlength: "2000", placeholder: "new value", "aria-label": "new value" });
    async function act(kind) {
      if (!token()) { status("Enter your analyst token at the top of the page first.", true); return; }
      try {
        if (kind === "correct") {
          let v = value.value.trim();
          if (/^-?\d+$/.test(v)) v = parseInt(v, 10);
          await api("/api/claims/" + encodeURIComponent(claim.doc_id) + "/" + claim.index + "/corrections", { method: "POST", auth: true, body: { field: field.value, value: v, why: why.value } });
        } else {
          await api("/api/claims/" + encodeURIComponent(claim.doc_id) + "/" + claim.index + "/review", { method: "POST", auth: true, body: { action: kind, why: why.value } });
        }
        await onDone();
        status("Saved (" + kind + " " + claim.id + ").", false);
      } catch (e) { status(e.message, true); }
    }
    box.append(state, " ",
      el("button", { type: "button", class: "confirm", onclick: () => act("confirm") }, "Confirm"), " ",
      el("button", { type: "button", class: "reject", onclick: () => act("reject") }, "Reject"), " ",
      el("button", { type: "button", class: "reopen", onclick: () => act("reopen") }, "Reopen"), " ",
      field, " ", value, " ",
      el("button", { type: "button", class: "correct", onclick: () => act("correct") }, "Correct"), " ", why);
    return box;
  }

  function claimCard(c, onDone, opts) {
    const when = c.date ? c.date.start + (c.date.end !== c.date.start ? " – " + c.date.end : "") : "date unknown";
    const where = c.location ? [c.location.name, c.location.admin1, c.location.country].filter(Boolean).join(", ") : "place unknown";
    const head = el("div", { class: "claim-head" },
      opts && opts.split ? el("input", { type: "checkbox", class: "split-pick", value: c.id, "aria-label": "pick for split" }) : null,
      el("strong", { text: c.source || "unknown source" }), " · ", c.published || "undated", " · ",
      el("a", { href: "/documents/" + encodeURIComponent(c.doc_id) }, "document"), " · ",
      c.event_type + " / " + c.sub_event_type, " · ", where, " · ", when,
      c.counts.length ? " · " + c.counts.map(figureText).join("; ") : "",
      c.fatalities && c.fatalities.low !== null ? " · fatalities " + c.fatalities.low : "");
    const sentence = el("blockquote", { class: "evidence" });
    if (c.sentence) highlight(sentence, c.sentence.text, c.sentence.highlights);
    const card = el("div", { class: "claim state-" + c.review.state, id: "claim-" + c.id.replace(/[^A-Za-z0-9_-]/g, "_") }, head, sentence);
    if (onDone) card.append(reviewControls(c, onDone));
    return card;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("token-form");
    const input = document.getElementById("token");
    const state = document.getElementById("token-state");
    if (!form) return;
    const show = () => { state.textContent = token() ? "token set for this tab" : ""; };
    show();
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      if (input.value.trim()) sessionStorage.setItem("crosstally-token", input.value.trim());
      input.value = "";
      show();
    });
  });

  return { el, api, all, highlight, status, token, figureText, reviewControls, claimCard };
})();
