"""Which rows of a table of words are current, and whose they are: a timeline's latest step ('April 5, 2025 | 10%'
above 'August 7, 2025 | 15%'), and a rank column of a table titled for a country ('Japan's Standing Among U.S.
Partners': 'Market for U.S. exports | 4'). Used by `word_tables`. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.parsers import dates
from usjapan_facts.extract.table_cells import NOT_ACTUAL
from usjapan_facts.extract.whose import OTHERS

EMPTY = re.compile(r"[-\u2013\u2014]*|n\.?a\.?|n/a|none|\u2026", re.I)
"""A cell that gives nothing: a dash, 'n.a.', 'none'."""


_TITLED_FOR = re.compile(
    r"(?:(?:Table|Figure)\s+\d+\.\s+)?(?P<who>(?:[A-Z][\w.]*\s+){0,2}?[A-Z][\w.]*)(?:['\u2019]s\s|\s+in\s)"
)
_OWNER = re.compile(r"(?P<who>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)['\u2019]s\s+(?i:rank|ranking|position|place|standing)\b")
"""Whose rank a header or a title names: 'Japan's rank', 'South Korea's Rank Among U.S. Partners'."""
_RANK_HEADER = re.compile(
    r"(?:(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*\W?s\s+)?(?:rank|ranking|position|place|standing)\b\D*", re.IGNORECASE
)
_SUBGROUP = re.compile(
    r"\bamong\s+(?:\w+\s+)?(?:Asian|European|Asia-Pacific|Indo-Pacific|Latin\s+American|East\s+Asian|G-?7|G-?20|OECD|"
    r"NATO|APEC|allied|advanced|regional|Western)\b|\b(?:in|within)\s+(?:Asia|Europe|the\s+region)\b",
    re.IGNORECASE,
)
"""A rank column of a subgroup's partners ('Rank among Asian partners', 'Rank in Asia'): no place among all."""
_JAPAN = re.compile(r"\bJapan\b")
_PAIR = re.compile(
    r"\bU\.S\.(?:[-\u2013]|\s+(?:[A-Z]\w*\s+|and\s+){0,4}(?:with|to|from)\s+)(?P<who>Japan)\b(?!['\u2019])"
)
"""A title of the United States' trade with one partner, whose rank its rank column gives."""
_BALANCE = re.compile(r"\b(?:deficits?|surplus(?:es)?|balances?)\b", re.IGNORECASE)
_ROLE = re.compile(
    r"(?P<article>(?:an?|the)\s+)?(?:(?:U\.S\.|foreign|overseas|top|largest)\s+)*(?:market|source|supplier|holder"
    r"|investor|buyer|destination|customer|creditor|lender|(?:trading\s+)?partner|owner)s?\b",
    re.IGNORECASE,
)


def ranked(label: str, header: str, title: str) -> str | None:
    """A rank column's cell of a table titled for Japan ('Japan's Standing Among U.S. Partners': 'Market for U.S.
    exports | 4'), named as Japan's rank: 'Japan's rank as a market for U.S. exports', 'Japan's rank by total trade'.
    Japan's own row of a ranking ('Japan | 7 | 68.5') is its place. A balance's row is ranked by the U.S. balance; a
    table titled for another country ('South Korea's Standing') or a projected one gives none (''); any other table or
    column, None."""
    header = " ".join(header.split())
    if not _RANK_HEADER.fullmatch(header):
        return None
    if _SUBGROUP.search(header) or _SUBGROUP.search(title):
        return ""  # 'Rank among Asian partners', '... Among U.S. Trading Partners in Asia': among some, not all
    if OTHERS.search(label) and not _JAPAN.search(label):
        return ""  # a row of another country ('China | 1 | 295.4', 'U.S. exports to Korea | 7'): its own rank
    if _JAPAN.fullmatch(label):  # Japan's row among partners ('Japan | 7 | 68.5'): its place, unless projected
        owner = _OWNER.match(header)  # 'Japan's rank' names the owner the row already gives
        if NOT_ACTUAL.search(title) or (owner is not None and owner.group("who") != "Japan"):
            return ""
        return f"Japan's {(header[owner.end('who') + 2 :].lstrip() if owner else header).casefold()}"
    # Whose rank: the header's ('Japan's rank'), the title's ('..., with Japan's Rank Among U.S. Partners'), or the
    # country the title is about ('Japan's Standing Among U.S. Partners').
    titled = _OWNER.match(header) or _OWNER.search(title) or _TITLED_FOR.match(title)
    if titled is None and not OTHERS.search(title):
        titled = _PAIR.search(title)  # 'U.S.-Japan Trade', 'U.S. Trade with Japan': the partner's rank
    if titled is None:
        return None
    if titled.group("who") != "Japan" or NOT_ACTUAL.search(title):
        return ""  # another country's rank, or a projected one ('..., 2026 (projected)'): none of Japan's now
    named = label[0].lower() + label[1:] if label[:1].isupper() and label[1:2].islower() else label
    if _BALANCE.search(named):
        return f"Japan's rank by {'' if named.startswith(('U.S.', 'the ')) else 'the U.S. '}{named}"
    if not (role := _ROLE.match(named)):
        return f"Japan's rank by {named}"
    return f"Japan's rank as {'' if role.group('article') else 'an ' if named[:1] in 'aeiou' else 'a '}{named}"


