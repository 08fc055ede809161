"""Which sentence candidates make one event: merging candidates (_merge_groups), splitting a group
by its own date or place (_split_by_date, _split_by_place), splitting a wider toll out as its own event
(_split_wider, _wide_event), keeping a battle's toll, an event's actors, and the type a toll gives a group.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from spacy.tokens import Doc, Span

from ..records import ActorMention, Count, DateClaim, Document, Event, Location
from ..records import Span as CharSpan
from ._doc_basics import _continents, _countries, _overlaps, _scope_res, doc_text
from ._event_dates import _own_date, _wide_date
from ._event_places import _is_local, _main_country, _names_place, _own_place, _region_in, _wider_place
from ._event_tolls import _HARM, _NO_TOLL_SUBS, _fatalities
from ._events import Candidate, agentless_toll, died_in_protest, plover_map
from ._events import event_cues as _event_cues
from ._tolls._terms import SELF_METHOD

_MAX_EVIDENCE = 5
_MIN_WEIGHT = 0.5


def _merge_groups(cands: list[Candidate], short: bool) -> list[list[Candidate]]:
    """Candidates telling the same event: one group per event type (one group in all for a short note)."""
    if short:
        return [cands]
    main = next((c for c in sorted(cands, key=lambda c: c.sent.start) if c.weight >= _MIN_WEIGHT), None)
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if (main is not None and main.event_type == "Battles" and c is not main and c.sent.start > main.sent.start
                and agentless_toll(c)):
            # "Dozens of people have been killed since Tuesday" after a report of fighting: the battle's toll, not
            # an attack by whoever the sentence happens to name (its dead are both sides'); the battle's own
            # sentence stays its best
            c.event_type, c.sub_event_type = main.event_type, main.sub_event_type
            c.weight = min(c.weight, max(0.0, main.weight - 0.35))
            c.actors = []
            c.toll_of = main.event_type
        elif main is not None and c is not main and c.sent.start > main.sent.start and _own_death_only(c):
            # "Shortly before midnight, officers found the gunman dead ... with a self-inflicted wound": the
            # shooter's own death ends the incident told first; a sentence of officers and a gunman is typed a
            # battle, which would carry his death off as an event of its own
            c.event_type, c.sub_event_type = main.event_type, main.sub_event_type
            c.weight = min(c.weight, max(0.0, main.weight - 0.35))
        groups.setdefault(c.event_type, []).append(c)
    return list(groups.values())


def _own_death_only(c: Candidate) -> bool:
    """A sentence whose only harm is the shooter's death by his own hand (the self-harm count)."""
    harm = [x for x in c.counts if x.kind in _HARM]
    return bool(harm) and all(x.method == SELF_METHOD for x in harm)


def _keep_battle_toll(group: list[Candidate], kept: list[Count],
                      wide: dict[str, tuple[Location | None, list[Count]]]) -> None:
    """An agentless toll merged into a battle ("dozens killed since Tuesday") that names no wider place is the
    battle's own toll so far, not a wider period's: it stays with the battle."""
    owned = {id(x) for c in group if c.toll_of for x in c.counts}
    if not owned or "" not in wide:
        return
    across = _scope_res()["wide"]
    place, counts = wide[""]
    back = [c for c in counts if id(c) in owned and not across.search(c.phrase or "")]
    if not back:
        return
    kept.extend(back)
    rest = [c for c in counts if all(c is not b for b in back)]
    if rest:
        wide[""] = (place, rest)
    else:
        del wide[""]


def _own_type_for_toll(wide: Event, counts: list[Count], group: list[Candidate]) -> None:
    """A toll split off a peaceful protest ("16 people were killed in the protests of 25 June") takes its own
    sentence's type: a peaceful protest has no toll by ACLED's definition, so the figure would be lost."""
    if wide.sub_event_type not in _NO_TOLL_SUBS:
        return
    ids = {id(c) for c in counts}
    own = next((c for c in group if c.sub_event_type not in _NO_TOLL_SUBS and any(id(x) in ids for x in c.counts)), None)
    if own is None:
        return
    wide.event_type, wide.sub_event_type = own.event_type, own.sub_event_type
    wide.plover = plover_map().get(own.sub_event_type)


