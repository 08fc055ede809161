"""The pipeline's relevance policy (CROSSTALLY_RELEVANCE): off-topic documents lose their events but keep a
status and the reason; protest reports and shootings with victims keep theirs; 'off' never drops."""

from __future__ import annotations

import pytest

from crosstally.config import get_settings
from crosstally.pipeline import process
from crosstally.records import Document

# Our own texts (not devdata).
COURT = (
    "A man accused of stabbing his neighbour to death in a dispute over a borehole stood before a magistrate "
    "on Monday, who adjourned the hearing by a month for further investigation; he remains in custody, "
    "the prosecuting authority said. His lawyer said he would apply for bail."
)
PROTEST = (
    "Hundreds of nurses marched to the provincial health department on Wednesday to demand unpaid overtime, "
    "and police fired rubber bullets and tear gas when some of the marchers blocked the road with burning tyres."
)
SHOOTING = (
    "A gunman opened fire at a tavern on Saturday night, leaving three people dead and two others wounded, "
    "police said. No arrests have been made."
)


def _run(text: str, policy: str):
    return process(Document(id=f"t-{policy}", text=text), get_settings(relevance=policy))


def test_default_policy_is_auto():
    assert get_settings().relevance == "auto" or pytest.skip("CROSSTALLY_RELEVANCE is set in the environment")


def test_court_report_loses_its_events_but_keeps_the_reason(nlp):
    off = _run(COURT, "off")
    assert off.events, "the extract stage should find the killing (else this test tests nothing)"
    auto = _run(COURT, "auto")
    assert auto.events == []
    assert auto.document.status == "no_event"
    assert any(r.startswith("no_event: not a conflict or protest report (relevance p=") for r in auto.document.reasons)


def test_protest_report_keeps_its_events(nlp):
    for policy in ("auto", "all", "weak"):
        ex = _run(PROTEST, policy)
        assert ex.events and ex.document.status == "ok", (policy, ex.document.reasons)


def test_shooting_with_victims_is_kept_under_auto(nlp):
    ex = _run(SHOOTING, "auto")
    assert ex.events and ex.document.status == "ok", ex.document.reasons
    assert any(c.kind == "killed" for e in ex.events for c in e.counts)
