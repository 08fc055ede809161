"""The web app over a real server: pages, headers, static assets. Also the shared server fixture the
API, browser and report tests import: a temp SQLite database filled by the real pipeline on a
slice of demo/corpus plus one hostile fixture document, linked, served by uvicorn on a free port."""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "corpus" / "reports.jsonl"
# Coast-wide killings and their village parts, a syndicated copy, Damascus and Kenya incidents.
DEMO_IDS = {f"demo-{i:03d}" for i in (1, 2, 3, 5, 7, 8, 13, 14, 19, 21, 26, 28, 29, 36)}
# Our own hostile text: markup in an article must be shown as text, never run.
XSS_TEXT = (
    "Gunmen killed 4 farmers near Jableh in Latakia governorate on 9 March 2025, residents said. "
    "<script>window.__xss = 1; alert('xss');</script> "
    "Local officials said 2 more people were injured. <img src=x onerror=\"window.__xss = 2; alert('img')\"> "
    "The attackers fled towards the hills."
)
XSS_SOURCE = "Fixture <b>Outlet</b>"
XSS_TITLE = "<script>alert('title')</script> Farmers killed near Jableh"
MAX_BODY = 256 * 1024


@dataclass
class WebServer:
    base: str
    db: str
    token: str
    xss_doc: str
    store: object

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=60)


_STATE: dict[str, WebServer] = {}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _build(url: str) -> tuple[object, str]:
    from crosstally.config import get_settings
    from crosstally.ingest import read_path
    from crosstally.pipeline import process
    from crosstally.records import Document
    from crosstally.store import Store

    settings = get_settings(db=url, max_body=MAX_BODY)
    store = Store(url)
    docs = [d for d in read_path(DEMO, settings=settings) if d.input_id in DEMO_IDS]
    xss = Document(text=XSS_TEXT, source=XSS_SOURCE, title=XSS_TITLE, url="javascript:alert('url')")
    docs.append(xss)
    for d in docs:
        store.save(process(d, settings))
    try:
        from crosstally.link import link_store
    except ImportError:  # the store-level linker is not there: link the claims and store them ourselves
        from crosstally.link import link_events

        res = link_events(list(store.extractions(status="ok")))
        store.set_incidents(res.assignments, {i.id: i.to_dict() for i in res.incidents})
    else:
        link_store(url)
    return store, xss.id


def web_server() -> WebServer:
    """One server for the whole run (built on first use)."""
    if "server" in _STATE:
        return _STATE["server"]
    from crosstally.config import get_settings
    from crosstally.web import create_app

    tmp = tempfile.mkdtemp(prefix="crosstally-web-")
    atexit.register(shutil.rmtree, tmp, True)
    url = f"sqlite:///{tmp}/web.db"
    store, xss_id = _build(url)
    token = store.create_token("test-analyst")  # type: ignore[attr-defined]
    app = create_app(get_settings(db=url, max_body=MAX_BODY), store=store)  # type: ignore[arg-type]
    base, _ = start_server(app)
    _STATE["server"] = WebServer(base, url, token, xss_id, store)
    return _STATE["server"]


