"""Readers for the evaluation sets in ``../shared/devdata`` (read at run time, never copied).

Each reader yields :class:`GoldRow` objects: the text crosstally reads, the publication date it is
given (never the event date itself), and the gold values to score against. Splits are fixed here so
that whatever is tuned or trained only ever sees the dev/train side:

* ACLED Kenya: by year, dev (= train) <= 2015, test >= 2016.
* ACLED Afghanistan: by event date, dev (= train) 1-14 March 2020, test 15-21 March 2020.
* GVDB: by row order, even rows dev, odd rows test.
* GLOCON documents: by the SHA-256 of the document id, even first byte dev, odd test.

Each dataset's country (``DATASET_COUNTRY``: AF, KE, US; none for GLOCON) is given to the pipeline as the
documents' ``meta["country"]`` hint: one constant per dataset, as a user ingesting one country's feed would
set ``CROSSTALLY_COUNTRY``, never a row's gold value.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

DATASETS: tuple[str, ...] = ("acled-afghanistan", "acled-kenya", "gvdb", "glocon")
SPLITS: tuple[str, ...] = ("dev", "test")
# The country each dataset's texts come from, given to the pipeline as a document-level hint (what a user
# ingesting one country's feed knows); one constant per dataset, never a row's gold value.
DATASET_COUNTRY: dict[str, str] = {"acled-afghanistan": "AF", "acled-kenya": "KE", "gvdb": "US"}
PUBLICATION_LAG_DAYS = 3  # ACLED / GVDB rows carry the event date: the text is "published" 3 days later

_FILES = {
    "acled-afghanistan": "acled_afghanistan_2020/acled_afghanistan_2020.csv",
    "acled-kenya": "acled_kenya_2004_2020/acled_kenya.csv",
    "gvdb": "gvdb_gun_violence_articles/dev.tsv",
    "glocon": "glocon_gold_sample/document/Sabinet_R.jsonl",
}


class DevdataMissing(FileNotFoundError):
    """``../shared/devdata`` (or one of its files) is absent: evaluation is skipped, not failed."""


@dataclass(slots=True)
class GoldRow:
    """One evaluation row: input text, the date it is said to be published, and the gold values."""

    id: str
    text: str
    published: date | None
    gold: dict[str, Any] = field(default_factory=dict)


def devdata_dir() -> Path | None:
    """Where ``devdata`` lives: $CROSSTALLY_DEVDATA, $CROSSTALLY_SHARED/devdata, or ``../shared/devdata``."""
    candidates: list[Path] = []
    if os.environ.get("CROSSTALLY_DEVDATA"):
        candidates.append(Path(os.environ["CROSSTALLY_DEVDATA"]))
    if os.environ.get("CROSSTALLY_SHARED"):
        candidates.append(Path(os.environ["CROSSTALLY_SHARED"]) / "devdata")
    candidates.append(Path.cwd().parent / "shared" / "devdata")
    candidates.append(Path.cwd() / "shared" / "devdata")
    candidates.append(Path(__file__).resolve().parents[3].parent / "shared" / "devdata")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def dataset_path(dataset: str) -> Path:
    """The file behind a dataset name; raises :class:`DevdataMissing` when it is not there."""
    if dataset not in _FILES:
        raise ValueError(f"Unknown dataset '{dataset}'. Known datasets: {', '.join(DATASETS)}.")
    root = devdata_dir()
    if root is None:
        raise DevdataMissing(
            "../shared/devdata is absent (set CROSSTALLY_DEVDATA to its folder); evaluation skipped."
        )
    path = root / _FILES[dataset]
    if not path.exists():
        raise DevdataMissing(f"{path} is absent; evaluation of '{dataset}' skipped.")
    return path


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _acled_date(value: str) -> date:
    value = value.strip()
    for fmt in ("%d %B %Y", "%d-%m-%y", "%Y-%m-%d", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised ACLED date {value!r}")


def _acled_rows(dataset: str) -> Iterator[tuple[dict[str, str], date]]:
    with dataset_path(dataset).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not (row.get("notes") or "").strip():
                continue
            yield row, _acled_date(row["event_date"])


def _in_acled_split(dataset: str, day: date, split: str) -> bool:
    if split == "all":
        return True
    dev = day.year <= 2015 if dataset == "acled-kenya" else day <= date(2020, 3, 14)
    return dev if split in ("dev", "train") else not dev


def read_acled(dataset: str, split: str = "dev") -> Iterator[GoldRow]:
    """ACLED notes → date, types, actors, place, coordinates and ACLED's conservative fatalities."""
    for row, day in _acled_rows(dataset):
        if not _in_acled_split(dataset, day, split):
            continue
        gold = {
            "event_date": day,
            "time_precision": _int(row.get("time_precision")),
            "event_type": row["event_type"].strip(),
            "sub_event_type": row["sub_event_type"].strip(),
            "actor1": row.get("actor1", "").strip(),
            "assoc_actor_1": row.get("assoc_actor_1", "").strip(),
            "inter1": _int(row.get("inter1")),
            "actor2": row.get("actor2", "").strip(),
            "assoc_actor_2": row.get("assoc_actor_2", "").strip(),
            "inter2": _int(row.get("inter2")),
            "admin1": row.get("admin1", "").strip(),
            "admin2": row.get("admin2", "").strip(),
            "admin3": row.get("admin3", "").strip(),
            "location": row.get("location", "").strip(),
            "lat": _float(row.get("latitude")),
            "lon": _float(row.get("longitude")),
            "geo_precision": _int(row.get("geo_precision")),
            "fatalities": _int(row.get("fatalities")) or 0,
        }
        yield GoldRow(
            id=row.get("event_id_cnty") or row.get("data_id", ""),
            text=row["notes"].strip(),
            published=day + timedelta(days=PUBLICATION_LAG_DAYS),
            gold=gold,
        )


