"""The web app's pages: HTML shells (autoescaped templates) whose scripts fetch the API and render
every text with textContent. Not part of the API schema."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

router = APIRouter(include_in_schema=False)
_env = Environment(loader=FileSystemLoader(Path(__file__).resolve().parents[1] / "templates"), autoescape=True)
Ident = Annotated[str, PathParam(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]


def _page(request: Request, name: str, **ctx: object) -> HTMLResponse:
    settings = request.app.state.settings
    html = _env.get_template(name).render(tiles=settings.tiles, **ctx)
    return HTMLResponse(html)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    return _page(request, "overview.html", title="Overview")


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident(request: Request, incident_id: Ident) -> HTMLResponse:
    return _page(request, "incident.html", title=f"Incident {incident_id}", incident_id=incident_id)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: Ident) -> HTMLResponse:
    return _page(request, "document.html", title=f"Document {doc_id}", doc_id=doc_id)


@router.get("/audit", response_class=HTMLResponse)
def audit(request: Request) -> HTMLResponse:
    return _page(request, "audit.html", title="Audit log")


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    return _page(request, "apidocs.html", title="API")
