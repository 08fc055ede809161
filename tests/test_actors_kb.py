"""Actor knowledge base and resolution with the packaged YAML and real geocoding."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.actors import ActorKB, entity_patterns, get_kb, period_suffix, resolve_actors, resolve_mention
from crosstally.errors import VocabError
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Location


@pytest.fixture(scope="module")
def kb():
    return ActorKB.load([])


def test_hts_aliases_and_leader_resolve_to_one_actor(kb):
    mentions = ["HTS", "Hay’at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Tahrir al-Sham", "al-Jolani", "al-Julani",
                "al-Golani", "Abu Mohammad al-Jolani", "Ahmed al-Sharaa", "Ahmad al-Shara", "HTS fighters",
                "fighters loyal to the al-Jolani regime"]
    found = {m: resolve_mention(m, "SY", date(2025, 3, 7), kb)[0] for m in mentions}
    assert {a.id for a in found.values() if a} == {"hts"}, {m: a and a.id for m, a in found.items()}
    hts = kb.lookup("HTS")
    assert hts is not None and hts.name == "Hay'at Tahrir al-Sham" and hts.inter == 2


def test_generic_nouns_take_the_country_and_period(kb):
    a, conf = resolve_mention("gunmen", "KE", None, kb)
    assert a.name == "Unidentified Armed Group (Kenya)" and a.inter == 3 and conf < 0.95
    assert resolve_mention("unknown gunmen", "KE", None, kb)[0].name == "Unidentified Armed Group (Kenya)"
    assert resolve_mention("police", "KE", date(2019, 5, 1), kb)[0].name == "Police Forces of Kenya (2013-2022)"
    assert resolve_mention("police", "KE", date(2008, 1, 2), kb)[0].name == "Police Forces of Kenya (2002-2013)"
    assert resolve_mention("soldiers", "AF", date(2020, 3, 5), kb)[0].name == "Military Forces of Afghanistan (2014-2021)"
    assert resolve_mention("Alawite civilians", "SY", None, kb)[0].name == "Civilians (Syria)"
    assert resolve_mention("angry residents", "KE", None, kb)[0].inter == 5
    assert resolve_mention("demonstrators", "KE", None, kb)[0].name == "Protesters (Kenya)"
    assert resolve_mention("Rioters (Somalia)", "KE", None, kb)[0].name == "Rioters (Somalia)"
    assert period_suffix("KE", None) == " (2022-)"  # an unknown date: the current period
    # Without a country a generic noun names the generic actor with the country left out, never a guessed one.
    a, conf = resolve_mention("gunmen", None, None, kb)
    assert a is not None and (a.name, a.country, a.inter) == ("Unidentified Armed Group", None, 3)
    assert conf < resolve_mention("gunmen", "KE", None, kb)[1]
    assert resolve_mention("police", None, None, kb)[0].name == "Police Forces"


def test_named_actors_and_country_bound_aliases(kb):
    assert resolve_mention("Al-Shabaab militants", "KE", None, kb)[0].name == "Al Shabaab"
    assert resolve_mention("Pokot raiders", "KE", None, kb)[0].name == "Pokot Ethnic Militia (Kenya)"
    assert resolve_mention("armed Alawite militias", "SY", None, kb)[0].name == "Alawite Ethnic Militia (Syria)"
    assert resolve_mention("pro-Assad loyalists", "SY", None, kb)[0].inter == 2
    assert resolve_mention("Taliban", "AF", None, kb)[0].wikidata == "Q42418"
    assert resolve_mention("Islamic State", "AF", None, kb)[0].name == "Islamic State (Afghanistan)"
    # 'government forces' is lower-case, so it only names Syria's forces inside Syria.
    assert resolve_mention("government forces", "SY", date(2025, 3, 7), kb)[0].name == "Military Forces of Syria (2024-)"
    assert resolve_mention("government forces", "KE", None, kb)[0] is None or \
        resolve_mention("government forces", "KE", None, kb)[0].country != "SY"


def test_resolve_actors_on_an_extraction_uses_event_country(seed_text):
    loc = Location(name="Kilifi", country="Kenya", country_code="KE")
    ev = Event("Violence against civilians", "Attack", location=loc,
               date=DateClaim(start=date(2019, 12, 31), end=date(2019, 12, 31), precision=1),
               actors=[ActorMention("actor1", "gunmen", "gunmen"), ActorMention("actor2", "a teacher", "a teacher"),
                       ActorMention("assoc_actor_1", "Zorblax Brigade", "Zorblax Brigade")])
    seed_ev = Event("Violence against civilians", "Attack",
                    actors=[ActorMention("actor1", "HTS fighters", "HTS fighters"),
                            ActorMention("actor2", "Alawite civilians", "Alawite civilians")])
    resolve_actors(Extraction(document=Document(text="A teacher was shot in Kilifi."), events=[ev]))
    a1, a2, odd = ev.actors
    assert (a1.name, a1.inter, a1.mention) == ("Unidentified Armed Group (Kenya)", 3, "gunmen")
    assert (a2.name, a2.inter) == ("Civilians (Kenya)", 7)
    assert odd.name == "Zorblax Brigade" and odd.inter is None and odd.actor_id is None and odd.confidence < 0.5
    assert all(a.method == "crosstally.actors.kb.v1" for a in ev.actors)
    # No location: the country comes from the document text (the seed article is about Syria).
    resolve_actors(Extraction(document=Document(text=seed_text), events=[seed_ev]))
    hts, civ = seed_ev.actors
    assert hts.actor_id == "hts" and hts.inter == 2 and hts.country == "SY"
    assert civ.name == "Civilians (Syria)" and civ.inter == 7


USER_YAML = """name: my_actors
version: 1
sources: ["test fixture"]
entries:
  - id: coastal-defenders
    name: "Coastal Defenders Brigade"
    aliases: ["CDB", "Coastal Defenders"]
    people: ["Abu Testi"]
    inter: 3
    country: SY
"""


def test_user_yaml_is_picked_up(tmp_path, monkeypatch):
    path = tmp_path / "mine.yaml"
    path.write_text(USER_YAML, encoding="utf-8")
    kb = ActorKB.load([path])
    assert kb.lookup("CDB").name == "Coastal Defenders Brigade"
    assert kb.lookup("Abu Testi").id == "coastal-defenders"
    assert kb.lookup("HTS").id == "hts"  # the packaged file is still there
    monkeypatch.setenv("CROSSTALLY_ACTORS", str(path))
    assert get_kb().lookup("Coastal Defenders") is not None
    monkeypatch.delenv("CROSSTALLY_ACTORS")
    assert get_kb().lookup("Coastal Defenders") is None


def test_bad_user_yaml_names_the_problem(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(USER_YAML.replace("inter: 3", "inter: 12"), encoding="utf-8")
    with pytest.raises(VocabError, match="inter 12"):
        ActorKB.load([path])


def test_entity_patterns_labels():
    import spacy

    patterns = entity_patterns([])
    labels = {(p["pattern"], p["label"]): p["id"] for p in patterns}
    assert labels[("HTS", "ORG")] == "hts"
    assert labels[("al-Jolani", "PERSON")] == "hts"
    assert ("Alawites", "NORP") in labels and ("Druze", "NORP") in labels
    assert not any(p["pattern"] == p["pattern"].lower() for p in patterns)
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    doc = nlp("HTS fighters loyal to al-Jolani attacked Alawites in Jableh.")
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ents == {("HTS fighters", "ORG", "hts"), ("al-Jolani", "PERSON", "hts"),
                    ("Alawites", "NORP", "alawite-militia-sy")}
