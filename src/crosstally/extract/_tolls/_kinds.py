"""What a word says happened to people (killed, injured, displaced, ...) and the fates that did not happen."""

from __future__ import annotations

from spacy.tokens import Token

from ._terms import _single_vocab, _vocab


def _kind_at(toks: list[Token], i: int) -> tuple[int, str | None]:
    """The kind a verb/phrase/adjective at ``i`` names: (tokens used, kind)."""
    v = _vocab()
    for key, kind in v["phrases"]:
        k = len(key)
        if tuple(t.lower_ for t in toks[i : i + k]) == key:
            return k, kind
    t = toks[i]
    lemma = t.lemma_.lower()
    k = _suffered_wounds(toks, i)
    if k:
        return k, "injured"  # "two people suffered non-life-threatening injuries"
    if _to_death(toks, i):
        return 3, "killed"  # "speared to death", "macheted to death": any act that ended in death
    if t.pos_ in ("VERB", "AUX", "ADJ") or t.tag_ in ("VBN", "VBD", "VBG"):
        if lemma in v["verbs"]:
            return 1, v["verbs"][lemma]
        if t.lower_ in v["adjs"]:
            return 1, v["adjs"][t.lower_]
    if t.lower_ in v["adjs"]:
        return 1, v["adjs"][t.lower_]
    bare = t.lower_.rstrip("/")
    if bare != t.lower_ and bare in v["adjs"]:  # "7 killed/ 4 injured/": note-taking shorthand, one token
        return 1, v["adjs"][bare]
    return 0, None


_WOUND_MODIFIERS = frozenset({"non", "life", "-", "threatening", "gunshot", "gun", "bullet", "graze", "minor", "serious",
                              "critical", "severe", "multiple", "several", "apparent", "superficial", "fatal"})


def _suffered_wounds(toks: list[Token], i: int) -> int:
    """'suffered non-life-threatening injuries', 'sustained minor gunshot wounds': tokens used (0 when none). The
    plain phrases ("suffered injuries") are in count_terms; this reads the words between verb and noun."""
    t = toks[i]
    if t.lemma_.lower() not in ("suffer", "sustain") or t.tag_ not in ("VBD", "VBN"):
        return 0
    j = i + 1
    while j < len(toks) and j - i <= 7 and toks[j].lower_ in _WOUND_MODIFIERS:
        j += 1
    if j == i + 1 or j >= len(toks) or toks[j].lower_ not in _single_vocab()["wound_nouns"]:
        return 0
    return j - i + 1 if "fatal" not in {x.lower_ for x in toks[i + 1 : j]} else 0


def _to_death(toks: list[Token], i: int) -> bool:
    """A verb followed by "to death" ("speared to death", "stoned to death"): killed, whatever the verb."""
    t = toks[i]
    return (i + 2 < len(toks) and toks[i + 1].lower_ == "to" and toks[i + 2].lower_ == "death"
            and (t.pos_ == "VERB" or t.tag_ in ("VBN", "VBD", "VBG")) and t.lemma_.lower() not in _single_vocab()["not_to_death_verbs"])


def _noun_kind(t: Token) -> str | None:
    v = _vocab()
    if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        low = t.lower_
        # "20 UNCONFIRMED DEATHS": an all-capitals word keeps its plural as its lemma
        return (v["nouns"].get(t.lemma_.lower()) or v["nouns"].get(low)
                or (v["nouns"].get(low[:-1]) if t.is_upper and low.endswith("s") else None))
    return None


_MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would"})
# past forms a base-form tag leaves unlemmatised ("Peter Can shot dead his colleague": the tagger reads the
# surname as a modal, so the verb as a base form whose lemma is the past form itself)
_PAST_FORMS = {"shot": "shoot", "struck": "strike", "slain": "slay", "slew": "slay", "beaten": "beat",
               "hung": "hang", "burnt": "burn", "stabbed": "stab", "lynched": "lynch", "killed": "kill",
               "murdered": "murder", "wounded": "wound", "injured": "injure", "hacked": "hack"}


def name_modal(aux: Token) -> bool:
    """"police officer Peter Can shot dead", "Kevin May was killed": a capitalised modal after a proper noun, not at
    the sentence's start, is a surname the tagger read as a modal; it hedges nothing."""
    before = aux.doc[aux.i - 1] if aux.i >= 1 else None
    return (aux.lower_ in _MODALS and aux.text[:1].isupper() and not aux.is_sent_start and before is not None
            and before.tag_ == "NNP")


def verb_lemma(tok: Token) -> str:
    """The verb's lemma, mended when a surname read as a modal left a past form tagged as a base form."""
    lem = tok.lemma_.lower()
    if tok.tag_ == "VB" and lem in _PAST_FORMS and any(c.dep_ == "aux" and name_modal(c) for c in tok.children):
        return _PAST_FORMS[lem]
    return lem


def _unrealised(tok: Token) -> bool:
    """A fate that did not happen: 'nearly killed', 'was not injured', 'tried to kill', 'attempted murder'.

    ACLED counts deaths that were reported, not near misses or attempts; a negated injury is no injury.
    """
    sv = _single_vocab()
    hedges, attempts = sv["hedge_adverbs"], sv["attempt_words"]
    for c in tok.children:
        if c.dep_ in ("neg", "advmod") and c.lower_ in hedges:
            return True
        if c.dep_ in ("amod", "compound") and c.lower_ in attempts:  # "attempted murder"
            return True
        if c.dep_ == "aux" and c.lower_ in ("might", "may") and not name_modal(c):
            return True  # "she might be injured", "others may have been killed": a possibility, not a report
        if c.dep_ == "aux" and c.lower_ in sv["counterfactual_modals"] and any(
                a.dep_ == "aux" and a.lower_ == "have" for a in tok.children):
            return True  # "could have been killed"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "noone") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True  # "no officers or bystanders were hit": the fate of no one
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "unless", "if") for c in tok.children) \
            and any(a.dep_ == "aux" and a.lower_ in sv["counterfactual_modals"] for a in tok.head.children):
        return True  # "they should have held off until somebody got hurt": a hypothetical
    cur = tok.head if tok.dep_ == "conj" else tok  # "tried to kill", "tried to rob and kill"
    if cur.dep_ in ("xcomp", "acl") and cur.head.lemma_.lower() in attempts:  # "in a bid to lynch a suspect"
        return True
    if tok.dep_ in ("pobj", "dobj") and tok.head.lemma_.lower() in attempts:  # "an attempt at murder"
        return True
    i = tok.i
    doc = tok.doc
    # "nearly killed" parsed with the adverb elsewhere in the tree
    return i >= 1 and doc[i - 1].lower_ in hedges and doc[i - 1].pos_ in ("ADV", "PART")


def _kind_between(toks: list[Token], a: int, b: int) -> bool:
    return any(_kind_at(toks, k)[1] for k in range(a, b))