def _deadly_protest(group: list[Candidate]) -> tuple[str, str] | None:
    """A protest group one of whose sentences tells people killed in the protest is not a peaceful protest (which
    has no toll, so the deaths would be lost). ACLED Kenya dev notes that tell deaths in or during protests are
    Riots / Violent demonstration 9, Excessive force against protesters 2 (counts only; event_arguments.yaml's
    has_protest_death rule does the same for the classifier's label)."""
    for c in group:
        if c.event_type in ("Protests", "Riots") and any(x.kind == "killed" for x in c.counts) and died_in_protest(
                c.sent.text):
            return "Riots", "Violent demonstration"
    return None


def _anchored(group: list[Candidate], counts: list[Count], location: Location | None, dates: list[DateClaim],
              published: Any) -> bool:
    """Whether an article's event is concrete: a toll, a town in its sentences, its own date, or armed men acting on
    someone. Figurative uses ("protesting against ethnic cleansing") have none of these."""
    if any(c.kind in _HARM for c in counts):
        return True
    if location is not None and location.name.lower() not in _countries() | _continents():
        return True
    if any(_own_date(dates, c.sent, published) is not None for c in group):
        return True
    cues = _event_cues()
    armed = cues["armed_state"] | cues["armed_nonstate"]
    for c in group:
        a1 = next((a for a in c.actors if a.role == "actor1" and a.confidence >= 0.6), None)
        a2 = next((a for a in c.actors if a.role == "actor2"), None)
        if a1 is not None and a2 is not None and set(a1.mention.lower().replace("-", " ").split()) & armed:
            return True
    return False


def _split_by_date(group: list[Candidate], dates: list[DateClaim], published: Any) -> list[list[Candidate]]:
    """One type's candidates told on days far apart (7 July, and "two weeks after ... on 25 June") are two events.

    A candidate whose sentence gives no date of its own stays with the article's first-told event.
    """
    ordered = sorted(group, key=lambda c: c.sent.start)
    parts: list[tuple[list[int], list[Candidate]]] = []  # [start, end] ordinals, members
    undated: list[Candidate] = []
    own: dict[int, DateClaim] = {}
    for cand in ordered:
        d = _own_date(dates, cand.sent, published)
        if d is None:
            undated.append(cand)
            continue
        own[id(cand)] = d
        lo, hi = d.start.toordinal(), d.end.toordinal()
        for rng, members in parts:
            if max(lo, rng[0]) - min(hi, rng[1]) <= 1:
                rng[0], rng[1] = min(rng[0], lo), max(rng[1], hi)
                members.append(cand)
                break
        else:
            parts.append(([lo, hi], [cand]))
    if len(parts) <= 1:
        return [group]
    out = [members for _, members in parts]
    first = min(range(len(out)), key=lambda i: out[i][0].sent.start)
    lagged = {i: day for i, o in enumerate(out) if i != first
              and (day := _writing_day_only(o, own, out[first], published)) is not None}
    if lagged:
        # the incident the article dated by its calendar day, told again by the writer's own day word: the word
        # counts from the day the writer wrote, which is that calendar day, not the (later) publication day
        for i, day in lagged.items():
            for c in out[i]:
                if id(c) in own:
                    _redate(dates, own[id(c)], day)
        out[first] = sorted(out[first] + [c for i in lagged for c in out[i]], key=lambda c: c.sent.start)
        out = [o for i, o in enumerate(out) if i not in lagged]
        if len(out) == 1:
            return [sorted(out[0] + undated, key=lambda c: c.sent.start)]
        first = min(range(len(out)), key=lambda i: out[i][0].sent.start)
    if undated and undated[0].sent.start < out[first][0].sent.start:
        out[first] = sorted(out[first] + undated, key=lambda c: c.sent.start)
    else:
        out[first].extend(undated)
    return [out[first], *(o for i, o in enumerate(out) if i != first)]  # the first-told event first


# the writer's own day ("today", "this morning"): resolved from the publication day, which a page published days
# after it was written misplaces
_WRITING_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)
# a calendar day the article names ("Jan. 27", "27 January", "3/14"): a day the publication lag cannot move
_CALENDAR_DAY = re.compile(r"\d")
_LAG_DAYS = 7


def _redate(dates: list[DateClaim], claim: DateClaim, day: DateClaim) -> None:
    """The writer's day word ``claim`` dates ``day``'s incident: it is read again as that day, in place in
    ``dates`` (the list the event's date is then taken from)."""
    for k, d in enumerate(dates):
        if d is claim:
            dates[k] = dataclasses.replace(d, start=day.start, end=day.end, method=d.method + "+lagged_day")


