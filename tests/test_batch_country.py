"""The batch's country (geo.batch_country, pipeline.mark_batch_country) for documents that name none.

Texts are our own; places are real. A file of one feed's notes names its country in most of them; the
notes that name only a town shared with a neighbour ('Mbale': Uganda's city, and a town of Vihiga in
Kenya) read with that country, as they would under --country. Mixed batches give no prior.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosstally.cli import app
from crosstally.geo import METHOD_BATCH, METHOD_INFERRED, batch_country, document_country, infer_country
from crosstally.geo._batch_country import prior_from_batch
from crosstally.pipeline import mark_batch_country, with_batch_country
from crosstally.records import Document

KENYAN = [
    "On 2 May 2019, police in Garissa town dispersed traders protesting against a new levy.",
    "On 9 May 2019, residents of Kisumu county blocked a road over power cuts; police made arrests.",
    "On 11 May 2019, Kenyan police shot dead a robbery suspect in Nakuru.",
    "On 14 May 2019, boda boda riders in Mombasa protested against a crackdown by county officers.",
    "On 20 May 2019, students of a college in Eldoret, Kenya, burnt a dormitory over exam rules.",
    "On 23 May 2019, gunmen killed a herder near Lodwar in Turkana county.",
]
UGANDAN = [
    "On 3 June 2019, Ugandan police arrested opposition supporters in Kampala.",
    "On 6 June 2019, traders in Gulu, Uganda, closed their shops over taxes.",
    "On 8 June 2019, residents of Jinja protested against evictions; Ugandan police fired teargas.",
    "On 10 June 2019, UPDF soldiers clashed with cattle raiders in Moroto district, Uganda.",
    "On 12 June 2019, rioters in Mbarara burnt tyres over the death of a motorcycle taxi rider, Ugandan police said.",
]
MBALE = "On 4 March 2019, police fired teargas at traders who blocked the main road in Mbale over new market fees."
HOIMA = "On 17 November 2022, families displaced by the pipeline marched through Hoima to the district offices."
AFGOYE = "On 14 June 2023, ATMIS troops and Al Shabaab fought near Afgoye; casualties unknown."
VAGUE = "Police dispersed a crowd that had blocked a road; no one was hurt."


@pytest.fixture(autouse=True)
def _no_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CROSSTALLY_COUNTRY", raising=False)
    monkeypatch.delenv("CROSSTALLY_BATCH_COUNTRY", raising=False)


def test_a_batch_that_mostly_names_one_country_has_it():
    found = batch_country(KENYAN + [VAGUE, MBALE])
    assert found is not None and found.code == "KE"
    assert (found.agreeing, found.decided, found.total) == (6, 6, 8)
    assert found.as_meta()["method"] == METHOD_BATCH


@pytest.mark.parametrize("texts", [
    KENYAN[:3] + UGANDAN[:3],  # split between two countries
    KENYAN[:4] + [VAGUE] * 10,  # too few documents name any country
    [],
])
def test_a_mixed_or_thin_batch_has_no_country(texts: list[str]):
    assert batch_country(texts) is None


def test_the_prior_goes_only_to_documents_that_do_not_name_their_own():
    batch = {"code": "KE", "agreeing": 6, "decided": 6, "total": 8, "method": METHOD_BATCH}
    assert prior_from_batch(infer_country(VAGUE), batch) == "KE"
    assert prior_from_batch(infer_country(UGANDAN[0]), batch) is None  # it names Uganda itself
    # too weak to decide, but what it says leans to Somalia: the neighbours do not move it to Kenya
    leaning = infer_country("Somali traders closed their shops after the attack.")
    assert leaning.code is None and leaning.scores.get("SO", 0) > 0
    assert prior_from_batch(leaning, batch) is None
    assert prior_from_batch(infer_country(VAGUE), None) is None


def test_document_country_uses_the_batch_last_and_says_so():
    meta = batch_country(KENYAN).as_meta()
    doc = Document(text=MBALE, meta={"batch_country": dict(meta)})
    assert document_country(doc) == "KE"
    seen = doc.meta["country_inferred"]
    assert seen["method"] == METHOD_BATCH and "documents of the batch" in seen["evidence"][0]
    own = Document(text=UGANDAN[1], meta={"batch_country": dict(meta)})
    assert document_country(own) == "UG" and own.meta["country_inferred"]["method"] == METHOD_INFERRED
    hinted = Document(text=MBALE, meta={"country": "UG", "batch_country": dict(meta)})
    assert document_country(hinted) == "UG" and "country_inferred" not in hinted.meta
    alone = Document(text=MBALE)
    assert document_country(alone) is None


def test_marking_skips_hinted_documents_and_the_window_is_bounded():
    docs = [Document(text=t) for t in KENYAN] + [Document(text=MBALE, meta={"country": "UG"})]
    assert mark_batch_country(docs)["code"] == "KE"
    assert all(d.meta["batch_country"]["code"] == "KE" for d in docs[:-1]) and "batch_country" not in docs[-1].meta

    pulled: list[int] = []

    def stream():
        for i, t in enumerate(KENYAN + [VAGUE] * 4):
            pulled.append(i)
            yield Document(text=t)

    it = with_batch_country(stream(), window=7)
    first = next(it)
    assert first.meta["batch_country"]["code"] == "KE"
    assert len(pulled) == 7  # the judgement reads the window only, not the whole stream
    rest = list(it)
    assert len(rest) == 9 and all(d.meta["batch_country"]["code"] == "KE" for d in rest)


def _extract(tmp_path: Path, texts: list[str], env: dict[str, str] | None = None) -> list[dict]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": t, "published": "2019-06-20"}) + "\n"
                           for i, t in enumerate(texts)), encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "--jsonl", str(src), "--out", str(dst)], env=env)
    assert result.exit_code == 0, result.output
    return [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]


def test_extract_jsonl_places_a_shared_town_name_in_the_batch_country(tmp_path: Path):
    out = _extract(tmp_path, KENYAN + [MBALE])
    loc = out[-1]["events"][0]["location"]
    assert (loc["name"], loc["country_code"], loc["admin1"]) == ("Mbale", "KE", "Vihiga")
    assert out[-1]["country_inferred"]["method"] == METHOD_BATCH
    assert "Kenya" in " ".join(a["name"] for a in out[-1]["events"][0]["actors"])
    # the same note alone, or with the batch prior switched off, is read as Uganda's city
    for texts, env in (([MBALE], None), (KENYAN + [MBALE], {"CROSSTALLY_BATCH_COUNTRY": "0"})):
        alone = _extract(tmp_path, texts, env)[-1]
        assert alone["events"][0]["location"]["country_code"] == "UG"
        assert alone["country_inferred"] is None


def test_a_mixed_batch_leaves_each_note_to_itself(tmp_path: Path):
    out = _extract(tmp_path, KENYAN[:3] + UGANDAN[:3] + [MBALE])
    assert out[-1]["country_inferred"] is None
    assert [o["country_inferred"]["code"] for o in out[:6]] == ["KE"] * 3 + ["UG"] * 3


def test_a_place_only_another_country_has_stays_there(tmp_path: Path):
    """The batch's country settles shared names, but a note of the batch from elsewhere keeps its own place:
    'Hoima' and 'Afgoye' have no namesake in Kenya, so a Kenyan feed does not move them home."""
    out = _extract(tmp_path, KENYAN + [HOIMA, AFGOYE, MBALE])
    places = [(o["events"][0]["location"]["name"], o["events"][0]["location"]["country_code"]) for o in out[-3:]]
    assert places == [("Hoima", "UG"), ("Afgoye", "SO"), ("Mbale", "KE")]
    assert all(o["country_inferred"]["method"] == METHOD_BATCH for o in out[-3:])
    assert "Kenya" not in " ".join(a["name"] for a in out[-2]["events"][0]["actors"])  # actors follow the place


def test_ingest_gives_the_batch_country_and_stays_idempotent(tmp_path: Path):
    """`crosstally ingest` judges the batch the same way: the stored Mbale event is Vihiga's, and ingesting the
    same file again stores nothing new."""
    from crosstally.store import Store

    src = tmp_path / "feed.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": t, "published": "2019-06-20"}) + "\n"
                           for i, t in enumerate(KENYAN + [MBALE])), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ct.db'}"
    for _ in range(2):
        result = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
        assert result.exit_code == 0, result.output
    events = Store(db).events(limit=100)
    assert len(events) == len(KENYAN) + 1
    mbale = [e for e in events if e.location is not None and e.location.name == "Mbale"]
    assert len(mbale) == 1 and (mbale[0].location.country_code, mbale[0].location.admin1) == ("KE", "Vihiga")
