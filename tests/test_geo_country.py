"""The document's country from its own text (geo.infer_country) when the caller gives no hint.

Texts are our own; places are real.
"""

from __future__ import annotations

import pytest

from crosstally.geo import METHOD_INFERRED, document_country, geocode, infer_country
from crosstally.records import Document, Event, Extraction, Location, Span


@pytest.fixture(autouse=True)
def _no_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CROSSTALLY_COUNTRY", raising=False)


@pytest.mark.parametrize(("text", "code"), [
    ("NAIROBI, Kenya - Police dispersed traders who blocked a road in the city centre.", "KE"),
    ("Taliban fighters attacked an army checkpoint in Helmand province overnight.", "AF"),
    ("Two women were hurt by gunfire in Claymont, Del., early on Sunday, officers said.", "US"),
    ("Residents of Kisumu county protested against power cuts; police in Kakamega made arrests.", "KE"),
])
def test_a_text_that_names_its_country_gets_it(text: str, code: str):
    guess = infer_country(text)
    assert guess.code == code and 0.0 < guess.confidence <= 0.95
    assert guess.evidence and all(cc in guess.scores for _, _, cc in guess.evidence)


@pytest.mark.parametrize("text", [
    "Police dispersed a crowd that had blocked a road; no one was hurt.",  # no place at all
    "Talks between Kenya and Ethiopia on the border dispute ended in Addis Ababa and Nairobi.",  # two countries
    "Officer Taylor said Perkins fled on foot before he was caught.",  # surnames that are also small towns
    "Man held after robbery. One suspect is still at large, Deputy Hooper said.",  # words that name towns
])
def test_no_country_without_decisive_evidence(text: str):
    assert infer_country(text).code is None


def test_a_demonym_alone_is_not_enough():
    assert infer_country("Somali traders closed their shops after the attack.").code is None
    assert infer_country("Kenyan police arrested three Kenyan students in Mombasa.").code == "KE"


def test_explicit_hint_wins_and_inference_is_recorded():
    text = "Police in Kisumu dispersed students; Kenyan officials said the university would close."
    hinted = Document(text=text, meta={"country": "UG"})
    assert document_country(hinted) == "UG" and "country_inferred" not in hinted.meta
    doc = Document(text=text)
    assert document_country(doc, infer=False) is None
    assert document_country(doc) == "KE"
    seen = doc.meta["country_inferred"]
    assert seen["code"] == "KE" and seen["method"] == METHOD_INFERRED and "Kisumu" in seen["evidence"]
    bare = Document(text="Police dispersed a crowd; no one was hurt.")
    assert document_country(bare) is None and "country_inferred" not in bare.meta


def test_a_hint_given_by_name_is_the_country_not_nothing():
    """Users write the hint as a name too: "Kenya" once read as the code "KENYA", matched no country and let
    Turbo go to Colombia; a value that names no country is no hint, and the text decides."""
    text = "On 4 June 2018, a herder was shot dead in Turbo."
    assert document_country(Document(text=text, meta={"country": "Kenya"})) == "KE"
    assert document_country(Document(text=text, meta={"country": "ken"})) == "KE"
    assert document_country(Document(text=text, meta={"country": "Narnia"}), infer=False) is None
    loc = _located(text, "Turbo", {"country": "Kenya"})
    assert loc.country_code == "KE"


def _located(text: str, word: str, meta: dict | None = None) -> Location:
    i = text.index(word)
    loc = Location(name=word, mention=word, evidence=[Span(i, i + len(word))])
    ev = Event(event_type="Riots", sub_event_type="Violent demonstration", location=loc, evidence=[Span(0, len(text))])
    ex = Extraction(document=Document(text=text, meta=meta or {}), events=[ev])
    geocode(ex)
    assert ex.events[0].location is not None
    return ex.events[0].location


def test_inferred_country_is_used_like_a_hint_when_geocoding():
    text = "Traders in Maua blocked the road over market fees, Kenya police said; Kenyan officials met them."
    with_hint = _located(text, "Maua", {"country": "KE"})
    inferred = _located(text, "Maua")
    assert with_hint.country_code == inferred.country_code == "KE"
    assert (inferred.admin1, inferred.lat, inferred.lon) == (with_hint.admin1, with_hint.lat, with_hint.lon)


def test_the_pipeline_reports_where_the_country_came_from(nlp):
    from crosstally.pipeline import process

    text = ("Police in Garissa said gunmen shot dead two traders at a market on Tuesday. Kenyan officials said "
            "the attackers fled towards the border.")
    out = process(Document(text=text)).to_contract()
    seen = out["country_inferred"]
    assert seen is not None and seen["code"] == "KE" and "Garissa" in seen["evidence"]
    assert out["events"] and out["events"][0]["location"]["country_code"] == "KE"
    hinted = process(Document(text=text, meta={"country": "KE"})).to_contract()
    assert hinted["country_inferred"] is None
    assert hinted["events"][0]["location"] == out["events"][0]["location"]


@pytest.mark.parametrize("meta", [{"country": "US"}, {}])
def test_a_county_is_not_a_namesake_province_abroad(meta: dict):
    # 'Pasco County' also reads as Peru's Pasco region (and its Provincia de Pasco): those two namesakes are
    # one mention, no independent evidence of Peru, so the county of the hinted (or inferred) country wins.
    text = "Deputies in Pasco County said a teenager was shot during a break-in at a house in the county on Thursday."
    loc = _located(text, "Pasco", dict(meta))
    assert (loc.name, loc.admin1, loc.country_code) == ("Pasco County", "Florida", "US")


@pytest.mark.parametrize(("text", "code", "not_code"), [
    ("Grenade attack outside a mosque by an unknown group; police blamed Al Shabaab.", None, "ES"),  # not Granada
    ("Grenades were thrown at a police post overnight.", None, "ES"),
    ("Model students marched to the ministry over fees.", None, "PK"),  # not Model Town, Lahore
    ("International observers said the vote was calm.", None, "AE"),  # not International City, Dubai
    ("Spanish police arrested two men after the bombing.", None, "JM"),  # not Spanish Town, Jamaica
])
def test_an_english_word_is_no_spelling_of_a_city(text: str, code: str | None, not_code: str):
    """A capitalised word folds like another spelling of a city the gazetteer lists it under ('Grenade' is
    Granada's French name); an English word (the spaCy model's lemmatizer index) is not read as that city."""
    guess = infer_country(text)
    assert not_code not in guess.scores and guess.code == code


def test_a_transliteration_of_a_big_city_still_counts():
    assert infer_country("Fighting in Al-Fashir killed 12 people, monitors said.").code == "SD"
    assert infer_country("Shelling hit the outskirts of Tartous on Monday.").code == "SY"
    # a city's name with a unit word is no English word, even where the city's name is one ('Spokane')
    assert infer_country("The Spokane County medical examiner named the man on Monday.").code == "US"
