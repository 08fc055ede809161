"""`crosstally gazetteer load`: a GeoNames country dump (zip, 19 tab-separated columns) extends the gazetteer."""

from __future__ import annotations

import zipfile

import pytest

from crosstally.config import get_settings
from crosstally.errors import InputError
from crosstally.geo import GeoContext, contains, geocode_name, get_gazetteer, load_gazetteer_dump


def _row(gid, name, alts, lat, lon, fclass, fcode, cc, a1, a2, pop):
    cols = [str(gid), name, name, ",".join(alts), str(lat), str(lon), fclass, fcode, cc, "", a1, a2, "", "",
            str(pop), "", "100", "Asia/Damascus", "2024-01-01"]
    assert len(cols) == 19
    return "\t".join(cols)


def _dump(tmp_path, rows, name="SY"):
    path = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{name}.txt", "\n".join(rows) + "\n")
        zf.writestr("readme.txt", "fixture written for crosstally tests")
    return path


def test_dump_adds_villages_and_districts(tmp_path):
    rows = [
        # An invented district and hamlet in Latakia governorate (admin1 code 02), plus a stream (dropped).
        _row(99000001, "Wadi Testun District", [], 35.40, 35.95, "A", "ADM2", "SY", "02", "T1", 0),
        _row(99000002, "Qaryat Testiyah", ["Qaryet Testiye", "قرية"], 35.41, 35.96, "P", "PPL", "SY", "02", "T1", 40),
        _row(99000003, "Nahr Testi", [], 35.42, 35.97, "H", "STM", "SY", "02", "", 0),
    ]
    settings = get_settings(gazetteer_dir=str(tmp_path / "gaz"))
    n = load_gazetteer_dump(_dump(tmp_path, rows), settings)
    assert n == 2
    assert (tmp_path / "gaz" / "SY.tsv").exists()
    ctx = GeoContext.from_text("Attacks in Latakia, Syria.")
    loc = geocode_name("Qaryet Testiye", ctx, gazetteer_dir=settings.gazetteer_dir)
    assert loc is not None and loc.geonameid == 99000002
    assert (loc.admin1, loc.admin2, loc.country_code, loc.precision) == ("Latakia", "Wadi Testun District", "SY", 1)
    district = geocode_name("Wadi Testun district", ctx, gazetteer_dir=settings.gazetteer_dir)
    assert district is not None and district.precision == 2
    assert contains(district, loc, gazetteer_dir=settings.gazetteer_dir)
    # The default gazetteer (no dumps) is untouched.
    assert not get_gazetteer(tmp_path / "empty").lookup("Qaryat Testiyah")


def test_bad_dump_is_refused_with_the_line(tmp_path):
    path = _dump(tmp_path, ["12\tonly\tthree"], name="XX")
    with pytest.raises(InputError, match="line 1 has 3 columns"):
        load_gazetteer_dump(path, get_settings(gazetteer_dir=str(tmp_path / "gaz")))
    with pytest.raises(InputError, match="No such file"):
        load_gazetteer_dump(tmp_path / "missing.zip", get_settings(gazetteer_dir=str(tmp_path / "gaz")))
