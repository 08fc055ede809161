"""Walk the OpenAPI schema: every operation has a test, and every operation answers hostile input
(unknown ids, wrong types, oversized values, no token, huge bodies) with a 4xx JSON error, never a 500."""

from __future__ import annotations

import pytest
import test_api_read
import test_api_write
from test_web_app import MAX_BODY, WebServer, web_server


@pytest.fixture(scope="session")
def web() -> WebServer:
    """The shared server (built once per run by test_web_app.web_server)."""
    return web_server()

COVERED = test_api_read.COVERS | test_api_write.COVERS


def _operations(web: WebServer) -> list[tuple[str, str, dict]]:
    with web.client() as c:
        r = c.get("/api/openapi.json")
    assert r.status_code == 200
    schema = r.json()
    ops = [(m.upper(), p, op) for p, item in schema["paths"].items() for m, op in item.items()]
    assert len(ops) >= 15
    return ops


def _fill(path: str, op: dict, unknown: bool = True) -> str:
    for prm in op.get("parameters", []):
        if prm["in"] == "path":
            t = prm["schema"].get("type")
            value = "999999" if t == "integer" else ("zz-unknown" if unknown else "x")
            if prm["name"] == "fmt":
                value = "csv"
            path = path.replace("{" + prm["name"] + "}", value)
    return path


def _is_error(r, *allowed: int) -> None:  # type: ignore[no-untyped-def]
    assert r.status_code in allowed, (r.request.method, str(r.request.url)[:200], r.status_code, r.text[:300])
    err = r.json()["error"]
    assert isinstance(err["code"], str) and len(err["message"]) >= 10


def test_every_operation_has_a_test(web: WebServer) -> None:
    missing = [f"{m} {p}" for m, p, _ in _operations(web) if f"{m} {p}" not in COVERED]
    assert not missing, f"operations with no test: {missing}"
    stale = COVERED - {f"{m} {p}" for m, p, _ in _operations(web)}
    assert not stale, f"tests claim operations the schema lacks: {stale}"


def test_every_operation_refuses_hostile_input_with_a_clear_4xx(web: WebServer) -> None:
    bad_values = {"integer": "twelve", "boolean": "perhaps", "string": "x" * 5000}
    with web.client() as anon, web.client(web.token) as auth:
        for method, path, op in _operations(web):
            secured = bool(op.get("security"))
            if method == "GET":
                has_path_ids = "{" in path and path != "/api/export/{fmt}"
                if has_path_ids:
                    _is_error(anon.get(_fill(path, op)), 404, 422)
                for prm in op.get("parameters", []):
                    if prm["in"] != "query":
                        continue
                    sch = prm["schema"].get("anyOf", [prm["schema"]])[0]
                    fmt, t = sch.get("format"), sch.get("type")
                    if fmt == "date":
                        value = "31/02/2025"
                    elif t in bad_values and (t != "string" or sch.get("maxLength") or sch.get("enum")):
                        value = bad_values[t]
                    elif "enum" in prm["schema"]:
                        value = "no-such-choice"
                    else:
                        continue
                    _is_error(anon.get(_fill(path, op, unknown=False), params={prm["name"]: value}), 422, 400)
            else:
                assert secured, f"{method} {path} writes without a token"
                target = _fill(path, op)
                _is_error(anon.request(method, target, json={}), 401)
                _is_error(auth.request(method, target, json=[1, 2, 3]), 422, 404)
                _is_error(auth.request(method, target, json={"unexpected": True}), 422, 404)
                _is_error(auth.request(method, target, content=b"\xff\xfe not json",
                                       headers={"Content-Type": "application/json"}), 422, 400, 404)
                _is_error(auth.request(method, target, content=b"x" * (MAX_BODY + 1),
                                       headers={"Content-Type": "application/json"}), 413)


def test_docs_page_uses_local_swagger_and_the_schema_is_served(web: WebServer) -> None:
    with web.client() as c:
        page = c.get("/api/docs").text
        assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page
        schema = c.get("/api/openapi.json").json()
        assert schema["info"]["title"] == "crosstally"
        assert "HTTPBearer" in schema["components"]["securitySchemes"]
