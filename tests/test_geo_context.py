"""Round 2 of geocoding: mention expansion from the text, named regions, ASCII names, no namesakes abroad."""

from __future__ import annotations

from crosstally.geo import GeoContext, ascii_name, expand_mention, find_region, geocode, geocode_name
from crosstally.records import Document, Event, Extraction, Location, Span


def _expand(text: str, word: str) -> str:
    i = text.index(word)
    return expand_mention(text, i, i + len(word))


def test_expand_mention_takes_unit_words_and_containers():
    assert _expand("Two guards were shot near the Gerdani area, Shindand district, Herat. Police said.",
                   "Gerdani") == "Gerdani area, Shindand district, Herat"
    # A truncated multi-word name is widened on both sides.
    assert _expand("An attack on a post in Dawlat Abad district, Balkh, left one dead.", "Dawlat") == \
        "Dawlat Abad district, Balkh"
    assert _expand("Snipers fired in Nahri Saraj district, Helmand.", "Saraj") == "Nahri Saraj district, Helmand"
    # "X and Y districts, Z": Y is a sibling of X, not its container.
    assert _expand("Raids in Dih Bala and Sherzad districts, Nangarhar.", "Dih Bala") == "Dih Bala, Nangarhar"
    # Lower-case words end the chain.
    assert _expand("In Mombasa, police arrested four men.", "Mombasa") == "Mombasa"


def _event(text: str, word: str) -> Extraction:
    i = text.index(word)
    loc = Location(name=word, mention=word, evidence=[Span(i, i + len(word))])
    ev = Event(event_type="Violence against civilians", sub_event_type="Attack", location=loc, evidence=[Span(0, len(text))])
    return Extraction(document=Document(text=text), events=[ev])


def test_geocode_uses_the_district_and_province_after_the_mention():
    ex = _event("A guard died when fighters raided a post at Dawlat Abad district, Balkh, on Monday.", "Dawlat")
    geocode(ex)
    loc = ex.events[0].location
    assert loc is not None and loc.admin1 == "Balkh" and loc.country_code == "AF"
    assert loc.precision >= 2  # a district, not a town


def test_named_region_instead_of_the_country():
    ex = _event("Gunmen killed dozens of civilians in villages on Syria's coast over the weekend.", "Syria")
    geocode(ex)
    loc = ex.events[0].location
    assert loc is not None and loc.name == "Syrian coast" and loc.precision == 3
    assert loc.admin1 is not None and set(loc.admin1.split("; ")) == {"Latakia", "Tartus"}
    assert loc.mention == "Syria's coast"
    # A generic phrase ("the coastal areas") needs the document to be about that country.
    assert find_region("Storms hit the coastal areas.", GeoContext.from_text("Storms hit Kenya.")) is None
    ctx = GeoContext.from_text("Syrian forces entered Latakia. Syria's president spoke.")
    region = find_region("Clashes spread in the coastal areas.", ctx)
    assert region is not None and region.country_code == "SY"
    assert find_region("Shelling hit north west Syria again.").name == "Northwest Syria"


def test_names_are_plain_ascii_and_keep_the_written_alias():
    assert ascii_name("Ţarţūs") == "Tartus"
    assert ascii_name("Ḩamāh") == "Hamah"
    ctx = GeoContext.from_text("Fighting on the Syrian coast.")
    loc = geocode_name("Tartous", ctx)
    assert loc is not None and loc.name == "Tartous" and loc.admin1 == "Tartus"
    loc = geocode_name("Baniyas", ctx)
    assert loc is not None and loc.name.isascii() and loc.admin1 == "Tartus"


def test_context_outweighs_population_for_beni():
    ctx = GeoContext.from_text("Rebels attacked Beni in North Kivu province, eastern Congo, killing 12 people.")
    loc = geocode_name("Beni", ctx)
    assert loc is not None and loc.country_code == "CD"


def test_no_loose_spelling_match_abroad_without_context():
    # "Likoni" is not in the index; its consonant skeleton matches a US town, which must not be chosen.
    loc = geocode_name("Likoni", GeoContext.from_text("Gunmen shot a man at a building site in Likoni."))
    assert loc is None or loc.country_code != "US"


def test_iso3_codes_are_not_place_names():
    for word in ("AND", "Ind"):
        loc = geocode_name(word, GeoContext())
        assert loc is None or loc.country_code not in ("AD", "IN")


def test_glued_possessive_and_demonyms():
    ctx = GeoContext.from_text("Traders marched through Nairobi on Monday; Kenyan police watched.")
    loc = geocode_name("Nairobis CBD", ctx)  # notes often lose the apostrophe of "Nairobi's"
    assert loc is not None and loc.admin1 == "Nairobi" and loc.precision == 2
    assert geocode_name("Somali", ctx) is None  # a people, not Ethiopia's Somali Region
    turkana = geocode_name("Turkana", ctx)  # a people and also a Kenyan county
    assert turkana is not None and turkana.country_code == "KE"


def test_inner_district_before_the_extracted_province():
    text = "A roadside bomb killed four soldiers in Nad Ali district of Helmand province on Sunday."
    ex = _event(text, "Helmand")
    geocode(ex)
    loc = ex.events[0].location
    assert loc is not None and loc.admin1 == "Helmand" and loc.precision == 2
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "Nad Ali"


def test_near_cue_before_the_mention_gives_precision_2():
    ex = _event("Security forces clashed with gunmen near Jableh, killing 20, a monitor said.", "Jableh")
    geocode(ex)
    loc = ex.events[0].location
    assert loc is not None and loc.admin1 == "Latakia" and loc.precision == 2


def test_dateline_town_refines_a_state_but_never_a_country_or_region():
    text = "Local news | Channel 9GREELEY, Colo. - A man was shot dead outside a bar in Colorado on Friday."
    ex = _event(text, "Colorado")
    geocode(ex)
    loc = ex.events[0].location
    assert loc is not None and loc.name == "Greeley" and loc.precision == 2 and loc.method.endswith("dateline_town")
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "GREELEY"
    # A wire dateline (the capital) says nothing about where in the country the event was.
    ex = _event("DAMASCUS (Reuters) - Gunmen killed 12 people in Syria on Friday.", "Syria")
    geocode(ex)
    assert ex.events[0].location.name == "Syria"
    ex = _event("DAMASCUS (Reuters) - Gunmen killed 12 people on Syria's coast on Friday.", "Syria")
    geocode(ex)
    assert ex.events[0].location.name == "Syrian coast"
