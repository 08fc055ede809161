"""read_path / iter_documents: every format, stdin, folders, and bad input that never raises."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from crosstally.config import get_settings
from crosstally.ingest import iter_documents, read_path, reader_name, sniff
from crosstally.registry import readers, resolve

FIX = Path(__file__).parent / "fixtures" / "ingest"


def _docs(path: Path | str, **kw):  # type: ignore[no-untyped-def]
    return list(read_path(path, **kw))


def test_readers_are_registered_with_versioned_names() -> None:
    for kind in ("text", "html", "jsonl", "csv", "warc", "feed"):
        assert callable(resolve("readers", reader_name(kind)))
    assert "crosstally.readers.html.v1" in readers.get_all()


def test_plain_text() -> None:
    (doc,) = _docs(FIX / "folder" / "b.txt", source="Example Source", published=date(2025, 3, 10))
    assert doc.status == "ok"
    assert doc.text.startswith("Second file in the folder.")
    assert doc.raw == doc.text
    assert doc.origin == str(FIX / "folder" / "b.txt")
    assert doc.source == "Example Source"
    assert doc.published == date(2025, 3, 10)


def test_html_main_text_and_metadata() -> None:
    (doc,) = _docs(FIX / "article.html")
    assert doc.status == "ok"
    assert "more than 1,000 civilians had been killed in three days" in doc.text
    assert "Home" not in doc.text.split("\n")  # navigation dropped
    assert "tracking" not in doc.text  # scripts dropped
    assert doc.title == "Coastal killings: monitors revise toll"
    assert doc.author == "Rana Haddad"
    assert doc.site_name == "Example Herald"
    assert doc.source == "Example Herald"
    assert doc.published == date(2025, 3, 10)
    assert doc.url == "https://herald.example.org/2025/03/10/coastal-toll"
    assert doc.raw is not None and "<article>" in doc.raw
    assert "\n\n" in doc.text  # paragraphs kept apart
    assert doc.meta["reader"] == "crosstally.readers.html.v1"


def test_caller_source_overrides_and_published_is_only_a_fallback() -> None:
    (doc,) = _docs(FIX / "article.html", source="My Outlet", published=date(2000, 1, 1))
    assert doc.source == "My Outlet"
    assert doc.published == date(2025, 3, 10)


def test_truncated_html_recovers_text() -> None:
    (doc,) = _docs(FIX / "broken.html")
    assert doc.status == "ok"
    assert "two people were injured when a crowd clashed" in doc.text
    assert doc.text.endswith("The clashes started after a trader was arrested")


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "blank.html"
    f.write_text("<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>")
    (doc,) = _docs(f)
    assert doc.status == "empty"
    assert doc.reasons == ["empty: no text in the HTML"]


def test_sniffed_html_without_extension(tmp_path: Path) -> None:
    f = tmp_path / "page"
    f.write_bytes((FIX / "article.html").read_bytes())
    (doc,) = _docs(f)
    assert doc.title == "Coastal killings: monitors revise toll"


def test_jsonl_good_and_bad_lines() -> None:
    docs = _docs(FIX / "notes.jsonl")
    assert [d.origin.rsplit(":", 1)[1] for d in docs] == ["1", "2", "4", "5", "6"]  # blank line 3 skipped
    first = docs[0]
    assert (first.input_id, first.status, first.source, first.title) == ("n1", "ok", "Example Wire", "Teacher shot")
    assert first.published == date(2020, 2, 4)
    assert first.url == "https://wire.example.org/n1"
    assert docs[1].status == "error" and docs[1].reasons[0].startswith("[E013] Line 2 of")
    assert docs[2].status == "error" and "[E014] Line 4" in docs[2].reasons[0] and "'text'" in docs[2].reasons[0]
    assert docs[2].input_id == "n3"
    assert docs[3].status == "error" and "not an object" in docs[3].reasons[0]
    last = docs[4]
    assert last.status == "ok" and last.input_id == "4"  # the file went on after the bad lines
    assert last.published is None and "[E017]" in last.reasons[0]
    assert len({d.id for d in docs}) == len(docs)  # error documents get distinct ids


def test_jsonl_published_fallback_and_long_line(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "text": "' + "x" * 300 + '"}\n{"id": "b", "text": "short"}\n')
    docs = _docs(f, published=date(2025, 3, 10), settings=get_settings(max_bytes=200))
    assert docs[0].status == "error" and docs[0].reasons[0].startswith("[E011]") and "line 1" in docs[0].reasons[0]
    assert docs[1].status == "ok" and docs[1].published == date(2025, 3, 10)


def test_csv_columns_and_malformed_rows() -> None:
    docs = _docs(FIX / "notes.csv")
    assert [d.input_id for d in docs if d.status != "error"] == ["k1", "k2", "k3", "k5", "k6"]
    k1 = docs[0]
    assert k1.text.startswith("On 14 January 2020") and k1.source == "Daily Example"
    assert k1.published == date(2020, 1, 14) and k1.origin.endswith("notes.csv:2")
    assert docs[2].text == 'A "quoted" word, and a\nline break inside the field.'
    bad = [d for d in docs if d.status == "error"]
    assert len(bad) == 1 and bad[0].reasons[0].startswith("[E016]") and "line 6" in bad[0].reasons[0]
    assert docs[-1].status == "empty" and "no text in column 'notes'" in docs[-1].reasons[0]


def test_csv_text_column_option_and_missing_column(tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text("key,story,title\n1,Two men were arrested in Kisumu.,Arrests\n")
    (doc,) = _docs(f, text_column="story")
    assert doc.text == "Two men were arrested in Kisumu." and doc.title == "Arrests"
    (err,) = _docs(f)
    assert err.status == "error" and err.reasons[0].startswith("[E015]") and "key, story, title" in err.reasons[0]


def test_csv_huge_field_allowed_up_to_max_bytes(tmp_path: Path) -> None:
    f = tmp_path / "big.csv"
    big = "word " * 40_000  # 200 kB, over csv's default 128 kB field limit
    f.write_text(f'id,text\n1,"{big}"\n2,"{"y" * 600_000}"\n3,after\n')
    docs = _docs(f, settings=get_settings(max_bytes=500_000))
    assert docs[0].status == "ok" and len(docs[0].text) == len(big)
    assert docs[1].status == "error" and "[E016]" in docs[1].reasons[0] and "CROSSTALLY_MAX_BYTES" in docs[1].reasons[0]
    assert docs[2].text == "after"


def test_tsv(tmp_path: Path) -> None:
    f = tmp_path / "a.tsv"
    f.write_text("Article id\tArticle title\tFull text\n7\tA title\tA man was shot in Ohio.\n")
    (doc,) = _docs(f)
    assert (doc.input_id, doc.title, doc.text) == ("7", "A title", "A man was shot in Ohio.")


PAGE = (
    "<html><head><title>Market fire</title></head><body><article>"
    "<p>Two traders died and five were injured when a fire spread through the central market of Garissa late on "
    "Saturday, county officials said. Nobody yet knew how the blaze began.</p>"
    "<p>Firefighters from the county and from a nearby army camp brought the fire under control after four hours, "
    "and officials said an inquiry had been opened into how it started.</p>"
    "</article></body></html>"
)


def _write_warc(path: Path, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        url = "https://herald.example.org/a"
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
        page = PAGE.encode("utf-8")
        html = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=html,
                                            warc_headers_dict={"WARC-Date": "2025-03-11T06:00:00Z"}))
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://herald.example.org/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n0000"), http_headers=png))
        w.write_record(w.create_warc_record(url, "metadata", payload=io.BytesIO(b"k: v\n"),
                                            warc_content_type="application/warc-fields"))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "crawl-no-extension"])
def test_warc(tmp_path: Path, name: str) -> None:
    f = tmp_path / name
    _write_warc(f, gz=not name.endswith(".warc"))
    docs = _docs(f)
    assert len(docs) == 2  # request and metadata records yield nothing
    page, logo = docs
    assert page.status == "ok" and "Two traders died and five were injured" in page.text
    assert page.url == "https://herald.example.org/a" and page.origin == f"{f}#https://herald.example.org/a"
    assert page.published == date(2025, 3, 11)  # WARC-Date as the fallback
    assert logo.status == "empty" and logo.reasons == ["non-HTML record (content-type image/png)"]


def test_corrupt_warc_reports_and_keeps_what_was_read(tmp_path: Path) -> None:
    f = tmp_path / "crawl.warc"
    _write_warc(f, gz=False)
    f.write_bytes(f.read_bytes() + b"this is not a WARC record\r\n\r\njunk")
    docs = _docs(f)
    assert [d.status for d in docs] == ["ok", "empty", "error"]
    assert docs[-1].reasons[0].startswith("[E016]") and "WARC" in docs[-1].reasons[0]


def test_rss_and_atom() -> None:
    rss = _docs(FIX / "feed.rss")
    assert [d.title for d in rss] == ["Two killed in Mandera attack", "Protest in Kabul ends peacefully"]
    first = rss[0]
    assert first.text == "Gunmen killed two people in an attack on a bus near Mandera on Monday, police said.\n\n" \
                         "No group has said it carried out the attack."
    assert first.url == "https://wire.example.org/items/mandera-attack"
    assert first.source == "Example Wire" and first.published == date(2020, 2, 4)
    assert first.origin == f"{FIX / 'feed.rss'}#https://wire.example.org/items/mandera-attack"
    (atom,) = _docs(FIX / "feed.atom")
    assert atom.text == "The monitor documented 745 civilian deaths in coastal areas since Thursday."
    assert atom.source == "Example Monitor" and atom.published == date(2025, 3, 9)


def test_folder_recursion_sorted_skipping_hidden() -> None:
    docs = _docs(FIX / "folder")
    assert [Path(d.origin).relative_to(FIX / "folder").as_posix() for d in docs] == ["a.md", "b.txt", "sub/c.txt"]


def test_iter_documents_goes_on_after_bad_files(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    docs = list(iter_documents([tmp_path / "missing.txt", pdf, FIX / "folder" / "b.txt"], source="S"))
    assert [d.status for d in docs] == ["error", "error", "ok"]
    assert docs[0].reasons[0] == f"[E018] No such file or folder: '{tmp_path / 'missing.txt'}'."
    assert docs[1].reasons[0].startswith("[E010]") and "PDF" in docs[1].reasons[0]
    assert all(d.source == "S" for d in docs)


@pytest.mark.parametrize(
    ("name", "data", "detail"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        ("prog", b"\x7fELF\x02\x01\x01\x00", "ELF"),
        ("notes.txt", b"hello\x00world\x00", "NUL bytes"),
        ("data.gz", gzip.compress(b"just text", mtime=0), "gzip"),  # mtime=0: the same bytes in every worker
    ],
    ids=["png", "zip-as-txt", "elf", "nul-bytes", "gzip"],
)
def test_binary_files(tmp_path: Path, name: str, data: bytes, detail: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    (doc,) = _docs(f)
    assert doc.status == "error" and doc.reasons[0].startswith("[E010]") and detail in doc.reasons[0]
    assert "Convert it to text first" in doc.reasons[0]


def test_oversized_file_is_not_read(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_bytes(b"a" * 5000)
    (doc,) = _docs(f, settings=get_settings(max_bytes=1000))
    assert doc.status == "error"
    assert doc.reasons[0] == f"[E011] '{f}' is 5,000 bytes, over the limit of 1,000. Split it, or raise CROSSTALLY_MAX_BYTES."


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    (doc,) = _docs(f)
    assert doc.status == "empty" and doc.reasons == ["empty: the file is empty"]
    (ws,) = _docs(_write(tmp_path / "ws.txt", b"  \n\n "))
    assert ws.status == "empty"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_encodings(tmp_path: Path) -> None:
    text = "Café owners in Beirut said 3 people were hurt – police confirmed it."
    (bom,) = _docs(_write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert bom.text == text and not bom.reasons
    (u16,) = _docs(_write(tmp_path / "u16.txt", text.encode("utf-16")))
    assert u16.text == text and u16.status == "ok"
    (cp,) = _docs(_write(tmp_path / "cp.txt", text.encode("cp1252")))
    assert cp.text == text
    assert cp.reasons and "not valid UTF-8" in cp.reasons[0]


def test_stdin_subprocess() -> None:
    data = (FIX / "notes.jsonl").read_bytes()
    code = "import sys; from crosstally.ingest import read_path\n" \
           "for d in read_path('-'): print(d.status, d.input_id, d.origin)"
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True).stdout.decode()
    lines = out.splitlines()
    assert lines[0] == "ok n1 <stdin>:1"
    assert len(lines) == 5


def test_stdin_text_monkeypatched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Two people died in a fire on Monday.")))
    (doc,) = _docs("-")
    assert doc.text == "Two people died in a fire on Monday." and doc.origin == "<stdin>"


def test_sniff() -> None:
    assert sniff("x", b"WARC/1.1\r\n") == ("warc", None)
    assert sniff("x", b"  <?xml version='1.0'?><rss version='2.0'>") == ("feed", None)
    assert sniff("x.xml", b"<feed xmlns='http://www.w3.org/2005/Atom'>") == ("feed", None)
    assert sniff("x", b"<!DOCTYPE html><html>") == ("html", None)
    assert sniff("x", b'{"id": 1, "text": "a"}\n') == ("jsonl", None)
    assert sniff("x", b"Plain words.") == ("text", None)
    assert sniff("x.txt", b"%PDF-1.4")[0] == "binary"


def test_undecodable_text_is_e012(tmp_path: Path) -> None:
    (doc,) = _docs(_write(tmp_path / "junk.txt", bytes(range(128, 256))))
    assert doc.status == "error" and doc.reasons[0].startswith("[E012]") and "Re-save it as UTF-8" in doc.reasons[0]


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path: Path) -> None:
    (doc,) = _docs(_write(tmp_path / "tiny.html", b"<p>Two people were hurt.</p>"))
    assert doc.status == "ok" and doc.text == "Two people were hurt."
    assert doc.reasons == ["html: no main text found by trafilatura; used all page text"]


def test_csv_in_cp1252(tmp_path: Path) -> None:
    f = _write(tmp_path / "w.csv", "id,text\n1,Caf\u00e9 owners \u2013 two hurt.\n".encode("cp1252"))
    (doc,) = _docs(f)
    assert doc.text == "Caf\u00e9 owners \u2013 two hurt." and "cp1252" in doc.reasons[0]


def test_json_array_object_and_jsonl_content(tmp_path: Path) -> None:
    arr = _write(tmp_path / "a.json", b'[\n  {"id": "x1", "text": "Two died."},\n  {"id": "x2"}\n]\n')
    docs = _docs(arr)
    assert [(d.input_id, d.status) for d in docs] == [("x1", "ok"), ("x2", "error")]
    assert docs[0].origin == f"{arr}#1" and "[E014]" in docs[1].reasons[0]
    (one,) = _docs(_write(tmp_path / "o.json", b'{"id": 7, "text": "One was hurt."}'))
    assert (one.input_id, one.text) == ("7", "One was hurt.")
    lines = _docs(_write(tmp_path / "l.json", (FIX / "notes.jsonl").read_bytes()))
    assert [d.status for d in lines] == ["ok", "error", "error", "error", "ok"]
    assert callable(resolve("readers", reader_name("json")))


def test_forced_reader(tmp_path: Path) -> None:
    f = _write(tmp_path / "contract-input.txt", (FIX / "notes.jsonl").read_bytes())
    assert len(_docs(f)) == 1  # a .txt file is text by default
    docs = _docs(f, reader="jsonl")
    assert [d.input_id for d in docs if d.status == "ok"] == ["n1", "4"]
    assert _docs(f, reader="crosstally.readers.jsonl.v1")[0].input_id == "n1"
    (bad,) = _docs(f, reader="nope")
    assert bad.status == "error" and bad.reasons[0].startswith("[E001] Unknown readers 'nope'")
    pdf = _write(tmp_path / "x.pdf", b"%PDF-1.4\n")
    assert _docs(pdf, reader="text")[0].reasons[0].startswith("[E010]")  # binary is never forced


def test_symlink_loop_does_not_recurse_forever(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    _write(tmp_path / "d" / "a.txt", b"One person was hurt.")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")
    assert [d.text for d in _docs(tmp_path)] == ["One person was hurt."]


def test_jsonl_line_may_carry_its_country(tmp_path: Path) -> None:
    """The contract's optional `country` field becomes the document's prior, given as a code or a name; a value
    that names no country is ignored with a reason."""
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Police fired tear gas in Kisumu.", "country": "ke"}\n'
                    '{"id": "b", "text": "Police fired tear gas in Kisumu.", "country": "Narnia"}\n'
                    '{"id": "c", "text": "Police fired tear gas in Kisumu."}\n'
                    '{"id": "d", "text": "Police fired tear gas in Kisumu.", "country": " kenya "}\n'
                    '{"id": "e", "text": "Police fired tear gas in Kisumu.", "country": "KEN"}\n', encoding="utf-8")
    a, b, c, d, e = iter_documents([path], reader="jsonl")
    assert a.meta["country"] == "KE" and not a.reasons
    assert "country" not in b.meta and any("names no country" in r for r in b.reasons)
    assert "country" not in c.meta
    assert d.meta["country"] == e.meta["country"] == "KE" and not d.reasons and not e.reasons
