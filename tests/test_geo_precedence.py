"""Which of a local story's places is the event's: the town its own sentence names over the dateline, a town
over a county dateline, the whole of a longer unknown name, no town read out of an institution's name.

Texts are our own; the places are real.
"""

from __future__ import annotations

from geocoded import geocoded_event

from crosstally.extract import _relevance
from crosstally.geo import GeoContext
from crosstally.records import Location


def _geocoded(text: str, word: str | None, country: str = "US", sentence: str | None = None) -> Location:
    out = geocoded_event(text, word, country, sentence)
    assert out is not None
    return out


def test_the_event_sentence_town_beats_the_dateline():
    sentence = "CHICAGO (AP) — A 30-year-old man was shot twice on Friday night in south suburban Dolton."
    text = "Man wounded in shooting | Our Paper\n\n" + sentence + " Police said no one was in custody."
    loc = _geocoded(text, "CHICAGO", sentence=sentence)
    assert loc.name == "Dolton" and loc.admin1 == "Illinois"
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "Dolton"


def test_the_dateline_stays_when_the_sentence_names_no_other_town():
    sentence = "CHICAGO (AP) — A 30-year-old man was shot twice on Friday night on the city's West Side."
    text = "Man wounded in shooting | Our Paper\n\n" + sentence
    assert _geocoded(text, "CHICAGO", sentence=sentence).name == "Chicago"


def test_a_prefix_of_a_neighbourhood_is_no_town():
    sentence = "CHICAGO (AP) — A man was wounded by gunfire on Saturday in the Washington Heights neighborhood."
    text = "Man wounded | Our Paper\n\n" + sentence
    assert _geocoded(text, "CHICAGO", sentence=sentence).admin1 == "Illinois"
    assert _geocoded(text, "CHICAGO", sentence=sentence).name != "Washington"


def test_a_town_inside_a_county_dateline_keeps_its_own_state():
    text = ("JEFFERSON PARISH, La. - A teenager was found shot dead on Tuesday evening near a canal in Harvey, "
            "the sheriff's office said.")
    loc = _geocoded(text, "Harvey")
    assert loc.name == "Harvey" and loc.admin1 == "Louisiana"


def test_a_state_word_inside_a_longer_unknown_name_is_no_state():
    text = ("Jane Roe, 40 - The Homicide Report - Los Angeles Times\n\nJane Roe, a 40-year-old woman, died on "
            "Monday, two days after a shooting in Vermont Knolls, the coroner's office said.")
    loc = _geocoded(text, "Vermont")
    assert loc.name == "Vermont Knolls" and loc.admin1 == "California"
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "Vermont Knolls"


def test_a_state_before_a_shop_name_stays_the_state():
    text = "Gunman killed at Ohio Walmart\n\nA man who fired shots at shoppers was killed by police, officials said."
    assert _geocoded(text, "Ohio").admin1 == "Ohio"


def test_an_institution_named_after_a_town_is_no_mention_of_it():
    text = ("Police are investigating a double shooting on Saturday night. Both men were taken to Temple "
            "University Hospital, where one was listed in critical condition.")
    ctx = GeoContext.from_text(text, country="US")
    assert not ctx.places  # neither Temple (Texas) nor any other town: only the country hint
    loc = _geocoded(text, None)
    assert loc.name != "Temple"


def test_an_arrest_for_a_shooting_is_a_shooting_report():
    assert _relevance.exempt_cue("Strategic developments", [], ["A man faces charges for shooting at a neighbour's house."])
    assert _relevance.exempt_cue("Strategic developments", [], ["Two men were arrested in connection with the shooting."])
    assert not _relevance.exempt_cue("Strategic developments", ["detained"], ["Police fired shots and held four men."])
    assert not _relevance.exempt_cue("Protests", [], ["Hundreds marched over the police shooting of a teenager."])


def test_a_remote_violence_type_with_a_firearm_is_exempt_and_accused_is_no_court_word():
    assert _relevance.exempt_cue("Explosions/Remote violence", [], ["He died on Sunday after being shot in the street."])
    assert _relevance.exempt_cue("Violence against civilians", ["injured"], ["A girl accused of shooting a man was held."])
    assert not _relevance.exempt_cue("Violence against civilians", ["killed"], ["The judge set bail for the gunman."])


def test_a_street_named_like_a_town_is_no_mention_of_it():
    ctx = GeoContext.from_text("A second victim was found at Concord and Market streets near Vermont Avenue.",
                               country="US")
    assert not any(name == "Concord" for name in (p.name for p in _places(ctx)))
    ctx = GeoContext.from_text("It happened outside a diner on West Irving Park Road.", country="US")
    assert not any(p.name == "Irving" for p in _places(ctx))  # no town out of a street's name
    ctx = GeoContext.from_text("A second victim was found in Concord on Friday.", country="US")
    assert any(p.name == "Concord" for p in _places(ctx))


def _places(ctx: GeoContext) -> list:
    from crosstally.geo import get_gazetteer

    gz = get_gazetteer()
    return [gz.places[g] for g in ctx.places if g in gz.places]
