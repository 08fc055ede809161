"""Screenshots of the overview and an incident page for the README, taken by Playwright in Debian's
headless Chromium against a real server: ``python -m crosstally.web._screenshots --db URL --out docs/img``."""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]


def take(db: str, out: Path, incident: str | None = None, chromium: str = "/usr/bin/chromium") -> list[Path]:
    """Serve ``db`` on a free loopback port and save overview.png and incident.png into ``out``."""
    import httpx
    import uvicorn
    from playwright.sync_api import sync_playwright

    from ..config import get_settings
    from .app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(get_settings(db=db)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    if incident is None:
        items = httpx.get(base + "/api/incidents", params={"limit": 500}, timeout=60).json()["items"]
        incident = max(items, key=lambda i: (len(i["sources"]), i["claims"]))["id"]
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 860})
        for path, name, full in (("/?country=SY", "overview.png", False), (f"/incidents/{incident}", "incident.png", False)):
            page.goto(base + path)
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
            page.wait_for_timeout(400)
            page.screenshot(path=str(out / name), full_page=full)
            shots.append(out / name)
        browser.close()
    server.should_exit = True
    return shots


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", default="docs/img")
    ap.add_argument("--incident")
    a = ap.parse_args()
    for p in take(a.db, Path(a.out), a.incident):
        print(p)