def start_server(app: object) -> tuple[str, object]:
    """Serve ``app`` with uvicorn on a free local port in a daemon thread; returns its base URL and the server.

    Why: the API is tested over real HTTP, yet in this process, so a test can also watch the Store's engine;
    set ``server.should_exit = True`` to stop it."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("the test web server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


@pytest.fixture(scope="session")
def web() -> WebServer:
    return web_server()


# ------------------------------------------------------------------------------------------- tests


def test_pages_are_html_with_a_csp_forbidding_inline_script(web: WebServer) -> None:
    with web.client() as c:
        for path in ("/", "/audit", "/api/docs", f"/documents/{web.xss_doc}", "/incidents/x"):
            r = c.get(path)
            assert r.status_code == 200, path
            assert r.headers["content-type"].startswith("text/html")
            csp = r.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp
            assert "<script>" not in r.text.replace("<script src=", "")  # no inline script in our pages
            assert " onclick=" not in r.text and " onload=" not in r.text
        assert c.get("/api/health").headers["x-content-type-options"] == "nosniff"


def test_page_ids_are_escaped_and_bounded(web: WebServer) -> None:
    with web.client() as c:
        r = c.get("/incidents/%3Cscript%3E")
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
        assert c.get("/documents/" + "a" * 500).status_code == 422


def test_static_assets_are_served_locally(web: WebServer) -> None:
    from crosstally.web import assets_missing

    if assets_missing():
        pytest.fail(f"front-end assets missing ({assets_missing()}): run scripts/web-assets.sh")
    with web.client() as c:
        for path in ("/static/common.js", "/static/app.css", "/static/vendor/leaflet/leaflet.js",
                     "/static/vendor/chart.js/chart.umd.js", "/static/vendor/world-atlas/countries-50m.json",
                     "/static/vendor/swagger-ui/swagger-ui-bundle.js"):
            assert c.get(path).status_code == 200, path
        page = c.get("/").text + c.get("/api/docs").text
        assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page  # no CDN


def test_unknown_address_is_a_json_404(web: WebServer) -> None:
    with web.client() as c:
        r = c.get("/api/nothing-here")
        assert r.status_code == 404
        assert "/api" in r.json()["error"]["message"]
        r = c.delete("/api/health")
        assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


def test_cli_registers_web_commands() -> None:
    from typer.testing import CliRunner

    from crosstally.cli import app

    out = CliRunner().invoke(app, ["--help"]).output
    for name in ("serve", "token", "report"):
        assert name in out
    serve_help = CliRunner().invoke(app, ["serve", "--help"]).output
    assert "127.0.0.1" in serve_help and "--port" in serve_help


def test_token_create_prints_a_token_that_the_store_accepts(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from crosstally.cli import app
    from crosstally.store import Store

    url = f"sqlite:///{tmp_path}/t.db"
    res = CliRunner().invoke(app, ["token", "create", "alice", "--db", url])
    assert res.exit_code == 0, res.output
    token = res.stdout.strip().splitlines()[0]
    with Store(url) as s:
        assert s.check_token(token) == "alice"
        assert s.check_token(token + "x") is None


def test_a_configured_tile_server_is_the_only_extra_image_origin() -> None:
    from crosstally.web._http import SecurityHeaders

    assert "img-src 'self' data:;" in SecurityHeaders(None, "").csp  # type: ignore[arg-type]
    csp = SecurityHeaders(None, "http://localhost:8080/{z}/{x}/{y}.png").csp  # type: ignore[arg-type]
    assert "img-src 'self' data: http://localhost:8080;" in csp and "script-src 'self';" in csp
    csp = SecurityHeaders(None, "https://{s}.tiles.example.org/{z}/{x}/{y}.png").csp  # type: ignore[arg-type]
    assert "https://*.tiles.example.org" in csp


def _outside_addresses() -> set[str]:
    """This machine's non-loopback IPv4 addresses (the one a default route would use, and the hostname's)."""
    found = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
            found.add(s.getsockname()[0])
        except OSError:
            pass
    found |= {a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    return {ip for ip in found if not ip.startswith("127.") and ip != "0.0.0.0"}


def test_crosstally_serve_binds_loopback_and_answers(tmp_path: Path) -> None:
    import subprocess
    import sys

    port = _free_port()
    exe = Path(sys.executable).with_name("crosstally")
    proc = subprocess.Popen([str(exe), "serve", "--db", f"sqlite:///{tmp_path}/s.db", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2)
                break
            except httpx.TransportError:
                if time.time() > deadline or proc.poll() is not None:
                    pytest.fail(f"crosstally serve did not answer: {proc.stdout.read() if proc.stdout else ''}")
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["stats"]["documents"] == 0
        for ip in _outside_addresses():  # loopback only by default: not reachable on another interface
            with pytest.raises(httpx.TransportError):
                httpx.get(f"http://{ip}:{port}/api/health", timeout=2)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
