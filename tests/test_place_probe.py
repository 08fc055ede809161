"""Short news leads we wrote ourselves, scored on the place (city, state, country) and date of the main event.

Why: GVDB's city reads 0.904 on dev but 0.753 on test: place rules fitted to dev rows do not generalise, and issue 3
re-checks the figures on held-back "more news articles". ``tests/fixtures/place_probe.jsonl`` holds 40 news leads
(40-150 words, invented incidents and people, real places): 26 US (datelines with and without a state, a station's
city vs the incident's town, suburbs, unincorporated county areas, neighbourhoods and streets of big cities, towns
named like bigger places elsewhere, a town named only mid-text, a resident of one town hurt in another) and 14
elsewhere (UK, Ireland, Canada, India, Pakistan, Nigeria, Kenya, South Africa, Mexico, Colombia, the Philippines,
Indonesia, Iraq, Syria; a wire dateline city vs the town where it happened). It is a TUNE set: its failures may be
read and fixed as classes. ``tests/test_place_probe_heldout.py`` holds its held-out twins. Conventions:
``tests/fixtures/place_probe.README.md``.

Every lead runs through the real pipeline with no country hint (as the JSONL contract runs). The city is compared
by the eval's GVDB rule (``crosstally.eval.same_city``), the state by ``same_place`` on the output's admin1, the
country by ISO code, the date as the acled-csv export writes it (``event_date``).

Run ``python tests/test_place_probe.py OUT.jsonl`` on the output of
``crosstally extract --jsonl tests/fixtures/place_probe.jsonl --out OUT.jsonl`` for the table and the failures.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosstally.eval import same_city, same_place
from crosstally.eval._scoring import event_date, first_event

FIXTURE = Path(__file__).parent / "fixtures" / "place_probe.jsonl"
FIELDS = ("city", "state", "country", "date")

# History (40 leads, no country hint; one lead = 0.025):
# 2026-11-26, as written, before any change made for it: coverage 0.975, city 0.750, state 0.925, country 0.975,
#   date 0.975.
# 2026-11-26, after the fixes made from its failures (a town before a reference city, a state body after a town, a
#   town with its own police, a wire dateline's lede town, a unit word cut off a mention): coverage 0.975, city
#   0.950, state 0.900, country 0.975, date 0.975.
# Floors sit one lead below, since other stages (relevance, events) change under this set too.
FLOORS: dict[str, float] = {
    "coverage": 0.95,
    "city": 0.925,
    "state": 0.875,
    "country": 0.95,
    "date": 0.95,
}


def rows_of(path: Path = FIXTURE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_places(rows: list[dict[str, Any]], outputs: list[dict[str, Any]]
                 ) -> tuple[dict[str, float], list[tuple[str, str, Any, Any]]]:
    """Shares of leads whose main event has the gold city / state / country / date, and the failures."""
    hits: dict[str, int] = {k: 0 for k in ("coverage", *FIELDS)}
    fails: list[tuple[str, str, Any, Any]] = []
    for row, out in zip(rows, outputs, strict=True):
        g = row["gold"]
        ev = first_event(out)
        loc = (ev or {}).get("location") or {}
        got = {"city": loc.get("name"), "state": loc.get("admin1"), "country": loc.get("country_code"),
               "date": event_date(ev)}
        ok = {"coverage": ev is not None, "city": same_city(loc, g["city"]),
              "state": same_place(loc.get("admin1"), g["state"]), "country": got["country"] == g["country"],
              "date": got["date"] == date.fromisoformat(g["date"])}
        for k, v in ok.items():
            hits[k] += v
            if not v and k != "coverage":
                fails.append((row["id"], k, g[k], got[k]))
    n = len(rows)
    return {k: round(v / n, 3) for k, v in hits.items()}, fails


def check_shape(rows: list[dict[str, Any]], n: int, n_us: int) -> None:
    """Ids, gold fields, 40-150 words, the city in the text, published 0-3 days after the event."""
    assert len(rows) == n and len({r["id"] for r in rows}) == n
    assert sum(r["gold"]["country"] == "US" for r in rows) == n_us
    for r in rows:
        g = r["gold"]
        assert set(g) == set(FIELDS), r["id"]
        assert 40 <= len(r["text"].split()) <= 150, r["id"]
        assert g["city"].lower() in r["text"].lower(), r["id"]
        assert 0 <= (date.fromisoformat(r["published"]) - date.fromisoformat(g["date"])).days <= 3, r["id"]


def run_pipeline(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every lead through the real pipeline, no country hint, as contract dicts."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    return [process(Document(text=r["text"], published=date.fromisoformat(r["published"]), input_id=r["id"]))
            .to_contract() for r in rows]


def check_floors(rows: list[dict[str, Any]], outs: list[dict[str, Any]], floors: dict[str, float],
                 show_failures: bool = True) -> None:
    metrics, fails = score_places(rows, outs)
    detail = "\n".join(f"{i} {k}: gold={g} got={o}" for i, k, g, o in fails) if show_failures else ""
    for k, floor in floors.items():
        assert metrics[k] >= floor, f"{k} fell to {metrics[k]} (floor {floor}); {metrics}\n{detail}"


@pytest.fixture(scope="module")
def place_outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = rows_of()
    return rows, run_pipeline(rows)


def test_fixture_shape() -> None:
    check_shape(rows_of(), 40, 26)


def test_place_probe_floors(place_outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*place_outputs, FLOORS)


def main(path: Path, show_failures: bool = True) -> None:
    """Print the shares (and, for a tune set, the failures) of an ``extract --jsonl`` output of ``path``'s leads."""
    outputs = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
    metrics, fails = score_places(rows_of(path), outputs)
    print(json.dumps(metrics))
    if show_failures:
        for i, k, g, o in fails:
            print(f"  {i:<32}{k:<8}gold={g}  got={o}")


if __name__ == "__main__":
    main(FIXTURE)
