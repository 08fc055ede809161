"""Argument classes the classifier reads besides the words (``data/event_arguments.yaml``): violence verbs, nouns,
weapons, one-sided violence, crowds (a calm crowd too), interventions, demands; :func:`argument_tokens` lists them for a text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ._analyzers import _WHITE
from ._background import (
    _demand_clause,
    force_only_posed,
    harm_only_in_arrest_reason,
    harm_only_in_grievance,
    robbery_unopposed,
    violence_only_in_demand,
)
from ._patterns import _alt, _argument_patterns, _cased_classes, _definitions_only, crowd_assault


def has_argument(text: str, name: str) -> bool:
    """Whether a verb or weapon class of ``data/event_arguments.yaml`` ('protest_death') occurs in the text: the
    same pattern the classifier's tokens and the overrides read, for a caller outside the model."""
    pat = _argument_patterns()[2].get(name)
    return pat is not None and pat.search(text.lower()) is not None


@lru_cache(maxsize=1)
def _one_sided_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(armed actor harms unarmed victim, active or passive), (a second armed side), from ``one_sided``."""
    from ...vocab import load_vocab

    spec = load_vocab("event_arguments")["entries"]["one_sided"]

    def alt(key: str) -> str:
        return "|".join(f"(?:{p})" for p in spec[key])

    armed, victim, verb, harm = alt("armed_actor"), alt("unarmed_victim"), alt("harm_verbs"), alt("victim_harm")
    det = r"(?:a |an |the |two |three |four |five |\d+ |several |some |his |her |their |one )?"
    active = (rf"\b(?:{armed})\b(?:\s+[\w'-]+){{0,6}}?\s+(?:{verb})\b(?:\s+(?:and|or|up|dead|to death|,)?\s*[\w'-]*)"
              rf"{{0,4}}?\s+{det}(?:[\w'-]+ ){{0,3}}?(?:{victim})\b")
    passive = (rf"\b(?:{victim})\b(?:\s+[\w'(),-]+){{0,8}}?\s+(?:was|were|been|being|got)\s+(?:[\w'-]+\s+){{0,4}}?"
               rf"(?:{verb})\b(?:\s+[\w'-]+){{0,6}}?\s+by\s+(?:[\w'-]+\s+){{0,4}}?(?:{armed})\b")
    second = "|".join([
        alt("two_sided"),
        # an armed victim: "a police officer was killed", "two militants died", "shot dead six gang members"
        rf"(?:{armed})\b(?:\s+[\w'(),-]+){{0,7}}?\s+(?:was|were|is|are|have been|has been|had been|got)\s+"
        rf"(?:[\w'-]+\s+){{0,2}}?(?:{harm})",
        rf"(?:{armed})\s+(?:died|dead|(?:killed|injured|wounded)(?=\s*(?:[,.;]|$|\s+(?:in|at|on|and|when|while|during|after|as)\b)))",
        rf"(?:{verb}|shot dead|killed)\b(?!\s+by)(?:\s+(?!by\b)[\w'-]+){{0,4}}?\s+(?:{armed})",
        # a victim who is a suspect ("three men suspected of murder"): ACLED often codes a second, armed side
        rf"(?:{victim})\s+(?:[\w'-]+\s+)?suspect(?:ed|s)?",
        r"suspect(?:ed|s)?\b(?:\s+[\w'-]+){0,2}\s+(?:of|in connection)",
    ])
    return re.compile(active), re.compile(passive), re.compile(rf"\b(?:{second})\b")


@lru_cache(maxsize=1)
def _background_fight() -> re.Pattern[str] | None:
    from ...vocab import load_vocab

    pats = load_vocab("event_arguments")["entries"]["one_sided"].get("background_fight")
    return re.compile(rf"\b(?:{_alt(list(pats))})") if pats else None


def _second_side(low: str) -> bool:
    """Whether lower-cased text shows a second armed side, once a group's wider war told as background is read away.

    Why: "police attributed it to Los Lobos, who are fighting for control of the mines" tells the attackers' war with
    others, not a fight at this event; ACLED codes the killing of unarmed miners as an Attack (v2.23)."""
    bg = _background_fight()
    if bg is not None:
        low = bg.sub(" ", low)
    return _one_sided_patterns()[2].search(low) is not None


def one_sided(text: str) -> bool:
    """Whether an organised armed actor harms unarmed people with no second armed side in sight.

    Why: ACLED's Battles need two organised armed sides; state forces or an armed group acting on unarmed people
    is Violence against civilians. The classifier learnt "police ... shot" as an armed clash from the older notes;
    this reads who acted on whom (``event_arguments.yaml`` ``one_sided``).
    """
    low = _WHITE.sub(" ", text.lower())
    active, passive, _ = _one_sided_patterns()
    if not (active.search(low) or passive.search(low)):
        return False
    return not _second_side(low)


@lru_cache(maxsize=1)
def _one_sided_far_pattern() -> re.Pattern[str]:
    """An armed actor up to 14 words before the harm, in the same sentence (``event_arguments.yaml``
    ``one_sided`` plus ``one_sided_far``)."""
    from ...vocab import load_vocab

    e = load_vocab("event_arguments")["entries"]
    spec, far = e["one_sided"], e.get("one_sided_far") or {}
    verbs = _alt(list(spec["harm_verbs"]) + list(far.get("verbs") or []))
    victims = _alt(list(spec["unarmed_victim"]) + list(far.get("victims") or []))
    return re.compile(rf"\b(?:{_alt(spec['armed_actor'])})\b(?:\s+[\w'(),-]+){{0,14}}?\s+(?:{verbs})\b"
                      rf"(?:\s+[\w'-]+){{0,5}}?\s+(?:{victims})\b")


def one_sided_far(text: str) -> bool:
    """Whether an armed actor harms unarmed people further on in the sentence, no second armed side in the note.

    Why: ``one_sided`` looks six words ahead; notes from other regions tell the actor's doings first ("militants set
    up a checkpoint on the road and executed two traders"). ACLED codes such a note as Violence against civilians."""
    low = _WHITE.sub(" ", text.lower())
    if _one_sided_far_pattern().search(low) is None:
        return False
    return not _second_side(low)


