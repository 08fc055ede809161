"""Reading forward from a figure to its fate: "5 were killed", "5 dead", "three people were shot"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ._figures import _Figure
from ._kinds import _kind_at, _kind_between, _noun_kind, _unrealised
from ._numbers import _age_end
from ._terms import _SINGULAR_KINDS, _single_vocab, _vocab

_STOP_PUNCT = {".", ";", ":", "(", ")", "!", "?", "“", "”", '"'}


_MAX_FORWARD = 12


def _skip_subset(toks: list[Token], j: int, figs_at: dict[int, _Figure]) -> int:
    """Skip an 'including two commanders' clause, returning the index after it."""
    if j in figs_at and figs_at[j].whole:
        return figs_at[j].end  # "one of the three men died": read on past the whole to the part's fate
    v = _vocab()
    for m in v["subset"]:
        if tuple(t.lower_ for t in toks[j : j + len(m)]) == m:
            j += len(m)
            while j < len(toks) and (
                toks[j].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "CCONJ") or toks[j].text == ","
                or j in figs_at
            ):
                j += 1
            return j
    return j


_PLACE_PREPS = frozenset({"in", "inside", "at", "near", "outside", "aboard"})


@dataclass
class _Reading:
    """Where a forward reading stands: the word ``j`` it is at, how far it may read (``limit``) and the words of the
    figure's noun phrase so far (``group``)."""

    toks: list[Token]
    f: _Figure
    figs_at: dict[int, _Figure]
    j: int
    limit: int
    group: list[Token]

    def skip_to(self, end: int) -> None:
        """Pass over the words up to ``end`` (a modifier, an aside), reading as far past them as before."""
        self.limit = min(len(self.toks), self.limit + end - self.j)
        self.j = end


# what a reading of the word at ``j`` decides: read on (it moved ``j``), stop (the figure's reading ends here), or
# None (it does not apply: the next reading tries)
_READ_ON = True
_STOP = False
_Verdict = bool | None


def _forward(toks: list[Token], f: _Figure, figs_at: dict[int, _Figure]) -> None:
    """Read forward from a figure: group noun phrase, then the kind word ("5 soldiers were killed"). Each word goes
    through the readings of ``_READINGS`` in order; the first that decides wins."""
    fatal = _fatal_tail(toks, f)
    if fatal is not None:  # "three people were shot, one fatally", "two of them fatally"
        f.kind, f.kind_start, f.kind_end = "killed", f.start, fatal
        return
    r = _Reading(toks, f, figs_at, f.end, min(len(toks), f.end + _MAX_FORWARD), [])
    while r.j < r.limit:
        for reading in _READINGS:
            verdict = reading(r)
            if verdict is not None:
                break
        else:
            return
        if verdict is _STOP:
            return


def _partitive(r: _Reading) -> _Verdict:
    """"leaving seven of them dead": a partitive, the fate right after it (not "of them" a subset)."""
    toks, j, f = r.toks, r.j, r.f
    if (j == f.end and not f.vague and toks[j].lower_ == "of" and j + 2 < len(toks)
            and toks[j + 1].lower_ in ("them", "those", "these") and toks[j + 2].lower_ in _vocab()["adjs"]):
        r.j = j + 2
        return _READ_ON
    return None


def _subset_clause(r: _Reading) -> _Verdict:
    """"including two commanders", "one of the three men": read on past the subset or the whole."""
    j2 = _skip_subset(r.toks, r.j, r.figs_at)
    if j2 != r.j:
        r.skip_to(j2)
        return _READ_ON
    return None


def _aside(r: _Reading) -> _Verdict:
    """"At least 14 (other accounts: 25) have died", "Reservists (KPR) are feared dead": an aside."""
    toks, j = r.toks, r.j
    if toks[j].text == "(":
        # "3 suspects (who were wanted for robbing 4 shops ...) were shot dead": a bracketed relative clause tells
        # what the people did, however long, and its own fate words are not theirs
        relative = j + 1 < len(toks) and toks[j + 1].lower_ in ("who", "whom", "whose", "which")
        close = next((k for k in range(j + 1, min(len(toks), j + (40 if relative else 9))) if toks[k].text == ")"), None)
        if close is not None and (relative or not _kind_between(toks, j + 1, close)):
            r.skip_to(close + 1)
            return _READ_ON
    return None


# "24 killed total", "9 dead overall": a word that tells the figure is the whole toll, never the fate's object
_TOTAL_WORDS = frozenset({"total", "overall", "altogether", "combined"})

_QUOTES = frozenset({'"', "“", "”"})


