"""The method tags every count carries and the word lists the toll grammar reads from the data files."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ...vocab import load_vocab

METHOD = "crosstally.counts.grammar.v1"


SHOT_METHOD = "crosstally.counts.singular-shot.v1"  # "was shot", fate not stated: yields to any death


DIED_METHOD = "crosstally.counts.shot-then-died.v1"  # that lone person shot, and the document tells a death


# "three people were shot, one fatally": the shot who did not die are GVDB's injured (shot figure less the toll)
SURVIVORS_METHOD = "crosstally.counts.shot-survivors.v1"


# "five others were wounded, including the woman who died": one death more than those told before her
DIED_AMONG_METHOD = "crosstally.counts.died-among-hurt.v1"


SELF_METHOD = "crosstally.counts.self-inflicted.v1"  # "then killed himself": the shooter is a victim too (GVDB)

# "shot one of them dead before he himself was killed": the one who killed first, one more death
KILLER_METHOD = "crosstally.counts.killer-killed.v1"


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    """Every table the grammar reads, built once from one read of each data file (quantifiers, count_terms,
    event_triggers)."""
    q = load_vocab("quantifiers")["entries"]
    count_terms = load_vocab("count_terms")
    terms = count_terms["entries"]
    trig = load_vocab("event_triggers")["entries"]["cues"]
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    adjs: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for kind, spec in terms.items():
        for v in spec.get("verbs") or []:
            verbs.setdefault(v, kind)
        for n in spec.get("nouns") or []:
            nouns.setdefault(n, kind)
        for a in spec.get("adjectives") or []:
            adjs.setdefault(a, kind)
        for p in spec.get("phrases") or []:
            phrases.setdefault(tuple(p.lower().split()), kind)
    vague = {tuple(k.lower().split()): v for k, v in q["vague"].items()}
    quals = {tuple(k.lower().split()): v for k, v in q["qualifiers"].items()}
    subset = [tuple(s.lower().split()) for s in q["subset_markers"]]
    people = {w.lower() for key in ("civilians", "armed_state", "armed_nonstate") for w in trig.get(key, [])}
    vocab = {
        "numbers": {str(k).lower(): int(v) for k, v in q["numbers"].items()},
        "multipliers": {str(k).lower(): int(v) for k, v in q["multipliers"].items()},
        "vague": vague,
        "quals": quals,
        "subset": subset,
        "verbs": verbs,
        "nouns": nouns,
        "adjs": adjs,
        "phrases": sorted(phrases.items(), key=lambda kv: -len(kv[0])),
        "people": people,
        "date_words": {str(w).lower() for w in q.get("date_words", [])},
        "toll_reach": {k: frozenset(str(w).lower() for w in v)
                       for k, v in (count_terms.get("toll_reach") or {}).items()},
        "place_labels": frozenset(str(w).lower() for w in count_terms.get("place_labels") or []),
        "max_vague": max(len(k) for k in vague),
        "max_qual": max(len(k) for k in quals),
    }
    single = {key: frozenset(str(w).lower() for w in q.get(key) or ()) for key in _SINGLE_KEYS}
    classes = {key: {str(w).lower(): cls for cls, words in (q.get(key) or {}).items() for w in words}
               for key in ("person_genders", "person_roles")}
    ranks = {str(k).lower(): int(v) for k, v in (q.get("ordinal_ranks") or {}).items()}
    return {"vocab": vocab, "single": single, "classes": classes, "ranks": ranks}


# the word sets of data/quantifiers.yaml that _single_vocab() serves, each lower-cased
_SINGLE_KEYS = (
    "singular_persons", "death_verbs", "wound_verbs", "event_nouns", "fatal_adverbs", "non_person_units",
    "hedge_adverbs", "attempt_words", "time_units", "person_kind_nouns", "partitive_determiners",
    "grievance_verbs", "grievance_nouns", "parent_nouns", "generic_persons", "counterfactual_modals",
    "ordinal_persons", "wound_nouns", "pair_nouns", "animal_nouns", "care_places", "care_outcomes",
    "aux_words", "generic_groups", "not_to_death_verbs", "wound_causes", "grievance_death_nouns", "not_names",
    "plain_injury_verbs", "lost_people", "found_dead_verbs", "crowd_victims", "state_side_groups",
)


def _vocab() -> dict[str, Any]:
    """Everything the grammar reads from the data files, shaped for fast lookup."""
    return _tables()["vocab"]


def _single_vocab() -> dict[str, frozenset[str]]:
    """The one-word sets of data/quantifiers.yaml (see _SINGLE_KEYS), for membership tests."""
    return _tables()["single"]


def _person_classes() -> dict[str, dict[str, str]]:
    """word → class for the two ways a text tells two victims apart: gender and role (data/quantifiers.yaml)."""
    return _tables()["classes"]


# "a third man died" → 3 (data/quantifiers.yaml ordinal_ranks); a module name other modules import
_ORDINALS: dict[str, int] = _tables()["ranks"]


_SINGULAR_KINDS = ("killed", "injured", "abducted", "detained")


_PRONOUNS_SUBJ = frozenset({"he", "she"})
# "killed himself", "killing herself and 4 traders": the one who harmed by his own hand (_self_harm, _backward)
_REFLEXIVE = frozenset({"himself", "herself"})


_PRONOUNS_OBJ = frozenset({"him", "her"})
