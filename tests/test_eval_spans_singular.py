"""The evidence-span check accepts a lone victim named without a figure, and still fails spans that don't hold it."""

from __future__ import annotations

import pytest

from crosstally.eval._scoring import names_one_person, span_checks

DOC = ("Police said Okafor was killed near the market late on Friday. The company said its profit was hurt by "
       "the storm. Profit was hurt again in March.")


@pytest.mark.parametrize(
    "span",
    ["He was pronounced dead", "a man was shot", "killing his wife", "the victim was shot", "shot him",
     "Okafor was killed", "the trooper's death"],
)
def test_singular_person_supports_one(span):
    assert names_one_person(span, DOC)


@pytest.mark.parametrize("span", ["hurt the dollar", "Profit was hurt", "the roads were closed", "were killed"])
def test_spans_without_a_person_fail(span):
    assert not names_one_person(span, DOC)


def _contract(span: str, low: int) -> dict:
    text = f"Reporters wrote that {span} after the attack."
    a = text.index(span)
    count = {"kind": "killed", "low": low, "evidence": [{"start": a, "end": a + len(span)}]}
    return {"text": text, "events": [{"counts": [count]}]}


def test_span_check_one_victim_and_mismatch():
    assert span_checks(_contract("he was pronounced dead", 1)) == [("count", True)]
    assert span_checks(_contract("he was pronounced dead", 2)) == [("count", False)]  # a person is one, not two
    assert span_checks(_contract("the prices fell", 1)) == [("count", False)]
    assert span_checks(_contract("three people died", 3)) == [("count", True)]