def _quoted_word(r: _Reading) -> _Verdict:
    """'Five "thugs" are lynched': a word of the figure's noun phrase set in quotes (a note's distance from the
    label) is still that noun, so its quote marks are no clause stop (a quoted clause holds a verb: it still is)."""
    toks, j = r.toks, r.j
    if toks[j].text not in _QUOTES:
        return None
    last = r.group[-1].i - toks[0].i if r.group else r.f.end - 1
    if last != j - 1:
        return None
    opened = next((k for k in range(j - 1, max(r.f.end, j - 4) - 1, -1) if toks[k].text in _QUOTES), None)
    if opened is not None:  # the closing mark after the quoted noun
        r.skip_to(j + 1)
        return _READ_ON
    close = next((k for k in range(j + 2, min(len(toks), j + 4)) if toks[k].text in _QUOTES), None)
    if close is not None and all(t.pos_ in ("NOUN", "PROPN", "ADJ") or t.dep_ == "amod" for t in toks[j + 1 : close]):
        r.skip_to(j + 1)
        return _READ_ON
    return None


def _stop_punct(r: _Reading) -> _Verdict:
    """A sentence or clause stop ends the reading."""
    return _STOP if r.toks[r.j].text in _STOP_PUNCT else None


def _wounds(r: _Reading) -> _Verdict:
    """"officers located two adult males suffering from gunshot wounds": hit, fate untold (GVDB's injured unless
    the document tells deaths among them)."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    wound_end = _wound_phrase(toks, j) if group and _persons(group) and f.low >= 2 and not f.vague else None
    if wound_end is not None:
        f.kind, f.kind_start, f.kind_end, f.group, f.shot = "injured", j, wound_end, group, True
        return _STOP
    return None


def _apposition(r: _Reading) -> _Verdict:
    """"The two other victims, a man of 21 and a man of 47, were treated for wounds": the appositive's "a man" is
    the same people, not more."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    if (toks[j].text == "," or _dash(toks, j)) and group and not f.article and _persons(group):
        end = _apposition_end(toks, j, group)
        if end is not None:
            for k in range(j, end):
                if k in r.figs_at and r.figs_at[k].article:
                    r.figs_at[k].used = True
            r.skip_to(end + 1)
            return _READ_ON
    return None


def _name_apposition(r: _Reading) -> _Verdict:
    """"a suspected thief, Kevin Otieno, 24, was lynched": one person's name (and age) set off by commas after a
    lone person's noun names the same person; the fate comes after it (how Kenyan notes name a victim)."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    if not (f.article and group and toks[j].text == "," and group[-1].pos_ == "NOUN" and group[-1].tag_ == "NN"):
        return None
    k = j + 1
    while k < len(toks) and k - j <= 4 and toks[k].pos_ == "PROPN":
        k += 1
    if k == j + 1 or k >= len(toks) or toks[k].text != ",":
        return None
    if not (_persons(group[-1:]) or any(t.ent_type_ == "PERSON" for t in toks[j + 1 : k])):
        return None  # "a village, Kamuge, ...": a place named, not a person
    if k + 2 < len(toks) and toks[k + 1].like_num and toks[k + 2].text == ",":
        k += 2  # the age: "Kevin Otieno, 24,"
    if k + 1 >= len(toks) or k + 1 - j > 8:
        return None
    for m in range(j + 1, k):
        if m in r.figs_at:
            r.figs_at[m].used = True  # the age is no toll
    r.skip_to(k + 1)
    return _READ_ON


def _of_the_hurt(r: _Reading) -> _Verdict:
    """"two of the wounded died in hospital": the verb is the fate, the noun who they were; "one of the wounded
    officers died": the noun after names them."""
    toks, j, f = r.toks, r.j, r.f
    t = toks[j]
    nk = _noun_kind(t)
    if nk and j >= f.end + 2 and toks[j - 2].lower_ == "of" and toks[j - 1].lower_ in ("the", "those") and (
            _fate_follows(toks, j + 1, nk)):
        r.group.append(t)
        r.j = j + 1
        return _READ_ON
    if (nk in ("injured", "killed") and j >= f.end + 2 and toks[j - 2].lower_ == "of"
            and toks[j - 1].lower_ in ("the", "those") and j + 1 < len(toks) and toks[j + 1].pos_ == "NOUN"
            and toks[j + 1].tag_ == "NNS" and _fate_follows(toks, j + 2, nk)):
        r.group.extend(toks[j : j + 2])
        r.j = j + 2
        return _READ_ON
    return None


