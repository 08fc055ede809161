"""When an event happened: the date claim a trigger's sentence gives its incident (_own_date,
_incident_told_day, _custody_day), dates that belong to a statement, a byline, a funeral or the future rather than
the incident, a day within a relative window (_day_in_window, _day_within), a running toll's period (_since,
_running_date) and the date a document's tallies are told on (_told_date, _main_period, _anywhere).

Layout: this module is the entry that re-exports the names ``_assemble``, ``_event_groups`` and the tests import;
the rules live in modules imported in one direction (each only from those above it):

- ``_event_dates_excluded``: dates that are not the incident's (a statement's, the future's, the dateline's, a
  byline or filing stamp, a funeral or other aftermath); the shared ``_date_words`` and ``_day``
- ``_event_dates_windows``: relative windows, a running toll's period, a heading's date, the one date, wider dates
- ``_event_dates_tallies``: the date the tallies are told on and the main period
- ``_event_dates_incident``: the trigger sentence's own date and the incident's dates among a document's
"""

from __future__ import annotations

from ._event_dates_excluded import (
    _AFTERMATH_IS_EVENT,
    _aftermath,
    _at_rite,
    _dates_a_statement,
    _day,
    _filing_stamp,
    _future_date,
    _stamped,
)
from ._event_dates_incident import _incident_dates, _incident_day_elsewhere, _own_date
from ._event_dates_tallies import _main_period, _told_date
from ._event_dates_windows import (
    _BY_TALLY,
    _BY_TALLY_PHRASE,
    _anywhere,
    _day_in_window,
    _day_within,
    _heading_date,
    _running_date,
    _since,
    _wide_date,
)

__all__ = ["_AFTERMATH_IS_EVENT", "_BY_TALLY", "_BY_TALLY_PHRASE", "_aftermath", "_anywhere", "_at_rite",
           "_dates_a_statement", "_day", "_day_in_window", "_day_within", "_filing_stamp", "_future_date",
           "_heading_date", "_incident_dates", "_incident_day_elsewhere", "_main_period", "_own_date",
           "_running_date", "_since", "_stamped", "_told_date", "_wide_date"]
