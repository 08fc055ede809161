"""``create_app(settings)``: the REST API and the web app in one FastAPI application."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..config import Settings, get_settings
from ..store import Store
from ._http import BodyLimit, SecurityHeaders, install_error_handlers

STATIC = Path(__file__).resolve().parent / "static"
VENDOR = STATIC / "vendor"

DESCRIPTION = """crosstally's REST API: documents with their status and reasons, claims with their evidence,
incidents with reconciled figures, framing, sources, actors and places; downloads of any filtered view;
analysts' corrections, verdicts, merges and splits (each in the audit log).

Write endpoints need `Authorization: Bearer TOKEN` (create one with `crosstally token create NAME`).
Errors are JSON: `{"error": {"code": "...", "message": "..."}}`. Lists are keyset pages: pass the
`next_cursor` of a page back as `cursor` to get the next one."""


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The application over ``settings.db`` (or an open ``store``); run it with uvicorn or ``crosstally serve``."""
    from .routes import ROUTERS

    settings = settings or get_settings()
    app = FastAPI(title="crosstally", version="1", description=DESCRIPTION, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.store = store or Store(settings.db)
    install_error_handlers(app)
    for r in ROUTERS:
        app.include_router(r)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(SecurityHeaders, tiles=settings.tiles)
    return app


def assets_missing() -> list[str]:
    """Front-end files that scripts/web-assets.sh has not installed yet (empty when all are there)."""
    need = ["leaflet/leaflet.js", "chart.js/chart.umd.js", "world-atlas/countries-50m.json",
            "topojson-client/topojson-client.min.js", "swagger-ui/swagger-ui-bundle.js", "provinces/syr.topo.json"]
    return [n for n in need if not (VENDOR / n).exists()]
