"""Assemble the situation report: the same incident views the web app shows, as one HTML file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from ..errors import InputError
from ..store import Store
from ._svg import OUTLINES, map_svg, timeline_svg

MAX_INCIDENTS = 60  # incidents shown in full; the rest are listed
_env = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"), autoescape=True)
_env.filters["num"] = lambda v: "—" if v is None else (f"{v:,}" if isinstance(v, int) else str(v))


def build_report(
    store: Store, *, incident_id: str | None = None, country: str | None = None,
    date_from: date | None = None, date_to: date | None = None,
) -> tuple[str, int]:
    """The report as self-contained HTML (inline CSS and SVG, every text escaped) and its incident count."""
    from ..web._views import ClaimFilters, incident_detail, incident_summaries

    if incident_id:
        d = incident_detail(store, incident_id)
        if d is None:
            raise InputError(f"There is no incident '{incident_id}'. List them with 'crosstally incidents'.")
        details = [d]
        summaries = [d["incident"]]
        scope = f"Incident {incident_id}"
    else:
        summaries = [s.to_dict() for s in incident_summaries(
            store, ClaimFilters(country=(country or "").upper() or None, date_from=date_from, date_to=date_to))]
        summaries.sort(key=lambda s: (s["start"] or "9999", s["id"]))
        ranked = sorted(summaries, key=lambda s: (-len(s["sources"]), -(s["killed_high"] or 0), s["id"]))
        keep = {s["id"] for s in ranked[:MAX_INCIDENTS]}
        details = [x for x in (incident_detail(store, s["id"]) for s in summaries if s["id"] in keep) if x]
        scope = f"{(country or 'all countries').upper()}, {date_from or 'the first report'} to {date_to or 'the last report'}"
    days = [date.fromisoformat(s["start"]) for s in summaries if s.get("start")]
    docs: dict[str, dict[str, Any]] = {}
    for d in details:
        for doc in d["documents"]:
            docs[doc["id"]] = doc
    claims = sum(len(d["claims"]) for d in details)
    sources = sorted({src for s in summaries for src in s["sources"]})
    top = [d for d in details if not d["incident"].get("parent_id") or d["incident"]["parent_id"] not in
           {x["incident"]["id"] for x in details}]
    conservative = sum((_killed(d) or 0) for d in top)
    html = _env.get_template("report.html").render(
        scope=scope, generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        summaries=summaries, details=details, shown=len(details), claims=claims, sources=sources,
        conservative=conservative, documents=sorted(docs.values(), key=lambda x: (x["published"] or "", x["source"] or "")),
        map_svg=Markup(map_svg(summaries)), timeline_svg=Markup(timeline_svg(days)),  # noqa: S704 - built escaped
        outlines=OUTLINES.exists(),
    )
    return html, len(summaries)


def _killed(d: dict[str, Any]) -> int | None:
    for f in d["reconciliation"]["figures"]:
        if f["kind"] == "killed":
            return f["acled"]
    return None


def write_report(
    store: Store, out: str | Path, *, fmt: str = "html", incident_id: str | None = None, country: str | None = None,
    date_from: date | None = None, date_to: date | None = None,
) -> int:
    """Write the report as HTML or PDF (WeasyPrint); returns the number of incidents in it."""
    html, n = build_report(store, incident_id=incident_id, country=country, date_from=date_from, date_to=date_to)
    path = Path(out)
    if fmt == "pdf":
        from weasyprint import HTML

        HTML(string=html).write_pdf(str(path))
    elif fmt == "html":
        path.write_text(html, encoding="utf-8")
    else:
        raise InputError(f"Unknown report format '{fmt}'. Formats: html, pdf.")
    return n
