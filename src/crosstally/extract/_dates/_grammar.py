"""The date grammar: one regular expression for each kind of phrase, tried in this order.

Why an ordered list: an earlier kind wins a span ("between 6 and 10 March" is a range before "10 March" is a day);
:func:`~crosstally.extract._dates._find.find_dates` keeps the first kind that claims each stretch of text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._terms import _B, _E, _terms

_WEEKDAY_KINDS = ("weekday", "weekday_any")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    t = _terms()
    M, FM, WD, NUM = t.any_month_re, t.full_month_re, t.weekday_re, t.number_re
    D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    Y = r"(?:1[89]\d\d|20\d\d)"
    lead = (
        rf"(?:(?P<prep>{t.report_re}|{t.approx_re}|(?i:on\s+the\s+(?:night|morning|evening|afternoon)\s+of|"
        r"the\s+(?:night|morning|evening)\s+of|on|since|by|until|till|from|between|in|during|before|after|"
        r"around|about))\s+)?"
    )
    # day/month numerals: a leading word (or an opening bracket) is required unless a year is written
    part_of = r"(?:early\s+hours|night|morning|evening|afternoon|late\s+evening|better\s+part)"
    nlead = (
        rf"(?P<prep>{t.report_re}|{t.approx_re}|(?i:(?:(?:on|in)\s+)?the\s+{part_of}\s+(?:on|of)|"
        r"on|since|by|until|till|from|between|and|to|in|late|early|before|after|around|about))(?:\s+|\s*\()"
    )
    # "Wednesday, Dec. 2", "Sunday night, December 27": the weekday (and its part of the day) names the written date
    wd_prefix = rf"(?:(?P<wd>{WD})(?:\s+{t.part_re})?,?\s+)?"
    pats = [
        # "the morning after Christmas", "the night before New Year's Eve": a day from a named day
        ("named_shift", rf"{_B}(?:(?i:on|in|during)\s+)?(?i:the\s+)(?P<part>(?i:day|morning|afternoon|evening|night))"
                        rf"\s+(?P<dir>(?i:after|before))\s+(?P<nd>{t.named_day_re}|{t.shift_day_re})"
                        rf"{_E}"),
        ("named_day", rf"{_B}{lead}(?:the\s+)?(?P<nd>{t.named_day_re}){_E}"),
        ("range_dm", rf"{_B}(?P<prep>(?i:between|from)\s+)?(?P<d1>{D})\s*(?:-|–|to|and|until|through)\s*"
                     rf"(?P<d2>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("range_md", rf"{_B}(?P<prep>(?i:between|from)\s+)?(?P<m>{M})\s+(?P<d1>{D})\s*(?:-|–|to|and|through)\s*"
                     rf"(?P<d2>{D})(?!\d)(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("range_dmdm", rf"{_B}(?P<prep>(?i:between|from)\s+)?(?P<d1>{D})\s+(?P<m1>{M})\s*(?:-|–|to|and|until)\s*"
                       rf"(?P<d2>{D})\s+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("iso", rf"{_B}{lead}(?P<y>{Y})-(?P<mm>[01]\d)-(?P<d>[0-3]\d){_E}"),
        ("dmy", rf"{_B}{lead}{wd_prefix}(?:the\s+)?(?P<d>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("mdy", rf"{_B}{lead}{wd_prefix}(?P<m>{M})\s+(?P<d>{D})(?!\d)(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("num_range", rf"(?<![\w/.,-])(?:{nlead})?(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<a>[0-3]?\d)/(?P<b>[01]?\d)"
                      rf"(?:/(?P<y>(?:19|20)?\d\d))?(?![\w/]|[.,]\d)"),
        ("num_y", rf"(?<![\w/.,-])(?:{nlead})?(?P<a>[0-3]?\d)(?P<sep>[.-])(?P<b>[0-3]?\d)(?P=sep)"
                  rf"(?P<y>(?:19|20)\d\d)(?![\w/]|[.,-]\d)"),
        ("num", rf"(?<![\w/.,-])(?:{nlead})?(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?"
                rf"(?![\w/]|[.,]\d)"),
        ("week_of", rf"{_B}(?:(?i:in|during|over|on)\s+)?(?i:the\s+)(?P<nth>(?i:first|second|third|fourth|last|final))"
                    rf"\s+(?i:week)\s+(?i:of)\s+(?P<m>{FM})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("month_year", rf"{_B}{lead}(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
                       rf"[\s-]+)?(?P<m>{FM}),?\s+(?P<y>{Y}){_E}"),
        # "on the 12th," a day of the month the story is written in (or the month before, when the day is ahead)
        ("ordinal_day", rf"{_B}(?P<prep>(?i:on|since|by|until))\s+the\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th){_E}"
                        rf"(?=\s*[,.;:)]|\s*$|\s+(?i:at|in|when|as|after|before|night|morning|evening|afternoon)\b)"),
        ("weekday", rf"{_B}(?P<prep>(?i:as\s+reported\s+on|on\s+the\s+(?:night|morning|evening|afternoon)\s+of|"
                    rf"on|since|by|until|till|from|before|last|this|past|early|late|on\s+last)\s+)?(?P<wd>{WD})"
                    rf"(?:\s+(?P<part>{t.part_re}))?{_E}"),
        ("weekday_any", rf"{_B}(?P<prep>(?i:on\s+the\s+(?:night|morning|evening|afternoon)\s+of|on|since|by|until|"
                        rf"last|this|past|early|late|on\s+last|their)\s+)(?P<wd>{t.weekday_any_re})"
                        rf"(?:\s+(?P<part>{t.part_re}))?{_E}"),
        ("next_n", rf"{_B}(?i:(?:over|in|during|for|within)\s+the\s+(?:next|following|coming)\s+)"
                   rf"(?P<n>{NUM})\s+(?P<unit>(?i:hours|days|weeks|day|hour|week)){_E}"),
        ("past_n", rf"{_B}(?i:(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+)"
                   rf"(?P<n>{NUM})\s+(?P<unit>(?i:hours|days|weeks|day|hour|week)){_E}"),
        ("ago", rf"{_B}(?P<n>(?i:{NUM}))\s+(?P<unit>(?i:days|weeks|day|week))\s+(?i:ago){_E}"),
        ("recent", rf"{_B}(?i:in\s+recent\s+days|over\s+recent\s+days|in\s+the\s+past\s+few\s+days|"
                   rf"over\s+the\s+past\s+few\s+days){_E}"),
        ("rel_day", rf"{_B}(?P<w>(?i:yesterday|today|tonight|last\s+night|this\s+morning|this\s+afternoon|"
                    rf"this\s+evening|earlier\s+today)){_E}"),
        # "killed five villagers overnight": the night before the report; not "overnight on Monday" (the weekday's)
        ("overnight", rf"{_B}(?i:overnight){_E}(?!\s+(?:(?i:on|into|to|from|between|of|in\s+the)\s+)?(?:the\s+)?"
                      rf"(?:{WD}|{M}|\d|(?i:early\s+hours)))"),
        ("weekend", rf"{_B}(?i:over\s+the\s+weekend|at\s+the\s+weekend|this\s+past\s+weekend){_E}"),
        ("rel_period", rf"{_B}(?P<w>(?i:(?:earlier|later)\s+this|last|this|past|previous)\s+)"
                       rf"(?P<unit>(?i:week|weekend|month|year)){_E}"),
        ("month", rf"{_B}(?P<pre>(?i:since|in|by|until|from|during)\s+(?=(?i:early|mid|late)))?(?P<prep>(?i:in|since|by|until|till|during|early|mid|late|earlier\s+in|later\s+in|"
                  rf"last|this|from|of|before|after|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
                  rf"[\s-]+)(?P<m>{FM}){_E}"),
        ("year", rf"{_B}(?P<prep>(?i:in|since|during|until|by|from|early|late|mid|of|before|after)[\s-]+)"
                 rf"(?P<y>{Y})(?!\s*[-–/]\s*\d){_E}"),
    ]
    return [(k, re.compile(p)) for k, p in pats]
