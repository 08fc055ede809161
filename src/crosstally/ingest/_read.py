"""read_path / iter_documents: files, folders and stdin → Documents, choosing a reader per file.

The reader is chosen by extension, then by sniffing the first bytes. Bad input never raises: a
missing path, a binary file, an oversized file or an unreadable record each becomes a Document with
``status="error"`` (or ``"empty"``) and a numbered reason, and the batch goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..config import Settings, get_settings
from ..errors import Errors
from ..records import Document
from ..registry import readers
from . import _readers  # noqa: F401  (registers the built-in readers)
from ._decode import GZIP_MAGIC, binary_reason, gunzip_head
from ._readers import ReadOptions, problem

_SNIFF_BYTES = 8192
_EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text", ".rst": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv", ".tab": "csv",
    ".warc": "warc", ".rss": "feed", ".atom": "feed",
}
# Formats read as one document: the whole-file size limit applies. The others apply it per record.
_SINGLE = frozenset({"text", "html", "feed"})


def reader_name(kind: str) -> str:
    """The registry name of the built-in reader for a format kind."""
    return f"crosstally.readers.{kind}.v1"


def sniff(name: str, head: bytes) -> tuple[str, str | None]:
    """(kind, why-binary) for a file: its format from the extension, else from the first bytes."""
    lower = name.lower()
    if head.startswith(b"WARC/") or head.startswith(GZIP_MAGIC) and gunzip_head(head).startswith(b"WARC/"):
        return "warc", None
    why = binary_reason(head)
    if why:
        return "binary", why
    if lower.endswith((".warc", ".warc.gz")):
        return "warc", None
    suffix = Path(lower).suffix
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix], None
    start = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")[:2048].lower()
    if start.startswith("<"):
        if any(tag in start for tag in ("<rss", "<feed", "<rdf:rdf")):
            return "feed", None
        return "html", None
    if start.startswith("{"):
        return "jsonl", None
    return "text", None


def _finish(doc: Document, opts: ReadOptions) -> Document:
    if opts.source:
        doc.source = opts.source
    if doc.published is None and opts.published is not None:
        doc.published = opts.published
    return doc


def _peekable(stream: BinaryIO) -> BinaryIO:
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]


def _read_stream(stream: BinaryIO, label: str, name: str, opts: ReadOptions, size: int | None) -> Iterator[Document]:
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(stream, "peek") else b""
    if not head:
        yield problem(label, "empty: the file is empty", status="empty")
        return
    kind, why = sniff(name, head)
    if opts.reader and kind != "binary":
        kind = opts.reader
    if kind == "binary":
        yield problem(label, Errors.E010.format(path=label, detail=why))
        return
    if kind == "text" and opts.text_column:
        kind = "csv"  # a text column was named: the caller says this is a table
    if kind in _SINGLE and size is not None and size > opts.max_bytes:
        yield problem(label, Errors.E011.format(path=label, size=size, limit=opts.max_bytes))
        return
    name = kind if "." in kind else reader_name(kind)
    try:
        reader = readers.get(name)
    except Exception:
        yield problem(label, Errors.E001.format(kind="readers", name=kind, available=", ".join(sorted(readers.get_all()))))
        return
    try:
        for doc in reader(stream, label, opts):
            doc.meta.setdefault("reader", name)
            yield doc
    except Exception as exc:  # never let one bad file stop the batch
        yield problem(f"{label}#error", Errors.E016.format(path=label, kind=kind, detail=f"{type(exc).__name__}: {exc}"))


def _walk(folder: Path, seen: set[Path] | None = None) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, skipping hidden files and folders (.git, .DS_Store)."""
    seen = set() if seen is None else seen
    real = folder.resolve()
    if real in seen:  # a symlink loop
        return
    seen.add(real)
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file():
            yield entry


def _read_file(file: Path, opts: ReadOptions) -> Iterator[Document]:
    label = str(file)
    try:
        size = file.stat().st_size
        stream = open(file, "rb")  # noqa: SIM115  (closed below; a generator cannot use 'with' across yields safely)
    except OSError as exc:
        yield problem(label, Errors.E016.format(path=label, kind="a file", detail=f"{type(exc).__name__}: {exc.strerror or exc}"))
        return
    try:
        yield from _read_stream(stream, label, file.name, opts, size)
    finally:
        stream.close()


def read_path(
    path: str | Path,
    *,
    source: str | None = None,
    published: date | None = None,
    text_column: str | None = None,
    settings: Settings | None = None,
    reader: str | None = None,
) -> Iterator[Document]:
    """Documents from a file, a folder (recursive, sorted) or ``-`` (stdin); never raises for bad input.

    ``source`` overrides what the files say; ``published`` is used where they give no date.
    ``reader`` forces a format ("jsonl", "csv", … or a registered reader name) instead of sniffing.
    """
    opts = ReadOptions(source=source, published=published, text_column=text_column,
                       settings=settings or get_settings(), reader=reader)
    for doc in _read_any(path, opts):
        yield _finish(doc, opts)


def _read_any(path: str | Path, opts: ReadOptions) -> Iterator[Document]:
    if str(path) == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            yield problem("<stdin>", Errors.E016.format(path="<stdin>", kind="input", detail="standard input is not open"))
            return
        yield from _read_stream(_peekable(stdin), "<stdin>", "", opts, None)
        return
    p = Path(path)
    if not p.exists():
        yield problem(str(p), Errors.E018.format(path=p))
        return
    for file in _walk(p) if p.is_dir() else iter([p]):
        yield from _read_file(file, opts)


def iter_documents(
    paths: Iterable[str | Path],
    *,
    source: str | None = None,
    published: date | None = None,
    text_column: str | None = None,
    settings: Settings | None = None,
    reader: str | None = None,
) -> Iterator[Document]:
    """Documents from several paths in order (see :func:`read_path`)."""
    settings = settings or get_settings()
    for path in paths:
        yield from read_path(path, source=source, published=published, text_column=text_column, settings=settings,
                             reader=reader)
