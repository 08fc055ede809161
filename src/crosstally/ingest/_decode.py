"""Bytes → text, binary sniffing and HTML → text helpers shared by the readers."""

from __future__ import annotations

import codecs
import html as htmllib
import re
import zlib
from datetime import date, datetime
from functools import lru_cache

from ..errors import Errors, InputError

# Known file signatures of formats we cannot read as text: (magic bytes, offset, what it is).
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF", 0, "PDF signature %PDF"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image signature"),
    (b"PK\x03\x04", 0, "ZIP archive signature (also .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", 0, "empty ZIP archive signature"),
    (b"\x7fELF", 0, "ELF executable signature"),
    (b"GIF87a", 0, "GIF image signature"),
    (b"GIF89a", 0, "GIF image signature"),
    (b"\xff\xd8\xff", 0, "JPEG image signature"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "OLE2 signature (old .doc/.xls)"),
    (b"Rar!\x1a\x07", 0, "RAR archive signature"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive signature"),
    (b"\xfd7zXZ\x00", 0, "XZ archive signature"),
    (b"BZh", 0, "bzip2 signature"),
    (b"SQLite format 3\x00", 0, "SQLite database signature"),
    (b"\x00asm", 0, "WebAssembly signature"),
    (b"OggS", 0, "Ogg media signature"),
    (b"ID3", 0, "MP3 signature"),
    (b"RIFF", 0, "RIFF media signature"),
    (b"ftyp", 4, "MP4/QuickTime signature"),
    (b"\xca\xfe\xba\xbe", 0, "Java class / Mach-O signature"),
    (b"\xcf\xfa\xed\xfe", 0, "Mach-O executable signature"),
    (b"MZ", 0, "Windows executable signature"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
GZIP_MAGIC = b"\x1f\x8b"


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    return None


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream (empty when it is not one)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` looks binary (a signature or NUL bytes), or None when it may be text."""
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return None
    for magic, offset, what in _SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            if magic == b"MZ" and b"\x00" not in head[:512]:
                continue  # "MZ" can begin ordinary text; a real executable has NUL bytes early
            if magic == b"BZh" and not head[3:4].isdigit():
                continue
            return what
    if head.startswith(GZIP_MAGIC):
        return "gzip-compressed data that is not a WARC"
    nul = head.count(b"\x00")
    if nul:
        return f"{nul} NUL bytes in the first {len(head):,} bytes"
    return None


def decode(data: bytes, path: str) -> tuple[str, str | None]:
    """Text and, when not plain UTF-8, a reason naming the fallback encoding; E012 when hopeless."""
    enc = bom_encoding(data)
    if enc:
        try:
            return data.decode(enc), None
        except UnicodeDecodeError as exc:
            raise InputError(Errors.E012.format(path=path, detail=f"bad {enc} after its byte-order mark: {exc}")) from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: fall through to cp1252
        from_bytes = None
    if from_bytes is not None:
        best = from_bytes(data[:262_144]).best()
        if best is not None and best.encoding not in ("utf_8", "ascii"):
            try:
                return data.decode(best.encoding), f"decoded as {best.encoding} (not valid UTF-8; guessed by charset_normalizer)"
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("cp1252"), "decoded as cp1252 (not valid UTF-8)"
    except UnicodeDecodeError:
        raise InputError(Errors.E012.format(path=path, detail=f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), "
                                            "and no fallback encoding fits")) from None


_BLOCK_TAGS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
               "article", "section", "header", "footer", "pre", "figure", "figcaption", "dd", "dt", "hr")


def html_to_text(markup: str) -> str:
    """All visible text of an HTML page or fragment, paragraphs separated by blank lines (scripts dropped)."""
    if not markup.strip():
        return ""
    try:
        import lxml.html

        root = lxml.html.fromstring(markup)
        for bad in root.xpath("//script|//style|//noscript|//template|//head|//svg"):
            bad.drop_tree()
        for el in root.iter(*_BLOCK_TAGS):
            el.tail = "\n\n" + (el.tail or "")
        text = root.text_content()
    except Exception:  # lxml gives up on some fragments: strip tags by hand
        text = re.sub(r"(?is)<(script|style)\b.*?(</\1>|$)", " ", markup)
        text = re.sub(r"(?s)<[^>]*>?", " ", text)
        text = htmllib.unescape(text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_DMY = re.compile(r"^\d{1,2}-\d{1,2}-\d{2,4}$")


def parse_date(value: object) -> date | None:
    """A date from ISO text, a datetime or a common written form; None when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _parse_date_text(str(value).strip())


@lru_cache(maxsize=4096)
def _parse_date_text(s: str) -> date | None:
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    # ACLED exports write day-first dates ("31-12-19", "21 March 2020").
    for fmt in ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d", "%d-%m-%y", "%d-%m-%Y", "%d-%b-%Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    try:
        import dateparser

        order = "DMY" if _DMY.match(s) else "MDY"
        parsed = dateparser.parse(s, languages=["en"], settings={"DATE_ORDER": order, "STRICT_PARSING": True})
    except Exception:
        return None
    return parsed.date() if parsed else None
