"""A throwaway PostgreSQL server for the test run, and the ``db_url`` fixture over SQLite and PostgreSQL.

Finds ``initdb``/``pg_ctl`` under /usr/lib/postgresql/*/bin (Debian's ``postgresql`` package;
``scripts/test-services.sh`` installs it) or in $CROSSTALLY_PG_BINDIR, runs them as the ``postgres`` user when we are root,
listens on a free 127.0.0.1 port with its socket inside the temp dir, and removes everything at
the end. Without PostgreSQL the tests that need it skip loudly, or fail under
CROSSTALLY_REQUIRE_SERVICES=1 (CI).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from crosstally.records import Extraction




_NOT_RUN: list[str] = []


def _unavailable(reason: str, config: pytest.Config | None = None) -> None:
    msg = f"PostgreSQL tests NOT RUN: {reason}. Install it with scripts/test-services.sh (apt-get install postgresql)."
    banner = "!" * 100
    _NOT_RUN.append(msg)
    capman = config.pluginmanager.getplugin("capturemanager") if config is not None else None
    if capman is not None:
        with capman.global_and_fixture_disabled():  # past pytest's capture, straight to the terminal
            sys.stderr.write(f"\n{banner}\n!! {msg}\n{banner}\n")
    else:
        sys.stderr.write(f"\n{banner}\n!! {msg}\n{banner}\n")
    if os.environ.get("CROSSTALLY_REQUIRE_SERVICES") == "1":
        pytest.fail(f"CROSSTALLY_REQUIRE_SERVICES=1 and {msg}", pytrace=False)
    pytest.skip(msg)


def _bindir() -> Path | None:
    if os.environ.get("CROSSTALLY_PG_BINDIR"):  # another install (or none, to test the skip path)
        given = Path(os.environ["CROSSTALLY_PG_BINDIR"])
        return given if (given / "initdb").exists() else None
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *cmd]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(cmd)]


def _run(cmd: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_as_postgres(cmd), capture_output=True, text=True, timeout=timeout, cwd="/")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Repeat the warning at the end of the run, where nobody can miss it.

    Under pytest-xdist (``make test``) the skip happened in a worker process, so the reason is read back from
    the skip reports the workers sent, not from this process's list.
    """
    reasons = list(_NOT_RUN)
    for report in terminalreporter.stats.get("skipped", []):
        text = str(getattr(report, "longrepr", ""))
        if "PostgreSQL tests NOT RUN" in text:
            reasons.append(text[text.index("PostgreSQL tests NOT RUN"):].rstrip("')\""))
    if reasons:
        terminalreporter.write_sep("!", "PostgreSQL tests were NOT run", red=True, bold=True)
        terminalreporter.write_line(reasons[0], red=True)


