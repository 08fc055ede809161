"""The scorers on hand-made contract dicts: every metric must move when the output is wrong."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crosstally.eval import EvalReport, GoldRow, actor_matches, same_place, score_outputs, span_checks
from crosstally.eval._scoring import fatalities_of, haversine_km, score_acled, score_glocon, score_gvdb

TEXT = "On 4 March 2020, Taliban fighters attacked a checkpoint in Qalat, Zabul, killing three soldiers."


def _event(**over):
    ev = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "date": {"start": "2020-03-04", "end": "2020-03-04", "precision": 1,
                 "evidence": [{"start": 3, "end": 15}], "phrase": "4 March 2020"},
        "location": {"name": "Qalat", "admin1": "Zabul", "lat": 32.10, "lon": 66.90, "precision": 1,
                     "evidence": [{"start": 59, "end": 64}], "mention": "Qalat"},
        "actors": [
            {"role": "actor1", "name": "Taliban", "mention": "Taliban fighters", "evidence": [{"start": 17, "end": 33}]},
            {"role": "actor2", "name": "Afghan soldiers", "mention": "soldiers", "evidence": [{"start": 87, "end": 95}]},
        ],
        "fatalities": {"low": 3, "best": 3, "high": None},
        "counts": [{"kind": "killed", "low": 3, "high": None, "qualifier": "exact",
                    "evidence": [{"start": 73, "end": 95}]}],
        "evidence": [{"start": 0, "end": len(TEXT)}],
    }
    ev.update(over)
    return ev


def _out(events):
    return {"id": "r1", "status": "ok" if events else "no_event", "text": TEXT, "events": events}


GOLD = {
    "event_date": date(2020, 3, 4), "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Taliban", "actor2": "Military Forces of Afghanistan (2014-)", "admin1": "Zabul",
    "location": "Qalat", "lat": 32.1058, "lon": 66.9083, "fatalities": 3,
}


def test_text_offsets_of_fixture_are_right():
    assert TEXT[3:15] == "4 March 2020"
    assert TEXT[59:64] == "Qalat"
    assert TEXT[17:33] == "Taliban fighters"
    assert TEXT[87:95] == "soldiers"


def test_perfect_acled_row_scores_one():
    m, rows = score_acled([GOLD], [_out([_event()])], ["r1"])
    for k in ("coverage", "event_type_accuracy", "sub_event_type_weighted_f1", "fatalities_exact",
              "fatalities_exact_with_deaths", "date_exact", "admin1_accuracy", "location_accuracy",
              "within_25km", "actor1_accuracy", "actor2_accuracy", "evidence_spans_ok"):
        assert m[k] == 1.0, k
    assert rows[0].failed == []


def test_wrong_fields_are_caught():
    ev = _event(event_type="Violence against civilians", sub_event_type="Attack",
                fatalities={"low": 2, "best": 2, "high": None},
                date={"start": "2020-03-07", "end": "2020-03-07", "precision": 1, "evidence": [], "phrase": ""},
                location={"name": "Kabul", "admin1": "Kabul", "lat": 34.52, "lon": 69.18, "evidence": []})
    m, rows = score_acled([GOLD], [_out([ev])], ["r1"])
    assert m["event_type_accuracy"] == 0.0
    assert m["fatalities_exact"] == 0.0 and m["fatalities_within_one"] == 1.0
    assert m["date_exact"] == 0.0 and m["admin1_accuracy"] == 0.0 and m["within_100km"] == 0.0
    assert {"event_type_accuracy", "date_exact", "admin1_accuracy"} <= set(rows[0].failed)


def test_no_event_scores_zero_and_fatalities_zero_only_right_without_deaths():
    no_death = dict(GOLD, fatalities=0)
    m, _ = score_acled([GOLD, no_death], [_out([]), _out([])], ["a", "b"])
    assert m["coverage"] == 0.0
    assert m["fatalities_exact"] == 0.5
    assert m["fatalities_exact_with_deaths"] == 0.0
    assert m["n_with_deaths"] == 1


def test_bad_evidence_span_is_counted():
    ev = _event(counts=[{"kind": "killed", "low": 3, "evidence": [{"start": 0, "end": 10}]}])
    checks = span_checks(_out([ev]))
    assert ("count", False) in checks
    out_of_range = _event(actors=[{"role": "actor1", "name": "Taliban", "mention": "Taliban",
                                   "evidence": [{"start": 90, "end": 900}]}])
    assert ("actor", False) in span_checks(_out([out_of_range]))


def test_number_words_and_sums_satisfy_count_spans():
    text = "two policemen and a civilian were killed; dozens were hurt"
    out = {"text": text, "events": [{"counts": [
        {"kind": "killed", "low": 3, "evidence": [{"start": 0, "end": 40}]},
        {"kind": "injured", "low": 12, "evidence": [{"start": 42, "end": 48}]},
    ]}]}
    assert span_checks(out) == [("count", True), ("count", True)]


@pytest.mark.parametrize(("pred", "gold", "ok"), [
    (["Taliban", "Taliban fighters"], "Taliban", True),
    (["Afghan forces"], "Military Forces of Afghanistan (2014-)", True),
    (["Military Forces of Afghanistan (2014-2021)"], "Military Forces of Afghanistan (2014-)", True),
    (["Police Forces of Afghanistan"], "Police Forces of Afghanistan (2014-) Afghan Local Police", True),
    (["Pokot raiders"], "Pokot Ethnic Militia (Kenya)", True),
    (["SLDF"], "SLDF: Sabaot Land Defence Force", True),
    (["civilians"], "Civilians (Kenya)", True),
    (["Taliban"], "Military Forces of Afghanistan (2014-)", False),
    (["Turkana raiders"], "Pokot Ethnic Militia (Kenya)", False),
    ([], "Taliban", False),
])
def test_actor_alias_matching(pred, gold, ok):
    assert actor_matches(pred, gold) is ok


def test_place_matching_tolerates_transliteration_and_admin_words():
    assert same_place("Nangarhār Province", "Nangarhar")
    assert same_place("Jablah", "Jableh")
    assert not same_place("Kabul", "Kandahar")
    assert not same_place(None, "Kabul")


def test_haversine_known_distance():
    # Kabul to Kandahar is about 457 km as the crow flies.
    assert 440 < haversine_km(34.5167, 69.1833, 31.6133, 65.7101) < 475


def test_gvdb_scoring_counts_killed_injured_city():
    text = "Two men were shot dead and a woman was wounded in Dayton on Friday."
    gold = {"killed": 2, "injured": 1, "city": "Dayton", "city_span": (50, 56), "date": date(2016, 5, 6)}
    ev = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
          "fatalities": {"low": 2, "best": 2, "high": None},
          "counts": [{"kind": "killed", "low": 2, "evidence": [{"start": 0, "end": 32}]},
                     {"kind": "injured", "low": 1, "evidence": [{"start": 27, "end": 46}]}],
          "location": {"name": "Dayton", "admin1": "Ohio", "evidence": [{"start": 50, "end": 56}]},
          "date": {"start": "2016-05-06", "end": "2016-05-06", "evidence": [{"start": 60, "end": 66}],
                   "phrase": "Friday"}}
    out = {"status": "ok", "text": text, "_input_text": text, "events": [ev]}
    m, _ = score_gvdb([gold], [out], ["g"])
    assert m["killed_exact"] == m["injured_exact"] == m["city_accuracy"] == m["city_span_overlap"] == 1.0
    assert m["date_exact"] == 1.0 and m["evidence_spans_ok"] == 1.0
    m2, _ = score_gvdb([dict(gold, injured=2)], [out], ["g"])
    assert m2["injured_exact"] == 0.0


def test_glocon_relevance_prf():
    golds = [{"relevant": True}, {"relevant": True}, {"relevant": False}, {"relevant": False}]
    outs = [_out([_event()]), _out([]), _out([_event()]), _out([])]
    m, rows = score_glocon(golds, outs, ["a", "b", "c", "d"])
    assert m["relevance_precision"] == 0.5 and m["relevance_recall"] == 0.5 and m["relevance_f1"] == 0.5
    assert rows[1].failed == ["relevance_false_negative"]


def test_fatalities_score_what_the_acled_export_writes():
    # a killed count that extraction kept out of the event's toll (a grievance, an earlier event) scores 0
    assert fatalities_of({"fatalities": {"low": None, "best": None}, "counts": [{"kind": "killed", "low": 4}]}) == 0
    assert fatalities_of({"fatalities": {"low": 3, "best": 5}, "counts": [{"kind": "killed", "low": 5}]}) == 3
    assert fatalities_of(None) == 0


def test_report_table_json_and_error_report():
    rows = [GoldRow("r1", TEXT, date(2020, 3, 7), GOLD), GoldRow("r2", TEXT, date(2020, 3, 7), GOLD)]
    report = score_outputs("acled-afghanistan", "dev", rows, [_out([_event()]), _out([])])
    assert isinstance(report, EvalReport)
    data = json.loads(report.to_json())
    assert data["metrics"]["coverage"] == 0.5 and data["passes"]["event_type_accuracy"] is False
    worst = report.worst_rows(5)
    assert [r.id for r in worst] == ["r2"]
    assert report.failure_counts()["coverage"] == 1
    from rich.console import Console

    console = Console(record=True, width=160)
    console.print(report.to_table())
    console.print(report.error_report(5))
    out = console.export_text()
    assert "event_type_accuracy" in out and "r2" in out and "miss" in out


@pytest.mark.parametrize(("pred", "gold", "ok"), [
    (["2 soldiers"], "Military Forces of Afghanistan (2014-)", True),
    (["1 Afghan soldier"], "Military Forces of Afghanistan (2014-)", True),
    (["Taliban militants in Aqcha district"], "Taliban", True),
    (["Afghan"], "Taliban", False),
    (["3 civilians"], "Taliban", False),
])
def test_actor_matching_ignores_counts_and_trailing_places(pred, gold, ok):
    assert actor_matches(pred, gold) is ok


def test_date_stated_only_when_the_text_names_the_day():
    from crosstally.eval._scoring import date_stated

    assert date_stated("On 4 March 2020, fighting broke out.", date(2020, 3, 4))
    assert date_stated("On March 4th fighting broke out.", date(2020, 3, 4))
    assert not date_stated("Fighting broke out in Qalat.", date(2020, 3, 4))
    assert not date_stated("On 14 March 2020, fighting broke out.", date(2020, 3, 4))
    m, _ = score_acled([GOLD, GOLD], [_out([_event()]), {**_out([_event()]), "text": "No date here."}], ["a", "b"])
    assert m["n_date_stated"] == 1 and m["date_exact_when_stated"] == 1.0


def test_place_matching_ignores_a_leading_the_and_short_forms():
    assert same_place("The Bronx", "Bronx")
    assert same_place("Saint George", "St. George")
    assert same_place("Fort Smith", "FORT SMITH") and same_place("Ft. Smith", "Fort Smith")
    assert not same_place("Saint George", "George")
    assert not same_place("The Hague", "Haguenau")


def test_gvdb_city_when_event_leaves_out_rows_without_an_event():
    text = "A man was shot in Dayton on Friday."
    gold = {"killed": 0, "injured": 1, "city": "Dayton", "city_span": (18, 24), "date": None}
    ev = {"event_type": "Violence against civilians", "sub_event_type": "Attack", "counts": [],
          "location": {"name": "Dayton", "evidence": [{"start": 18, "end": 24}]}}
    with_event = {"status": "ok", "text": text, "_input_text": text, "events": [ev]}
    without = {"status": "no_event", "text": text, "_input_text": text, "events": []}
    m, rows = score_gvdb([gold, gold], [with_event, without], ["a", "b"])
    assert m["city_accuracy"] == 0.5 and m["city_accuracy_when_event"] == 1.0
    assert "city_accuracy" in rows[1].failed and "city_accuracy_when_event" not in rows[1].failed


def test_gvdb_injured_is_the_events_total_not_its_largest_count():
    from crosstally.eval._scoring import injured_of

    ev = {"counts": [
        {"kind": "injured", "low": 1, "high": 1, "group": "18-year-old man", "attributed_to": "Police",
         "evidence": [{"start": 10, "end": 40}]},
        {"kind": "injured", "low": 1, "high": 1, "group": "Another man", "evidence": [{"start": 60, "end": 80}]},
        {"kind": "killed", "low": 4, "high": 4, "group": "people", "evidence": [{"start": 90, "end": 99}]},
    ]}
    assert injured_of(ev) == 2
    repeated = {"counts": [
        {"kind": "injured", "low": 3, "group": "people", "evidence": [{"start": 0, "end": 9}]},
        {"kind": "injured", "low": 3, "group": None, "evidence": [{"start": 50, "end": 59}]},
    ]}
    assert injured_of(repeated) == 3
    assert injured_of(None) == injured_of({"counts": []}) == 0


def test_gold_offsets_follow_the_cleaned_text() -> None:
    """Cleaning inserts breaks after glued headlines and drops debris: a gold span of the input is carried over."""
    from crosstally.eval._scoring import _mapped_span

    src = "Man hurt | KXYZ HomeDAYTON, Ohio - A man was shot in Dayton on Friday. Share this story"
    dst = "Man hurt | KXYZ Home\n\nDAYTON, Ohio - A man was shot in Dayton on Friday."
    start = src.index("Dayton on")
    got = _mapped_span(src, dst, start, start + len("Dayton"))
    assert got is not None and dst[got[0]:got[1]] == "Dayton"
    assert _mapped_span(src, src, 3, 7) == (3, 7)
    tail = src.index("Share")
    assert _mapped_span(src, dst, tail, tail + 5) is None  # dropped with the debris