@lru_cache(maxsize=1)
def _crowd_attack_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from ...vocab import load_vocab

    spec = load_vocab("event_arguments")["entries"]["crowd_attack"]
    crowd, verbs, armed = ("|".join(f"(?:{p})" for p in spec[k]) for k in ("crowd", "verbs", "armed"))
    return (re.compile(rf"\b(?:{crowd})\b(?:\s+[\w'(),-]+){{0,8}}?\s+(?:{verbs})\b"),
            re.compile(rf"\b(?:{armed})\b"))


def crowd_attack(text: str) -> bool:
    """Whether a crowd of civilians attacks someone, with no police, soldier or armed group in the note.

    Why: ACLED codes a mob's attack as Riots/Mob violence, not as Violence against civilians (an organised group's
    attack); the classifier confuses them when the note reads like an attack ("residents beat up two men").
    """
    low = _WHITE.sub(" ", text.lower())
    active, armed = _crowd_attack_patterns()
    return active.search(low) is not None and armed.search(low) is None


@lru_cache(maxsize=1)
def _intervention_more() -> re.Pattern[str]:
    from ...vocab import load_vocab

    words = load_vocab("event_arguments")["entries"].get("intervention_more") or ["(?!x)x"]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


@lru_cache(maxsize=1)
def _v16_patterns() -> dict[str, re.Pattern[str]]:
    """The v1.6 argument patterns of ``data/event_arguments.yaml`` (crowd on a suspect, crowd on a force, force on a
    crowd, an armed raid on a civilian place, a grievance that names an arrest)."""
    from ...vocab import load_vocab

    e = load_vocab("event_arguments")["entries"]
    cs, cf, fc, ar = (e.get(k) or {} for k in ("crowd_suspect", "crowd_force", "force_crowd", "armed_raid"))
    os_ = e["one_sided"]
    not_be = r"(?!(?:were|was|are|is|been|being)\b)"
    suspect = (
        rf"\b(?:{_alt(cs.get('crowd'))})\b(?:\s+{not_be}[\w'(),-]+){{0,6}}?\s+(?:{_alt(cs.get('verbs'))})\b"
        r"(?:\s+[\w'-]+){0,4}?\s+suspect(?:ed|s)?\b"
        r"|\bsuspect(?:ed|s)?\b(?:\s+[\w'(),-]+){0,4}?\s+(?:was|were|are|is|been|being)\s+(?:[\w'-]+\s+){0,2}?"
        rf"(?:{_alt(cs.get('verbs'))})\b(?:\s+[\w'-]+){{0,3}}?\s+by\s+(?:[\w'-]+\s+){{0,4}}?(?:{_alt(cs.get('crowd'))})\b"
    )
    if cs.get("caught"):  # v2.21: caught someone the crowd blamed for a crime, then beat or killed him
        suspect += (rf"|\b(?:{_alt(cs.get('crowd'))})\b(?:\s+{not_be}[\w'(),-]+){{0,6}}?\s+(?:{_alt(cs.get('caught'))})\b"
                    rf"[^.;]{{0,60}}?\b(?:{_alt(cs.get('accused'))})\b[^.;]{{0,100}}?\b(?:{_alt(cs.get('verbs'))})\b"
                    # v2.27: the blame told after the beating ("tied a man to a pole and beat him, accusing him of
                    # stealing goats")
                    rf"|\b(?:{_alt(cs.get('crowd'))})\b(?:\s+{not_be}[\w'(),-]+){{0,6}}?\s+(?:{_alt(cs.get('caught'))})\b"
                    rf"[^.;]{{0,60}}?\b(?:{_alt(cs.get('verbs'))})\b[^.;]{{0,40}}?\b(?:{_alt(cs.get('accused'))})\b")
    force_words = _alt(cf.get("force"))
    crowd_words = _alt(list(cf.get("crowd") or []) + list(cf.get("more_crowd") or []))
    fights = (rf"\b(?:{crowd_words})\b(?:\s+{not_be}[\w'(),-]+){{0,5}}?\s+(?:{_alt(cf.get('verbs'))})\b"
              rf"(?:\s+(?!by\b)[\w'-]+){{0,6}}?\s+(?:at |on |with )?(?:the |a |an )?(?:{force_words})\b")
    if cf.get("at_force"):  # v2.0: missiles thrown at a force, whoever threw them (never "by" the force)
        fights += (rf"|\b(?:{_alt(cf.get('at_force'))})\b(?:\s+(?!by\b)[\w'-]+){{0,4}}?\s+(?:at |on )?"
                   rf"(?:the |a |an )?(?:(?!by\b)[\w'-]+ )?(?:{force_words})\b")
    fc_force, fc_crowd = _alt(fc.get("force")), _alt(fc.get("crowd"))
    fire = (rf"\b(?:{fc_force})\b(?:\s+{not_be}[\w'-]+){{0,3}}?\s+(?:{_alt(fc.get('harm'))})\b(?:\s+[\w'-]+){{0,3}}?"
            rf"\s+(?:{fc_crowd})\b"
            rf"|\b(?:{fc_crowd})\b(?:\s+[\w'(),-]+){{0,4}}?\s+(?:was|were|are|is|been|being)\s+(?:[\w'-]+\s+){{0,2}}?"
            rf"(?:{_alt(fc.get('harm'))})\b(?:\s+[\w'(),-]+){{0,4}}?\s+by\s+(?:[\w'-]+\s+){{0,2}}?(?:{fc_force})\b"
            # "police opened fire near the port area of X (Y) on a crowd": where, told before whom it was aimed at
            rf"|\b(?:{fc_force})\b(?:\s+{not_be}[\w'-]+){{0,3}}?\s+(?:{_alt(fc.get('harm'))})\b(?:\s+[\w'(),-]+){{0,8}}?"
            rf"\s+(?:on|at|into)\s+(?:a\s+|an\s+|the\s+)?(?:{fc_crowd})\b")
    raid = (rf"\b(?:{_alt(os_['armed_actor'])})\b(?:\s+[\w'(),-]+){{0,5}}?\s+(?:{_alt(ar.get('verbs'))})\s+"
            rf"(?:a |an |the |their |his |her )?(?:[\w'-]+ ){{0,2}}?(?:{_alt(ar.get('places'))})\b[^.;]{{0,80}}?\b"
            rf"(?:and |before |then |, )(?:[\w'-]+ ){{0,2}}?(?:{_alt(ar.get('harm'))})\s+(?:[\w'-]+\s+){{0,3}}?"
            rf"(?:{_alt(os_['unarmed_victim'])})\b")
    return {
        "suspect": re.compile(suspect),
        "fights": re.compile(fights),
        "fights_armed": re.compile(rf"\b(?:{_alt(cf.get('armed'))})\b"),
        "fire": re.compile(fire),
        "raid": re.compile(raid),
        "grievance": re.compile(rf"\b(?:{_alt(e.get('intervention_grievance'))})\b"),
        "on_crowd": re.compile(rf"\b(?:{_alt(e.get('intervention_on_crowd'))})"),
    }


