"""The records of the cross-document stage: incidents, link state, overrides."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from ..records import Event

EventKey = tuple[str, int]  # (doc_id, event.index)


@dataclass(slots=True)
class Override:
    """An analyst's manual decision, re-applied on every run so it survives re-linking.

    ``merge``: every listed event and incident ends up in one incident (the first listed
    incident's id, or the id of the first listed event's incident).
    ``split``: the listed events leave their incident and form one incident of their own.
    """

    kind: Literal["merge", "split"]
    events: tuple[EventKey, ...] = ()
    incidents: tuple[str, ...] = ()
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "events": [list(k) for k in self.events],
                "incidents": list(self.incidents), "note": self.note}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Override:
        return cls(kind=d["kind"], events=tuple((str(a), int(b)) for a, b in d.get("events", ())),
                   incidents=tuple(d.get("incidents", ())), note=d.get("note", ""))


@dataclass(slots=True)
class ClaimProfile:
    """What linking needs to know about one event claim: small, picklable, JSON-able.

    Kept in :class:`LinkState` so a later run can link new documents to old incidents
    without re-reading the old documents.
    """

    doc_id: str
    index: int
    source: str
    published: int | None  # date ordinal
    start: int | None  # date ordinals
    end: int | None
    date_precision: int
    family: str
    event_type: str
    country: str | None
    admin1: str | None
    admin2: str | None
    place: str | None  # normalised town name when the location is town level
    area: str | None  # normalised location name at whatever level ("syrian coast")
    geonameid: int | None
    lat: float | None
    lon: float | None
    loc_precision: int
    level: int  # 0 country / unknown, 1 admin1, 2 admin2, 3 town
    actors: tuple[str, ...]
    killed: int | None
    text: str
    # surnames of the people the report names (victims, suspects: "Jose Rivera, 24"); a default so that link
    # state stored by older versions, without this field, still loads
    people: tuple[str, ...] = ()
    # the places the whole report names, normalised ("maru", "el fasher", "borno"): a report filed under its
    # dateline town, or geocoded to the wrong country, still names where the incident happened
    names: tuple[str, ...] = ()
    place_confidence: float = 1.0  # the geocoder's confidence in the claim's place (a dateline town: 0.5)
    # the weapon a confident report's own sentence tells ("Air/drone strike", "Shelling/artillery/missile attack"),
    # "" when unsure or not an explosion: a shelling and a drone strike are two incidents (see _profile.weapon_of)
    weapon: str = ""
    # the named parts of a town the claim's own sentence puts it in ("sadr city", "orange mound", "abu shouk"): two
    # reports naming different parts of one city tell two incidents (see _subplaces.subplaces_of)
    subplaces: tuple[str, ...] = ()
    # the report's headline and first sentence, for the report's main claim only: where a report names the part of
    # a town its incident is in when its evidence sentences do not ("Police seek gunman in Orange Mound killing")
    lead: str = ""

    @property
    def key(self) -> EventKey:
        return (self.doc_id, self.index)

    def to_dict(self) -> dict[str, Any]:
        return {s: getattr(self, s) for s in self.__slots__}  # type: ignore[attr-defined]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ClaimProfile:
        d = dict(d)
        d["actors"] = tuple(d.get("actors", ()))
        d["people"] = tuple(d.get("people", ()))
        d["names"] = tuple(d.get("names", ()))
        d["subplaces"] = tuple(d.get("subplaces", ()))
        return cls(**{k: v for k, v in d.items() if k in cls.__slots__})  # type: ignore[attr-defined]


@dataclass(slots=True)
class LinkState:
    """What one run hands to the next: assignments, the claims behind them, overrides."""

    assignments: dict[EventKey, tuple[str, str | None]] = field(default_factory=dict)
    claims: dict[EventKey, ClaimProfile] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "assignments": [[k[0], k[1], v[0], v[1]] for k, v in sorted(self.assignments.items())],
            "claims": [c.to_dict() for _, c in sorted(self.claims.items())],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LinkState:
        return cls(
            assignments={(a, int(b)): (c, p) for a, b, c, p in d.get("assignments", [])},
            claims={(c["doc_id"], int(c["index"])): ClaimProfile.from_dict(c) for c in d.get("claims", [])},
        )


@dataclass(slots=True, eq=False)
class Incident:
    """One real-world incident as crosstally judges it: the events of every source about it."""

    id: str
    members: list[EventKey] = field(default_factory=list)
    parent_id: str | None = None
    children: list[str] = field(default_factory=list)
    event_type: str = ""
    start: date | None = None
    end: date | None = None
    place: str | None = None
    admin1: str | None = None
    country: str | None = None
    sources: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list, repr=False)  # this run's Event objects

    @property
    def doc_ids(self) -> list[str]:
        return sorted({k[0] for k in self.members})

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent_id": self.parent_id,
            "children": list(self.children),
            "members": [list(k) for k in self.members],
            "event_type": self.event_type,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "place": self.place,
            "admin1": self.admin1,
            "country": self.country,
            "sources": list(self.sources),
        }


@dataclass(slots=True)
class LinkStats:
    """How much work linking did: the test that blocking never compares all pairs reads these."""

    claims: int = 0
    blocks: int = 0
    candidate_pairs: int = 0
    linked_pairs: int = 0
    nest_pairs: int = 0


@dataclass(slots=True)
class LinkResult:
    incidents: list[Incident]
    assignments: dict[EventKey, tuple[str, str | None]]
    state: LinkState
    stats: LinkStats

    def incident(self, incident_id: str) -> Incident:
        """The incident with this id (KeyError when absent)."""
        for inc in self.incidents:
            if inc.id == incident_id:
                return inc
        raise KeyError(incident_id)