def _writing_day_only(part: list[Candidate], own: dict[int, DateClaim], first: list[Candidate],
                      published: Any) -> DateClaim | None:
    """The calendar day of the first-told event, when a part was split off it only by the writer's day word and
    that calendar day is a few days before publication ("A man shot his wife and two sons on Monday, March 3 ...
    Police said the gunman killed himself this morning", on a page published March 6): the day word counts from
    the publication day, which a page published days later misplaces, so it dates the same incident.
    Not a part dated by a calendar day of its own, nor a first event more than a week's lag before publication;
    None when the part is not so."""
    if published is None or not hasattr(published, "toordinal"):
        return None
    days = [own[id(c)] for c in part if id(c) in own]
    if not days or not all(_WRITING_DAY.fullmatch(d.phrase.strip()) for d in days):
        return None
    firsts = [own[id(c)] for c in first if id(c) in own]
    told = [d for d in firsts if d.precision == 1 and _CALENDAR_DAY.search(d.phrase or "")]
    if not told or any((d.start, d.end) != (told[0].start, told[0].end) for d in told):
        return None
    pub = published.toordinal()
    if 0 < pub - told[0].end.toordinal() <= _LAG_DAYS and all(d.start > told[0].end for d in days):
        return told[0]
    return None


def _split_by_place(group: list[Candidate], dateline: CharSpan | None) -> list[list[Candidate]]:
    """A toll told for another town ("In Sanobar, gunmen shot dead 14 men") is its own event, so the linker can nest
    the village under the coast-wide wave. Only sentences with a harm figure split off, and not when the figure
    repeats the first-told one (the lead's toll told again with its town)."""
    ordered = sorted(group, key=lambda c: c.sent.start)
    main = _own_place(ordered[0].sent, dateline)
    lead_values = {c.low for c in ordered[0].counts if c.kind in _HARM}
    parts: dict[str, list[Candidate]] = {}
    rest: list[Candidate] = []
    for cand in ordered:
        place = _own_place(cand.sent, dateline) if cand is not ordered[0] else None
        harm = {c.low for c in cand.counts if c.kind in _HARM}
        other_town = place is not None and (main is None or (place not in main and main not in place))
        if other_town and harm and not harm & lead_values and place is not None:
            parts.setdefault(place, []).append(cand)
        else:
            rest.append(cand)
    if not parts or not rest:
        return [group]
    if not any(c.kind in _HARM for cand in rest for c in cand.counts):
        # the first-told event keeps no toll of its own (a headline, "suspect charged with murder"): the town told
        # with the toll is the story's own, not another place's (a wave's "300 across the provinces" stays apart)
        return [group]
    return [rest, *parts.values()]


def _split_wider(counts: list[Count], best: Span, location: Location | None, sdoc: Doc,
                 dateline: CharSpan | None) -> tuple[list[Count], dict[str, tuple[Location | None, list[Count]]]]:
    """Counts whose sentence gives a wider scope than the local event: a wider place (a region, a province, the
    country, "across ..."), or a wider period or running total far above the local toll. They leave the event
    (keyed by their wider place) so a village never carries the coast's toll."""
    if not _is_local(location, doc_text(sdoc)):
        return counts, {}
    res = _scope_res()
    local_killed = [c.low for c in counts if c.kind == "killed" and c.evidence
                    and best.start_char <= c.evidence[0].start < best.end_char]
    keep: list[Count] = []
    wide: dict[str, tuple[Location | None, list[Count]]] = {}
    for c in counts:
        if c.kind not in _HARM or not c.evidence:
            keep.append(c)
            continue
        pos = c.evidence[0].start
        if best.start_char <= pos < best.end_char:
            keep.append(c)
            continue
        tok = sdoc.char_span(pos, c.evidence[0].end, alignment_mode="expand")
        sent = tok.sent if tok is not None else None
        if sent is None or _names_place(sent, location):
            keep.append(c)
            continue
        place = _wider_place(sdoc, sent, dateline)
        period = bool(res["period"].search(sent.text))
        running = bool(res["running"].search(c.phrase or "")) or bool(res["running"].search(sent.text))
        far = not local_killed or c.low >= 5 * max(local_killed)
        spread = bool(res["wide"].search(sent.text)) and (period or running)  # "across ..., as of Sunday"
        if place is not None or ((spread or period) and far and (running or c.kind == "killed")):
            key = place.name.casefold() if place is not None else ""
            entry = wide.setdefault(key, (place, []))
            entry[1].append(c)
        else:
            keep.append(c)
    return keep, wide