@pytest.fixture(scope="session")
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """``postgresql://postgres@127.0.0.1:PORT/crosstally_test`` on a server started for this run."""
    bindir = _bindir()
    if bindir is None:
        _unavailable("initdb not found under /usr/lib/postgresql/*/bin", request.config)
    assert bindir is not None
    tmp = Path(tempfile.mkdtemp(prefix="crosstally-pg-"))
    data, sock, log = tmp / "data", tmp / "sock", tmp / "server.log"
    sock.mkdir()
    if os.geteuid() == 0:
        try:
            shutil.chown(tmp, "postgres", "postgres")
            shutil.chown(sock, "postgres", "postgres")
        except (LookupError, PermissionError) as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            _unavailable(f"cannot hand {tmp} to the postgres user ({exc})", request.config)
    port = _free_port()
    started = False
    try:
        r = _run([str(bindir / "initdb"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "-D", str(data)])
        if r.returncode != 0:
            _unavailable(f"initdb failed: {r.stderr.strip()[-500:]}", request.config)
        opts = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        r = _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start"])
        if r.returncode != 0:
            detail = log.read_text(errors="replace")[-800:] if log.exists() else r.stderr
            _unavailable(f"pg_ctl start failed: {detail.strip()}", request.config)
        started = True
        r = _run([str(bindir / "createdb") if (bindir / "createdb").exists() else "createdb",
                  "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "crosstally_test"])
        if r.returncode != 0:
            _unavailable(f"createdb failed: {r.stderr.strip()}", request.config)
        yield f"postgresql://postgres@127.0.0.1:{port}/crosstally_test"
    finally:
        if started:
            for _ in range(3):
                if _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]).returncode == 0:
                    break
                time.sleep(1)
        shutil.rmtree(tmp, ignore_errors=True)


def _reset_postgres(url: str) -> None:
    """Drop every table so each test starts from an empty database (same server, fresh schema)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: a SQLite file, then the session's PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crosstally.db'}"
    url = request.getfixturevalue("pg_url")
    _reset_postgres(url)
    return url


# ---------------------------------------------------------------- hand-built records for store and export tests

REPORT = (
    "Monitors said on Saturday that at least 42 civilians were killed in Baniyas on 7 March 2025 "
    "when armed men loyal to the new authorities raided Alawite districts. "
    "The Syrian Observatory for Human Rights put the toll across the coast at over 1,200. "
    "A resident said: \"We stayed inside for three days.\" Reuters relayed the figures."
)


def build_extraction(
    text: str = REPORT, *, source: str | None = "Reuters", url: str | None = "https://example.org/a/1",
    n_events: int = 2, status: str = "ok",
) -> Extraction:
    """A full Extraction with every kind of value set, spans pointing into ``text``."""
    from crosstally.records import (
        ActorMention,
        Count,
        DateClaim,
        Document,
        Event,
        Extraction,
        Fatalities,
        Location,
        Quote,
        SourceCited,
        Span,
    )

    def span(phrase: str) -> Span:
        i = text.find(phrase)
        return Span(max(i, 0), max(i, 0) + len(phrase))

    doc = Document(text=text, source=source, url=url, title="Killings on the coast", published=date(2025, 3, 8),
                   author="Staff", site_name="Example", language="en", input_id="in-1", origin="fixture",
                   status=status, reasons=[] if status == "ok" else [f"status:{status}"], meta={"feed": "x"})
    events = []
    for i in range(n_events):
        events.append(Event(
            event_type="Violence against civilians" if i == 0 else "Battles",
            sub_event_type="Attack" if i == 0 else "Armed clash",
            date=DateClaim(date(2025, 3, 7), date(2025, 3, 7 + i), 1 + i, [span("7 March 2025")], "7 March 2025",
                           "crosstally.dates.rules.v1", 0.91234),
            location=Location("Baniyas", "Tartus", "Baniyas District", "Syria", "SY", 35.1822, 35.9401, 173334,
                              1, [span("Baniyas")], "Baniyas", "crosstally.geo.gazetteer.v1", 0.8765)
            if i == 0 else Location("Latakia Governorate", "Latakia", None, "Syria", "SY", None, None, None, 3,
                                    [span("coast")], "the coast", "crosstally.geo.gazetteer.v1", 0.4),
            actors=[
                ActorMention("actor1", "Military Forces of Syria (2024-)", "armed men loyal to the new authorities",
                             1, "acled:syr-mil", "Q123", "Syria", [span("armed men")], "crosstally.actors.kb.v1", 0.6),
                ActorMention("actor2", "Civilians (Syria)", "civilians", 7, None, None, "Syria", [span("civilians")],
                             "crosstally.actors.kb.v1", 0.7),
                ActorMention("assoc_actor_2", "Alawite Group (Syria)", "Alawite", 4, evidence=[span("Alawite")]),
            ],
            counts=[
                Count("killed", 42, None, "at_least", "civilians", "Monitors", [span("at least 42 civilians")],
                      "at least 42 civilians", "crosstally.counts.grammar.v1", 0.85),
                Count("killed", 1200, None, "over", None, "Syrian Observatory for Human Rights", [span("over 1,200")],
                      "over 1,200", "crosstally.counts.grammar.v1", 0.75),
            ],
            fatalities=Fatalities(42, 42, 1200) if i == 0 else Fatalities(None, None, None),
            attributed_to=["Syrian Observatory for Human Rights"] if i == 0 else [],
            evidence=[span("at least 42 civilians were killed in Baniyas")],
            trigger="killed", plover="ASSAULT" if i == 0 else None, method="crosstally.events.rules.v1",
            confidence=0.8123 - i / 10,
        ))
    quotes = [Quote("A resident", "We stayed inside for three days.", [span("We stayed inside for three days.")],
                    [span("A resident")], "witness", "crosstally.quotes.rules.v1", 0.9)]
    cited = [SourceCited("Syrian Observatory for Human Rights", [span("Syrian Observatory for Human Rights")],
                         "crosstally.sources.rules.v1", 0.95),
             SourceCited("Reuters", [span("Reuters")], "crosstally.sources.rules.v1", 0.9)]
    return Extraction(doc, events, quotes, cited, {"agentless_passives": 1})


@pytest.fixture(scope="session")
def make_extraction() -> Callable[..., Extraction]:
    """The builder of hand-made Extractions (see :func:`build_extraction`)."""
    return build_extraction
