"""Shared fixtures: paths to ../shared, and the real spaCy pipeline loaded once per run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CROSSTALLY_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
DEVDATA = SHARED / "devdata"
SEED_FILE = next(iter(sorted(SEEDS.glob("*.txt"))), None) if SEEDS.exists() else None
REQUIRE_SERVICES = os.environ.get("CROSSTALLY_REQUIRE_SERVICES") == "1"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if SEED_FILE is None:
        pytest.skip("../shared/seeds is absent")
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def devdata() -> Path:
    if not DEVDATA.exists():
        pytest.skip("../shared/devdata is absent")
    return DEVDATA


@pytest.fixture(scope="session")
def nlp():
    from crosstally.nlp import load_nlp

    return load_nlp()


# The PostgreSQL server fixture (pg_url) and db_url over sqlite/postgres; tests/ is on sys.path (rootdir import mode).
pytest_plugins = ["pg_server"]
