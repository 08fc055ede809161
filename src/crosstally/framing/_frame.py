"""frame_document, aggregate_framing, compare_framing: how each source tells the violence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ..extract._quotes import normalise_source
from ..records import Extraction
from ._agency import AGENCY_KINDS, AgencyClause, agency_clauses
from ._lexicon import match, voices

METHOD = "crosstally.framing.lexicon.v1"
_COUNTERS = ("event_terms", "event_categories", "perpetrator_terms", "victim_terms", "agency", "agents", "hedges",
             "attributions", "voices")


@dataclass(slots=True)
class Framing:
    """One source's framing of one document (or, aggregated, of all its documents)."""

    source: str
    doc_ids: list[str] = field(default_factory=list)
    event_terms: Counter[str] = field(default_factory=Counter)
    event_categories: Counter[str] = field(default_factory=Counter)
    perpetrator_terms: Counter[str] = field(default_factory=Counter)
    victim_terms: Counter[str] = field(default_factory=Counter)
    agency: Counter[str] = field(default_factory=Counter)
    agents: Counter[str] = field(default_factory=Counter)  # who the active / by-phrases name
    hedges: Counter[str] = field(default_factory=Counter)
    attributions: Counter[str] = field(default_factory=Counter)
    voices: Counter[str] = field(default_factory=Counter)
    clauses: list[AgencyClause] = field(default_factory=list)
    method: str = METHOD

    @property
    def event_term(self) -> str | None:
        """What the source mostly calls the event (the specific term before generic ones)."""
        specific = [t for t, _ in self.event_terms.most_common() if t not in ("attacks", "killings", "violence")]
        top = self.event_terms.most_common(1)
        return specific[0] if specific else (top[0][0] if top else None)

    def agency_shares(self) -> dict[str, float]:
        """Share of violent clauses of each agency kind (0..1)."""
        total = sum(self.agency.values())
        return {k: (self.agency[k] / total if total else 0.0) for k in AGENCY_KINDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, source: str | None = None, doc_id: str | None = None) -> Framing:
        """Rebuild the counts of a stored framing (``Extraction.framing``); clauses are not kept."""
        fr = cls(source=source or d.get("source") or "", doc_ids=[doc_id] if doc_id else list(d.get("doc_ids") or []))
        for name in _COUNTERS:
            setattr(fr, name, Counter(d.get(name) or {}))
        return fr

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "doc_ids": list(self.doc_ids),
            "event_term": self.event_term,
            "event_terms": dict(self.event_terms),
            "event_categories": dict(self.event_categories),
            "perpetrator_terms": dict(self.perpetrator_terms),
            "victim_terms": dict(self.victim_terms),
            "agency": dict(self.agency),
            "agency_shares": {k: round(v, 3) for k, v in self.agency_shares().items()},
            "agents": dict(self.agents),
            "hedges": dict(self.hedges),
            "attributions": dict(self.attributions),
            "voices": dict(self.voices),
            "clauses": [c.to_dict() for c in self.clauses],
            "method": self.method,
        }


def frame_document(extraction: Extraction, sdoc: Doc | None = None) -> Framing:
    """How this document names the violence, its perpetrators and victims, who acts in its
    clauses, how it hedges and whose voices it quotes. ``sdoc`` is the parsed text (parsed
    here with crosstally's pipeline when not given)."""
    doc = extraction.document
    if sdoc is None:
        from ..nlp import load_nlp

        sdoc = load_nlp()(doc.text)
    fr = Framing(source=doc.source or doc.site_name or doc.id, doc_ids=[doc.id])
    hits = match(sdoc)
    for term, _span in hits["event"]:
        fr.event_terms[term.term] += 1
        fr.event_categories[term.category] += 1
    for term, _span in hits["actor"]:
        (fr.perpetrator_terms if term.category == "perpetrator" else fr.victim_terms)[term.term] += 1
    for term, _span in hits["hedge"]:
        (fr.hedges if term.category == "hedge" else fr.attributions)[term.term] += 1
    fr.clauses = agency_clauses(sdoc)
    for c in fr.clauses:
        fr.agency[c.kind] += 1
        if c.agent and c.kind in ("active", "passive_agent"):
            fr.agents[c.agent] += 1
    vmap = voices()
    for q in extraction.quotes:
        fr.voices[vmap.get(q.speaker_type or "", "unattributed" if not q.speaker else "others")] += 1
    extraction.framing = fr.to_dict() | {"clauses": len(fr.clauses)}
    return fr


def aggregate_framing(framings: Iterable[Framing]) -> Framing:
    """All of one source's framings summed: ``crosstally framing --source NAME``."""
    items = list(framings)
    sources = Counter(f.source for f in items)
    out = Framing(source=sources.most_common(1)[0][0] if sources else "")
    for f in items:
        out.doc_ids.extend(f.doc_ids)
        for name in _COUNTERS:
            getattr(out, name).update(getattr(f, name))
        out.clauses.extend(f.clauses)
    return out


