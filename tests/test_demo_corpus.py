"""Checks on the demo corpus (demo/corpus/) and the linking gold corpus (tests/fixtures/linking/).

Both are text we wrote; these tests keep them well-formed for the stages that read them, and make sure no
sentence from ../shared/devdata slipped in (its licence forbids copying it into the repository).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "corpus"
REPORTS = CORPUS / "reports.jsonl"
HTML_DIR = CORPUS / "html"
FEED = CORPUS / "feed.xml"
GOLD = ROOT / "tests" / "fixtures" / "linking" / "gold.jsonl"

INPUT_FIELDS = ("id", "text", "published", "source", "url", "title")
SHINGLE = 12  # words: a shared run this long means a copied sentence, not a common phrase


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"{path.name}:{n} is blank"
            rows.append(json.loads(line))
    return rows


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _shingles(text: str, k: int = SHINGLE) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i : i + k]) for i in range(len(w) - k + 1)}


@pytest.fixture(scope="module")
def reports() -> list[dict]:
    return _read_jsonl(REPORTS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _read_jsonl(GOLD)


def _check_input_rows(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), [i for i, c in Counter(ids).items() if c > 1]
    for r in rows:
        missing = [f for f in INPUT_FIELDS if not isinstance(r.get(f), str) or not r[f].strip()]
        assert not missing, (r.get("id"), missing)
        dt.date.fromisoformat(r["published"])  # raises on an invalid date
        assert r["url"].startswith("https://") and ".example.org/" in r["url"], r["url"]


def test_demo_reports_parse_with_required_fields(reports: list[dict]) -> None:
    assert 30 <= len(reports) <= 40
    _check_input_rows(reports)
    for r in reports:
        n = len(r["text"].split())
        assert 120 <= n <= 350, (r["id"], n)


def test_demo_corpus_covers_the_cases_the_stages_need(reports: list[dict]) -> None:
    by_id = {r["id"]: r for r in reports}
    # syndicated copies: same wire text, new outlet and headline, last paragraph cut
    original = by_id["demo-008"]
    for copy_id in ("demo-009", "demo-010"):
        copy = by_id[copy_id]
        assert copy["source"] != original["source"] and copy["title"] != original["title"]
        assert original["text"].startswith(copy["text"]) and len(copy["text"]) < len(original["text"])
    # one outlet updates its own toll upwards
    assert "745" in by_id["demo-007"]["text"] and "973" in by_id["demo-008"]["text"]
    assert by_id["demo-007"]["source"] == by_id["demo-008"]["source"]
    # the real figures the corpus is built around
    text = "\n".join(r["text"] for r in reports)
    for figure in ("745", "973", "1,225", "1,383", "111", "1,426", "298", "238", "1,500"):
        assert figure in text, figure


def test_demo_non_english_report_is_detected_as_such(reports: list[dict]) -> None:
    import py3langid

    langs = {r["id"]: py3langid.classify(r["text"])[0] for r in reports}
    assert langs["demo-012"] == "fr"
    assert sum(1 for lang in langs.values() if lang == "en") == len(reports) - 1


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.tags: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags[tag] += 1

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def test_demo_html_pages_wrap_their_reports(reports: list[dict]) -> None:
    by_id = {r["id"]: r for r in reports}
    pages = sorted(HTML_DIR.glob("*.html"))
    assert 3 <= len(pages) <= 4
    for page in pages:
        parser = _TextCollector()
        parser.feed(page.read_text(encoding="utf-8"))
        text = " ".join(parser.chunks)
        report = by_id[page.stem]
        for para in report["text"].split("\n\n"):
            assert para in text, (page.name, para[:60])
        # boilerplate around the article, for the cleaning stage to remove
        assert (
            parser.tags["nav"] + parser.tags["ul"] >= 1 and parser.tags["figcaption"] + parser.tags["p"] > 1
        )
        assert re.search(r"share|post", text, re.I), page.name
        assert len(text) > len(report["text"]) + 200


def test_demo_feed_parses_with_full_text(reports: list[dict]) -> None:
    import feedparser

    feed = feedparser.parse(FEED.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert 2 <= len(feed.entries) <= 3
    by_url = {r["url"]: r for r in reports}
    for entry in feed.entries:
        report = by_url[entry.link]
        assert entry.published_parsed[:3] == dt.date.fromisoformat(report["published"]).timetuple()[:3]
        body = html.unescape(re.sub(r"<[^>]+>", " ", entry.content[0].value))
        assert report["text"].split("\n\n")[0] in body


def test_linking_gold_parses_and_has_groups(gold: list[dict]) -> None:
    assert 40 <= len(gold) <= 60
    _check_input_rows(gold)
    for r in gold:
        assert isinstance(r["gold_incident"], str) and r["gold_incident"], r["id"]
        assert "gold_parent" in r and (r["gold_parent"] is None or isinstance(r["gold_parent"], str)), r["id"]
        assert isinstance(r["constructed"], bool), r["id"]
        n = len(r["text"].split())
        assert 60 <= n <= 200, (r["id"], n)
    sizes = Counter(r["gold_incident"] for r in gold)
    assert sum(1 for c in sizes.values() if c >= 2) >= 2
    nested = {(r["gold_incident"], r["gold_parent"]) for r in gold if r["gold_parent"]}
    assert nested, "no nested pair"
    for child, parent in nested:
        assert parent in sizes and parent != child, (child, parent)
    # one incident has one parent
    parents = {r["gold_incident"]: r["gold_parent"] for r in gold}
    for r in gold:
        assert parents[r["gold_incident"]] == r["gold_parent"], r["id"]
    assert len({r["gold_incident"].split("-")[0] for r in gold}) >= 4  # several countries


def _our_files() -> list[Path]:
    files = [REPORTS, FEED, GOLD, *HTML_DIR.glob("*.html"), ROOT / "demo" / "README.md"]
    files.append(GOLD.parent / "README.md")
    return [f for f in files if f.exists()]


def _devdata_samples(devdata: Path) -> list[str]:
    """Every 5th ACLED note, every GVDB article, every 3rd GLOCON document: thousands of sentences."""
    csv.field_size_limit(10**8)
    texts: list[str] = []
    for path in sorted(devdata.glob("acled_*/*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            texts += [row.get("notes") or "" for i, row in enumerate(csv.DictReader(fh)) if i % 5 == 0]
    for path in sorted(devdata.glob("gvdb_*/*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            texts += [row.get("Full text") or "" for row in csv.DictReader(fh, delimiter="\t")]
    for path in sorted(devdata.glob("glocon_*/document/*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            texts += [json.loads(line).get("text") or "" for i, line in enumerate(fh) if i % 3 == 0]
    return [t for t in texts if t.strip()]


def _shingles_of_file(path: Path, raw: str) -> set[tuple[str, ...]]:
    if path.suffix == ".jsonl":
        raw = "\n".join(json.loads(line)["text"] for line in raw.splitlines() if line.strip())
    return _shingles(html.unescape(raw))


def _copied(samples: list[str], ours: set[tuple[str, ...]]) -> list[str]:
    return [" ".join(sorted(shared)[0]) for t in samples if (shared := _shingles(t) & ours)]


def test_nothing_copied_from_devdata(devdata: Path) -> None:
    ours: set[tuple[str, ...]] = set()
    for f in _our_files():
        ours |= _shingles_of_file(f, f.read_text(encoding="utf-8"))
    assert len(ours) > 10_000

    samples = _devdata_samples(devdata)
    assert len(samples) > 500, "devdata sample unexpectedly small: the check would prove nothing"
    # the detector must work: a devdata text planted in a JSONL line of ours is found
    planted_line = json.dumps({"id": "x", "text": "Intro. " + html.escape(samples[0])})
    planted = _shingles_of_file(REPORTS, planted_line)
    assert _copied(samples[:1], ours | planted)

    copied = _copied(samples, ours)
    assert not copied, copied[:5]


def test_nothing_copied_from_the_seed_article(seed_text: str) -> None:
    ours: set[tuple[str, ...]] = set()
    for f in _our_files():
        ours |= _shingles_of_file(f, f.read_text(encoding="utf-8"))
    seed = _shingles(seed_text)
    assert len(seed) > 100
    assert not seed & ours, sorted(seed & ours)[:3]
