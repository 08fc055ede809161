"""The compact place table behaves like the dict it replaces (and the built index uses it)."""

from __future__ import annotations

import pickle

from crosstally.geo import Place, get_gazetteer
from crosstally.geo._table import PlaceTable


def test_place_table_round_trip_and_overlay():
    a = Place(5, "Ţarţūs", "town", "SY", 7, None, 34.9, 35.9, 115000)
    b = Place(7, "Tartus", "admin1", "SY", None, None, None, None, 0)
    t = PlaceTable({7: b, 5: a})
    assert t[5] == a and t[7] == b and t.get(6) is None and 6 not in t and 5 in t
    assert len(t) == 2 and sorted(t) == [5, 7] and {p.geonameid for p in t.values()} == {5, 7}
    c = t.copy()
    c[9] = a._replace(geonameid=9)
    c[5] = a._replace(lat=1.0)
    assert len(c) == 3 and c[5].lat == 1.0 and 9 in c
    assert len(t) == 2 and t[5].lat == 34.9 and 9 not in t  # the copy never writes through
    assert pickle.loads(pickle.dumps(c))[9].geonameid == 9


def test_built_index_is_compact():
    gz = get_gazetteer()
    assert isinstance(gz.places, PlaceTable) and len(gz.places) > 100_000
    assert all(isinstance(v, tuple) for v in list(gz.keys.values())[:1000])
    herat = [p for p in gz.lookup("Herat") if p.kind == "town" and p.country_code == "AF"]
    assert herat and herat[0].lat is not None and gz.places[herat[0].geonameid] == herat[0]