def _kind_noun(r: _Reading) -> _Verdict:
    """A noun that names a fate: "two refugees were killed" (a person noun, the verb the fate), "500 body cameras"
    (a compound, no fate), "5 deaths", "111 verified deaths" (the noun is the fate)."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    t = toks[j]
    nk = _noun_kind(t)
    if nk and t.lemma_.lower() in _single_vocab()["person_kind_nouns"] and _fate_follows(toks, j + 1, nk):
        group.append(t)
        r.j = j + 1
        return _READ_ON
    if nk and t.dep_ == "compound" and j + 1 < len(toks) and toks[j + 1].pos_ == "NOUN":
        return _STOP  # "500 body cameras", "3 murder suspects": the noun only modifies another
    if nk and not group and t.lower_ not in _vocab()["adjs"]:
        f.kind, f.kind_end = nk, j + 1
        f.kind_start = j
        return _STOP
    return None


def _gerund_modifier(r: _Reading) -> _Verdict:
    """"four herders grazing by the river were killed": a modifier, the fate after it."""
    toks, j, group = r.toks, r.j, r.group
    t = toks[j]
    if t.dep_ == "acl" and t.tag_ == "VBG" and group and any(t.head.i == g.i for g in group):
        end = max(x.i for x in t.subtree) - toks[0].i + 1
        if end - j <= 8 and not any(x.text in _STOP_PUNCT for x in toks[j:end]) and any(
                _kind_at(toks, k)[1] for k in range(end, min(len(toks), end + 6))):
            r.skip_to(end)
            return _READ_ON
    return None


def _fate_word(r: _Reading) -> _Verdict:
    """The kind word itself ("were killed", "dead"), unless the figure counts the killers or a weapon, or the fate
    did not happen."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    t = toks[j]
    kn, kind = _kind_at(toks, j)
    if not (kind and (t.pos_ != "NOUN" or t.lower_ in _vocab()["adjs"])):
        return None
    if f.article and not _passive_or_intransitive(toks, j):
        return _STOP  # "a bomb killed 3": the article names the weapon, not a victim
    if f.article and group and group[-1].lower_ in _single_vocab()["non_person_units"]:
        return _STOP  # "a bystander hit by a stray bullet later died": the bullet is no one who died
    if _unrealised(t):
        return _STOP  # "two were nearly killed", "one was not hurt"
    verb = next((x for x in toks[j : j + kn] if x.pos_ == "VERB"), t)  # "who fatally shot a man"
    if (kind in _SINGULAR_KINDS and verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and not toks[j].i <= c.i < toks[j].i + kn  # "suffered gunshot wounds": the phrase
            and not _bracketed(c)  # "3 killed (machetes) during ...": an aside, no object
            and c.lower_ not in _TOTAL_WORDS  # "24 killed total": the parse's object is the toll's own 'total'
            for x in toks[j : j + kn] if x.pos_ == "VERB" for c in x.children)
            and not _passive_or_intransitive(toks, j)):
        return _STOP  # "three officers gunned down a suspect": the figure counts the killers
    f.kind_start = j
    f.kind, f.kind_end = kind, j + kn
    f.group = group
    _trailing_side(toks, f)
    return _STOP


def _sentenced(r: _Reading) -> _Verdict:
    """"a court sentenced two men to death": a sentence, no death."""
    toks, j, f = r.toks, r.j, r.f
    t = toks[j]
    if (_noun_kind(t) == "killed" and t.lower_ == "death" and toks[j - 1].lower_ == "to" and f.start >= 1
            and any(x.lemma_.lower() in _single_vocab()["not_to_death_verbs"] for x in toks[max(0, f.start - 2) : f.start])):
        return _STOP
    return None


def _group_noun_kind(r: _Reading) -> _Verdict:
    """"3 civilian deaths"; "one million Syrian refugees" (the noun names the group too)."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    t = toks[j]
    nk = _noun_kind(t)
    if nk and group:
        f.kind, f.kind_end, f.kind_start = nk, j + 1, j
        f.group = [*group, t] if nk in ("displaced", "detained", "abducted") else group
        return _STOP
    return None


def _chain(r: _Reading) -> _Verdict:
    """"two policemen and a civilian were killed": chain the figures; "1 civilian and his 2 bodyguards were
    killed": a possessive before the next figure."""
    toks, j, f, group, figs_at = r.toks, r.j, r.f, r.group, r.figs_at
    t = toks[j]
    step = 2 if (t.lower_ == "and" and j + 2 < len(toks) and toks[j + 1].tag_ == "PRP$" and j + 2 in figs_at
                 and not figs_at[j + 2].article) else 1
    if not (j + step in figs_at and not figs_at[j + step].subset and (
        t.lower_ == "and" or (t.text == "," and (not figs_at[j + 1].article or _list_goes_on(toks, j + 1, figs_at)))
    )):
        return None
    nxt = figs_at[j + step]
    if f.article and group and group[-1].lower_ in (
            _single_vocab()["non_person_units"] | _single_vocab()["animal_nouns"]):
        return _STOP  # "killed by a stray bullet and one bystander was killed": the article names a thing
    if f.article and f.vague and t.text == ",":
        return _STOP  # "refuge in a school, 1 woman and 1 child were killed": a place before the list, no member
    nxt.chain_member = bool(group)
    _forward(toks, nxt, figs_at)
    if nxt.kind and nxt.group and group and not _kind_between(toks, f.end, j):
        f.kind, f.kind_end, f.kind_start = nxt.kind, nxt.kind_end, nxt.kind_start
        f.group = group
        f.chained = [nxt, *nxt.chained]  # "two men, a woman and a teenager": every member of a longer list
        f.shot = nxt.shot  # "a man and a woman were shot": two hurt, fate untold
        nxt.used = True
    return _STOP


