"""Documents: list them with their status and reasons, read one with every extracted value, submit new ones."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from ...records import STATUSES, Document
from ...store import Store
from .._http import ApiError, get_store, require_token
from .._views import claim_id, document_detail, document_row
from ._common import Cursor, Limit, check_cursor

router = APIRouter(prefix="/api/documents", tags=["documents"])
DocId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]


@router.get("", summary="Documents with their status and reasons, oldest first")
def list_documents(
    store: Annotated[Store, Depends(get_store)],
    status: Annotated[str | None, Query(description="One of: " + ", ".join(STATUSES))] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    if status is not None and status not in STATUSES:
        raise ApiError(422, "invalid_request", f"status '{status[:40]}' is not one of: {', '.join(STATUSES)}.")
    check_cursor(cursor, datetime, str)
    page = store.documents_page(status, limit, cursor, source=source)
    return {"items": [document_row(d) for d in page.items], "next_cursor": page.next_cursor}


@router.get("/{doc_id}", summary="One document: full text, status, reasons, every extracted value with its span")
def get_document(doc_id: DocId, store: Annotated[Store, Depends(get_store)]) -> dict[str, Any]:
    d = document_detail(store, doc_id)
    if d is None:
        raise ApiError(404, "not_found", f"There is no document '{doc_id}'. List them at /api/documents.")
    return d


class Submission(BaseModel):
    """A document to analyse: exactly one of ``text``, ``html`` or ``url``."""

    text: str | None = Field(None, max_length=2_000_000, description="Plain article text.")
    html: str | None = Field(None, max_length=5_000_000, description="A whole HTML page; the article is extracted.")
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://",
                            description="A page the server fetches (only when CROSSTALLY_ALLOW_FETCH=1).")
    source: str | None = Field(None, max_length=200, description="Outlet or organisation name.")
    title: str | None = Field(None, max_length=1000)
    published: date | None = Field(None, description="Publication date, ISO.")
    document_url: str | None = Field(None, max_length=2000, description="Where the text was published.")

    model_config = {"extra": "forbid"}


FETCH_TIMEOUT_S = 10.0


def _fetch(url: str, limit: int) -> str:
    """GET the page with a time and size limit; only http(s), at most 3 redirects."""
    import httpx

    try:
        with (httpx.Client(timeout=FETCH_TIMEOUT_S, follow_redirects=True, max_redirects=3) as client,
              client.stream("GET", url, headers={"User-Agent": "crosstally"}) as resp):
            if resp.status_code >= 400:
                raise ApiError(400, "fetch_failed", f"Fetching {url[:200]} answered HTTP {resp.status_code}.")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise ApiError(413, "too_large", f"The page at {url[:200]} is over {limit:,} bytes.")
                chunks.append(chunk)
            return b"".join(chunks).decode(resp.encoding or "utf-8", errors="replace")
    except httpx.HTTPError as exc:
        raise ApiError(400, "fetch_failed", f"Could not fetch {url[:200]}: {type(exc).__name__}.") from exc


@router.post("", status_code=201, summary="Submit a document (text, HTML or an URL) and analyse it now")
def submit_document(
    body: Submission, request: Request, store: Annotated[Store, Depends(get_store)],
    who: Annotated[str, Depends(require_token)],
) -> dict[str, Any]:
    from ...ingest import ReadOptions
    from ...pipeline import process
    from ...registry import readers

    settings = request.app.state.settings
    given = [k for k in ("text", "html", "url") if getattr(body, k)]
    if len(given) != 1:
        raise ApiError(422, "invalid_request", "Send exactly one of 'text', 'html' or 'url' (non-empty); got "
                       + (", ".join(given) if given else "none") + ".")
    markup = body.html
    if body.url:
        if not settings.allow_fetch:
            raise ApiError(403, "fetch_disabled", "This server does not fetch URLs. Send the page as 'html' or "
                           "'text', or start the server with CROSSTALLY_ALLOW_FETCH=1.")
        markup = _fetch(body.url, settings.max_body)
    if markup is not None:
        opts = ReadOptions(source=body.source, published=body.published, text_column=None, settings=settings)
        reader = readers.get("crosstally.readers.html.v1")
        doc: Document = next(iter(reader(io.BytesIO(markup.encode("utf-8")), body.url or "api:html", opts)))
        doc.url = body.document_url or body.url or doc.url
    else:
        doc = Document(text=body.text or "", origin="api:text", url=body.document_url)
    doc.source = body.source or doc.source
    doc.title = body.title or doc.title
    doc.published = body.published or doc.published
    ext = process(doc, settings)
    result = store.save(ext)
    store.audit("submit", "document", ext.document.id, who=who, new={"status": ext.document.status,
                "events": len(ext.events)}, why="submitted through the API")
    return {"id": ext.document.id, "save": result.status, "status": ext.document.status,
            "reasons": list(ext.document.reasons), "claims": [claim_id(e) for e in ext.events],
            "note": "Run 'crosstally link' to join the new claims to incidents."}
