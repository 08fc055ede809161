"""Analyst corrections: a dotted field path into an Event, validated on write and applied on read.

Paths follow the JSONL contract's event shape: ``event_type``, ``fatalities.low``,
``location.admin1``, ``date.start`` (ISO date), ``actors.0.name``, or a whole ``location`` /
``date`` object given as its contract dict. Values are stored as JSON.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from ..errors import Errors, StoreError
from ..records import DateClaim, Event, Location
from ._convert import date_from_json, date_json, location_from_json, location_json

_WHOLE = {"location": (location_from_json, location_json), "date": (date_from_json, date_json)}


def _step(obj: Any, part: str, target: str, field: str) -> Any:
    if isinstance(obj, list):
        if not part.isdigit() or int(part) >= len(obj):
            raise StoreError(Errors.E032.format(field=field, target=target, detail=f"no item {part}"))
        return obj[int(part)]
    if not dataclasses.is_dataclass(obj) or part not in {f.name for f in dataclasses.fields(obj)}:
        raise StoreError(Errors.E032.format(field=field, target=target, detail=f"no field '{part}'"))
    return getattr(obj, part)


def _resolve(event: Event, field: str, target: str) -> tuple[Any, str]:
    parts = field.split(".")
    obj: Any = event
    for part in parts[:-1]:
        obj = _step(obj, part, target, field)
        if obj is None:
            raise StoreError(Errors.E032.format(field=field, target=target, detail=f"'{part}' is empty"))
    _step(obj, parts[-1], target, field)  # validates the last name
    return obj, parts[-1]


def to_json(value: Any) -> Any:
    if isinstance(value, Location):
        return location_json(value)
    if isinstance(value, DateClaim):
        return date_json(value)
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)  # type: ignore[arg-type]
    return value


def get_value(event: Event, field: str, target: str = "event") -> Any:
    """The current value at ``field`` as JSON (for the audit trail's ``old``)."""
    obj, last = _resolve(event, field, target)
    return to_json(obj[int(last)] if isinstance(obj, list) else getattr(obj, last))


def apply(event: Event, field: str, value: Any, target: str = "event") -> None:
    """Set ``field`` on ``event`` (in place), converting JSON back to the record's types."""
    if field in _WHOLE:
        setattr(event, field, _WHOLE[field][0](value) if value is not None else None)
        return
    obj, last = _resolve(event, field, target)
    current = obj[int(last)] if isinstance(obj, list) else getattr(obj, last)
    if isinstance(current, date) and isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError as exc:
            raise StoreError(Errors.E032.format(field=field, target=target, detail=f"'{value}' is not an ISO date")) from exc
    if isinstance(obj, list):
        obj[int(last)] = value
    else:
        setattr(obj, last, value)


def apply_on_read(event: Event, field: str, value: Any) -> bool:
    """Apply a stored correction; one whose field no longer exists (the pipeline changed) waits, unapplied."""
    try:
        apply(event, field, value)
    except StoreError:
        return False
    return True