def _list_goes_on(toks: list[Token], k: int, figs_at: dict[int, _Figure]) -> bool:
    """'A man, a woman and a teenager were wounded': after the comma, a person told with an article and then "and"
    another figure: a list of people, not an appositive ("a man, a father of two, was killed")."""
    if k + 1 >= len(toks) or toks[k + 1].lemma_.lower() not in _single_vocab()["singular_persons"]:
        return False
    for i in range(k + 2, min(len(toks) - 1, k + 8)):
        if toks[i].pos_ in ("VERB", "AUX"):
            return False
        if toks[i].lower_ == "and":
            return i + 1 in figs_at
    return False


def _phrase_ends(r: _Reading) -> _Verdict:
    """Another figure starts (this one's noun phrase has ended without a kind), or a comma after a lone article."""
    if r.j in r.figs_at and r.j != r.f.start:
        return _STOP
    if r.toks[r.j].text == "," and r.f.article:
        return _STOP
    return None


def _function_word(r: _Reading) -> _Verdict:
    """Auxiliaries, particles, adverbs, determiners and commas: read on."""
    t = r.toks[r.j]
    if t.lower_ in _single_vocab()["aux_words"] or t.pos_ in ("AUX", "PART", "ADV", "DET") or t.text == ",":
        r.j += 1
        return _READ_ON
    return None


def _between_verb_parts(r: _Reading) -> _Verdict:
    """"three traders were on Sunday night shot dead": a time or place phrase between the verb's parts."""
    toks, j = r.toks, r.j
    if toks[j].pos_ == "ADP" and j >= 1 and toks[j - 1].pos_ == "AUX" and r.group:
        nxt = next((k for k in range(j + 1, min(len(toks), j + 7)) if _kind_at(toks, k)[1]
                    and toks[k].pos_ in ("VERB", "ADJ")), None)
        if nxt is not None and not any(x.text in _STOP_PUNCT or x.pos_ == "VERB" for x in toks[j:nxt]):
            r.j = nxt
            return _READ_ON
    return None


def _wound_then_fate(r: _Reading) -> _Verdict:
    """"three people were shot and wounded": the fate is the second verb."""
    toks, j = r.toks, r.j
    if (toks[j].lemma_.lower() in _single_vocab()["wound_verbs"] and j + 2 < len(toks)
            and toks[j + 1].lower_ in ("and", ",") and _kind_at(toks, j + 2)[1]):
        r.j = j + 2
        return _READ_ON
    return None


def _shot(r: _Reading) -> _Verdict:
    """"three people were shot": GVDB's injured, unless the document tells deaths."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    t = toks[j]
    if ((t.lemma_.lower() == "shoot" or t.lower_ == "shot" or (
            t.lemma_.lower() in ("hit", "strike", "graze") and _persons(group)))
            and _shot_figure(toks, f, j, group)
            and not _unrealised(t)
            and not (f.start > 0 and toks[f.start - 1].tag_ == "PRP$")  # "in her 20's": an age
            and not _shot_at(toks, j)):  # "shot at": missed
        f.kind, f.kind_start, f.kind_end, f.group, f.shot = "injured", j, j + 1, group, True
        return _STOP
    return None


def _group_modifier(r: _Reading) -> _Verdict:
    """A phrase on the group's noun before the fate: where they were ("two more people inside the house were
    wounded"), their ages ("five people between the ages of 16 and 21"), a participle ("five suspects linked to the
    two attacks have been shot dead")."""
    toks, j, group = r.toks, r.j, r.group
    t = toks[j]
    if (t.dep_ == "prep" and t.lower_ in _PLACE_PREPS and group and any(t.head.i == g.i for g in group)
            and _persons(group) and not _kind_at(toks, j)[1]):
        end = max(x.i for x in t.subtree) - toks[0].i + 1
        if end - j <= 8 and not any(x.text in _STOP_PUNCT for x in toks[j:end]) and any(
                _kind_at(toks, k)[1] or toks[k].lower_ == "shot" for k in range(end, min(len(toks), end + 4))):
            r.skip_to(end)
            return _READ_ON
    if (t.dep_ == "prep" and group and any(t.head.i == g.i for g in group) and _persons(group)
            and any(x.lower_ == "ages" for x in t.subtree)):  # not "kids under the age of 12": a class
        end = max(x.i for x in t.subtree) - toks[0].i + 1
        if end - j <= 9 and not any(x.text in _STOP_PUNCT for x in toks[j:end]):
            r.skip_to(end)
            return _READ_ON
    if (t.dep_ == "acl" and t.tag_ == "VBN" and group and any(t.head.i == g.i for g in group)
            and not _kind_at(toks, j)[1]):
        end = max(x.i for x in t.subtree) - toks[0].i + 1
        if end - j <= 8 and not any(x.text in _STOP_PUNCT for x in toks[j:end]):
            r.skip_to(end)
            return _READ_ON
    return None


