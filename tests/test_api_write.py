"""The write API over a running server: tokens, submissions, size limits, corrections, verdicts,
merges and splits, each visible at once and in the audit log."""

from __future__ import annotations

import pytest
from test_web_app import MAX_BODY, WebServer, web_server


@pytest.fixture(scope="session")
def web() -> WebServer:
    """The shared server (built once per run by test_web_app.web_server)."""
    return web_server()

COVERS = {
    "POST /api/documents", "POST /api/claims/{doc_id}/{idx}/corrections", "POST /api/claims/{doc_id}/{idx}/review",
    "POST /api/incidents/merge", "POST /api/incidents/{incident_id}/split", "POST /api/corrections/{correction_id}/revert",
}

TEXT = ("Police said 3 people were killed and 9 injured when a bomb exploded at a bus station in Garissa, "
        "Kenya, on 14 May 2025. No group claimed the attack.")
HTML = ("<html><head><title>Bus station blast</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Bus station blast</h1><p>" + TEXT + "</p><p>Witnesses described a loud explosion "
        "shortly after noon, and the station was closed for the rest of the day.</p></article>"
        "<footer>Share this story</footer></body></html>")


def test_write_endpoints_need_a_valid_token(web: WebServer) -> None:
    with web.client() as c:
        r = c.post("/api/documents", json={"text": TEXT})
        assert r.status_code == 401 and "token create" in r.json()["error"]["message"]
    with web.client(token="wrong-token") as c:
        r = c.post("/api/documents", json={"text": TEXT})
        assert r.status_code == 401 and "unknown or revoked" in r.json()["error"]["message"]
        assert c.post("/api/incidents/merge", json={"incident_ids": ["a", "b"], "why": "x"}).status_code == 401


def test_submit_text_runs_the_pipeline_and_stores_it(web: WebServer) -> None:
    with web.client(web.token) as c:
        r = c.post("/api/documents", json={"text": TEXT, "source": "Fixture Wire", "published": "2025-05-14"})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["status"] == "ok" and body["claims"]
        doc = c.get(f"/api/documents/{body['id']}").json()
        assert doc["source"] == "Fixture Wire" and doc["published"] == "2025-05-14"
        assert any(k["kind"] == "killed" and k["low"] == 3 for cl in doc["claims"] for k in cl["counts"])
        again = c.post("/api/documents", json={"text": TEXT, "source": "Fixture Wire", "published": "2025-05-14"})
        assert again.json()["save"] == "unchanged"  # idempotent by content
        log = c.get("/api/audit", params={"target_type": "document", "target_id": body["id"]}).json()["items"]
        assert log and log[0]["who"] == "test-analyst" and log[0]["action"] == "submit"


def test_submit_html_extracts_the_article(web: WebServer) -> None:
    with web.client(web.token) as c:
        r = c.post("/api/documents", json={"html": HTML, "source": "Fixture Pages"})
        assert r.status_code == 201, r.text
        doc = c.get(f"/api/documents/{r.json()['id']}").json()
        assert "bomb exploded" in doc["text"] and "Share this story" not in doc["text"]


def test_submit_bad_inputs(web: WebServer) -> None:
    with web.client(web.token) as c:
        cases = [
            ({}, 422, "exactly one"),
            ({"text": "a", "html": "<p>b</p>"}, 422, "exactly one"),
            ({"text": 42}, 422, "text"),
            ({"text": TEXT, "published": "last week"}, 422, "published"),
            ({"text": TEXT, "colour": "red"}, 422, "colour"),
            ({"url": "ftp://example.org/x"}, 422, "url"),
            ({"url": "http://127.0.0.1:9/page"}, 403, "CROSSTALLY_ALLOW_FETCH"),
        ]
        for body, status, needle in cases:
            r = c.post("/api/documents", json=body)
            assert r.status_code == status, (body, r.text)
            assert needle in r.json()["error"]["message"], r.text
        r = c.post("/api/documents", content=b"{not json", headers={"Content-Type": "application/json"})
        assert r.status_code == 422 and "not valid JSON" in r.json()["error"]["message"]
        r = c.post("/api/documents", content=b"[1, 2]", headers={"Content-Type": "application/json"})
        assert r.status_code == 422