def _char_span(covered: Any) -> CharSpan:
    return CharSpan(covered.start_char, covered.end_char) if hasattr(covered, "start_char") else covered


def _wide_event(local: Event, place: Location | None, counts: list[Count], group: list[Candidate], sdoc: Doc,
                dates: list[DateClaim], doc: Document, dateline: CharSpan | None, doc_places: list[Location],
                attributions: list[tuple[str, Any, Any]]) -> Event:
    """The wider toll a local story relays, as its own event: the local event's type, the wider place and
    period, its own sentences as evidence, its own attribution and counts."""
    text = doc.text
    sents: list[Span] = []
    for c in counts:
        tok = sdoc.char_span(c.evidence[0].start, c.evidence[0].end, alignment_mode="expand")
        if tok is not None and all(s.start != tok.sent.start for s in sents):
            sents.append(tok.sent)
    sents.sort(key=lambda s: s.start)
    evidence = [CharSpan(s.start_char, s.end_char) for s in sents[:_MAX_EVIDENCE]]
    location = place or _region_in(text, sdoc[:]) or _main_country(doc_places, dateline, sdoc)
    if location is not None and location is place:
        location = dataclasses.replace(location, precision=3)
    attributed = list(dict.fromkeys(name for name, _phrase, covered in attributions
                                    if any(_overlaps(_char_span(covered), e) for e in evidence)))
    own = [cand for cand in group if any(cand.sent.start == s.start for s in sents)]
    return Event(
        event_type=local.event_type,
        sub_event_type=local.sub_event_type,
        date=_wide_date(sents[0], dates, doc.published) if sents else local.date,
        location=location,
        actors=_actors(own, own[0]) if own else [],
        counts=counts,
        fatalities=_fatalities(counts, local.event_type, text),
        attributed_to=attributed,
        evidence=evidence,
        trigger=own[0].trigger_text if own else counts[0].phrase,
        plover=local.plover,
        method=local.method + "+wider_scope",
        confidence=round(local.confidence * 0.8, 3),
        doc_id=doc.id,
    )


def _actors(group: list[Candidate], best: Candidate) -> list[ActorMention]:
    """actor1/actor2 from the best sentence; other sentences' distinct mentions become associated actors."""
    out: list[ActorMention] = []
    seen: set[str] = set()
    for cand in [best, *[c for c in group if c is not best]]:
        for a in cand.actors:
            key = a.mention.lower()
            if key in seen:
                continue
            seen.add(key)
            role = a.role
            if any(o.role == role for o in out):
                if a.confidence < 0.6:
                    continue
                role = "assoc_actor_1" if role == "actor1" else "assoc_actor_2"
                if sum(o.role == role for o in out) >= 2:
                    continue
            out.append(ActorMention(role=role, name=a.name, mention=a.mention, evidence=list(a.evidence),
                                    method=a.method, confidence=a.confidence if role == a.role else a.confidence * 0.8))
    return out


# "238 members of the security forces were killed, many of them in the first attacks near Jableh": a subset follows
_SUBSET_AFTER = re.compile(r"[^.;,]{0,40}?,\s*(?:many|most|some|several|half|dozens|hundreds|(?:nearly\s+)?all"
                           r"|a\s+(?:number|third|quarter))\s+of\s+them\b", re.I)


def _keep_whole_with_the_wave(groups: list[list[Candidate]], text: str) -> None:
    """A figure followed by "many of them in the first attacks near X" counts the whole the article is about; the
    subset clause only says where some of them died. When the figure's own verb ("were killed") is the other
    type's event word, the figure goes to the first-told event: else a coast-wide inquiry's security-forces toll
    lands on one town's clash."""
    if len(groups) < 2 or not groups[0]:
        return
    home = groups[0][0]
    for g in groups[1:]:
        for cand in g:
            for c in list(cand.counts):
                end = c.evidence[0].end if c.evidence else None
                m = _SUBSET_AFTER.match(text, end) if end is not None else None
                if m is not None and cand.trigger.idx >= c.evidence[0].start and cand.sent.end_char > m.end():
                    cand.counts.remove(c)
                    home.counts.append(c)