def _found(r: _Reading) -> _Verdict:
    """"two men were found shot": hit, fate untold; "Three men found killed": a headline's fate, told without
    "were"."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    t = toks[j]
    if (t.lemma_.lower() == "find" and t.tag_ in ("VBD", "VBN") and group and j + 1 < len(toks)
            and toks[j + 1].lower_ == "shot" and _shot_figure(toks, f, j + 1, group)):
        r.j = j + 1
        return _READ_ON
    if (t.lemma_.lower() == "find" and t.tag_ in ("VBD", "VBN") and (group or _bare_subject(toks, f, j))
            and j + 1 < len(toks) and _kind_at(toks, j + 1)[1] and toks[j + 1].pos_ != "NOUN"):
        r.j = j + 1
        return _READ_ON
    return None


def _bare_subject(toks: list[Token], f: _Figure, j: int) -> bool:
    """"3 found dead with stab wounds": a note's bare figure, no noun, the subject of 'found' right after it."""
    num = toks[f.num_start]
    return (j == f.end and not f.article and not f.vague and num.dep_ in ("nsubj", "nsubjpass")
            and num.head.i == toks[j].i)


def _inside_noun_phrase(r: _Reading) -> _Verdict:
    """Words inside the noun phrase before its noun: "3 dismembered bodies" (a participle describing the noun),
    "three of their colleagues" (a possessive; not "many of their colleagues", a vague share), "5 suspected
    Taliban militants"."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    t = toks[j]
    if t.tag_ == "VBN" and t.dep_ == "amod" and not group and j + 1 < len(toks) and toks[j + 1].pos_ == "NOUN":
        r.j = j + 1
        return _READ_ON
    if (t.tag_ == "PRP$" and j >= 1 and group and not f.vague
            and (toks[j - 1].lower_ == "of" or (toks[j - 1].lower_ == "and" and not f.article))):
        r.j = j + 1  # "two soldiers and their driver were killed" (the sentence counts the driver: _named_beside)
        return _READ_ON
    if t.lemma_.lower() in ("suspect", "allege", "presume", "armed", "unarmed", "unidentified"):
        group.append(t)
        r.j = j + 1
        return _READ_ON
    return None


def _group_word(r: _Reading) -> _Verdict:
    """A word of the group's noun phrase: "a 29-year-old man" (the age is part of it), "two policemen"; not an
    event ("the two Mpeketoni attacks"), nor a lone article before a non-noun."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    t = toks[j]
    if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (t.pos_ == "ADP" and t.lower_ in ("of", "from", "on")) or t.text in ("-", "'", "’"):
        age = _age_end(toks, j)
        if age != j:
            group.extend(toks[j:age])
            r.j = age
            return _READ_ON
        if f.article and not group and t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return _STOP
        if t.pos_ == "NOUN" and t.lower_ in _single_vocab()["event_nouns"]:
            return _STOP  # "the two Mpeketoni attacks": events, not people
        group.append(t)
        r.j = j + 1
        return _READ_ON
    if t.pos_ == "CCONJ" and group:
        group.append(t)
        r.j = j + 1
        return _READ_ON
    return None


# "are said to have died", "were thought to have been killed": hearsay before the fate (ACLED codes the reported
# figure); "expected to" is no report
_HEARSAY = frozenset({"said", "reported", "believed", "feared", "thought", "understood", "known", "alleged",
                      "estimated", "confirmed", "presumed", "rumoured", "rumored"})


def _hearsay(r: _Reading) -> _Verdict:
    """'Several people are said to have died': the reporting verb and its 'to' stand between the figure and its fate."""
    toks, j = r.toks, r.j
    if (toks[j].lower_ in _HEARSAY and j >= 1 and toks[j - 1].lemma_.lower() == "be" and j + 1 < len(toks)
            and toks[j + 1].lower_ == "to"):
        r.j = j + 2
        return _READ_ON
    return None