_RANK_CELL = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)\.?(?:\s*\((?:deficit|surplus|tied?)\))?", re.IGNORECASE
)


def annotated_rank(header: str, cell: str) -> bool:
    """Tell whether a rank column's cell says more than a rank ('5 (among Asian partners)', '4 (2025)'): a rank among
    others or of another year, never read; a bare rank, or one marking a balance's side ('4 (deficit)'), is read."""
    return bool(_RANK_HEADER.fullmatch(" ".join(header.split()))) and not _RANK_CELL.fullmatch(cell.strip())


_STEP = re.compile(r"(?:(?:Before|Until|Since|From|After|As\s+of|Effective)\s+)?(?P<date>.+?)\W*", re.IGNORECASE)
_SPAN = re.compile(r"(?P<start>.+?)\s*(?:[-\u2013\u2014]|\bto\b|\bthrough\b|\buntil\b)\s*(?P<end>.+?)\W*")
"""A step that ran from one date to another ('Aug. 2025-Feb. 2026', 'Apr.-Aug. 2025'): over by its end."""
_ABBREVIATED = re.compile(r"\b(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.", re.IGNORECASE)
_PART = re.compile(r"^(?:early|mid|late)[-\s]+", re.IGNORECASE)
"""A part of a month ('late July 2026'): the month's date."""
_MONTH_NAMES = "January,February,March,April,June,July,August,September,October,November,December"
_FULL = {name[:3].casefold(): name for name in _MONTH_NAMES.split(",")} | {"sept": "September"}
"""A month's short form, its full name: 'Aug.' is August."""


def _one_date(text: str) -> str | None:
    """The one date `text` is, whole ('August 7, 2025', 'late July 2026'), else None."""
    found = dates(text)
    whole = len(found) == 1 and _PART.sub("", text, count=1) == found[0][1].group(0)
    return found[0][0] if whole else None


def _step(label: str) -> tuple[str, bool] | None:
    """When a timeline's row stands: the date its step took effect, open ('April 5, 2025', 'Since late July 2026'), or
    the date a span it ran ended, closed ('Aug. 2025-Feb. 2026'); None for a label that is no date."""
    label = _ABBREVIATED.sub(lambda short: _FULL[short.group("month").casefold()], " ".join(label.split()))
    step = _STEP.fullmatch(label)
    if step and (when := _one_date(step.group("date"))) is not None:
        return when, True
    span = _SPAN.fullmatch(label)
    if span and (end := _one_date(span.group("end"))) is not None:
        start = span.group("start")
        if _one_date(start) or re.fullmatch(r"[A-Z][a-z]+", _PART.sub("", start, count=1)):
            return end, False
    return None


def current_step(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A timeline's rows, each labelled by the date its step took effect ('April 5, 2025 | 10%', 'August 7, 2025 |
    15%') or by the span it ran ('Aug. 2025-Feb. 2026 | 15%', 'Since late July 2026 | 12.5%'): only its latest step
    is current, a step still running after a span that ended then; none if that row's cells were lost (a layout cut
    the table there). Any other table's rows, all."""
    steps = []
    for row in rows:
        if (when := _step(row[0])) is None:
            return rows
        steps.append((when, row))
    figures = [cell for row in rows for cell in row[1:] if _MEASURE.search(cell) and len(cell.split()) <= _FIGURE_WORDS]
    if len(steps) < 2 or not figures:
        # a calendar of events ('July 2028 | Upper House election'), not one figure's steps, even where an event
        # names a figure in its words ('April 3, 2025 | 25% Section 232 tariff on autos takes effect'): that row's
        # figure is no current one (a later row may end it), so only the rows naming no figure are read
        return rows if len(steps) < 2 else tuple(row for row in rows if not any(map(_MEASURE.search, row[1:])))
    latest = max(steps, key=lambda step: step[0])[1]
    return (latest,) if any(not EMPTY.fullmatch(cell.strip()) for cell in latest[1:]) else ()


_MEASURE = re.compile(r"\d(?:\.\d+)?\s?%|\$\s?\d")
_FIGURE_WORDS = 4
"""The most words of a step's cell: its figure and a word or two ('15%', '15% (all-in)'); a longer cell is an event."""


__all__ = ["EMPTY", "annotated_rank", "current_step", "ranked"]
