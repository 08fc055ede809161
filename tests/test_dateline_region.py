"""A dateline whose second part names no known country or state ('KESSIN, Valdoria') must not move the
event to a same-named town in a country the text never names; real datelines keep working.

Texts are our own; Valdoria and Ruritania are invented, the other places are real.
"""

from __future__ import annotations

import pytest

from crosstally.geo import geocode, get_gazetteer, infer_country
from crosstally.geo._anchor import dateline_region, names_unit_of
from crosstally.geo._context import METHOD_UNKNOWN_REGION
from crosstally.records import Document, Event, Extraction, Location, Span


def _geocoded(text: str, word: str, country: str | None = None) -> tuple[Location, Document]:
    i = text.index(word, 20)  # the mention in the body, not the dateline
    loc = Location(name=word, mention=word, evidence=[Span(i, i + len(word))])
    ev = Event(event_type="Violence against civilians", sub_event_type="Attack", location=loc,
               evidence=[Span(0, len(text))])
    doc = Document(text=text, meta={"country": country} if country else {})
    ex = Extraction(document=doc, events=[ev])
    geocode(ex)
    assert ex.events[0].location is not None
    return ex.events[0].location, doc


INVENTED = ("KESSIN, Valdoria (Example Wire) - Gunmen killed three farmers at a market in Kessin on Sunday, "
            "the district office said.")


def test_dateline_region_reads_town_and_region():
    dr = dateline_region(INVENTED)
    assert dr is not None and (dr.town, dr.region) == ("KESSIN", "Valdoria")
    dr = dateline_region("BANIYAS, Syria, March 9 (Example Wire) - Shelling hit the port.")
    assert dr is not None and dr.region == "Syria"
    assert dateline_region("KABUL, Monday (Example Wire) - A blast hit the city.") is None
    assert dateline_region("Gunmen killed three farmers in Kessin on Sunday.") is None


def test_names_unit_of_checks_the_towns_own_country():
    gz = get_gazetteer()
    jableh = next(p for p in gz.lookup("Jableh") if p.country_code == "SY")
    kessin = next(p for p in gz.lookup("Kessin") if p.country_code == "DE")
    assert names_unit_of(gz, "Syria", jableh)
    assert names_unit_of(gz, "Latakia", jableh)
    assert not names_unit_of(gz, "Kenya", jableh)
    assert not names_unit_of(gz, "Valdoria", kessin)


def test_invented_region_leaves_the_namesake_unresolved():
    loc, doc = _geocoded(INVENTED, "Kessin")
    assert loc.country_code is None and loc.geonameid is None and loc.lat is None
    assert loc.name == "Kessin" and loc.method == METHOD_UNKNOWN_REGION and loc.confidence == 0.0
    assert any("Valdoria" in r and "unresolved" in r for r in doc.reasons)
    # nor does the namesake decide the document's country
    assert infer_country(INVENTED).code is None


def test_invented_region_in_the_hint_country_keeps_the_town():
    text = ("SPRINGFIELD, Ruritania (Example Wire) - Two men were shot and wounded outside a bar in Springfield "
            "late on Friday, police said.")
    loc, _ = _geocoded(text, "Springfield")
    assert loc.country_code is None
    loc, doc = _geocoded(text, "Springfield", country="US")  # the caller says the feed is American
    assert loc.country_code == "US" and loc.geonameid is not None and not doc.reasons


def test_a_country_the_text_names_keeps_the_town():
    text = ("KESSIN, Valdoria (Example Wire) - Gunmen killed three farmers at a market in Kessin, in Germany's "
            "north-east, on Sunday, the district office said.")
    loc, doc = _geocoded(text, "Kessin")
    assert loc.country_code == "DE" and not doc.reasons


@pytest.mark.parametrize(("text", "word", "cc", "admin1"), [
    ("JABLEH, Syria (Example Wire) - Gunmen killed four civilians in Jableh on Tuesday, a local monitor said.",
     "Jableh", "SY", "Latakia"),
    ("GARISSA, Kenya (Example Wire) - Attackers killed two police officers in Garissa on Monday, police said.",
     "Garissa", "KE", "Garissa"),
    ("ROCKBRIDGE CO., Va. - A man was shot and wounded in Rockbridge County on Friday night, deputies said.",
     "Rockbridge County", "US", "Virginia"),
    ("Memphis, Tenn. - A woman was shot and killed in Memphis on Sunday night, police said.",
     "Memphis", "US", "Tennessee"),
])
def test_real_datelines_keep_working(text: str, word: str, cc: str, admin1: str):
    loc, doc = _geocoded(text, word)
    assert loc.country_code == cc and loc.admin1 == admin1 and loc.geonameid is not None
    assert not any("unresolved" in r for r in doc.reasons)
