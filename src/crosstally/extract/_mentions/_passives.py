"""Clause shapes the parser gets half right, read for who acted and who was acted on: a headline-style passive
("Two officers wounded.": its subject was harmed, not the harmer) and a people's name that is one word of a place's
name ("Ol Moran"). Kept apart from ``_actors`` so that file stays one reading of the trigger's structure."""

from __future__ import annotations

from spacy.tokens import Span, Token

# round 12b: verbs that in a clause with no auxiliary and no object ("Two officers wounded.", "three killed") tell
# what befell the subject: a headline-style passive, so the subject was acted on
# (round 16: and the ways of killing a note names instead: "2 fishermen beheaded at a beach camp")
_UNDERGONE = frozenset({"wound", "injure", "kill", "hurt", "abduct", "kidnap", "arrest", "detain", "maim", "rescue",
                        "behead", "execute", "murder", "lynch", "stab", "torture", "hack", "slaughter", "massacre",
                        "rape"})


def _inside_proper_name(ent: Span, sent: Span) -> bool:
    """'Ol Moran', 'Nandi Hills': the entity is one word of a longer capitalised name the parser split, a place's name
    whose words happen to name a people."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > sent.start else None
    after = doc[ent.end] if ent.end < sent.end else None
    return any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", ent.label_, "GPE",
                                                                                                  "LOC", "FAC")
               for t in (before, after))


def _headline_passive(verb: Token) -> bool:
    """'Two officers wounded.': a harm verb with a subject but no auxiliary, object or agent names its victim."""
    if verb.lemma_.lower() not in _UNDERGONE and verb.lower_.rstrip("ed") not in _UNDERGONE:
        return False
    # a ccomp before the verb is the clause before a semicolon the parser hung on it ("gunmen attacked a bus near
    # Kotulo; three passengers killed"), not what was said
    # "militants abducted three shepherds grazing their flocks": the object parsed as the subject of a clause after
    # the verb is still what the verb acted on, so the verb is active
    if any(c.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > verb.i for g in c.children)
           for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "agent", "attr", "xcomp") or (c.dep_ == "ccomp" and c.i > verb.i)
        for c in verb.children)
