"""One reader per input format, registered in ``crosstally.registry.readers`` under versioned names.

A reader takes an open binary stream, the label used in ``origin`` and the read options, and
yields Documents. Bad records become Documents with ``status="error"`` and a numbered reason; a
reader never raises for bad input (``read_path`` still guards against the unexpected).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from ..config import Settings
from ..countries import country_code
from ..errors import Errors, InputError
from ..records import Document, Status, document_id
from ..registry import readers
from ._decode import bom_encoding, decode, html_to_text, parse_date

# Columns tried, in order, when the caller names no text column (compared case-insensitively).
TEXT_COLUMNS = ("text", "notes", "full text", "body", "content", "article", "article text")
_FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article id", "article_id", "doc_id", "document_id", "data_id", "event_id_cnty"),
    # Not ACLED's event_date: it is the answer the date extractor is scored against, not a publication date.
    "published": ("published", "date", "publication_date", "pub_date", "published_at"),
    "source": ("source", "outlet", "publisher"),
    "url": ("url", "article url", "link"),
    "title": ("title", "article title", "headline"),
    "author": ("author", "byline"),
}
_MAX_CSV_ERRORS = 1000


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caller told ``read_path``: overrides, fallbacks and limits."""

    source: str | None
    published: date | None
    text_column: str | None
    settings: Settings
    reader: str | None = None  # a forced format kind or registry name; None = by extension and sniffing

    @property
    def max_bytes(self) -> int:
        return self.settings.max_bytes


def problem(origin: str, reason: str, *, status: Status = "error", input_id: str | None = None,
            url: str | None = None) -> Document:
    """A Document that stops here: no text, a status, the reason, and an id unique to its origin."""
    return Document(text="", id=document_id(f"{status}\x00{origin}"), origin=origin, status=status,
                    reasons=[reason], input_id=input_id, url=url)


def _no_id(doc: Document) -> Document:
    """A JSONL line whose id could not be read: the contract echoes id null for it."""
    doc.meta["input_id"] = None
    return doc


