"""Assemble one document's Extraction: merge sentence candidates into events, attach counts, dates, places,
actors and attributions, compute fatalities the ACLED way, order events most salient first.

This module keeps the entry points (assemble, extract_document); what each event is given is decided in:

- ``_event_groups``: which sentence candidates make one event, and when a group splits in two;
- ``_event_places``: where it happened (find_places, _place_for, _main_country, a wider toll's place);
- ``_event_tolls``: how many it killed (_fatalities, toll, tolls of events told apart; its docstring maps
  ``_toll_total``, ``_toll_sums``, ``_toll_voices``, ``_toll_replaced``, ``_toll_notes``);
- ``_event_dates``: when it happened (_own_date, _told_date, _day_in_window, _since, _running_date; its docstring
  maps ``_event_dates_excluded``, ``_event_dates_windows``, ``_event_dates_tallies``, ``_event_dates_incident``);
- ``_doc_basics``: what all of them ask of the document (doc_text, _overlaps, _countries, _scope_res).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..records import Count, DateClaim, Document, Event, Extraction, Fatalities, Location
from ..records import Span as CharSpan
from ._counts import find_counts
from ._dateline import dateline_span
from ._doc_basics import _SHORT_DOC, _countries, _optional, _overlaps
from ._event_dates import (
    _AFTERMATH_IS_EVENT,
    _BY_TALLY,
    _BY_TALLY_PHRASE,
    _anywhere,
    _day,
    _day_in_window,
    _day_within,
    _filing_stamp,
    _future_date,
    _heading_date,
    _incident_dates,
    _incident_day_elsewhere,
    _own_date,
    _running_date,
    _since,
    _told_date,
)
from ._event_groups import (
    _MAX_EVIDENCE,
    _MIN_WEIGHT,
    _actors,
    _anchored,
    _char_span,
    _deadly_protest,
    _keep_battle_toll,
    _keep_whole_with_the_wave,
    _merge_groups,
    _own_type_for_toll,
    _split_by_date,
    _split_by_place,
    _split_wider,
    _wide_event,
)
from ._event_places import (
    _labelled_place,
    _main_country,
    _place_for,
    _place_of_the_dead,
    _region_in,
    find_places,
)
from ._event_tolls import (
    _RUNNING,
    _acled_coding,
    _acled_share,
    _drop_vague_beside_figures,
    _fatalities,
    _hurt_told_apart,
    _period_days,
    _toll_told_apart,
    is_superseded,
)
from ._events import (
    METHOD,
    Candidate,
    find_candidates,
    has_protest_cue,
    model_candidate,
    plover_map,
    retype_without_crowd,
)

log = logging.getLogger(__name__)
MODEL_METHOD_SUFFIX = "+crosstally.event_classifier"
_MODEL_MIN = 0.5
_MODEL_OVER_RULE = 0.9
_REMOTE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")
_VICTIM_DEPS = ("dobj", "nsubjpass", "pobj")  # "soldiers shot a suicide bomber": the bomber is acted on
_NOTE_CHARS = 500  # a wider toll is split out above this: 99 % of ACLED's notes are shorter (devdata, 2026-11-25)
# an article's event with people killed or hurt outranks one without ("2 Men Arrested ... after a fatal shooting":
# the shooting is the story's event, the arrest its sequel)
_HARM_SALIENCE = 2.0


def _phrase_head(tok: Any) -> Any:
    """The head noun of a multi-word trigger ("suicide" → "bomber")."""
    hops = 0
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head is not tok and hops < 3:
        tok, hops = tok.head, hops + 1
    return tok


def _model_predict() -> Callable[[list[str]], list[tuple[str, str, float]]] | None:
    fn = _optional("_model", "predict")
    avail = _optional("_model", "available")
    if fn is None:
        return None
    try:
        if avail is not None and not avail():
            return None
    except Exception:
        return None
    return fn


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    from ..vocab import load_vocab

    return frozenset(str(w).lower() for w in load_vocab("event_triggers")["entries"].get("event_nouns") or ())


def _event_noun(c: Candidate) -> bool:
    """A candidate whose only trigger is an event noun ('the shooting'), with no figure of its own."""
    return c.weight < _MIN_WEIGHT and not c.counts and c.trigger.lemma_.lower() in _event_nouns()


def assemble(doc: Document, sdoc: Doc) -> list[Event]:
    """Events of one document, most salient first, each with its evidence."""
    published = doc.published  # or the story's filing stamp when the document has no publication date
    text = doc.text
    counts = find_counts(sdoc)
    cands = find_candidates(sdoc, counts)
    if not cands:
        return []
    short = len(text) <= _SHORT_DOC
    nouns = [c for c in cands if _event_noun(c)]
    if short:
        # a note whose only event word is a noun is read as one without a trigger: the classifier's
        cands = [c for c in cands if not _event_noun(c)]
        if not cands:
            model = model_candidate(sdoc, counts) if nouns else None
            if model is None:
                return []
            cands = [model]
    else:
        # in an article, a lone weak word ("violence") with no figure is commentary, not an event report;
        # an event noun ("officer-involved shooting | fox8.com") names the event where no stronger word does
        strong = [c for c in cands if c.weight >= _MIN_WEIGHT or c.counts]
        cands = strong or nouns
        if not cands:
            return []
    groups = _merge_groups(cands, short)

    find_dates = _optional("_dates", "find_dates")
    event_date = _optional("_dates", "event_date")
    fallback = _optional("_dates", "published_fallback")
    dates: list[DateClaim] = []
    if find_dates is not None:
        try:
            dates = find_dates(text, published, sdoc)
            stamp = _filing_stamp(dates, text) if published is None else None
            if stamp is not None:  # "INDIANAPOLIS (January 4, 2016) –": relative days count back from the filing
                published = stamp
                dates = find_dates(text, published, sdoc)
        except Exception as exc:  # the date grammar failing must not lose the events
            log.warning("find_dates failed on %s: %s", doc.id, exc)
    attributions: list[tuple[str, Any, Any]] = []
    find_attr = _optional("_quotes", "find_attributions")
    if find_attr is not None:
        try:
            attributions = list(find_attr(text, sdoc))
        except Exception as exc:
            log.warning("find_attributions failed on %s: %s", doc.id, exc)

    # counts whose sentence has no trigger go to the nearest preceding candidate (else the first)
    assigned = {id(c) for cand in cands for c in cand.counts}
    for c in counts:
        if id(c) in assigned:
            continue
        pos = c.evidence[0].start
        before = [cand for cand in cands if cand.sent.start_char <= pos]
        target = before[-1] if before else cands[0]
        target.counts.append(c)

    if not short:
        _keep_whole_with_the_wave(groups, text)
    secondary: set[int] = set()  # parts split off the article's first-told event: context, never the main event
    if not short:
        dl = dateline_span(text)
        for splitter in (lambda g: _split_by_date(g, dates, published), lambda g: _split_by_place(g, dl)):
            split: list[list[Candidate]] = []
            for g in groups:
                parts = splitter(g)
                split.extend(parts)
                secondary.update(id(p) for p in parts[1:])
                if id(g) in secondary:
                    secondary.add(id(parts[0]))
            groups = split
    predict = _model_predict()
    doc_places = find_places(sdoc)
    dateline = dateline_span(text)
    events: list[tuple[float, Event]] = []
    for group in groups:
        first = min(c.sent.start for c in group)
        best = max(group, key=lambda c: (
            c.weight + (0.3 if any(not is_superseded(text, x) for x in c.counts) else 0.0)
            + (0.5 if short and c.sent.start == first else 0.0), -c.sent.start
        ))
        etype, sub, conf = best.event_type, best.sub_event_type, best.confidence
        method = METHOD
        group_counts: list[Count] = []
        for cand in group:
            for c in cand.counts:
                if all(c is not g for g in group_counts):
                    group_counts.append(c)
        group_counts = _drop_vague_beside_figures(group_counts)
        sents = sorted({id(c.sent): c.sent for c in group}.values(), key=lambda s: s.start)
        if predict is not None:
            model_text = text if short else " ".join(s.text for s in sents[:3])
            try:
                m_type, m_sub, m_p = predict([model_text])[0]
            except Exception as exc:
                log.warning("event classifier failed: %s", exc)
                m_type, m_sub, m_p = "", "", 0.0
            # a short note: the model's type is final (it beats the rules there; measured on the Kenya 2013-2015
            # hold-out), so the crowd-cue retyping below only revisits a rule-based type
            # except against a remote-weapon trigger ("air strike", "shelling": ACLED codes by weapon) when the
            # model is not near-certain
            weapon = sub in _REMOTE_SUBS or (sub == "Suicide bomb" and _phrase_head(best.trigger).dep_ not in _VICTIM_DEPS)
            sure_rule = best.weight >= 1.0 and weapon and m_type != etype and m_p < _MODEL_OVER_RULE
            if m_type and m_type != "No event" and (short or (m_p >= _MODEL_MIN and m_p > conf)) and not sure_rule:
                if (m_type, m_sub) == (etype, sub):
                    conf = min(0.98, max(conf, m_p) + 0.05)
                else:
                    etype, sub, conf = m_type, m_sub, m_p
                method = METHOD + MODEL_METHOD_SUFFIX
            elif (m_type, m_sub) == (etype, sub):
                conf = min(0.98, conf + 0.05)
        if etype == "Protests" and sub == "Peaceful protest" and (deadly := _deadly_protest(group)) is not None:
            etype, sub = deadly
        if etype in ("Protests", "Riots") and method == METHOD and not any(has_protest_cue(s.text) for s in sents):
            a2 = next((a.mention for a in best.actors if a.role == "actor2"), None)
            etype, sub = retype_without_crowd(" ".join(s.text for s in sents), group_counts, a2)
            conf = min(conf, 0.5)
        # the best sentence, then sentences that carry a figure: not every sentence that merely names the event
        place_sents = [best.sent] + [c.sent for c in group if c is not best and c.counts]
        location = _labelled_place(sdoc) or _place_for(place_sents, best.trigger.idx, dateline)
        if not short and (location is None or location.name.lower() in _countries()
                          or not (location.evidence and best.sent.start_char <= location.evidence[0].start
                                  < best.sent.end_char)):
            # a region the event's own sentence names beats the country or a town another sentence names
            location = _region_in(text, best.sent) or location
        anchored = short or _anchored(group, group_counts, location, dates, published)
        if location is None and not short:
            # a region the event's sentences name, else the first the document names (the toll's scope)
            location = next((r for s in sents if (r := _region_in(text, s)) is not None), None) or _region_in(
                text, sdoc[:])
        if location is None:
            # the country the document names most (least specific): a nearby city may be another story's
            location = _main_country(doc_places, dateline, sdoc)
            if location is not None:
                location.confidence *= 0.5
        claim: DateClaim | None = None
        if event_date is not None:
            try:
                whole = sdoc[:]
                pool = [d for d in dates if not (d.evidence and _future_date(whole, d))]  # 'will brief reporters Friday'
                if not short:  # an arrest's, a protest's own day is the event's: only rites' days are aftermath
                    pool = _incident_dates(pool, sdoc, best.trigger, published, etype in _AFTERMATH_IS_EVENT)
                claim = _own_date(pool, best.sent, published, best.trigger)
                if claim is not None and etype not in _AFTERMATH_IS_EVENT:
                    claim = _incident_day_elsewhere(pool, claim, best.sent,
                                                    list(sdoc.sents) if short else [c.sent for c in group]) or claim
                if claim is None:
                    claim = _told_date(pool, best, group_counts, sdoc, published, short)
                if not short and len(group) > 1:
                    # the group's own day ("on Monday") beats a date borrowed from a background sentence before;
                    # within the best sentence the date on the trigger's clause ("after he shot a woman Saturday")
                    owns = [d for c in [best, *sorted(group, key=lambda c: c.sent.start)]
                            if (d := _own_date(pool, c.sent, published, best.trigger if c is best else None))
                            is not None]
                    if owns:
                        # a day beats a month ("killed last month" in the lead, "shot on January 11" below)
                        claim = owns[0] if owns[0].precision < 3 else next(
                            (d for d in owns if d.precision == 1), owns[0])
                if not short and claim is not None:
                    claim = _day_within(pool, claim, published) or _day_in_window(pool, claim, sdoc, published) or claim
                if short:
                    claim = _heading_date(dates, text, published) or claim or _anywhere(pool, published)
            except Exception as exc:
                log.warning("event_date failed on %s: %s", doc.id, exc)
        if claim is None and fallback is not None:
            claim = fallback(published)
        if (not short and claim is not None and claim.evidence and claim.start == claim.end
                and (_BY_TALLY.search(text[max(0, claim.evidence[0].start - 12) : claim.evidence[0].start])
                     or _BY_TALLY_PHRASE.match(claim.phrase or ""))):
            # "counted 1,383 killed by 11 March": a tally up to that day, not a killing on it
            claim = DateClaim(start=claim.end - timedelta(days=6), end=claim.end, precision=2,
                              evidence=list(claim.evidence), phrase=claim.phrase,
                              method=claim.method + "+running_toll", confidence=0.5 * claim.confidence)
        since = [d for d in dates if d.evidence and best.sent.start_char <= d.evidence[0].start < best.sent.end_char
                 and d.phrase.casefold().startswith("since") and d.start < d.end
                 and (published is None or d.start <= _day(published))]
        if since and any(best.sent.start_char <= c.evidence[0].start < best.sent.end_char
                         for c in group_counts if c.evidence):
            claim = since[0]  # 'have killed 745 civilians ... since Thursday': the toll's own span of days
        widened = _since(text, claim, published)
        running = widened is not claim or any(
            _RUNNING.match(c.phrase or "") for c in group_counts if c.kind == "killed"
            and best.sent.start_char <= c.evidence[0].start < best.sent.end_char)
        incident_day = _optional("_dates", "is_incident_day")  # "hurt in Monday's assault": that day, not a week
        keep = claim is not None and incident_day is not None and incident_day(claim, text)
        claim = _running_date(widened, published) if running and widened is claim and not keep else widened
        if running:
            # a running toll over a region ("the toll on Syria's coast has reached 1,383"): the region, not
            # the one town the sentence also lists
            region = _region_in(text, best.sent)
            if region is not None:
                location = region
            elif (location is not None and dateline is not None and location.evidence
                  and _overlaps(location.evidence[0], dateline)):
                # the reporter's city is not where a running toll was counted: the first place the document
                # names beside its dead ("most of those killed in Latakia and Tartus provinces")
                location = _place_of_the_dead(sdoc, dateline)
        evidence = [CharSpan(s.start_char, s.end_char) for s in sents[:_MAX_EVIDENCE]]
        attributed: list[str] = []
        for name, _phrase, covered in attributions:
            cov = CharSpan(covered.start_char, covered.end_char) if hasattr(covered, "start_char") else covered
            if any(_overlaps(cov, e) for e in evidence) and name not in attributed:
                attributed.append(name)
        for c in group_counts:
            if c.attributed_to is None:
                for name, _phrase, covered in attributions:
                    cov = CharSpan(covered.start_char, covered.end_char) if hasattr(covered, "start_char") else covered
                    if any(_overlaps(cov, e) for e in c.evidence):
                        c.attributed_to = name
                        break
        wide_parts: dict[str, tuple[Location | None, list[Count]]] = {}
        if len(text) > _NOTE_CHARS and not running:
            group_counts, wide_parts = _split_wider(group_counts, best.sent, location, sdoc, dateline)
            _keep_battle_toll(group, group_counts, wide_parts)
            if wide_parts:
                kept = [c.evidence[0] for c in group_counts if c.evidence]
                moved = [c.evidence[0] for _, cs in wide_parts.values() for c in cs if c.evidence]
                best_span = CharSpan(best.sent.start_char, best.sent.end_char)
                evidence = [e for e in evidence if _overlaps(e, best_span) or any(_overlaps(e, k) for k in kept)
                            or not any(_overlaps(e, m) for m in moved)]
                attributed = [name for name, _phrase, covered in attributions
                              if any(_overlaps(_char_span(covered), e) for e in evidence)]
                attributed = list(dict.fromkeys(attributed))
        fat = _fatalities(group_counts, etype, text, sub_event_type=sub)  # after attribution: claimants decide
        event = Event(
            event_type=etype,
            sub_event_type=sub,
            date=claim,
            location=location,
            actors=_actors(group, best),
            counts=group_counts,
            fatalities=fat,
            attributed_to=attributed,
            evidence=evidence,
            trigger=best.trigger_text,
            plover=plover_map().get(sub),
            method=best.method or method,  # a candidate the classifier alone named says so
            confidence=best.confidence if best.method else conf,
            doc_id=doc.id,
        )
        salience = (
            sum(c.weight for c in group)
            + 1.5 * len(group_counts)
            + (fat.low or 0) ** 0.25
            + (_HARM_SALIENCE if not short and any(c.kind in ("killed", "injured") for c in group_counts) else 0.0)
            + (1.0 if any(c.sent.start == 0 for c in group) else 0.0)
            - 0.0005 * best.sent.start_char / max(1, len(text) / 1000)
        )
        if id(group) in secondary:
            salience -= 5.0
        events.append((salience if anchored else salience - 1_000.0, event))
        for place, wcounts in wide_parts.values():
            wide = _wide_event(event, place, wcounts, group, sdoc, dates, doc, dateline, doc_places, attributions)
            _own_type_for_toll(wide, wcounts, group)
            events.append(((salience if anchored else salience - 1_000.0) - 2.0, wide))
    events.sort(key=lambda se: -se[0])
    if events and events[0][0] > -500.0:
        # rhetoric ("Israel is protesting against...", "looting of Europe"): no toll, town, date or attack
        events = [(sal, e) for sal, e in events if sal > -500.0]
    else:
        events = events[:1]
    ordered = [e for _, e in events]
    if not short:
        _hurt_told_apart(ordered)
        ordered = _toll_told_apart(ordered, text)
    coded = _acled_coding(text)
    share = _acled_share(text) if coded is None else None
    if share and ordered and ordered[0].fatalities.low:
        coded = ordered[0].fatalities.low // share
    elif coded is None and ordered and ordered[0].fatalities.low:
        days = _period_days(text)  # a toll told for several days: this day's share (ACLED)
        if days and ordered[0].fatalities.low >= days:
            coded = ordered[0].fatalities.low // days
    if coded is not None and ordered:
        f = ordered[0].fatalities
        ordered[0].fatalities = Fatalities(low=coded, best=coded, high=f.high if f.high is not None else f.low)
    for i, e in enumerate(ordered):
        e.index = i
    return ordered


def extract_document(doc: Document, sdoc: Doc) -> Extraction:
    """The Extraction for one document: events plus quotes and sources cited (when the quotes module is in)."""
    events = assemble(doc, sdoc)
    quotes: list[Any] = []
    sources: list[Any] = []
    fq = _optional("_quotes", "find_quotes")
    fs = _optional("_quotes", "find_sources_cited")
    if fq is not None:
        try:
            quotes = list(fq(doc.text, sdoc))
        except Exception as exc:
            log.warning("find_quotes failed on %s: %s", doc.id, exc)
    if fs is not None:
        try:
            sources = list(fs(doc.text, sdoc))
        except Exception as exc:
            log.warning("find_sources_cited failed on %s: %s", doc.id, exc)
    return Extraction(document=doc, events=events, quotes=quotes, sources_cited=sources)
