"""Figures that are not this incident's toll: a protest's grievance, related-story headlines, lost things."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ...records import Count
from ...vocab import load_vocab
from ._terms import _single_vocab, _vocab


def _lost_things(c: Count) -> bool:
    """"lost 12 seats", "lost two fingers": 'lose' counts the dead only when what was lost is people ("the army
    lost two men", "lost three soldiers"); a time word the parse glues to the noun ("lost two men tonight") is
    no thing lost."""
    if c.kind != "killed" or not re.match(r"los[te]s?\b|losing\b", c.phrase or "", re.I):
        return False
    head = (c.group or "").lower().split()
    people = _vocab()["people"] | _single_vocab()["lost_people"] | _single_vocab()["singular_persons"]
    return not any(w in people for w in head)


def _inside(c: Count, ranges: list[tuple[int, int]], kind: str | None = None) -> bool:
    """The count's first evidence starts inside one of the character ranges (and it is of ``kind``, if given)."""
    return (kind is None or c.kind == kind) and bool(c.evidence) and any(
        a <= c.evidence[0].start < b for a, b in ranges)


_LINK_REACH = 160  # characters: one related story's headline


@lru_cache(maxsize=1)
def _link_label_re() -> re.Pattern[str]:
    labels = sorted((re.escape(str(w)) for w in load_vocab("count_terms").get("link_labels") or ()), key=len,
                    reverse=True)
    return re.compile(r"(?<![\w,])(?:" + ("|".join(labels) or "(?!x)x") + r"):[ \t]+(?=[A-Z0-9\"“'])")


def _link_headlines(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Character ranges (document offsets) of related-story headlines after a link label ('Read: ...', 'Watch: ...').

    Why: scraping glues a site's link lists into the article; their headlines state other incidents' tolls
    ('suspect shot himself'), which must not become this story's counts. A headline runs to the next label, the
    end of the line or ``_LINK_REACH`` characters.
    """
    rx = _link_label_re()
    marks = list(rx.finditer(text))
    out: list[tuple[int, int]] = []
    for i, m in enumerate(marks):
        end = min(len(text), m.end() + _LINK_REACH)
        if i + 1 < len(marks):
            end = min(end, marks[i + 1].start())
        nl = text.find("\n", m.end(), end)
        out.append((base + m.start(), base + (nl if nl >= 0 else end)))
    return out


def _grievance_ranges(sent: Span) -> list[tuple[int, int]]:
    """Character ranges holding a protest's grievance: the object of 'protested', 'demanding justice for'."""
    sv = _single_vocab()
    deaths = sv["grievance_death_nouns"]
    out: list[tuple[int, int]] = []
    for tok in sent:
        lem = tok.lemma_.lower()
        objs: list[Token] = []
        if tok.pos_ == "VERB" and lem in sv["grievance_verbs"]:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "over", "into", "for")
                     for g in c.children if g.dep_ == "pobj"]
        elif tok.pos_ == "NOUN" and (lem in sv["grievance_nouns"] or (  # "demanding an inquiry into"
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in sv["grievance_verbs"])):
            objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "over", "for", "against", "of", "to")
                    for g in c.children if g.dep_ == "pobj"]
            if any(o.lemma_.lower() in deaths for o in objs):
                # "demanding an end to police killings": the whole demand, its article included, is the grievance
                sub = list(tok.subtree)
                out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
                continue
        for o in objs:
            if o.lemma_.lower() in deaths:
                sub = list(o.subtree)
                out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return out


def _in_ranges(c: Count, ranges: list[tuple[int, int]]) -> bool:
    """A death count inside a grievance range (see _grievance_ranges)."""
    return _inside(c, ranges, "killed")