def read_bounded(stream: BinaryIO, label: str, limit: int) -> bytes:
    """Read at most ``limit`` bytes; E011 if there is more (only ``limit + 1`` bytes are ever read)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(Errors.E011.format(path=label, size=len(data), limit=limit).replace(
            f"is {len(data):,} bytes", f"is over {limit:,} bytes"))
    return data


def _bound_raw(raw: str, opts: ReadOptions) -> str:
    return raw[: opts.max_bytes]


# --------------------------------------------------------------------------------------------- text
@readers.register("crosstally.readers.text.v1")
def read_text(stream: BinaryIO, label: str, opts: ReadOptions) -> Iterator[Document]:
    """Plain text, Markdown or any unknown text file: one Document."""
    try:
        text, note = decode(read_bounded(stream, label, opts.max_bytes), label)
    except InputError as exc:
        yield problem(label, str(exc))
        return
    doc = Document(text=text, raw=_bound_raw(text, opts), origin=label)
    if note:
        doc.reasons.append(note)
    if not text.strip():
        doc.fail("empty", "empty: the file has no text")
    yield doc


# --------------------------------------------------------------------------------------------- html
def html_document(markup: str, origin: str, opts: ReadOptions, *, url: str | None = None) -> Document:
    """Main text and metadata of one HTML page via trafilatura, with a tag-stripping fallback."""
    import trafilatura

    reasons: list[str] = []
    result = None
    try:
        result = trafilatura.bare_extraction(markup, url=url, with_metadata=True, include_comments=False,
                                             favor_recall=True)
    except Exception as exc:  # trafilatura can fail on badly broken markup: fall back below
        reasons.append(f"html: trafilatura failed ({type(exc).__name__}: {exc}); used all page text")
    text = ""
    if result is not None and (result.text or "").strip():
        text = "\n\n".join(ln.strip() for ln in result.text.split("\n") if ln.strip())
    else:
        text = html_to_text(markup)
        if text and not reasons:
            reasons.append("html: no main text found by trafilatura; used all page text")
    doc = Document(text=text, raw=_bound_raw(markup, opts), origin=origin, url=url, reasons=reasons)
    if result is not None:
        doc.title = result.title or None
        doc.author = result.author or None
        doc.site_name = result.sitename or None
        doc.url = url or result.url or None
        doc.published = parse_date(result.date)
        if doc.site_name:
            doc.source = doc.site_name
    if not text.strip():
        doc.fail("empty", "empty: no text in the HTML")
    return doc


@readers.register("crosstally.readers.html.v1")
def read_html(stream: BinaryIO, label: str, opts: ReadOptions) -> Iterator[Document]:
    """One HTML page: main text via trafilatura ``bare_extraction``; title, date, author, site name, URL."""
    try:
        markup, note = decode(read_bounded(stream, label, opts.max_bytes), label)
    except InputError as exc:
        yield problem(label, str(exc))
        return
    doc = html_document(markup, label, opts)
    if note:
        doc.reasons.insert(0, note)
    yield doc


# --------------------------------------------------------------------------------------------- jsonl
def _read_line(stream: BinaryIO, limit: int) -> tuple[bytes, int]:
    """One line, and its full size; a line over ``limit`` is skipped to its end and returned empty."""
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, len(line)
    size = len(line)
    while True:
        chunk = stream.readline(1 << 20)
        size += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return b"", size


@readers.register("crosstally.readers.jsonl.v1")
def read_jsonl(stream: BinaryIO, label: str, opts: ReadOptions) -> Iterator[Document]:
    """JSON Lines in the input format of shared/contracts/extract-jsonl.md: one Document a line, bad lines too."""
    lineno = 0
    while True:
        raw, size = _read_line(stream, opts.max_bytes)
        if not raw and not size:
            return
        lineno += 1
        origin = f"{label}:{lineno}"
        if not raw:
            yield _no_id(problem(origin, Errors.E011.format(path=f"{label} line {lineno}", size=size, limit=opts.max_bytes)))
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _no_id(problem(origin, Errors.E013.format(line=lineno, path=label, detail=f"not UTF-8: {exc.reason} at byte {exc.start}")))
            continue
        try:
            obj = json.loads(line.strip())
        except json.JSONDecodeError as exc:
            yield _no_id(problem(origin, Errors.E013.format(line=lineno, path=label, detail=f"{exc.msg} at character {exc.pos + 1}")))
            continue
        yield record_document(obj, label, lineno, origin, opts)


def record_document(obj: object, label: str, lineno: int, origin: str, opts: ReadOptions) -> Document:
    """One input record of the JSONL contract (id, text, published, source, url, title, country) as a Document."""
    if not isinstance(obj, dict):
        return _no_id(problem(origin, Errors.E013.format(line=lineno, path=label, detail=f"a JSON {type(obj).__name__}, not an object")))
    ident = obj.get("id")
    input_id = None if ident is None else str(ident)
    if ident is None or ident == "":
        return _no_id(problem(origin, Errors.E014.format(line=lineno, path=label, field="id")))
    text = obj.get("text")
    if not isinstance(text, str):
        detail = Errors.E014.format(line=lineno, path=label, field="text")
        if text is not None:
            detail += f" (it is a JSON {type(text).__name__}, not a string)"
        return problem(origin, detail, input_id=input_id)
    if len(text) > opts.max_bytes:
        return problem(origin, Errors.E011.format(path=f"{label} line {lineno}", size=len(text), limit=opts.max_bytes),
                       input_id=input_id)
    doc = Document(text=text, raw=_bound_raw(text, opts), input_id=input_id, origin=origin,
                   source=_str(obj.get("source")), url=_str(obj.get("url")), title=_str(obj.get("title")),
                   author=_str(obj.get("author")))
    if not isinstance(ident, str):
        doc.meta["input_id"] = ident  # the contract echoes the id as given (a number stays a number)
    if obj.get("published") not in (None, ""):
        doc.published = parse_date(obj["published"])
        if doc.published is None:
            doc.reasons.append(f"line {lineno}: " + Errors.E017.format(value=obj["published"]))
    if obj.get("country") not in (None, ""):
        code = country_code(obj["country"])
        if code is not None:
            doc.meta["country"] = code  # the feed's country: a prior for same-name places, as --country is
        else:
            doc.reasons.append(f"line {lineno}: " + Errors.E019.format(value=obj["country"]))
    if not text.strip():
        doc.fail("empty", f"empty: line {lineno} has an empty 'text'")
    return doc


@readers.register("crosstally.readers.json.v1")
def read_json(stream: BinaryIO, label: str, opts: ReadOptions) -> Iterator[Document]:
    """A .json file: an array of records or one record; JSON Lines content is read line by line."""
    try:
        data = read_bounded(stream, label, opts.max_bytes)
        value = json.loads(data.decode("utf-8-sig"))
    except InputError as exc:
        yield problem(label, str(exc))
        return
    except (UnicodeDecodeError, json.JSONDecodeError):
        yield from read_jsonl(io.BufferedReader(io.BytesIO(data)), label, opts)  # type: ignore[arg-type]
        return
    if isinstance(value, list):
        for n, item in enumerate(value, start=1):
            yield record_document(item, label, n, f"{label}#{n}", opts)
    else:
        yield record_document(value, label, 1, f"{label}#1", opts)


def _str(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


# --------------------------------------------------------------------------------------------- csv
def _csv_encoding(head: bytes) -> tuple[str, str | None]:
    enc = bom_encoding(head)
    if enc:
        return enc, None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "cp1252", "decoded as cp1252 (not valid UTF-8)"
    return "utf-8", None


def _delimiter(label: str, header_line: str) -> str:
    if label.lower().endswith((".tsv", ".tab")) or header_line.count("\t") > header_line.count(","):
        return "\t"
    if header_line.count(";") > header_line.count(","):
        return ";"
    return ","


@readers.register("crosstally.readers.csv.v1")
def read_csv(stream: BinaryIO, label: str, opts: ReadOptions) -> Iterator[Document]:
    """CSV/TSV with a text column; id/published/source/url/title columns mapped when present."""
    head = stream.peek(65536)[:65536] if hasattr(stream, "peek") else b""
    enc, note = _csv_encoding(head)
    csv.field_size_limit(opts.max_bytes)  # huge fields allowed up to the per-record limit
    text_io = io.TextIOWrapper(stream, encoding=enc, newline="", errors="strict")
    try:
        yield from _csv_rows(text_io, label, opts, note)
    finally:
        text_io.detach()  # leave the caller's stream (stdin) open


def _csv_rows(text_io: io.TextIOWrapper, label: str, opts: ReadOptions, note: str | None) -> Iterator[Document]:
    try:
        first = text_io.readline()
    except UnicodeDecodeError as exc:
        yield problem(label, Errors.E012.format(path=label, detail=str(exc)))
        return
    reader = csv.reader(io.StringIO(first), delimiter=_delimiter(label, first), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield problem(label, Errors.E016.format(path=label, kind="CSV", detail=f"no header row ({exc or 'empty'})"))
        return
    names = [h.strip().lower() for h in header]
    wanted = opts.text_column
    if wanted is not None:
        col = names.index(wanted.strip().lower()) if wanted.strip().lower() in names else None
    else:
        col = next((names.index(c) for c in TEXT_COLUMNS if c in names), None)
    if col is None:
        yield problem(label, Errors.E015.format(path=label, column=wanted or "text (or notes, Full text, body, content)",
                                                columns=", ".join(header) or "none"))
        return
    fields = {f: next((names.index(c) for c in cands if c in names), None) for f, cands in _FIELD_COLUMNS.items()}
    reader = csv.reader(text_io, delimiter=_delimiter(label, first), strict=True)
    errors = 0
    line = 1  # lines consumed so far (the header)
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line = 1 + reader.line_num
            errors += 1
            detail = f"record starting on line {start}: {exc}"
            if "field larger than field limit" in str(exc):
                detail += " (raise CROSSTALLY_MAX_BYTES for bigger fields)"
            yield problem(f"{label}:{start}", Errors.E016.format(path=label, kind="CSV", detail=detail))
            if errors >= _MAX_CSV_ERRORS:
                yield problem(f"{label}:{line}", Errors.E016.format(path=label, kind="CSV",
                              detail=f"{errors} malformed records; the rest of the file was not read"))
                return
            continue
        except UnicodeDecodeError as exc:
            yield problem(f"{label}:{start}", Errors.E012.format(path=label, detail=f"near line {start}: {exc}"))
            return
        line = 1 + reader.line_num
        origin = f"{label}:{start}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield problem(origin, Errors.E016.format(path=label, kind="CSV",
                          detail=f"line {start} has {len(row)} fields, the header has {len(header)}"))
            continue
        text = row[col]
        ident = _cell(row, fields["id"])
        if len(text) > opts.max_bytes or len(text.encode("utf-8")) > opts.max_bytes:
            yield problem(origin, Errors.E011.format(path=f"{label} line {start}", size=len(text.encode("utf-8")),
                                                     limit=opts.max_bytes), input_id=ident)
            continue
        doc = Document(text=text, raw=text, input_id=ident, origin=origin, source=_cell(row, fields["source"]),
                       url=_cell(row, fields["url"]), title=_cell(row, fields["title"]),
                       author=_cell(row, fields["author"]))
        if note:
            doc.reasons.append(note)
        pub = _cell(row, fields["published"])
        if pub:
            doc.published = parse_date(pub)
            if doc.published is None:
                doc.reasons.append(f"line {start}: " + Errors.E017.format(value=pub))
        if not text.strip():
            doc.fail("empty", f"empty: line {start} has no text in column '{header[col]}'")
        yield doc


def _cell(row: list[str], index: int | None) -> str | None:
    if index is None or index >= len(row):
        return None
    return row[index].strip() or None


# --------------------------------------------------------------------------------------------- warc
@readers.register("crosstally.readers.warc.v1")
def read_warc(stream: BinaryIO, label: str, opts: ReadOptions) -> Iterator[Document]:
    """WARC or WARC.gz: each HTML response becomes a Document; other responses are 'empty' with the reason."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        for n, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type not in ("response", "resource"):
                continue  # request, metadata, warcinfo, revisit: not documents
            url = record.rec_headers.get_header("WARC-Target-URI")
            origin = f"{label}#{url or f'record-{n}'}"
            headers = record.http_headers if record.rec_type == "response" and record.http_headers else record.rec_headers
            ctype = (headers.get_header("Content-Type") or "").strip()
            if "html" not in ctype.lower():
                yield problem(origin, f"non-HTML record (content-type {ctype or 'missing'})", status="empty", url=url)
                continue
            body = record.content_stream().read(opts.max_bytes + 1)
            if len(body) > opts.max_bytes:
                yield problem(origin, Errors.E011.format(path=origin, size=len(body), limit=opts.max_bytes).replace(
                    f"is {len(body):,} bytes", f"is over {opts.max_bytes:,} bytes"), url=url)
                continue
            try:
                markup, note = decode(body, origin)
            except InputError as exc:
                yield problem(origin, str(exc), url=url)
                continue
            doc = html_document(markup, origin, opts, url=url)
            if note:
                doc.reasons.insert(0, note)
            if doc.published is None:
                doc.published = parse_date(record.rec_headers.get_header("WARC-Date"))
            yield doc
    except Exception as exc:  # a truncated or corrupt archive: report it, keep what was read
        yield problem(f"{label}#error", Errors.E016.format(path=label, kind="WARC", detail=f"{type(exc).__name__}: {exc}"))