def _hit_by_then_died(r: _Reading) -> _Verdict:
    """'a 12-year-old boy struck by a canister at Nyalenda died on the way to hospital': a reduced passive with its
    agent (and place) between the person and the death; the death is the fate, the blow only how it came."""
    toks, j = r.toks, r.j
    if not r.group or toks[j].tag_ not in ("VBN", "VBD") or j + 1 >= len(toks) or toks[j + 1].lower_ != "by":
        return None
    for k in range(j + 2, min(len(toks), j + 12)):
        if toks[k].text in _STOP_PUNCT or toks[k].text == ",":
            return None
        if toks[k].lemma_.lower() in ("die", "succumb") and toks[k].pos_ == "VERB":
            r.skip_to(k)
            return _READ_ON
        if toks[k].pos_ in ("VERB", "AUX"):
            return None
    return None


_RELATIVES = frozenset({"who", "whom", "that", "whose"})


def _fate_after(toks: list[Token], end: int) -> bool:
    """A fate word (a verb or adjective) within the few words after ``end``, before any stop."""
    for k in range(end, min(len(toks), end + 4)):
        if toks[k].text in _STOP_PUNCT:
            return False
        if _kind_at(toks, k)[1] and toks[k].pos_ in ("VERB", "AUX", "ADJ"):
            return True
    return False


def _relative_clause(r: _Reading) -> _Verdict:
    """"two farmers who could not run away were shot dead": a relative clause on the group's noun tells who they
    were; its own verbs (a negation, 'flee') are not their fate, the verb after it is."""
    toks, j, group = r.toks, r.j, r.group
    t = toks[j]
    rel = t.head
    if not (t.lower_ in _RELATIVES and group and _persons(group) and rel.dep_ == "relcl"
            and any(rel.head.i == g.i for g in group) and rel.i >= t.i):
        return None
    end = max(x.i for x in rel.subtree) - toks[0].i + 1
    if end - j <= 10 and not any(x.text in _STOP_PUNCT or x.i - toks[0].i in r.figs_at for x in toks[j:end]) and (
            _fate_after(toks, end)):
        r.skip_to(end)
        return _READ_ON
    return None