def crowd_kills_suspect(text: str) -> bool:
    """Whether a crowd of civilians kills, lynches or beats a suspect ('residents lynched two suspected thieves').

    Why: ACLED codes a crowd's punishment of a suspect as Riots / Mob violence, even when the suspects are called
    gangsters or rustlers (words that otherwise name an armed side)."""
    return _v16_patterns()["suspect"].search(text.lower()) is not None


def crowd_fights_force(text: str) -> bool:
    """Whether an unarmed crowd throws stones at, attacks or fights police or soldiers.

    Why: ACLED's Violent demonstration is a crowd's violence against a force (or property); Mob violence is a crowd
    against civilians. An armed crowd ('youths armed with arrows attacked a police post') is left to the model."""
    low = _WHITE.sub(" ", text.lower())
    pats = _v16_patterns()
    return pats["fights"].search(low) is not None and pats["fights_armed"].search(low) is None


def crowd_fired_on(text: str) -> bool:
    """Whether police or soldiers shoot, fire on, beat or kill demonstrators (a shot in the air is not).

    Why: ACLED's Excessive force against protesters is lethal or injurious force on a crowd that is not itself
    violent (the override's unless tokens check the crowd)."""
    return _v16_patterns()["fire"].search(text.lower()) is not None


def armed_raid(text: str) -> bool:
    """Whether an armed group storms a civilian place and kills or abducts the unarmed people there, with no second
    armed side in the note.

    Why: 'gunmen stormed a school and killed 7 pupils' is one-sided (ACLED: Violence against civilians), though the
    words read like a battle; the second-side check is ``one_sided``'s."""
    low = _WHITE.sub(" ", text.lower())
    if _v16_patterns()["raid"].search(low) is None:
        return False
    return not _second_side(low)


