"""One report may tell one wave under two event types; its two claims still belong to one incident."""

from __future__ import annotations

from test_link_core import COAST, make_ext

from crosstally.link import link_events

WAVE = ("2025-03-06", "2025-03-10")


def _corpus(op_types: tuple[str, str]) -> list:
    battle = dict(COAST, date=WAVE, type="Battles", sub="Armed clash")
    vac = dict(COAST, date=WAVE)
    kinds = {"Battles": battle, "Violence against civilians": vac}
    return [
        make_ext("b1", "Wire A", "2025-03-09", [dict(battle, sentence="Fighters and security forces clashed along "
                                                       "the coast for four days.")]),
        make_ext("b2", "Wire B", "2025-03-10", [dict(battle, sentence="Clashes between gunmen and the army went on "
                                                       "across the coast.")]),
        make_ext("v1", "Monitor", "2025-03-10", [dict(vac, counts={"killed": 973}, sentence="The monitor put the "
                                                      "toll of civilians on the coast at 973.")]),
        make_ext("op", "Opinion", "2025-03-11", [
            dict(kinds[op_types[0]], sentence="Gunmen fought the army in the hills of the coast all week."),
            dict(kinds[op_types[1]], counts={"killed": 1200}, sentence="Over 1,200 civilians on the coast are dead."),
        ]),
        make_ext("v2", "Daily", "2025-03-12", [dict(vac, counts={"killed": 1383}, sentence="Civilian deaths on the "
                                                    "coast reached 1,383, the monitor said.")]),
    ]


def test_a_report_telling_a_clash_and_killings_lands_in_one_incident() -> None:
    result = link_events(_corpus(("Battles", "Violence against civilians")))
    top = [inc for inc in result.incidents if inc.parent_id is None]
    assert len(top) == 1, [(inc.id, inc.members) for inc in result.incidents]
    assert {k[0] for k in top[0].members} == {"b1", "b2", "v1", "op", "v2"}
    assert len(top[0].members) == 6


def test_two_claims_of_one_type_from_one_report_stay_apart() -> None:
    result = link_events(_corpus(("Violence against civilians", "Violence against civilians")))
    where = {k: inc.id for inc in result.incidents for k in inc.members}
    assert where[("op", 0)] != where[("op", 1)]
