"""The pattern loaders the argument classes share (``data/event_arguments.yaml``): the verb, noun and weapon classes,
the classes only the overrides read, and the demonstrators-as-subject pattern; kept apart so the argument tokens
(:mod:`._arguments`) and the background cues (:mod:`._background`) both read them without importing each other."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _argument_patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """The violence-verb pattern, the noun classes and the other classes of ``data/event_arguments.yaml``."""
    from ...vocab import load_vocab

    entries = load_vocab("event_arguments")["entries"]

    def comp(pats: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(pats) + r")\b")

    nouns = {k: comp(v) for k, v in entries["nouns"].items()}
    others = {k: comp(v) for k, v in {**entries["verbs"], **entries["weapons"]}.items()}
    return others["violence"], nouns, others


def _alt(pats: list[str] | None) -> str:
    return "|".join(f"(?:{p})" for p in (pats or ["(?!x)x"]))


@lru_cache(maxsize=1)
def _definitions_only() -> dict[str, re.Pattern[str]]:
    """The ``definitions_only`` classes of ``data/event_arguments.yaml``: read by the overrides alone."""
    from ...vocab import load_vocab

    spec = load_vocab("event_arguments")["entries"].get("definitions_only") or {}
    return {k: re.compile(rf"\b(?:{_alt(list(v))})\b") for k, v in spec.items()}


@lru_cache(maxsize=1)
def _cased_classes() -> dict[str, re.Pattern[str]]:
    """The ``cased`` classes of ``data/event_arguments.yaml``: matched on the note as written, case kept.

    Why: a party told by its acronym ("ZANU-PF youths") is an organised political side, which only the capitals
    tell apart from the same words in lower case (v2.26); read by the overrides alone."""
    from ...vocab import load_vocab

    spec = load_vocab("event_arguments")["entries"].get("cased") or {}
    return {k: re.compile(_alt(list(v))) for k, v in spec.items()}


@lru_cache(maxsize=1)
def _crowd_assault_pattern() -> re.Pattern[str]:
    from ...vocab import load_vocab

    spec = load_vocab("event_arguments")["entries"].get("crowd_assault") or {}
    crowd, verbs = ("|".join(f"(?:{p})" for p in spec.get(k) or ["(?!x)x"]) for k in ("crowd", "verbs"))
    return re.compile(rf"\b(?:{crowd})\b(?:\s+(?!(?:were|was|been|being|are|is)\b)[\w'(),-]+){{0,6}}?\s+(?:{verbs})\b"
                      r"(?!\s+by\b)")


def crowd_assault(text: str) -> bool:
    """Whether the demonstrators themselves attack, injure, stone or destroy (the crowd is the verb's subject).

    Why: ACLED codes demonstrators who engage in violence as Riots / Violent demonstration; the classifier reads
    "protest" and answers Protests when the violence is told in plain verbs ("some of them assaulted an officer").
    """
    return _crowd_assault_pattern().search(text.lower()) is not None