def _without_self_dispersal(low: str) -> str:
    """Lower-cased text with the crowd's own dispersal blanked ("and dispersed peacefully", "later dispersed").

    Why: a crowd that went home of its own accord was not dispersed by anyone; ACLED's Protest with intervention
    needs someone to act on it (v2.17)."""
    own = _definitions_only().get("self_dispersal")
    return own.sub(" ", low) if own is not None else low


def no_intervention_act(text: str) -> bool:
    """Whether a protest note names no intervention once its grievance is set aside.

    Why: 'protested the arrest of a colleague' or 'calling for the arrest of an officer' name an arrest the crowd
    complains of, not one made at the protest; 'police used water against them' is an intervention the verb lists
    miss. ACLED's Protest with intervention needs one at the protest itself."""
    pats = _v16_patterns()
    low = _WHITE.sub(" ", text.lower())
    if pats["on_crowd"].search(low):
        return False
    low = pats["grievance"].sub(" ", low)
    past = _definitions_only().get("arrest_grievance")
    if past is not None:  # v2.16: the arrests the crowd complains of, as intervention_told sets them aside
        low = past.sub(" ", low)
    low = _without_self_dispersal(low)
    others = _argument_patterns()[2]
    extra = _definitions_only().get("intervention_extra")
    return not any(others[n].search(low) for n in ("intervention", "protester_killed")) and not (
        _intervention_more().search(low)) and not (extra is not None and extra.search(low))


