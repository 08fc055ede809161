"""Ingest: files, folders, stdin, JSONL, CSV, HTML, WARC and feeds → Documents, then clean and prepare them.

``read_path`` / ``iter_documents`` turn inputs into raw Documents (never raising for bad input),
``prepare`` cleans one Document in place (debris, size bound, language, content-hash id) and
``clean_text`` is the debris remover on its own.
"""

from ._clean import clean_text, debris_version
from ._prepare import detect_language, prepare
from ._read import iter_documents, read_path, reader_name, sniff
from ._readers import ReadOptions

__all__ = [
    "ReadOptions",
    "clean_text",
    "debris_version",
    "detect_language",
    "iter_documents",
    "prepare",
    "read_path",
    "reader_name",
    "sniff",
]
