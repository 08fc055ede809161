"""The PostgreSQL fixture itself: a loud skip without a server, a failure when CI requires services."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

PROBE = """
def test_needs_pg(pg_url):
    assert pg_url.startswith("postgresql://")
"""


def _run_probe(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_probe.py").write_text(PROBE)
    full_env = {k: v for k, v in os.environ.items() if k != "CROSSTALLY_REQUIRE_SERVICES"}
    full_env.update(PYTHONPATH=str(HERE), CROSSTALLY_PG_BINDIR=str(tmp_path / "no-postgres"), **env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "pg_server", "-rs", "--rootdir", str(tmp_path),
         "-c", os.devnull, *args, str(tmp_path / "test_probe.py")],
        capture_output=True, text=True, timeout=120, env=full_env, cwd=tmp_path,
    )


def test_missing_postgres_skips_loudly(tmp_path: Path) -> None:
    r = _run_probe(tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 skipped" in r.stdout
    assert "PostgreSQL tests NOT RUN" in r.stdout
    assert "!!!!!!!!!!" in r.stderr  # the banner


def test_missing_postgres_is_reported_at_the_end_under_xdist(tmp_path: Path) -> None:
    """``make test`` runs the suite on worker processes: the end-of-run warning must still reach the terminal."""
    r = _run_probe(tmp_path, "-n", "2")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 skipped" in r.stdout
    assert "PostgreSQL tests were NOT run" in r.stdout


def test_missing_postgres_fails_when_services_required(tmp_path: Path) -> None:
    r = _run_probe(tmp_path, CROSSTALLY_REQUIRE_SERVICES="1")
    assert r.returncode != 0
    assert "CROSSTALLY_REQUIRE_SERVICES=1" in r.stdout


@pytest.mark.postgres
def test_server_answers(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("select current_database()").fetchone()[0] == "crosstally_test"
        assert conn.execute("show listen_addresses").fetchone()[0] == "127.0.0.1"