def intervention_told(text: str) -> bool:
    """Whether a note names an intervention at the protest outright: dispersed, tear gas, arrests, water cannon,
    batons, a crowd cleared (the grievance's arrests set aside).

    Why: ACLED's Protest with intervention is a protest that police or others disperse or arrest at; the looser
    words ``no_intervention_act`` also counts ('stopped', 'barred', 'involvement') often tell something else, so
    turning a peaceful label into an intervention asks for these words only."""
    pats = _v16_patterns()
    low = _WHITE.sub(" ", text.lower())
    if pats["on_crowd"].search(low):
        return True
    low = pats["grievance"].sub(" ", low)
    past = _definitions_only().get("arrest_grievance")
    if past is not None:
        low = past.sub(" ", low)
    low = _without_self_dispersal(low)
    extra = _definitions_only().get("intervention_extra")
    return _argument_patterns()[2]["intervention"].search(low) is not None or (
        extra is not None and extra.search(low) is not None)


def police_only_as_source(text: str) -> bool:
    """Whether the police are named only as those who tell of or look into the event ("Police gave no motive").

    Why: ACLED's battle needs two armed sides; a note that names the police only as its source ("police said",
    "according to police") tells no force at the event, yet the police word alone reads as a second side (v2.29)."""
    pat = _definitions_only().get("police_as_source")
    low = _WHITE.sub(" ", text.lower())
    if pat is None or not pat.search(low):
        return False
    return _argument_patterns()[1]["police"].search(pat.sub(" ", low)) is None


# v1.6: cues outside the shipped model's vocabulary, as (cue, token); only the overrides read the tokens
_V16_CUES: tuple[tuple[Callable[[str], bool], str], ...] = (
    (crowd_kills_suspect, "crowd_kills_suspect"),
    (crowd_fights_force, "crowd_fights_force"),
    (crowd_fired_on, "crowd_fired_on"),
    (armed_raid, "one_sided_raid"),
    (one_sided_far, "one_sided_far"),
    (police_only_as_source, "has_police_only_as_source"),  # v2.29: the police only as the note's source
)
# harm a note names that is not the event's own (._background); only the overrides read the tokens
_BACKGROUND_CUES: tuple[tuple[Callable[[str], bool], str], ...] = (
    (violence_only_in_demand, "crowd_violence_only_in_demand"),  # v2.1: the violent words name the grievance
    (harm_only_in_grievance, "crowd_harm_only_background"),  # v2.10: the harm is the protest's grievance
    (force_only_posed, "has_only_posed_force"),  # v2.10: the only force named is one people posed as
    (robbery_unopposed, "has_robbery_unopposed"),  # v2.10: a robbery nobody fought off
    (harm_only_in_arrest_reason, "has_arrest_over_past_harm"),  # v2.9: the harm is the arrest's reason
)


