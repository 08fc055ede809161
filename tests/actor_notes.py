"""Helpers the actor tests share: a mention at its place in a note, one event resolved, its roles, its evidence."""

from __future__ import annotations

from datetime import date

from crosstally.actors import resolve_actors
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Location
from crosstally.records import Span as CharSpan

_WHEN = DateClaim(start=date(2018, 5, 2), end=date(2018, 5, 2), precision=1)


def mention(text: str, role: str, phrase: str) -> ActorMention:
    """An actor mention whose evidence is the phrase's first place in the text."""
    i = text.index(phrase)
    return ActorMention(role=role, name=phrase, mention=phrase, evidence=[CharSpan(i, i + len(phrase))])


def resolve(text: str, etype: str, sub: str, actors: list[ActorMention], location: Location | None,
            when: DateClaim | None = _WHEN, doc_country: str | None = None, with_places: bool = False) -> Event:
    """One event over the whole note, resolved by the real ``resolve_actors``."""
    ev = Event(etype, sub, location=location, date=when, actors=actors, evidence=[CharSpan(0, len(text))])
    meta = {"country": doc_country} if doc_country else {}
    places = [location] if with_places and location else []
    resolve_actors(Extraction(document=Document(text=text, meta=meta), events=[ev], places=places))
    return ev


def roles(ev: Event) -> dict[str, list[str]]:
    """Role → the resolved names, in order."""
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.name)
    return out


def check_evidence(text: str, ev: Event) -> None:
    """Every actor points at text that is its mention."""
    for a in ev.actors:
        assert a.evidence, a
        assert all(text[s.start : s.end] == a.mention for s in a.evidence), a


def place(name: str, country: str, code: str) -> Location:
    """A geocoded place of the event, as the place stage hands it over (name, country, ISO code)."""
    return Location(name=name, country=country, country_code=code)


def day(on: date) -> DateClaim:
    """The event's date: one day, day precision."""
    return DateClaim(start=on, end=on, precision=1)


def kenya_note_sides(text: str, published: date = date(2019, 5, 6)) -> list[tuple[str | None, str | None]]:
    """(actor1, actor2) names of each event the whole pipeline finds in one Kenyan note (country hint KE)."""
    from crosstally.pipeline import process

    out = process(Document(text=text, published=published, meta={"country": "KE"})).to_contract()
    sides = []
    for ev in out.get("events", []):
        names = {r: next((a.get("name") for a in ev.get("actors", []) if a.get("role") == r), None)
                 for r in ("actor1", "actor2")}
        sides.append((names["actor1"], names["actor2"]))
    return sides
