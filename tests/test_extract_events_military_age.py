""""Men of military age" are the people shot, not an armed side.

Why: the phrase describes who was targeted in house-to-house killings; read as "military" it made a one-sided
attack on civilians a battle (the demo's Jableh report did this until definitions 2.2).
"""

from crosstally.extract import _model

TEXT = ("Villagers began burying their dead on Monday after gunmen went from house to house over three days "
        "shooting men of military age.")


def test_military_age_is_no_military_side() -> None:
    toks = _model.argument_tokens(TEXT)
    assert "has_military" not in toks
    assert "one_sided_armed" in toks or "one_sided_far" in toks


def test_house_to_house_killings_of_men_are_an_attack() -> None:
    assert _model.predict([TEXT])[0][:2] == ("Violence against civilians", "Attack")


def test_soldiers_are_still_military() -> None:
    assert "has_military" in _model.argument_tokens("The military shelled the village, killing four people.")


def test_the_demo_report_of_house_to_house_killings_has_no_battle(nlp) -> None:  # nlp: the real model, loaded once
    """demo-020 (our own demo corpus): the rules path read 'gunmen ... shooting men of military age' as two armed
    sides until event_triggers 2.6."""
    import json
    from datetime import date
    from pathlib import Path

    from crosstally.pipeline import process
    from crosstally.records import Document

    corpus = Path(__file__).resolve().parents[1] / "demo" / "corpus" / "reports.jsonl"
    row = next(r for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines()) if r.get("id") == "demo-020")
    ext = process(Document(text=row["text"], published=date.fromisoformat(row["published"][:10]), input_id=row["id"]))
    assert ext.events
    assert all(e.event_type != "Battles" for e in ext.events)


def test_a_toll_of_men_of_military_age_is_no_armed_toll() -> None:
    """The toll rule sorts victims by the words of their group; the phrase is read the same way there."""
    from crosstally.extract._event_tolls import _group_class

    assert not _group_class("men of military age").startswith("armed")
    assert _group_class("soldiers") == "armed_state"
