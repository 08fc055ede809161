"""Actors round 10b: Kenya's state actors under ACLED's current period names, and near matches that lack a country.

ACLED closed the 2013 period of Kenya's police, military and government when Ruto took office on 13 September 2022:
'Police Forces of Kenya (2013-2022)' up to 12 September 2022, '(2022-)' from the 13th. Users match our ACLED CSV
against ACLED's own export by exact name, so the suffix must be ACLED's current one. Separately, 'border guards'
must not become Saudi Arabia's army by a near match to 'Saudi border guards' outside Saudi Arabia.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from crosstally.actors import period_suffix, resolve_mention
from crosstally.actors._kb import get_kb
from crosstally.eval import actor_matches
from crosstally.export import export
from crosstally.records import Document

LAST_OLD, FIRST_NEW = date(2022, 9, 12), date(2022, 9, 13)


@pytest.mark.parametrize("mention,base", [
    ("police", "Police Forces of Kenya"),
    ("KDF soldiers", "Military Forces of Kenya"),
    ("Kenyan government", "Government of Kenya"),
])
def test_kenya_state_actors_close_the_2013_period_on_12_september_2022(mention: str, base: str) -> None:
    assert resolve_mention(mention, "KE", date(2016, 4, 2))[0].name == f"{base} (2013-2022)"
    assert resolve_mention(mention, "KE", LAST_OLD)[0].name == f"{base} (2013-2022)"
    assert resolve_mention(mention, "KE", FIRST_NEW)[0].name == f"{base} (2022-)"
    assert resolve_mention(mention, "KE", date(2010, 3, 1))[0].name == f"{base} (2002-2013)"


def test_the_generic_period_and_the_knowledge_base_agree() -> None:
    # the generic template's suffix and the KB entry's name must be the same string, or the entry is not used
    assert period_suffix("KE", LAST_OLD) == " (2013-2022)"
    assert period_suffix("KE", FIRST_NEW) == " (2022-)"
    actor = resolve_mention("officers", "KE", date(2019, 1, 20))[0]
    assert actor is not None and actor.id == "police-kenya-2013" and actor.name.endswith("(2013-2022)")


def test_the_open_spelling_of_older_exports_still_names_the_force() -> None:
    kb = get_kb()
    for old, new in [("Police Forces of Kenya (2013-)", "Police Forces of Kenya (2013-2022)"),
                     ("Military Forces of Kenya (2013-)", "Military Forces of Kenya (2013-2022)"),
                     ("Government of Kenya (2013-)", "Government of Kenya (2013-2022)")]:
        found = kb.exact(old, "KE", date(2015, 2, 1))
        assert found is not None and found.name == new
        # the eval's scorer compares without the period: a gold '(2013-)' row is matched by the new name
        assert actor_matches([new], old)


def test_the_pipeline_and_the_acled_csv_carry_the_current_names(nlp) -> None:
    from crosstally.pipeline import process

    text = ("On 4 June 2021, police in Eldoret, Uasin Gishu county, shot dead a man they said had robbed a "
            "petrol station; relatives said he was a mechanic.")
    later = ("On 3 March 2023, police in Eldoret, Uasin Gishu county, shot dead a man they said had robbed a "
             "petrol station; relatives said he was a mechanic.")
    exs = [process(Document(text=text, published=date(2021, 6, 7))),
           process(Document(text=later, published=date(2023, 3, 6)))]
    buf = io.StringIO()
    export(exs, "acled-csv", buf, timestamp=1741600000)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    names = [{r["actor1"], r["actor2"]} for r in rows]
    assert any("Police Forces of Kenya (2013-2022)" in n for n in names)
    assert any("Police Forces of Kenya (2022-)" in n for n in names)
    assert not any("Police Forces of Kenya (2013-)" in n for n in names)


@pytest.mark.parametrize("country", ["KE", "TJ", "SY", "YE", None])
def test_border_guards_are_no_saudi_force_outside_saudi_arabia(country: str | None) -> None:
    kb = get_kb()
    found = kb.lookup("border guards", country, date(2021, 5, 4))
    assert found is None or found.country != "SA"
    actor = resolve_mention("border guards", country, date(2021, 5, 4))[0]
    assert actor is None or "Saudi" not in actor.name


def test_a_near_match_lacking_the_country_holds_in_that_country_and_named_forces_still_resolve() -> None:
    kb = get_kb()
    # in Saudi Arabia the country the mention leaves out is the event's own
    assert kb.lookup("border guards", "SA", date(2021, 5, 4)).name.startswith("Military Forces of Saudi Arabia")
    # a mention that names the country keeps its force wherever it acts
    assert resolve_mention("Saudi border guards", "YE", date(2021, 5, 4))[0].name.startswith(
        "Military Forces of Saudi Arabia")
    # a demonym names the same country as the alias's country name
    kdf = resolve_mention("Kenyan Defence Force troops", "SO", date(2019, 8, 1))[0]
    assert kdf is not None and kdf.name == "Military Forces of Kenya (2013-2022)"


def test_a_name_with_no_period_on_the_date_takes_the_nearest_period_not_the_current_one() -> None:
    # county askaris exist since the 2013 counties: in a 2010 note the KB's nearest police period, never (2022-)
    assert resolve_mention("county askaris", "KE", date(2010, 3, 1))[0].name == "Police Forces of Kenya (2013-2022)"
    # and with no date the current name still wins
    assert resolve_mention("county askaris", "KE", None)[0].name == "Police Forces of Kenya (2022-)"


def test_border_guards_named_alone_are_the_event_countrys_police() -> None:
    # as "Tajik border guards" are Tajikistan's police (national_forces), bare border guards are the country's own
    assert resolve_mention("border guards", "KE", date(2021, 5, 4))[0].name == "Police Forces of Kenya (2013-2022)"
    assert resolve_mention("border guards", "TJ", date(2021, 5, 4))[0].name.startswith("Police Forces of Tajikistan")
