"""The read API over a running server: documents, claims, incidents, framing, lists, downloads, audit."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_web_app import WebServer, web_server


@pytest.fixture(scope="session")
def web() -> WebServer:
    """The shared server (built once per run by test_web_app.web_server)."""
    return web_server()

COVERS = {
    "GET /api/health", "GET /api/documents", "GET /api/documents/{doc_id}", "GET /api/claims",
    "GET /api/claims/{doc_id}/{idx}", "GET /api/incidents", "GET /api/incidents/{incident_id}",
    "GET /api/framing", "GET /api/sources", "GET /api/actors", "GET /api/places", "GET /api/event-types",
    "GET /api/audit", "GET /api/corrections", "GET /api/export/{fmt}",
}


def _all(c, path: str, **params) -> list[dict]:  # type: ignore[no-untyped-def]
    items, cursor, seen = [], None, 0
    while True:
        q = dict(params, **({"cursor": cursor} if cursor else {}))
        r = c.get(path, params=q)
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        cursor = body["next_cursor"]
        seen += 1
        if not cursor:
            return items
        assert seen < 100


def test_health_counts_what_the_pipeline_stored(web: WebServer) -> None:
    with web.client() as c:
        stats = c.get("/api/health").json()["stats"]
    assert stats["documents"] >= 15 and stats["events"] >= 20 and stats["incidents"] >= 5


def test_documents_list_status_reasons_and_detail(web: WebServer) -> None:
    with web.client() as c:
        docs = _all(c, "/api/documents", limit=3)
        assert len({d["id"] for d in docs}) == len(docs) >= 15  # keyset pages: no repeats, nothing lost
        assert all("status" in d and isinstance(d["reasons"], list) and "text" not in d for d in docs)
        assert {d["id"] for d in _all(c, "/api/documents", status="ok", limit=500)} <= {d["id"] for d in docs}
        assert c.get("/api/documents", params={"status": "bogus"}).status_code == 422
        d = c.get(f"/api/documents/{web.xss_doc}").json()
        assert d["text"].startswith("Gunmen killed 4 farmers")
        assert d["status"] == "ok" and d["claims"]
        for h in d["highlights"]:  # every highlight is a real span of the text
            assert 0 <= h["start"] < h["end"] <= len(d["text"])
        kinds = {h["kind"] for h in d["highlights"]}
        assert "count" in kinds and "place" in kinds
        r = c.get("/api/documents/no-such-doc")
        assert r.status_code == 404 and "no-such-doc" in r.json()["error"]["message"]


def test_claims_filters_and_stable_cursors(web: WebServer) -> None:
    with web.client() as c:
        everything = _all(c, "/api/claims", limit=500)
        paged = _all(c, "/api/claims", limit=4)
        assert [x["id"] for x in paged] == [x["id"] for x in everything]
        claim = everything[0]
        assert {"id", "doc_id", "index", "counts", "actors", "evidence", "sentence", "review", "source"} <= set(claim)
        lat = _all(c, "/api/claims", admin1="Latakia", limit=500)
        assert lat and all(x["location"]["admin1"] == "Latakia" for x in lat)
        assert len(lat) < len(everything)
        sy = _all(c, "/api/claims", country="sy", limit=500)
        assert sy and all(x["location"]["country_code"] == "SY" for x in sy)
        march = _all(c, "/api/claims", date_from="2025-03-01", date_to="2025-03-31", limit=500)
        assert march and all(x["date"]["end"] >= "2025-03-01" and x["date"]["start"] <= "2025-03-31" for x in march)
        etype = everything[0]["event_type"]
        assert all(x["event_type"] == etype for x in _all(c, "/api/claims", event_type=etype))
        src = _all(c, "/api/claims", source="Syrian Observatory for Human Rights")
        assert src and all(x["source"] == "Syrian Observatory for Human Rights" for x in src)
        text = _all(c, "/api/claims", q="FARMERS")  # case-insensitive text search
        assert {x["doc_id"] for x in text} == {web.xss_doc}
        named = next(a for x in everything for a in x["actors"] if a["name"])
        by_actor = _all(c, "/api/claims", actor=named["name"].upper())
        assert by_actor and all(any(a["name"].lower() == named["name"].lower() or
                                    a["mention"].lower() == named["name"].lower() for a in x["actors"])
                                for x in by_actor)
        assert _all(c, "/api/claims", admin1="Nowhere Province") == []


def test_claims_bad_inputs_are_4xx_with_a_message(web: WebServer) -> None:
    with web.client() as c:
        for params, status in (({"limit": "abc"}, 422), ({"limit": 0}, 422), ({"limit": 100000}, 422),
                               ({"date_from": "March 3"}, 422), ({"cursor": "not-a-cursor!"}, 400),
                               ({"q": "x" * 1000}, 422)):
            r = c.get("/api/claims", params=params)
            assert r.status_code == status, (params, r.text)
            err = r.json()["error"]
            assert err["code"] and len(err["message"]) > 10
        r = c.get("/api/claims", params={"limit": "abc"})
        assert "limit" in r.json()["error"]["message"]
        assert "2025-03-10" in c.get("/api/claims", params={"date_from": "March 3"}).json()["error"]["message"]


def test_claim_detail_has_the_sentence_with_evidence(web: WebServer) -> None:
    with web.client() as c:
        d = c.get(f"/api/documents/{web.xss_doc}").json()
        first = d["claims"][0]
        claim = c.get(f"/api/claims/{first['doc_id']}/{first['index']}").json()
        s = claim["sentence"]
        assert s["text"] == d["text"][s["start"]:s["end"]]
        count = next(h for h in s["highlights"] if h["kind"] == "count")
        assert s["text"][count["start"]:count["end"]].startswith(("killed 4", "4"))  # "killed 4 farmers"
        assert c.get(f"/api/claims/{first['doc_id']}/999").status_code == 404
        assert c.get(f"/api/claims/{first['doc_id']}/-1").status_code == 422
        assert c.get(f"/api/claims/{first['doc_id']}/one").status_code == 422


def test_incidents_list_filters_and_detail(web: WebServer) -> None:
    with web.client() as c:
        incs = _all(c, "/api/incidents", limit=500)
        assert [i["id"] for i in _all(c, "/api/incidents", limit=2)] == [i["id"] for i in incs]
        assert all(i["claims"] >= 1 for i in incs)
        assert any(i["lat"] is not None for i in incs)
        lat = _all(c, "/api/incidents", admin1="Latakia")
        assert lat and len(lat) < len(incs)
        ke = _all(c, "/api/incidents", country="KE")
        assert ke and all(i["country_code"] == "KE" for i in ke)
        assert c.get("/api/incidents", params={"cursor": "bad"}).status_code == 400
        big = max(incs, key=lambda i: (len(i["sources"]), i["claims"]))
        d = c.get(f"/api/incidents/{big['id']}").json()
        assert d["incident"]["id"] == big["id"]
        assert {"figures", "independent_sources"} <= set(d["reconciliation"])
        assert len(d["claims"]) == big["claims"] and all("sentence" in x for x in d["claims"])
        assert isinstance(d["disagreements"], list)
        assert d["framing"]["rows"] and len(d["framing"]["cells"][0]) == len(d["framing"]["columns"])
        assert d["documents"]
        r = c.get("/api/incidents/inc-unknown")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_framing_by_incident_and_by_source(web: WebServer) -> None:
    with web.client() as c:
        inc = _all(c, "/api/incidents")[0]["id"]
        t = c.get("/api/framing", params={"incident_id": inc}).json()
        assert t["incident_id"] == inc and t["rows"]
        s = c.get("/api/framing", params={"source": "Syrian Observatory for Human Rights"}).json()
        assert s["documents"] >= 3 and s["event_terms"]
        assert c.get("/api/framing").status_code == 422
        assert c.get("/api/framing", params={"source": "Nobody"}).status_code == 404
        assert c.get("/api/framing", params={"incident_id": "inc-nope"}).status_code == 404


def test_lists_of_sources_actors_places_and_types(web: WebServer) -> None:
    with web.client() as c:
        sources = c.get("/api/sources").json()["items"]
        assert {"Syrian Observatory for Human Rights", "Fixture <b>Outlet</b>"} <= {s["source"] for s in sources}
        assert all(s["events"] >= 1 for s in sources)
        assert c.get("/api/actors").json()["items"]
        places = c.get("/api/places").json()["items"]
        assert any(p["location_name"] and p["lat"] is not None for p in places)
        admin1 = {p["admin1"] for p in c.get("/api/places", params={"level": "admin1"}).json()["items"]}
        assert "Latakia" in admin1
        countries = c.get("/api/places", params={"level": "country"}).json()["items"]
        assert {"SY": "SYR", "KE": "KEN"}.items() <= {p["country_code"]: p["iso3"] for p in countries}.items()
        assert c.get("/api/places", params={"level": "planet"}).status_code == 422
        types = c.get("/api/event-types").json()["items"]
        assert types and sum(t["events"] for t in types) == c.get("/api/health").json()["stats"]["events"]
        assert c.get("/api/sources", params={"limit": -1}).status_code == 422


def test_downloads_of_a_filtered_view(web: WebServer) -> None:
    with web.client() as c:
        want = _all(c, "/api/claims", admin1="Latakia", limit=500)
        gj = c.get("/api/export/geojson", params={"admin1": "Latakia"})
        assert gj.status_code == 200 and gj.headers["content-type"].startswith("application/geo+json")
        feats = json.loads(gj.text)["features"]
        assert len(feats) == len([x for x in want if x["location"] and x["location"]["lat"] is not None])
        rows = list(csv.DictReader(io.StringIO(c.get("/api/export/csv", params={"admin1": "Latakia"}).text)))
        assert len(rows) == len(want)
        lines = [json.loads(x) for x in c.get("/api/export/jsonl", params={"admin1": "Latakia"}).text.splitlines() if x]
        assert sum(len(x["events"]) for x in lines) == len(want)
        assert c.get("/api/export/xlsx").status_code == 422
        assert c.get("/api/export/csv", params={"date_to": "yesterday"}).status_code == 422


def test_audit_and_corrections_lists(web: WebServer) -> None:
    with web.client() as c:
        r = c.get("/api/audit", params={"limit": 5})
        assert r.status_code == 200 and "items" in r.json()
        assert c.get("/api/audit", params={"cursor": "zzz"}).status_code == 400
        assert isinstance(c.get("/api/corrections").json()["items"], list)
        assert c.get("/api/corrections", params={"active_only": "perhaps"}).status_code == 422


def test_a_cursor_from_another_list_is_refused(web: WebServer) -> None:
    with web.client() as c:
        cursors = {p: c.get(p, params={"limit": 1}).json()["next_cursor"]
                   for p in ("/api/claims", "/api/incidents", "/api/documents")}
        assert all(cursors.values())
        for p in cursors:
            for other, cur in cursors.items():
                r = c.get(p, params={"cursor": cur, "limit": 1})
                assert r.status_code == (200 if other == p else 400), (p, other, r.text)


@pytest.mark.parametrize("path", ["/api/claims", "/api/incidents", "/api/documents"])
def test_lists_refuse_tampered_cursors(web: WebServer, path: str) -> None:
    import base64

    forged = base64.urlsafe_b64encode(b'{"not": "a list"}').decode().rstrip("=")
    with web.client() as c:
        r = c.get(path, params={"cursor": forged})
        assert r.status_code == 400 and "cursor" in r.json()["error"]["message"]