# --------------------------------------------------------------------------------------------- feeds
@readers.register("crosstally.readers.feed.v1")
def read_feed(stream: BinaryIO, label: str, opts: ReadOptions) -> Iterator[Document]:
    """RSS or Atom: each entry becomes a Document (content or summary HTML → text, link, date, feed title)."""
    import feedparser

    try:
        data = read_bounded(stream, label, opts.max_bytes)
    except InputError as exc:
        yield problem(label, str(exc))
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "no entries")
        status: Status = "error" if parsed.get("bozo") else "empty"
        reason = Errors.E016.format(path=label, kind="an RSS/Atom feed", detail=detail) if status == "error" \
            else f"empty: the feed has no entries ({detail})"
        yield problem(label, reason, status=status)
        return
    feed_title = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        origin = f"{label}#{link or f'entry-{n}'}"
        markup = ""
        if entry.get("content"):
            markup = entry["content"][0].get("value", "")
        if not markup.strip():
            markup = entry.get("summary", "") or ""
        text = html_to_text(markup) if "<" in markup else markup.strip()
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        doc = Document(text=text, raw=_bound_raw(markup, opts), origin=origin, url=link,
                       title=entry.get("title") or None, author=entry.get("author") or None,
                       source=feed_title, site_name=feed_title,
                       published=date(*when[:3]) if when else parse_date(entry.get("published")))
        if not text.strip():
            doc.fail("empty", "empty: the feed entry has no content or summary")
        yield doc
