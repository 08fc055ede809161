"""The entity ruler's pattern cache: reused when nothing changed, rebuilt when an input changed or the file is bad."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crosstally.nlp import cache_dir, cached_patterns, patterns_key, unique_patterns


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("CROSSTALLY_NO_CACHE", raising=False)
    return tmp_path / "crosstally"


def _builder(calls: list[int]):
    def build() -> list[dict]:
        calls.append(1)
        return [{"label": "ORG", "pattern": "Tal Hamra Council", "id": "x1"}]
    return build


def test_second_call_reads_the_cache(cache_home: Path) -> None:
    calls: list[int] = []
    first = cached_patterns(_builder(calls), model="m")
    second = cached_patterns(_builder(calls), model="m")
    assert first == second and len(calls) == 1
    assert cache_dir() == cache_home
    assert len(list(cache_home.glob("ruler-patterns-*.json"))) == 1


def test_old_caches_are_evicted_but_a_few_stay(cache_home: Path) -> None:
    """Two checkouts (or versions) with different data keep their own caches; older ones beyond the few go."""
    import os
    import time

    from crosstally.nlp._cache import KEEP_CACHES

    cache_home.mkdir(parents=True, exist_ok=True)
    stale = []
    for i in range(KEEP_CACHES + 2):
        p = cache_home / f"ruler-patterns-old{i}.json"
        p.write_text("[]", encoding="utf-8")
        os.utime(p, (time.time() - 100 + i, time.time() - 100 + i))  # old0 is the oldest
        stale.append(p)
    cached_patterns(_builder([]), model="m")
    left = sorted(q.name for q in cache_home.glob("ruler-patterns-*.json"))
    assert len(left) == KEEP_CACHES
    assert not stale[0].exists() and stale[-1].exists()


def test_key_follows_model_and_extra_actor_files(cache_home: Path, tmp_path: Path, monkeypatch) -> None:
    base = patterns_key("m")
    assert patterns_key("m") == base
    assert patterns_key("other-model") != base
    extra = tmp_path / "extra_actors.yaml"
    extra.write_text("name: x\n", encoding="utf-8")
    monkeypatch.setenv("CROSSTALLY_ACTORS", str(extra))
    with_extra = patterns_key("m")
    assert with_extra != base
    extra.write_text("name: xy\n", encoding="utf-8")  # the file changed: size and time stamp differ
    assert patterns_key("m") != with_extra


def test_corrupt_cache_is_rebuilt(cache_home: Path) -> None:
    calls: list[int] = []
    cached_patterns(_builder(calls), model="m")
    (path,) = cache_home.glob("ruler-patterns-*.json")
    path.write_text("{not json", encoding="utf-8")
    got = cached_patterns(_builder(calls), model="m")
    assert len(calls) == 2 and got[0]["pattern"] == "Tal Hamra Council"
    assert json.loads(path.read_text(encoding="utf-8")) == got


def test_unwritable_cache_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where a folder should be
    calls: list[int] = []
    assert cached_patterns(_builder(calls), model="m")[0]["id"] == "x1"


def test_unique_patterns_drop_repeats() -> None:
    pats = unique_patterns()
    keys = [(str(p["pattern"]), p["label"]) for p in pats]
    assert len(keys) == len(set(keys)) > 1000


def test_a_fresh_process_loads_the_patterns_from_the_cache(nlp) -> None:
    """With the cache written (the session's ``nlp`` fixture did it), a fresh process never rebuilds the patterns.

    Why: rebuilding them is what makes a cold start slow; whether the cache is used is checked here, how fast a
    start is stays a benchmark (``make bench``), not a timed test."""
    from crosstally.nlp import unique_patterns

    # Written (or found) again just before the fresh process starts: on a shared machine other checkouts' keys can
    # evict the one the session fixture wrote.
    cached_patterns(unique_patterns, model=f"{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}")
    code = ("import crosstally.nlp.factories as f\n"
            "def rebuild():\n    raise SystemExit('the ruler patterns were rebuilt, not read from the cache')\n"
            "f.unique_patterns = rebuild\n"
            "from crosstally.nlp import load_nlp\nload_nlp()\nprint('loaded')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip().endswith("loaded"), out.stderr[-500:]
