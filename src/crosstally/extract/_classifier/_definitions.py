"""ACLED's definitions applied after the classifier (``overrides`` of ``data/event_arguments.yaml``), over the
argument tokens."""

from __future__ import annotations

from functools import lru_cache

from ._analyzers import _WHITE
from ._arguments import argument_tokens
from ._background import property_without_harm
from ._denials import without_denials
from ._patterns import _definitions_only


def _names(value: str | list[str]) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else map(str, value))


@lru_cache(maxsize=1)
def _overrides() -> tuple[tuple[frozenset[str], frozenset[str] | None, frozenset[str], frozenset[str],
                                tuple[str, str]], ...]:
    """(types, sub-event types or None for any, tokens (any of them), unless tokens, new label) per ``overrides``
    rule; ``when_type``, ``when_sub`` and ``token`` are each one name or a list ("No event" included among the
    types: a definition that needs no classifier)."""
    from ...vocab import load_vocab

    rules = load_vocab("event_arguments")["entries"].get("overrides", [])
    return tuple(
        (_names(r["when_type"]), _names(r["when_sub"]) if r.get("when_sub") else None, _names(r["token"]),
         frozenset(r.get("unless", [])), (str(r["to"][0]), str(r["to"][1])))
        for r in rules
    )


def told_tokens(raw: str) -> set[str]:
    """Tokens read from a note before its denials are blanked: what "nobody was hurt" itself tells.

    Why: the definitions read a note with its denials taken out, so that "no arrests were made" names no arrest;
    but ACLED's Looting/property destruction is defined by that very denial (property burnt, nobody hurt, v2.17), and
    a gathering that "ended without incident" is told peaceful by its denial (Peaceful protest, v2.23)."""
    out = {"has_property_without_harm"} if property_without_harm(raw) else set()
    calm = _definitions_only().get("calm_gathering_told")
    if calm is not None and calm.search(_WHITE.sub(" ", raw.lower())):
        out.add("has_calm_gathering_told")
    return out


def apply_definitions(
    text: str, event_type: str, sub_event_type: str, raw: str | None = None
) -> tuple[str, str]:
    """ACLED's definitions over the classifier's label, where the wording misleads it.

    Why: the classifier learns the words of the years it was trained on ("protest" for a crowd that blocked a road
    with burning tyres); ACLED's codebook decides by what the crowd did (violent demonstrators are Riots, a mob that
    attacks someone is Mob violence). The rules (``event_arguments.yaml`` ``overrides``) were chosen on the temporal
    hold-out of the train side. ``raw`` is the note before its denials were blanked (:func:`told_tokens`).
    """
    rules = _overrides()
    if not rules or not any(event_type in r[0] for r in rules):
        return event_type, sub_event_type
    toks = set(argument_tokens(text)) | (told_tokens(raw) if raw is not None else set())
    for when, when_sub, tokens, unless, to in rules:
        if (event_type in when and (when_sub is None or sub_event_type in when_sub) and tokens & toks
                and not (unless & toks)):
            return to
    return event_type, sub_event_type


def defined_label(text: str, event_type: str, sub_event_type: str) -> tuple[str, str]:
    """ACLED's definitions over a label as the classifier applies them: on the note with its denials blanked
    (:func:`without_denials`), and on the note as told (``raw``).

    Why: one place for that pairing, which :func:`predict` and the definition tests both need."""
    return apply_definitions(without_denials(text), event_type, sub_event_type, raw=text)
