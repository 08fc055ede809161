"""spaCy EntityRuler patterns for actors: ORG for groups, NORP for identity groups, PERSON for leaders."""

from __future__ import annotations

from pathlib import Path

from ._kb import get_kb


def entity_patterns(extra_paths: list[str | Path] | None = None) -> list[dict]:
    """EntityRuler patterns with id = actor id. Lower-case aliases ('government forces') are left out."""
    kb = get_kb(extra_paths)
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def emit(label: str, text: str, actor_id: str) -> None:
        if not text or text == text.lower() or "{" in text or (text, actor_id) in seen:
            return
        seen.add((text, actor_id))
        out.append({"label": label, "pattern": text, "id": actor_id})

    places = _place_names()
    for actor in kb.actors.values():
        for text in (actor.name, *actor.aliases):
            emit("ORG", text, actor.id)
        for text in actor.people:
            emit("PERSON", text, actor.id)
        for text in actor.identity:
            # "Turkana", "Meru", "Samburu" are also counties and towns: leave the bare word to the place ruler.
            if (text, actor.country) not in places:
                emit("NORP", text, actor.id)
    return out


def _place_names() -> set[tuple[str, str]]:
    """(name, country) of admin1 units and towns of 10k+ people, to keep bare place names as places."""
    try:
        from ..geo import get_gazetteer

        gz = get_gazetteer()
    except Exception:  # the gazetteer is optional here
        return set()
    out: set[tuple[str, str]] = set()
    for p in gz.places.values():
        if p.kind == "admin1" or (p.kind == "town" and p.population >= 10_000):
            out.add((p.name, p.country_code))
            out.add((gz.label(p), p.country_code))
    return out
