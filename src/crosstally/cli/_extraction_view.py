"""One extraction printed for a reader (``crosstally extract FILE``): each event's type, date, place, actors and
tolls with the text that supports them, then quotes and cited sources."""

from __future__ import annotations

from ..records import Extraction
from ._app import out


def _print_extraction(ex: Extraction) -> None:
    doc = ex.document
    text = doc.text

    def ev(spans) -> str:  # type: ignore[no-untyped-def]
        return " | ".join(repr(text[s.start : s.end][:80]) for s in spans[:2])

    out.rule(f"[bold]{doc.title or doc.origin or doc.id}[/]")
    out.print(f"id {doc.id} · source {doc.source or '-'} · published {doc.published or '-'} · "
              f"language {doc.language or '-'} · status [bold]{doc.status}[/] {'; '.join(doc.reasons)}")
    for i, e in enumerate(ex.events):
        out.print(f"\n[bold cyan]event {i}[/]: {e.event_type} / {e.sub_event_type}  (confidence {e.confidence:.2f}, {e.method})")
        if e.date:
            out.print(f"  date      {e.date.start} … {e.date.end} (precision {e.date.precision})  ← {ev(e.date.evidence)}")
        if e.location:
            loc = e.location
            out.print(f"  place     {loc.name}, {loc.admin1 or '-'}, {loc.country or '-'} "
                      f"({loc.lat}, {loc.lon}) precision {loc.precision}  ← {ev(loc.evidence)}")
        for a in e.actors:
            out.print(f"  {a.role:<9} {a.name} [inter {a.inter}]  ← {ev(a.evidence)}")
        for c in e.counts:
            rng = f"{c.low}" + (f"–{c.high}" if c.high not in (None, c.low) else "") + ("+" if c.high is None else "")
            out.print(f"  {c.kind:<9} {rng} ({c.qualifier}) {c.group or ''}"
                      f"{' per ' + c.attributed_to if c.attributed_to else ''}  ← {ev(c.evidence)}")
        out.print(f"  fatalities low {e.fatalities.low} best {e.fatalities.best} high {e.fatalities.high}")
        if e.attributed_to:
            out.print(f"  according to {', '.join(e.attributed_to)}")
    for q in ex.quotes:
        out.print(f"\n[bold]quote[/] {q.speaker or '(no speaker)'}: “{q.text[:160]}”")
    if ex.sources_cited:
        out.print("\n[bold]sources cited[/]: " + ", ".join(s.name for s in ex.sources_cited))