def argument_tokens(text: str) -> list[str]:
    """Who acts on whom, with what: class tokens the classifier reads besides the words.

    ACLED's types are defined by the actors' kinds (organised armed group vs crowd vs unarmed people) and by
    who is violent, not by one period's wording. A noun class before the first violence verb is the acting
    side (``act_police``), after it the target (``tgt_protesters``); pairs and presence tokens follow.
    """
    # one space between words: blanked denials and scraped layout leave long runs of spaces, and the patterns'
    # optional-space pieces backtrack badly over them (a 450-character article took minutes)
    low = _WHITE.sub(" ", text.lower())
    text = _WHITE.sub(" ", text)
    violence, nouns, others = _argument_patterns()
    first = violence.search(low)
    pivot = first.start() if first else len(low)
    acts: list[str] = []
    tgts: list[str] = []
    out: list[str] = [] if first else ["no_violence_verb"]
    earliest: tuple[int, str] | None = None
    for name, pat in nouns.items():
        hits = [m.start() for m in pat.finditer(low)]
        if not hits:
            continue
        out.append(f"has_{name}")
        if earliest is None or hits[0] < earliest[0]:
            earliest = (hits[0], name)
        if hits[0] < pivot:
            acts.append(name)
        if hits[-1] > pivot:
            tgts.append(name)
    if earliest is not None:
        out.append(f"first_{earliest[1]}")
    out += [f"act_{a}" for a in acts] + [f"tgt_{t}" for t in tgts]
    out += [f"pair_{a}_{t}" for a in acts for t in tgts if a != t]
    present = {name for name, pat in others.items() if pat.search(low)}
    out += [f"has_{name}" for name in sorted(present)]
    crowd = {"protesters", "students", "residents", "mob"} & (set(acts) | set(tgts))
    if crowd and "crowd_violence" in present:
        out.append("crowd_is_violent")
    if crowd and "crowd_violence_strong" in present:
        out.append("crowd_is_violent_strong")  # ACLED: demonstrators who block roads, burn, stone, loot -> Riots
    if crowd and "crowd_violence_explicit" in present:
        out.append("crowd_is_violent_explicit")  # the same without road blocking / storming: what the override reads
    if crowd and "intervention" in present and "crowd_violence" not in present:
        out.append("crowd_dispersed_nonviolent")
    if crowd_assault(text):
        out.append("crowd_assaults")  # the demonstrators harm someone or something: the override reads it
    if not ({"intervention", "protester_killed"} & present) and not _intervention_more().search(low):
        out.append("no_intervention")  # ACLED: a protest nobody dispersed, arrested or tear-gassed is a peaceful one
    if "protest_event" in present and not ({"armed_group", "military"} & (set(acts) | set(tgts))) and not (
        {"gunfire_exchange", "explosion"} & present
    ):
        out.append("crowd_battle")  # a crowd against the police, no organised armed group: not a battle (ACLED)
    if crowd_attack(text):
        out.append("crowd_mob_attack")  # civilians attacking someone: ACLED's mob violence; the override reads it
    if one_sided(text):
        out.append("one_sided_armed")  # an armed actor on unarmed people, no second armed side: the override reads it
    # v1.6: tokens outside the shipped model's vocabulary (no feature changes); only the overrides read them
    out += [token for cue, token in _V16_CUES if cue(text)]
    if no_intervention_act(text):
        out.append("no_intervention_act")
    elif intervention_told(text):
        out.append("has_intervention_act")  # v2.6: an intervention named outright; only an override reads it
    # v2.0: names outside the shipped classifier's vocabulary: only the overrides read them
    out += [f"has_{name}" for name, pat in _definitions_only().items() if pat.search(low)]
    out += [f"has_{name}" for name, pat in _cased_classes().items() if pat.search(text)]  # v2.26: case kept
    out += [token for cue, token in _BACKGROUND_CUES if cue(text)]
    if calm_crowd(out):
        out.append("crowd_no_violence")  # v2.3: a crowd and nothing violent told of it; only an override reads it
    elif calm_beyond_demand(low):
        out.append("crowd_calm_beyond_demand")  # v2.23: calm once its demand is read away; only an override reads it
    return out


def calm_beyond_demand(text: str) -> bool:
    """Whether a note tells a calm crowd once what it demands or rejects (``demand_clause``) is read away.

    Why: "marched ... rejecting the murder of their leaders by armed groups" or "rallied for the withdrawal of armed
    groups" name harm and an armed side only as the crowd's grievance; ACLED codes the gathering, a Peaceful protest
    (v2.23). The rest must name a gathering and nothing violent (:func:`calm_crowd`)."""
    pat = _demand_clause()
    if pat is None:
        return False
    low = _WHITE.sub(" ", text.lower())
    rest = pat.sub(" ", low)
    return rest != low and calm_crowd(argument_tokens(rest))


@lru_cache(maxsize=1)
def _calm_crowd_spec() -> tuple[frozenset[str], frozenset[str]]:
    from ...vocab import load_vocab

    spec = load_vocab("event_arguments")["entries"].get("calm_crowd") or {}
    return frozenset(spec.get("crowd") or []), frozenset(spec.get("violent") or [])


def calm_crowd(tokens: list[str]) -> bool:
    """Whether argument tokens name a crowd (gathered, marching, a size field) and nothing violent at all.

    Why: ACLED's Riots need the crowd to be violent or destructive, and Battles or attacks an armed actor; a note that
    tells a gathering and no violence, harm, fire, blockade or armed actor is a protest (``calm_crowd`` in
    ``data/event_arguments.yaml``)."""
    crowd, violent = _calm_crowd_spec()
    have = set(tokens)
    return bool(crowd & have) and not (violent & have)
