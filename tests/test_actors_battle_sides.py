"""The sides of a battle and of the civilians hit: ACLED's battles are between organised armed groups, so civilians
named in a clash's sentences are its victims, an armed group named beside the victims is not their associate, one
actor is on one side only, and a clash always has an attacker (the side named, else an Unidentified Armed Group).

Every sentence here is our own invented writing (invented towns, generic figures).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from actor_notes import mention as _mention
from actor_notes import resolve
from actor_notes import roles as _roles

from crosstally.actors import resolve_mention
from crosstally.extract import find_actors, find_counts
from crosstally.extract._events import find_candidates
from crosstally.pipeline import process
from crosstally.records import DateClaim, Document, Location

SY = Location(name="Qarnayn", mention="Qarnayn", country="Syria", country_code="SY")
WHEN = DateClaim(start=date(2025, 3, 7), end=date(2025, 3, 7), precision=1)
_resolve = partial(resolve, location=SY, when=WHEN)


def test_civilians_in_a_clash_give_way_to_the_armed_side_beside_them():
    text = ("Fighters loyal to the former government attacked a security patrol near Qarnayn on Friday; "
            "twelve people were killed in the clashes.")
    ev = _resolve(text, "Battles", "Armed clash",
                  [_mention(text, "actor1", "Fighters loyal to the former government"),
                   _mention(text, "actor2", "twelve people"),
                   _mention(text, "assoc_actor_2", "security patrol")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Former Military Forces of Syria (2000-2024)"]
    assert roles["actor2"] == ["Military Forces of Syria (2024-)"]
    assert not any(n.startswith("Civilians") for ns in roles.values() for n in ns)


def test_an_armed_group_in_the_victims_phrase_is_not_their_associate():
    text = "Gunmen killed 20 civilians who had fled Islamic State fighters near Qarnayn."
    ev = _resolve(text, "Violence against civilians", "Attack",
                  [_mention(text, "actor1", "Gunmen"), _mention(text, "actor2", "20 civilians"),
                   _mention(text, "assoc_actor_2", "Islamic State fighters")])
    roles = _roles(ev)
    assert roles["actor2"] == ["Civilians (Syria)"]
    assert "assoc_actor_2" not in roles


def test_one_actor_is_on_one_side_only():
    text = ("The government sent army reinforcements to Qarnayn, where former regime fighters had ambushed "
            "an army patrol; five soldiers were killed.")
    ev = _resolve(text, "Battles", "Armed clash",
                  [_mention(text, "actor1", "The government"), _mention(text, "actor2", "former regime fighters"),
                   _mention(text, "assoc_actor_1", "army reinforcements"),
                   _mention(text, "assoc_actor_2", "army patrol")])
    roles = _roles(ev)
    sides = {r: set(ns) for r, ns in roles.items()}
    one = sides.get("actor1", set()) | sides.get("assoc_actor_1", set())
    two = sides.get("actor2", set()) | sides.get("assoc_actor_2", set())
    assert "Military Forces of Syria (2024-)" in one
    assert not one & two


def test_a_clash_with_an_unnamed_attacker_is_an_unidentified_armed_group():
    text = "Four soldiers were killed in an attack on an army post near Qarnayn."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor2", "Four soldiers")])
    roles = _roles(ev)
    assert roles["actor2"] == ["Military Forces of Syria (2024-)"]
    assert roles["actor1"] == ["Unidentified Armed Group (Syria)"]


def test_security_men_are_a_force_not_civilians():
    actor, _ = resolve_mention("young security men near Qarnayn", "SY", date(2025, 3, 7))
    assert actor is not None and actor.name == "Military Forces of Syria (2024-)"


def test_men_loyal_to_the_former_government_near_a_town_are_its_loyalists():
    actor, _ = resolve_mention("armed men loyal to the former government near Qarnayn", "SY", date(2025, 3, 7))
    assert actor is not None and actor.name == "Former Military Forces of Syria (2000-2024)"


def test_another_event_noun_with_its_own_agent_names_the_attacker(nlp):
    doc = nlp("Officials said 40 soldiers had been killed, most of them in the first attacks by masked gunmen "
              "near Qarnayn.")
    sent = next(iter(doc.sents))
    trigger = next(t for t in sent if t.lower_ == "killed")
    actors = {a.role: a.mention for a in find_actors(trigger, sent)}
    assert "masked gunmen" in actors.get("actor1", "")


def test_the_dead_of_two_sides_name_both_sides_of_a_clash():
    text = ("QARNAYN, Syria (Example Wire) - Fighting raged near Qarnayn for two days. A monitor counted "
            "40 members of the security forces and more than 30 fighters loyal to the former government killed.")
    ex = process(Document(text=text, published=date(2025, 3, 9)))
    clash = [e for e in ex.events if e.event_type == "Battles" and any(c.kind == "killed" for c in e.counts)]
    assert clash
    names = {a.name for a in clash[0].actors if a.role in ("actor1", "actor2")}
    assert names == {"Military Forces of Syria (2024-)", "Former Military Forces of Syria (2000-2024)"}


def test_a_toll_breakdown_is_not_a_second_event(nlp):
    # "Two of the dead were ..." supports the earlier toll (its span reaches the next sentence): no event of its own
    doc = nlp("An airstrike hit the bus depot in Velmor on Sunday morning, killing 9 people and injuring 17, the "
              "regional hospital said.\n\nTwo of the dead were children, the hospital said.")
    cands = find_candidates(doc, find_counts(doc))
    assert [c.sub_event_type for c in cands] == ["Air/drone strike"]


def test_the_group_the_victims_belong_to_stays_their_associate():
    text = "Unknown gunmen shot dead three members of the Islamic State in Qarnayn."
    ev = _resolve(text, "Violence against civilians", "Attack",
                  [_mention(text, "actor1", "Unknown gunmen"),
                   _mention(text, "actor2", "three members of the Islamic State")])
    roles = _roles(ev)
    assert roles["actor2"] == ["Civilians (Syria)"]
    assert roles.get("assoc_actor_2"), roles


def test_between_told_by_the_clause_of_a_clash_names_both_sides(nlp):
    doc = nlp("Clashes that began on Monday between border guards and smugglers went on near Qarnayn.")
    sent = next(iter(doc.sents))
    trigger = next(t for t in sent if t.lower_ == "clashes")
    actors = {a.role: a.mention for a in find_actors(trigger, sent)}
    assert actors == {"actor1": "border guards", "actor2": "smugglers"}


def test_supporters_of_the_former_government_are_its_loyalists():
    actor, _ = resolve_mention("armed supporters of the former government", "SY", date(2025, 3, 7))
    assert actor is not None and actor.name == "Former Military Forces of Syria (2000-2024)"


def test_civilians_beside_a_one_sided_clash_are_no_associate():
    text = "Front fighters clashed near Qarnayn on Monday and 40 civilians fled the area."
    ev = _resolve(text, "Battles", "Armed clash",
                  [_mention(text, "actor1", "Front fighters"), _mention(text, "assoc_actor_2", "40 civilians")])
    assert not any(a.name.startswith("Civilians") for a in ev.actors), _roles(ev)
