"""Agency per violent clause from the dependency parse: who, grammatically, did it?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from ._lexicon import agency_lemmas

AGENCY_KINDS: tuple[str, ...] = (
    "active",  # "Gunmen killed 12 villagers."
    "passive_agent",  # "12 villagers were killed by gunmen."
    "passive_agentless",  # "Dozens were killed in the village."
    "intransitive",  # "12 people died."
    "nominalisation",  # "The killings continued."
    "other",  # a violent verb with no subject the parse can find ("to kill", "began killing")
)


@dataclass(slots=True)
class AgencyClause:
    kind: str
    lemma: str
    verb: str
    agent: str | None
    start: int  # character offsets of the violent word in the text
    end: int
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "lemma": self.lemma, "verb": self.verb, "agent": self.agent,
                "start": self.start, "end": self.end, "sentence": self.sentence}


def _phrase(tok: Token) -> str:
    """The noun phrase a subject or agent token heads, without relative clauses or adjuncts
    ("members of the security forces", not "... near the river who ...")."""
    drop: set[int] = set()
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "punct", "appos", "advmod", "cc", "conj") or (
            c.dep_ == "prep" and c.lower_ != "of"
        ):
            drop.update(t.i for t in c.subtree)
    keep = [t.i for t in tok.subtree if t.i not in drop]
    return tok.doc[min(keep):max(keep) + 1].text


def _agent_of(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            return _phrase(objs[0]) if objs else c.text
    return None


def _voice(verb: Token, depth: int = 0) -> tuple[str, str | None]:
    deps = {c.dep_: c for c in verb.children}
    if "nsubjpass" in deps or "auxpass" in deps:
        agent = _agent_of(verb)
        return ("passive_agent" if agent else "passive_agentless"), agent
    if "nsubj" in deps:
        return "active", _phrase(deps["nsubj"])
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "relcl", "advcl", "ccomp", "conj", "ROOT"):
        agent = _agent_of(verb)
        if agent:
            return "passive_agent", agent
        if verb.dep_ != "conj" or depth > 2:
            return "passive_agentless", None  # "villagers killed in the raid"
    if depth <= 2 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        # "Gunmen stormed the village and killed 12": the subject is the head verb's
        kind, agent = _voice(verb.head, depth + 1)
        if kind == "active":
            return kind, agent
        if verb.dep_ == "conj" and kind.startswith("passive"):
            return kind, agent
    return "other", None


def agency_clauses(sdoc: Doc) -> list[AgencyClause]:
    """Every violent verb or nominalisation in the text, classified by how it shows the agent."""
    lex = agency_lemmas()
    verbs, intrans, noms = lex["verbs"], lex["intransitive"], lex["nominalisations"]
    out: list[AgencyClause] = []
    for tok in sdoc:
        lemma = tok.lemma_.casefold()
        low = tok.lower_
        kind: str | None = None
        agent: str | None = None
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN"):
            if lemma in intrans:
                kind = "intransitive"
            elif lemma in verbs:
                kind, agent = _voice(tok)
        elif tok.pos_ in ("NOUN", "PROPN") and (lemma in noms or low in noms or low.rstrip("s") in noms):
            kind = "nominalisation"
            by = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"]
            if by:
                objs = [g for g in by[0].children if g.dep_ == "pobj"]
                agent = _phrase(objs[0]) if objs else None
        if kind is None:
            continue
        sent = tok.sent.text if sdoc.has_annotation("DEP") or sdoc.has_annotation("SENT_START") else ""
        out.append(AgencyClause(kind=kind, lemma=lemma, verb=tok.text, agent=agent, start=tok.idx,
                                end=tok.idx + len(tok.text), sentence=sent[:300]))
    return out