def test_bodies_over_the_limit_are_refused_before_being_read(web: WebServer) -> None:
    big = b'{"text": "' + b"x" * (MAX_BODY + 10) + b'"}'
    with web.client(web.token) as c:
        r = c.post("/api/documents", content=big, headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and "CROSSTALLY_MAX_BODY" in r.json()["error"]["message"]

        def chunks():  # no Content-Length: the limit is enforced while the body streams in
            yield b'{"text": "'
            for _ in range(MAX_BODY // 8192 + 4):
                yield b"y" * 8192
            yield b'"}'

        r = c.post("/api/documents", content=chunks(), headers={"Content-Type": "application/json"})
        assert r.status_code == 413
        assert c.get("/api/health").status_code == 200  # the server is still up


def _a_claim(c, incident: bool = True) -> dict:  # type: ignore[no-untyped-def]
    items = c.get("/api/claims", params={"limit": 500}).json()["items"]
    return next(x for x in items if x["counts"] and (x["incident_id"] or not incident))


def test_correct_a_claim_shows_at_once_survives_and_is_audited(web: WebServer) -> None:
    with web.client(web.token) as c:
        claim = next(x for x in c.get("/api/claims", params={"limit": 500}).json()["items"]
                     if x["fatalities"]["low"] is not None)
        path = f"/api/claims/{claim['doc_id']}/{claim['index']}"
        old = claim["fatalities"]["low"]
        r = c.post(path + "/corrections", json={"field": "fatalities.low", "value": old + 1000,
                                                 "why": "the source's own later update"})
        assert r.status_code == 201, r.text
        assert r.json()["claim"]["fatalities"]["low"] == old + 1000
        assert c.get(path).json()["fatalities"]["low"] == old + 1000
        log = c.get("/api/audit", params={"target_type": "event", "target_id": claim["id"]}).json()["items"]
        assert log[0]["action"] == "correct" and log[0]["who"] == "test-analyst"
        assert log[0]["old"] == old and log[0]["new"] == old + 1000 and log[0]["why"]
        cid = r.json()["correction_id"]
        assert any(x["id"] == cid for x in c.get("/api/corrections").json()["items"])
        # the pipeline re-saving the document never undoes it (corrections are applied on read)
        from crosstally.store import Store

        with Store(web.db) as s:
            ext = s.extraction(claim["doc_id"], corrected=False)
            assert ext is not None
            ext.events[claim["index"]].confidence = 0.123  # a "re-run" that changes the extraction
            assert s.save(ext).status == "updated"
        assert c.get(path).json()["fatalities"]["low"] == old + 1000
        r = c.post(f"/api/corrections/{cid}/revert", json={"why": "typo"})
        assert r.status_code == 201
        assert c.get(path).json()["fatalities"]["low"] == old
        assert c.post(f"/api/corrections/{cid}/revert", json={"why": "again"}).status_code == 404
        assert c.post("/api/corrections/0/revert", json={"why": "x"}).status_code == 422


def test_correction_bad_inputs(web: WebServer) -> None:
    with web.client(web.token) as c:
        claim = _a_claim(c)
        path = f"/api/claims/{claim['doc_id']}/{claim['index']}/corrections"
        for body, status in (({"field": "no_such_field", "value": 1, "why": "x"}, 400),
                             ({"field": "fatalities.low", "value": 1}, 422),
                             ({"field": "Robert'); DROP TABLE", "value": 1, "why": "x"}, 422),
                             ({"field": "date.start", "value": "soon", "why": "x"}, 400),
                             ({"field": "event_type", "value": {"a": 1}, "why": "x"}, 422)):
            r = c.post(path, json=body)
            assert r.status_code == status, (body, r.text)
            assert r.json()["error"]["message"]
        r = c.post(f"/api/claims/{claim['doc_id']}/9999/corrections", json={"field": "event_type", "value": "x", "why": "y"})
        assert r.status_code == 404


def test_reject_confirm_reopen_a_claim(web: WebServer) -> None:
    with web.client(web.token) as c:
        claim = _a_claim(c)
        path = f"/api/claims/{claim['doc_id']}/{claim['index']}/review"
        assert c.post(path, json={"action": "reject"}).status_code == 422  # a rejection says why
        assert c.post(path, json={"action": "delete", "why": "x"}).status_code == 422
        def figures() -> set[tuple[str, int]]:
            inc = c.get(f"/api/incidents/{claim['incident_id']}").json()
            return {(fc["doc_id"], fc["low"]) for f in inc["reconciliation"]["figures"] for fc in f["claims"]}

        others = [x for x in c.get(f"/api/incidents/{claim['incident_id']}").json()["claims"]
                  if x["doc_id"] == claim["doc_id"] and x["id"] != claim["id"]]
        only_here = {(claim["doc_id"], k["low"]) for k in claim["counts"]} - {
            (x["doc_id"], k["low"]) for x in others for k in x["counts"]}
        assert only_here and only_here <= figures()
        r = c.post(path, json={"action": "reject", "why": "the figure belongs to another incident"})
        assert r.status_code == 201 and r.json()["claim"]["review"]["state"] == "rejected"
        assert not only_here & figures()  # a rejected claim's figures leave the reconciliation at once
        assert c.post(path, json={"action": "reopen"}).json()["claim"]["review"]["state"] == "open"
        assert only_here <= figures()
        assert c.post(path, json={"action": "confirm"}).json()["claim"]["review"]["state"] == "confirmed"
        actions = [e["action"] for e in c.get("/api/audit", params={"target_id": claim["id"]}).json()["items"]]
        assert actions[:3] == ["confirm", "reopen", "reject"]


def test_merge_and_split_incidents(web: WebServer) -> None:
    with web.client(web.token) as c:
        ke = c.get("/api/incidents", params={"country": "KE"}).json()["items"]
        incs = c.get("/api/incidents", params={"limit": 500}).json()["items"]
        a, b = (ke + [i for i in incs if i not in ke])[:2]
        r = c.post("/api/incidents/merge", json={"incident_ids": [a["id"], b["id"]], "why": "same protest"})
        assert r.status_code == 201, r.text
        merged = c.get(f"/api/incidents/{a['id']}").json()
        assert len(merged["claims"]) == a["claims"] + b["claims"]
        assert c.get(f"/api/incidents/{b['id']}").json()["claims"] == []
        log = c.get("/api/audit", params={"target_type": "incident_override"}).json()["items"]
        assert log[0]["action"] == "merge" and log[0]["why"] == "same protest"
        # split one claim back off
        one = merged["claims"][-1]["id"]
        r = c.post(f"/api/incidents/{a['id']}/split", json={"claims": [one], "why": "a different day"})
        assert r.status_code == 201, r.text
        new = r.json()["incident_id"]
        assert [x["id"] for x in c.get(f"/api/incidents/{new}").json()["claims"]] == [one]
        assert len(c.get(f"/api/incidents/{a['id']}").json()["claims"]) == len(merged["claims"]) - 1
        overrides = [e["action"] for e in c.get("/api/audit", params={"target_type": "incident_override"}).json()["items"]]
        assert overrides[:2] == ["split", "merge"]


@pytest.mark.parametrize("body,status", [
    ({"incident_ids": ["only-one"], "why": "x"}, 422),
    ({"incident_ids": ["inc-nope-1", "inc-nope-2"], "why": "x"}, 404),
    ({"incident_ids": "inc-a,inc-b", "why": "x"}, 422),
    ({"incident_ids": ["a", "a"], "why": "x"}, 422),
])
def test_merge_bad_inputs(web: WebServer, body: dict, status: int) -> None:
    with web.client(web.token) as c:
        r = c.post("/api/incidents/merge", json=body)
        assert r.status_code == status, r.text
        assert r.json()["error"]["message"]


def test_split_bad_inputs(web: WebServer) -> None:
    with web.client(web.token) as c:
        inc = max(c.get("/api/incidents", params={"limit": 500}).json()["items"], key=lambda i: i["claims"])
        claims = [x["id"] for x in c.get(f"/api/incidents/{inc['id']}").json()["claims"]]
        path = f"/api/incidents/{inc['id']}/split"
        assert c.post(path, json={"claims": claims, "why": "x"}).status_code == 422  # would empty it
        assert c.post(path, json={"claims": ["zzz:0"], "why": "x"}).status_code == 422
        assert c.post(path, json={"claims": ["not a claim id"], "why": "x"}).status_code == 422
        assert c.post(path, json={"claims": [claims[0]]}).status_code == 422
        assert c.post("/api/incidents/inc-nope/split", json={"claims": [claims[0]], "why": "x"}).status_code == 404


def test_url_fetch_has_size_and_status_limits(web: WebServer) -> None:
    from crosstally.web._http import ApiError
    from crosstally.web.routes.documents import _fetch

    page = _fetch(web.base + "/api/docs", 100_000)  # a real page over real HTTP
    assert "swagger-ui" in page
    with pytest.raises(ApiError) as big:
        _fetch(web.base + "/static/vendor/world-atlas/countries-50m.json", 10_000)
    assert big.value.status == 413
    with pytest.raises(ApiError) as missing:
        _fetch(web.base + "/no/such/page", 10_000)
    assert missing.value.status == 400 and "404" in missing.value.message
    with pytest.raises(ApiError) as refused:
        _fetch("http://127.0.0.1:9/", 10_000)  # nothing listens on the discard port
    assert refused.value.code == "fetch_failed"
