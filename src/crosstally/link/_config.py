"""The knobs of pair scoring, in one place: the scorers and the clustering read the same thresholds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class LinkConfig:
    """The knobs of pair scoring; the defaults were tuned on tests/fixtures and synthetic corpora."""

    threshold: float = 0.56
    near_km: float = 15.0
    day_tolerance: int = 1  # reports of one night's killing disagree by a day
    next_day: float = -0.2  # date evidence of two day-precise claims a day apart
    w_date: float = 0.25
    w_place: float = 0.25
    w_type: float = 0.10
    w_actors: float = 0.15
    w_text: float = 0.20
    w_figures: float = 0.05
    w_people: float = 0.15  # a victim or suspect named alike by both reports
    w_parts: float = 0.15  # both reports put it in the same named part of a town ("Sadr City")
    people_veto: bool = False  # two one-death reports naming different people never link (see docs)
    copy_text: float = 0.8  # evidence this alike is one story copied (links even undated claims)
    nest_ratio: float = 0.8  # a part's toll is below this share of the whole's
    nest_threshold: float = 0.5  # a part and its whole share little wording and no figure: a lower bar