def _comma_aside(r: _Reading) -> _Verdict:
    """"the three guards, later buried by their clan, were killed": a participle or relative clause set off by
    commas after the group, the fate after the second comma."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    if not (toks[j].text == "," and group and _persons(group) and not f.article):
        return None
    close = next((k for k in range(j + 1, min(len(toks), j + 10)) if toks[k].text == ","), None)
    if close is None or close == j + 1:
        return None
    inner = toks[j + 1 : close]
    if any(x.text in _STOP_PUNCT or x.i - toks[0].i in r.figs_at or _kind_at(toks, x.i - toks[0].i)[1]
           for x in inner):
        return None
    if not (inner[0].lower_ in _RELATIVES or any(x.tag_ in ("VBN", "VBG") for x in inner[:3])):
        return None
    if not _fate_after(toks, close + 1):
        return None
    r.skip_to(close + 1)
    return _READ_ON


# "three civilians were among the dead", "two children were among those killed": the figure's people are dead
_AMONG_WHOLE = frozenset({"the", "those"})


def _among_the_dead(r: _Reading) -> _Verdict:
    """"three civilians were among the dead": the fate told as a share of the dead (a part: the document-level
    pass drops it when the whole was counted before)."""
    toks, j, f, group = r.toks, r.j, r.f, r.group
    if not (toks[j].lower_ == "among" and group and _persons(group) and j >= 1
            and toks[j - 1].lemma_.lower() == "be" and j + 2 < len(toks) and toks[j + 1].lower_ in _AMONG_WHOLE):
        return None
    k = j + 2
    kn, kind = _kind_at(toks, k)
    if kind != "killed" or toks[k].pos_ not in ("ADJ", "VERB", "NOUN") or (
            toks[k].pos_ == "NOUN" and toks[k].lower_ not in ("dead", "killed", "deceased")):
        return None
    f.kind, f.kind_start, f.kind_end, f.group, f.among = "killed", j, k + kn, group, True
    return _STOP


# "were pulled from the rubble dead", "was brought to the clinic dead": a verb of moving or finding whose
# complement is the state the people were in (not "pronounced dead": the document-level passes read that one, with
# the shot it follows)
_STATE_WORDS = frozenset({"dead", "lifeless"})
_MOVED_VERBS = frozenset({"pull", "bring", "carry", "recover", "retrieve", "drag", "dig", "take", "rush", "wash",
                          "remove", "fish"})


def _verb_then_dead(r: _Reading) -> _Verdict:
    """"seven villagers were pulled from the rubble dead": a passive verb of moving that tells no harm, its place
    phrase, then "dead" on that verb: the fate is the state word."""
    toks, j, group = r.toks, r.j, r.group
    t = toks[j]
    if not (t.pos_ == "VERB" and t.tag_ == "VBN" and t.lemma_.lower() in _MOVED_VERBS and group and _persons(group) and j >= 1
            and toks[j - 1].lemma_.lower() in ("be", "get") and not _kind_at(toks, j)[1]):
        return None
    for k in range(j + 1, min(len(toks), j + 7)):
        x = toks[k]
        if x.text in _STOP_PUNCT or x.text == "," or (x.pos_ in ("VERB", "AUX") and x.lower_ not in _STATE_WORDS):
            return None
        if x.lower_ in _STATE_WORDS and x.head.i == t.i:
            r.skip_to(k)
            return _READ_ON
    return None


# the readings of one word, in the order they are tried; a word none of them reads ends the reading
_READINGS: tuple[Callable[[_Reading], _Verdict], ...] = (
    _partitive, _among_the_dead, _subset_clause, _aside, _quoted_word, _stop_punct, _wounds, _apposition, _name_apposition, _of_the_hurt,
    _kind_noun, _gerund_modifier, _relative_clause, _comma_aside, _verb_then_dead, _hit_by_then_died, _fate_word, _sentenced, _group_noun_kind, _chain, _phrase_ends,
    _function_word, _hearsay, _between_verb_parts, _wound_then_fate, _shot, _group_modifier, _found, _inside_noun_phrase, _group_word,
)


def _wound_phrase(toks: list[Token], j: int) -> int | None:
    """Index after "with (apparent) gunshot wounds" / "suffering (from) gunshot wounds" at ``j``, or None: how
    reports tell people found hit."""
    k = j
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].lower_ in ("each", "both", "all") \
            and toks[k + 2].lower_ == "with":
        k += 2  # "two men, each with at least one gunshot wound"
    if k < len(toks) and toks[k].lower_ == "with":
        k += 1
        if k + 1 < len(toks) and toks[k].lower_ == "at" and toks[k + 1].lower_ == "least":
            k += 2  # "with at least one gunshot wound"
    elif k < len(toks) and toks[k].lower_ in ("suffering", "sustaining"):
        k += 1
        if k < len(toks) and toks[k].lower_ == "from":
            k += 1
    else:
        return None
    w = k
    while k < len(toks) and toks[k].pos_ in ("ADJ", "DET", "NUM") and k - w < 4:
        k += 1  # "apparent", "multiple", "several"
    if k < len(toks) and toks[k].lower_ in _single_vocab()["wound_causes"]:
        k += 1
        if k < len(toks) and toks[k].text == "-":
            k += 1
        if k < len(toks) and toks[k].lower_ == "shot":
            k += 1  # "gun-shot wounds"
        if k < len(toks) and toks[k].lower_ in _single_vocab()["wound_nouns"]:
            return k + 1
    return None


def _apposition_end(toks: list[Token], j: int, group: list[Token]) -> int | None:
    """Index of the comma closing an appositive of the group's people that opens at the comma ``j`` ("victims, a
    man and a woman, were"), or None."""
    ids = {g.i for g in group}
    appos = next((x for x in toks[j + 1 : j + 12] if x.dep_ == "appos" and x.head.i in ids
                  and min(t.i for t in x.subtree) == toks[j + 1].i), None)
    if appos is None:
        return None
    end = max(x.i for x in appos.subtree) - toks[0].i + 1
    if end < len(toks) and toks[end].text == "," and _dash(toks, j):
        end += 0 if end + 1 >= len(toks) or not _dash(toks, end + 1) else 1  # "— A, B and C, — were"
    closer = toks[end].text == toks[j].text if end < len(toks) and _dash(toks, j) else (
        end < len(toks) and toks[end].text == ",")
    if not closer or end - j > 16:
        return None
    if any(x.text in _STOP_PUNCT or x.pos_ == "VERB" for x in toks[j + 1 : end]):
        return None
    return end


def _dash(toks: list[Token], j: int) -> bool:
    """A dash that opens or closes an aside ("three people — A, B and C — were"), not a hyphen inside a word."""
    t = toks[j]
    if t.text in ("—", "–", "--"):
        return True
    return t.text == "-" and bool(t.whitespace_) and j >= 1 and bool(toks[j - 1].whitespace_)


def _shot_at(toks: list[Token], j: int) -> bool:
    """"Two men were shot at" (fired at, maybe missed), not "five people were shot at a party" (where they were
    hit): 'at' with no object, or with a person as its object ("shot at by a gunman", "shot at officers")."""
    if j + 1 >= len(toks) or toks[j + 1].lower_ not in ("at", "upon"):
        return False
    objs = [c for c in toks[j + 1].children if c.dep_ == "pobj"]
    if not objs:
        return True
    known = _vocab()["people"] | _single_vocab()["singular_persons"]
    return any(o.pos_ == "PRON" or o.lemma_.lower() in known or o.lower_ in known for o in objs)


