"""What every request goes through: JSON errors a person understands, the body-size limit (enforced
while the body streams in, before it is read whole), security headers, the bearer-token check."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import CrosstallyError
from ..store import Store


class ApiError(Exception):
    """An error the API answers with ``{"error": {"code", "message"}}`` and an HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid_request",
          429: "too_many_requests", 503: "unavailable"}


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    kind = loc[0] if loc else ""
    name = ".".join(parts[1:]) if kind in ("query", "path", "header") else ".".join(parts)
    return f"{kind} parameter '{name}'" if kind in ("query", "path", "header") else (f"field '{name}'" if name else "the request body")


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    details = []
    msgs = []
    for e in exc.errors()[:10]:
        loc = tuple(e.get("loc", ()))
        where = _where(loc)
        if e.get("type") == "json_invalid":
            msg = "The request body is not valid JSON. Send one JSON object with Content-Type: application/json."
        elif e.get("type") == "missing":
            msg = f"{where} is required."
        else:
            msg = f"{where}: {e.get('msg', 'invalid value')}."
            if str(e.get("type", "")).startswith(("date", "datetime")):
                msg += " Use the ISO form, e.g. 2025-03-10."
        msgs.append(msg)
        details.append({"where": where, "problem": e.get("msg", ""), "type": e.get("type", "")})
    return " ".join(msgs) or "The request is invalid.", details


def install_error_handlers(app: Any) -> None:
    """Every error becomes JSON ``{"error": {"code", "message"}}``; a bad input is never a 500."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        message, details = _validation_message(exc)
        return JSONResponse(error_body("invalid_request", message, details=details), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "Request failed."
        if exc.status_code == 404 and message == "Not Found":
            message = "There is nothing at this address. The API is under /api (see /api/docs)."
        if exc.status_code == 405:
            message = "This address does not accept that method. See /api/docs for what it accepts."
        return JSONResponse(error_body(_CODES.get(exc.status_code, "error"), message),
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(CrosstallyError)
    async def _ours(_: Request, exc: CrosstallyError) -> JSONResponse:
        return JSONResponse(error_body("bad_request", str(exc)), status_code=400)

    @app.exception_handler(Exception)
    async def _bug(_: Request, exc: Exception) -> JSONResponse:  # pragma: no cover - only a bug reaches this
        return JSONResponse(error_body("internal_error", f"The server failed ({type(exc).__name__}). "
                                       "This is a bug in crosstally; please report it."), status_code=500)


class BodyLimit:
    """Refuse bodies over ``max_body`` bytes with 413: by Content-Length at once, else while streaming."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                n = int(length)
            except ValueError:
                await self._refuse(send, 400, "bad_request", "The Content-Length header is not a number.")
                return
            if n > self.max_body:
                await self._too_large(send)
                return
        seen = 0
        started = refused = False

        async def limited() -> Message:
            nonlocal seen, started, refused
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    # answer 413 now and tell the app the client went away; whatever it answers is dropped
                    refused = True
                    if not started:
                        started = True
                        await self._too_large(send)
                    return {"type": "http.disconnect"}
            return msg

        async def tracked(msg: Message) -> None:
            nonlocal started
            if refused:
                return
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        await self.app(scope, limited, tracked)

    async def _too_large(self, send: Send) -> None:
        await self._refuse(send, 413, "too_large",
                           f"The request body is over the limit of {self.max_body:,} bytes. Send a smaller "
                           "document, or raise CROSSTALLY_MAX_BODY on the server.")

    @staticmethod
    async def _refuse(send: Send, status: int, code: str, message: str) -> None:
        body = json.dumps(error_body(code, message)).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """A Content-Security-Policy that forbids inline script, and the usual hardening headers."""

    def __init__(self, app: ASGIApp, tiles: str = "") -> None:
        self.app = app
        img = "'self' data:"
        if tiles:
            from urllib.parse import urlsplit

            u = urlsplit(tiles.replace("{s}", "a"))
            if u.scheme and u.netloc:
                origin = f"{u.scheme}://{u.netloc}"
                if "{s}" in tiles:
                    origin = f"{u.scheme}://*.{u.netloc.split('.', 1)[-1]}"
                img += f" {origin}"
        self.csp = (f"default-src 'self'; script-src 'self'; style-src 'self'; img-src {img}; "
                    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                    "frame-ancestors 'none'; form-action 'self'")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                headers = list(msg.get("headers") or [])
                headers += [
                    (b"content-security-policy", self.csp.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                msg = {**msg, "headers": headers}
            await send(msg)

        await self.app(scope, receive, with_headers)


_bearer = HTTPBearer(auto_error=False, description="A token from `crosstally token create NAME`.")


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def require_token(
    request: Request, creds: HTTPAuthorizationCredentials | None = Depends(_bearer)
) -> str:
    """The token's name (recorded as 'who' in the audit log); 401 without a valid token."""
    if creds is None or not creds.credentials:
        raise ApiError(401, "unauthorized", "This action needs a token: send 'Authorization: Bearer TOKEN'. "
                       "Create one with 'crosstally token create NAME'.")
    who = get_store(request).check_token(creds.credentials)
    if who is None:
        raise ApiError(401, "unauthorized", "The token is unknown or revoked. Create a new one with "
                       "'crosstally token create NAME'.")
    return who