def _span(obj: dict[str, Any] | None) -> tuple[str, int, int] | None:
    if not obj or not obj.get("value") or obj.get("startIndex", -1) < 0:
        return None
    return str(obj["value"]), int(obj["startIndex"]), int(obj["endIndex"])


def read_gvdb(split: str = "dev") -> Iterator[GoldRow]:
    """GVDB articles → date, city/state, killed (victims 'killed'), injured (injured/hospitalized, alive)."""
    csv.field_size_limit(1 << 27)
    with dataset_path("gvdb").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for i, row in enumerate(reader):
            if split in ("dev", "train") and i % 2 == 1 or split == "test" and i % 2 == 0:
                continue
            try:
                ann = json.loads(row["Json"])
            except (json.JSONDecodeError, TypeError):
                continue
            dt = ann.get("date-and-time") or {}
            killed = injured = 0
            for victim in ann.get("victim-section") or []:
                was = set(victim.get("victim-was") or [])
                if "killed" in was:
                    killed += 1
                elif was & {"injured", "hospitalized"}:
                    injured += 1
            day: date | None = None
            try:
                day = date.fromisoformat(dt.get("date") or "")
            except ValueError:
                day = None
            city = _span(dt.get("city"))
            state = str(dt.get("state") or "")
            gold = {
                "date": day,
                "city": city[0] if city else None,
                "city_span": (city[1], city[2]) if city else None,
                "state": state.split(" - ", 1)[-1] if state else None,
                "state_code": state.split(" - ", 1)[0] if " - " in state else None,
                "killed": killed,
                "injured": injured,
            }
            yield GoldRow(
                id=f"gvdb:{row['Article id']}",
                text=row["Full text"],
                published=day + timedelta(days=PUBLICATION_LAG_DAYS) if day else None,
                gold=gold,
            )


def glocon_split(doc_id: str) -> str:
    """GLOCON's split: the first byte of the id's SHA-256, even → dev, odd → test."""
    return "dev" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def read_glocon(split: str = "dev") -> Iterator[GoldRow]:
    """GLOCON documents → relevant (label 1 or 2: a protest or political-violence event) or not."""
    with dataset_path("glocon").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            doc_id = str(obj["id"])
            part = glocon_split(doc_id)
            if split != "all" and part != ("dev" if split == "train" else split):
                continue
            label = int(obj.get("label") or 0)
            text = re.sub(r"[ \t]{2,}", " ", str(obj.get("text") or ""))
            yield GoldRow(id=f"glocon:{doc_id}", text=text, published=None,
                          gold={"relevant": label in (1, 2), "label": label})


def read_dataset(dataset: str, split: str = "dev", limit: int | None = None) -> list[GoldRow]:
    """All rows of one split of one dataset (``split`` is dev, test, train (= dev) or all)."""
    if split not in (*SPLITS, "train", "all"):
        raise ValueError(f"Unknown split '{split}'. Use dev or test.")
    if dataset in ("acled-afghanistan", "acled-kenya"):
        it: Iterator[GoldRow] = read_acled(dataset, split)
    elif dataset == "gvdb":
        it = read_gvdb(split)
    elif dataset == "glocon":
        it = read_glocon(split)
    else:
        raise ValueError(f"Unknown dataset '{dataset}'. Known datasets: {', '.join(DATASETS)}.")
    rows = list(it)
    if limit is not None and limit < len(rows):
        # A spread sample (by id hash), not the first rows: ACLED files are sorted by date.
        keep = set(sorted(range(len(rows)), key=lambda i: _hash(rows[i].id))[:limit])
        rows = [r for i, r in enumerate(rows) if i in keep]
    return rows


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