def _shot_figure(toks: list[Token], f: _Figure, j: int, group: list[Token]) -> bool:
    """Does "shot" at ``j`` tell that the figure's people were hit: "three people were (also) shot", "a man and a
    woman were shot", a headline's "Three shot, one dead"? Not a vague figure, nor a lone article."""
    t = toks[j]
    if f.vague or not (f.low >= 2 or f.chain_member) or (f.article and not f.chain_member):
        return False
    people = any(g.pos_ == "NOUN" and g.text.isalpha() for g in group)
    passive = t.tag_ == "VBN" and any(x.lemma_.lower() in ("be", "get") for x in toks[max(f.end, j - 3) : j])
    if passive and (people or not group):
        return True
    if people and t.dep_ == "acl" and t.tag_ == "VBN" and any(t.head.i == g.i for g in group):
        return True  # "one of three people shot when someone opened fire": a reduced relative
    # a headline's bare participle right after the figure ("Three shot, one dead", "2 shot in Chicago")
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (not group and j == f.end and (t.tag_ in ("VBN", "VBD") or t.lower_ == "shot") and f.low >= 2
            and not _kind_at(toks, j)[1]  # "4 shot dead", "two shot and killed": the phrase tells the fate
            and (nxt is None or nxt.pos_ not in ("DET", "NUM", "PRON", "PROPN", "NOUN", "ADJ")))


def _persons(group: list[Token]) -> bool:
    """Does a group name people ("two teenagers", "three bystanders"), not things ("two cars")?"""
    known = _vocab()["people"] | _single_vocab()["singular_persons"]
    return any(g.lemma_.lower() in known or g.lower_ in known for g in group)


def _fatal_tail(toks: list[Token], f: _Figure) -> int | None:
    """'three people were shot, one fatally', 'two of them fatally': the figure counts the dead among the shot.
    The index after the adverb, or None."""
    if f.article or f.vague:
        return None
    j = f.end
    if j + 1 < len(toks) and toks[j].lower_ == "of" and toks[j + 1].lower_ in ("them", "whom", "those"):
        j += 2
    if j >= len(toks) or toks[j].lower_ not in _single_vocab()["fatal_adverbs"]:
        return None
    after = toks[j + 1] if j + 1 < len(toks) else None
    if after is not None and (after.pos_ in ("VERB", "AUX", "ADJ") or _kind_at(toks, j + 1)[1]):
        return None  # "two fatally shot", "one fatally wounded": the verb reads the fate itself
    return j + 1


def _fate_follows(toks: list[Token], j: int, kind: str) -> bool:
    """A fate verb of another kind within the next few words, before any stop ('refugees were killed')."""
    for k in range(j, min(len(toks), j + 7)):  # "five herders are believed to have been killed"
        if toks[k].text in _STOP_PUNCT:
            return False
        other = _kind_at(toks, k)[1]
        if other and other != kind and toks[k].pos_ in ("VERB", "AUX", "ADJ"):
            return True
    return False


def _passive_or_intransitive(toks: list[Token], j: int) -> bool:
    """'was killed', 'was shot dead', 'died', 'dead': the subject is the victim."""
    t = toks[j]
    if t.pos_ == "ADV" and j + 1 < len(toks):  # "was fatally shot"
        return j >= 1 and toks[j - 1].lemma_.lower() in ("be", "get")
    if t.lemma_.lower() in ("die", "perish", "succumb", "be", "get") or t.pos_ == "ADJ" or t.lower_ in ("dead", "missing"):
        return True
    if t.tag_ == "VBN" and t.dep_ == "acl" and j >= 1 and toks[j - 1].pos_ in ("NOUN", "PROPN"):
        return True  # "three bandits and a ranger killed in a gunfight": a reduced relative, passive
    return j >= 1 and toks[j - 1].lemma_.lower() in ("be", "get") and t.tag_ in ("VBN", "VBD")


def _trailing_side(toks: list[Token], f: _Figure) -> None:
    """'250 fighters were killed on both sides': the side phrase belongs to the group."""
    if f.kind_end is None:
        return
    tail = [t.lower_ for t in toks[f.kind_end : f.kind_end + 3]]
    if tail[:3] in (["on", "both", "sides"], ["from", "both", "sides"], ["on", "each", "side"]):
        f.side = " ".join(t.text for t in toks[f.kind_end : f.kind_end + 3])


def _bracketed(t: Token) -> bool:
    """A word inside round brackets right beside it ("(machetes)"): an aside the parse may take for an object."""
    doc = t.doc
    return (t.i >= 1 and doc[t.i - 1].text == "(") or (t.i + 1 < len(doc) and doc[t.i + 1].text == ")")