@dataclass(slots=True)
class FramingRow:
    source: str
    documents: int
    event_term: str | None
    event_terms: list[tuple[str, int]]
    perpetrators: list[tuple[str, int]]
    victims: list[tuple[str, int]]
    agency: dict[str, float]
    hedges: int
    attributions: int
    voices: list[tuple[str, int]]

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "documents": self.documents, "event_term": self.event_term,
                "event_terms": self.event_terms, "perpetrators": self.perpetrators, "victims": self.victims,
                "agency": {k: round(v, 3) for k, v in self.agency.items()}, "hedges": self.hedges,
                "attributions": self.attributions, "voices": self.voices}


COLUMNS = ("source", "calls it", "perpetrators", "victims", "agency", "hedges", "voices")
_SHORT = {"active": "active", "passive_agent": "passive+by", "passive_agentless": "agentless",
          "intransitive": "intrans.", "nominalisation": "nominal", "other": "other"}


@dataclass(slots=True)
class FramingTable:
    """Sources side by side for one incident: one row per source."""

    incident_id: str | None
    rows: list[FramingRow]

    def to_dict(self) -> dict[str, Any]:
        return {"incident_id": self.incident_id, "columns": list(COLUMNS), "rows": [r.to_dict() for r in self.rows]}

    def cells(self) -> list[list[str]]:
        """The table as short strings, one list per row in COLUMNS order."""
        def terms(xs: list[tuple[str, int]]) -> str:
            return ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in xs) or "—"

        out = []
        for r in self.rows:
            shares = sorted(((v, k) for k, v in r.agency.items() if v > 0), reverse=True)
            agency = " ".join(f"{_SHORT[k]} {round(v * 100)}%" for v, k in shares) or "—"
            out.append([f"{r.source} ({r.documents})", terms(r.event_terms), terms(r.perpetrators),
                        terms(r.victims), agency, str(r.hedges), terms(r.voices)])
        return out

    def render(self) -> str:
        """A plain-text table a reader takes in at a glance."""
        rows = [list(COLUMNS), *self.cells()]
        widths = [min(40, max(len(r[i]) for r in rows)) for i in range(len(COLUMNS))]
        lines = []
        for n, r in enumerate(rows):
            lines.append("  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)


def _canonical_source(name: str) -> str:
    """A known outlet or body under its canonical name ("OHCHR" → "UN Human Rights Office"), so one source is one
    row; any other name as written ("The Meridian Review")."""
    got = normalise_source(name)
    return name if got == re.sub(r"^(?:the|an?)\s+", "", name.strip(), flags=re.I) else got


def compare_framing(incident: Any, framings: Sequence[Framing], *, top: int = 3) -> FramingTable:
    """One row per source among the incident's documents (all framings when ``incident`` is None)."""
    wanted = set(incident.doc_ids) if incident is not None else None
    by_source: dict[str, list[Framing]] = {}
    for f in framings:
        if wanted is not None and not wanted.intersection(f.doc_ids):
            continue
        by_source.setdefault(_canonical_source(f.source), []).append(f)
    rows = []
    for source in sorted(by_source):
        agg = aggregate_framing(by_source[source])
        specific = agg.event_term
        ev = agg.event_terms.most_common()
        if specific:
            ev = sorted(ev, key=lambda kv: (kv[0] != specific, -kv[1], kv[0]))
        rows.append(FramingRow(
            source=source, documents=len(agg.doc_ids), event_term=specific, event_terms=ev[:top],
            perpetrators=agg.perpetrator_terms.most_common(top), victims=agg.victim_terms.most_common(top),
            agency=agg.agency_shares(), hedges=sum(agg.hedges.values()),
            attributions=sum(agg.attributions.values()), voices=agg.voices.most_common(top),
        ))
    return FramingTable(incident_id=getattr(incident, "id", None), rows=rows)


def framing_of(extraction: Extraction) -> Framing:
    """The document's framing: the one the pipeline stored on the extraction, else computed now."""
    f = extraction.framing
    if f and "event_terms" in f:
        doc = extraction.document
        return Framing.from_dict(f, source=doc.source or doc.site_name or doc.id, doc_id=doc.id)
    return frame_document(extraction)


def source_framing_view(db: str, source: str) -> Iterator[Any]:
    """What ``crosstally framing --source NAME`` prints: the source's framing over all its documents."""
    from ..store import Store

    with Store(db) as store:
        mine = [e for e in store.extractions(status="ok")
                if source.casefold() in ((e.document.source or e.document.site_name or "").casefold(),)]
    if not mine:
        yield f"No documents from '{source}' in the database."
        return
    agg = aggregate_framing(framing_of(e) for e in mine)
    agg.source = source
    yield compare_framing(None, [agg]).render()
    shares = agg.agency_shares()
    yield "agency: " + ", ".join(f"{k} {round(v * 100)}%" for k, v in shares.items() if v)
    if agg.agents:
        yield "named agents: " + ", ".join(f"{a} ×{n}" for a, n in agg.agents.most_common(8))
    if agg.hedges:
        yield "hedges: " + ", ".join(f"{a} ×{n}" for a, n in agg.hedges.most_common(8))
