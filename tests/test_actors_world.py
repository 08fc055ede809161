"""Actor resolution outside the regions it was tuned on (Afghanistan, Kenya): names as ACLED writes them elsewhere.

Why: the held-back sets are other ACLED regions; a generic actor must carry ACLED's spelling of the country, a
nationality must name its own state's force, and a group's country-bound aliases must not leak abroad.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.actors import country_name, national_force, resolve_mention


@pytest.mark.parametrize(("mention", "country", "when", "name", "inter"), [
    # ACLED's spelling of the country, and the article of state actors
    ("civilians", "CD", None, "Civilians (Democratic Republic of Congo)", 7),
    ("villagers", "PS", None, "Civilians (Palestine)", 7),
    ("police officers", "PH", date(2021, 8, 14), "Police Forces of the Philippines (2016-2022)", 1),
    ("Military Forces of the Philippines (2016-2022)", None, None, "Military Forces of the Philippines (2016-2022)", 1),
    # a nationality names its state's force; abroad it is an external force (inter 8)
    ("Sudanese Armed Forces", "SD", date(2023, 4, 15), "Military Forces of Sudan (2019-)", 1),
    ("soldiers of the Philippine Army", None, date(2019, 4, 2), "Military Forces of the Philippines (2016-2022)", 1),
    # ACLED names the Saudi-led coalition in Yemen by its operation (actors.yaml v11)
    ("Saudi-led coalition", "YE", date(2018, 8, 9), "Operation Restoring Hope", 8),
    # the knowledge base's actors of other regions, with the period of the event's date
    ("Boko Haram fighters", "NG", date(2020, 6, 13), "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2),
    ("FARDC soldiers", "CD", date(2022, 5, 22), "Military Forces of the Democratic Republic of Congo (2019-)", 1),
    ("Nigerian troops", "NG", date(2016, 1, 5), "Military Forces of Nigeria (2015-2023)", 1),
    ("RSF fighters", "SD", date(2023, 6, 14), "Rapid Support Forces", 2),
    # Islamic State's branch is the event country's
    ("Islamic State militants", "MZ", None, "Islamic State (Mozambique)", 2),
    ("Islamic State militants", "AF", None, "Islamic State (Afghanistan)", 2),
    # the group holding a place, a group retaken from
    ("position of the PKK in the Qandil mountains", "IQ", None, "PKK: Kurdistan Workers Party", 2),
    ("town of Aborey in Hiraan region from Al Shabaab", "SO", None, "Al Shabaab", 2),
])
def test_resolves_as_acled_names_it(mention: str, country: str | None, when: date | None, name: str,
                                    inter: int) -> None:
    actor, _ = resolve_mention(mention, country, when)
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


def test_people_at_a_group_office_stay_unresolved() -> None:
    # only a place a group holds (position, base, camp...) names it: a gathering is the people gathered
    actor, _ = resolve_mention("gathering at the opening of a PDF office in Pazigyi", "MM")
    assert actor is None


def test_bare_rebels_are_an_unidentified_group_not_a_guess() -> None:
    actor, _ = resolve_mention("rebels", "PH")
    assert actor is not None and actor.name == "Unidentified Armed Group (Philippines)"


def test_national_force_in_text() -> None:
    text = "On 8 April 2022, a Russian missile hit the railway station in Kramatorsk."
    found = national_force(text, "UA", date(2022, 4, 8))
    assert found is not None
    actor, a, b = found
    assert actor.name == "Military Forces of Russia (2000-)" and actor.inter == 8
    assert text[a:b] == "Russian missile"
    # "us" is not the US, and a nationality before a non-force word names no force
    assert national_force("they told us soldiers came", None) is None
    assert national_force("Somali gunmen attacked a bus", "KE") is None


def test_country_name_spelling() -> None:
    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("KE") == "Kenya"


def test_named_groups_are_not_the_state_their_adjective_names() -> None:
    # a rebel group named with a nationality is that group, never its state's army
    assert national_force("fighters of the Free Syrian Army attacked", "SY") is None
    assert national_force("Syrian Democratic Forces fighters clashed", "SY") is None
    actor, _ = resolve_mention("Syrian Democratic Forces", "SY")
    assert actor is not None and actor.name == "SDF: Syrian Democratic Forces"
