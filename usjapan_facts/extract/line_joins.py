"""How well one line of text copied from the brief's PDF goes on from another: the reading of line breaks.

Each line's ends are looked at once (a sentence that ends, a word cut at a hyphen, a hanging "the", a heading,
a figure's caption), so that the column reader can weigh any pair of lines by arithmetic. Pure, no I/O.
"""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract.acronyms import opening_acronym, spells_out
from usjapan_facts.extract.grid_rows import row_shape, rows_agree
from usjapan_facts.extract.parsers import MONTH
from usjapan_facts.extract.table_cells import LAYOUT_CELL as _CELL

FIGURE_LINE = re.compile(r"(?:Figure|Table|Map|Chart)\s+\d+\.\s|(?:Sources?|Notes?):\s")
"""A figure's caption or source line: never prose, wherever the figure sits among a column's lines."""
ASIDE = re.compile(rf"{FIGURE_LINE.pattern}|Updated\s+[A-Z][a-z]+\s+\d{{1,2}},\s+\d{{4}}$")
"""A figure's line or the cover's dateline: a line with space around it, never prose."""
_UNIT_HEADER = r"\(?\$\s?(?:millions?|billions?|trillions?)\)?(?:\s{2,}[A-Z][\w'\u2019 ]{0,30})+"
TABLE_ROW = re.compile(
    rf"(?:\S(?:.*?\S)?\s{{2,}})?{_CELL}(?:\s{{2,}}{_CELL})*|(?:(?:19|20)\d\d\s+){{2,8}}[A-Z][\w ,.%()-]{{0,30}}"
    rf"|{_UNIT_HEADER}"
)
"""A table's row in text from a PDF: its label, then its cells apart by runs of spaces ('Goods  74.7  64.1'), a
cell a rank ('Export market rank  6th  5th') or left empty ('n.a.'); or its header row of years with a last
column's title ('2024  2025 Change, %'), or a header row of a unit and titles ('$ billions  Japan's rank')."""
TABLE_UNIT = re.compile(
    r"\(?(?:in\s+)?(?:US|U\.S\.\s?)?\$\s*(?:thousands?|millions?|billions?|trillions?)\)?"
    r"|\(?(?:in\s+)?(?:thousands?|millions?|billions?|trillions?)\s+of\s+(?:U\.S\.\s+)?dollars\)?",
    re.IGNORECASE,
)
"""A table's unit on a line of its own under its title ('$ billions')."""
AUTHOR_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){1,4}")
AUTHOR_ROLE = re.compile(
    r"(?:Coordinator,\s+)?(?:Senior\s+|Acting\s+)?(?:Specialist|Analyst|Section Research Manager|Legislative Attorney"
    r"|Research Librarian|Research Assistant)\b.*"
)
"""An author's name, and the role on the line below it, at a brief's end."""


def unit_header(line: str) -> bool:
    """Tell whether a line is a table's header of its unit and columns of words ('$ billions  Japan's rank')."""
    return re.fullmatch(_UNIT_HEADER, line.strip()) is not None


def table_line(line: str) -> bool:
    """Tell whether a line of text from a PDF is a table's row or its unit line ('($ billions)')."""
    return TABLE_ROW.fullmatch(line) is not None or TABLE_UNIT.fullmatch(line) is not None


def caption_joined(caption: str, line: str) -> str:
    """A caption with the next line of its title: a word broken at the line's end made whole ('Part-' / 'ners')."""
    broken = caption.endswith("-") and caption[-2:-1].isalpha() and line[:1].islower()
    return caption[:-1] + line if broken else f"{caption} {line}"


_MONTH_END = re.compile(rf"\b(?:{MONTH}|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{{1,2}},)?$")
"""A date cut before its year ('on February 8,' / '2026, ...', 'in July' / '2025.'): the year goes on from it."""
_YEAR_START = re.compile(r"(?:19|20)\d{2}\b")
_DATE_START = re.compile(rf"(?:{MONTH})\s+\d")
_FIGURE_START = re.compile(r"[$\u00a5\u20ac\u00a3]?\d|FY\s?\d")
"""A line that opens on a figure: a number, an amount in dollars, yen, euros or pounds ('¥43 trillion'), a fiscal
year ('FY2023-FY2027'); it goes on from a verb or hedge ('outlays over')."""
BULLET = re.compile(r"[\u2022\u25aa\u25cf\u2023\u2043\u25e6]\s+(?=\S)")
"""A list item's mark in text from a PDF ('• '): each item is a paragraph of its own, read without its mark."""
MAX_TITLE_WORDS = 10
_TITLE_YEARS = re.compile(r"(?:19|20)\d{2}\)?$")
MIN_PROSE_LINE = 20
FULL_LINE = 0.85
"""A heading is shorter than this share of a column's lines: a line as wide is prose that wraps on."""
_CLOSERS = "\"'”’)]"  # what may follow a sentence's stop at a line's end
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|e\.g\.|i\.e\.|etc\.|vs\.|No\.|Mr\.|Ms\.|Dr\.|St\.|Inc\.|Co\.")
_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with vs. and/or its their over under after amid "  # noqa: SIM905
    "against toward through between about".split()
)

HANGING = frozenset(
    ["a", "an", "the", "of", "to", "into", "from", "with", "by", "for", "at", "in", "on", "and", "or", "its", "their"]
)
"""Words a line of prose never ends a sentence on."""
_CONSONANT = re.compile(r"[b-df-gj-np-tv-zB-DF-GJ-NP-TV-Z][a-z]")  # a word, no initialism ('an MFN'), never after 'an'
STARTERS = frozenset(
    "the a an in it this that these those since as while although however but only both each its their when because"  # noqa: SIM905
    " also still yet".split()
)
"""Words that, capitalised, open a sentence, and never go on from a hanging word ('of' / 'Only China ...')."""

BEFORE_NUMBERS = HANGING | frozenset(
    "about around nearly over some than roughly almost approximately totaled totals was were is are reached holds"  # noqa: SIM905
    " held controls controlled stood stands".split()
)
"""Words a figure often comes right after: prepositions, hedges, and the verbs that state a figure or a state."""


_SCALES = frozenset(["thousand", "million", "billion", "trillion", "percent", "percentage"])
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty "  # noqa: SIM905
    "ninety hundred half".split()
)
"""Numbers in words, which go on from a hedge or a verb as figures do ('in nearly' / 'three decades')."""
_AFTER_SHARES = frozenset(["of", "in", "on", "by", "from", "to", "since", "for", "among", "under", "over", "as"])
"""Words a line ending on a percentage goes on with: what it is a share of, its period, its change."""
_FUNCTION = HANGING | _AFTER_SHARES
"""Small words, whose pairs the text writes everywhere: no sign that two lines go on from each other."""


_NAME_IN_LIST = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*,")
_DATED_HEADING = re.compile(r",\s+(?:19|20)\d{2}(?:[-\u2013](?:19|20)?\d{2})?$")
_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2} (?=[A-Z][a-z])")
"""A heading may open on its year ('2025 Tariff Actions'); a row of years or figures never reads as one."""


_STOP_INSIDE = re.compile(r"(?<![A-Z]\.[A-Z])\. ")
"""A full stop inside a line, other than an abbreviation's ('U.S. Forces in Okinawa' is a heading)."""
_DATED_CELLS = frozenset(["date", "period", "year"])
_NEVER_LAST = frozenset("a an and as at by for from in into of on or the to with vs. and/or its their".split())  # noqa: SIM905
"""Words a heading never ends on ('The Election and After' does end on 'After')."""


MIN_COMMA_HEADING = 5
"""A heading with a comma in it ('A New Prime Minister, an Unfinished Agenda') has a phrase on each side."""
_SERIES = re.compile(r"[^,]+(?:, [^,]+)+,? (?:and|or|&) [^,]+")
"""A heading that lists its topics ('Steel, Aluminum, and Autos', 'China, the Quad, and the Region')."""


def _comma_heading(line: str, words: list[str]) -> bool:
    """Tell whether a line with a comma may be a heading: a list of topics, or a phrase of two words or more
    before one comma ('The Talks, Step by Step'); a lone word before it ('Japan, a U.S. ally') is prose's."""
    if _SERIES.fullmatch(line):
        return True
    head, _, tail = line.partition(", ")
    return line.count(",") == 1 and len(head.split()) >= 2 and bool(tail) and len(words) >= MIN_COMMA_HEADING - 1


def heading_like(line: str) -> bool:
    """Tell whether a line reads as a heading: short, no sentence mark at its end, its words capitalised; never a
    table's row that opens on its date ('July 24-August 9, 2020  Tokyo Summer Olympics')."""
    if (shape := row_shape(line)) and shape[0] in _DATED_CELLS:
        return False
    line = _YEAR_LEAD.sub("", _DATED_HEADING.sub("", line), count=1)  # 'Trade at a Glance, 2018'
    if len(line) > 70 or not line[:1].isupper() or ends_sentence(line) or line.endswith((",", ";", "-", "—")):
        return False
    words = line.split()
    if len(words) > 9 or ";" in line or _STOP_INSIDE.search(line) or words[-1].lower() in _NEVER_LAST:
        return False
    if "," in line and not _comma_heading(line, words):
        return False
    capitalised = [word for word in words if word.lower() not in _SMALL_WORDS]
    return bool(capitalised) and all(word[:1].isupper() or word[:1].isdigit() for word in capitalised)


def date_goes_on(before: str, after: str) -> bool:
    """Tell whether `after` opens on the year of a date that `before` ends on ('in August' / '2022: $1.2 trillion')."""
    return _MONTH_END.search(before[-20:]) is not None and _YEAR_START.match(after) is not None


def item_may_end(line: str) -> bool:
    """Tell whether a list item's line may be its last: an item needs no stop, but never ends on a hanging word
    or a comma ('fifth, after Canada, Mexico, and' / 'Germany')."""
    words = _WORD.findall(line[-40:])
    return not line.endswith((",", ";", "-", ":")) and bool(words) and words[-1].lower() not in HANGING


def ends_sentence(line: str) -> bool:
    if not line.removesuffix("\n").rstrip(_CLOSERS).endswith((".", "!", "?")):  # its end, not a scan
        return False
    last = line.rsplit(None, 1)[-1].strip("\"'”’)]")
    return not _ABBREVIATION.fullmatch(last)


def source_cut(line: str) -> bool:
    """Tell whether a source line goes on on the next ('Source: Bureau of Economic Analysis (BEA), international')."""
    return line.startswith(("Source", "Note")) and not ends_sentence(line) and not line.endswith(":")


class LineJoins:
    """How well one line continues another, from their ends and the text's own word pairs."""

    def __init__(self, lines: list[str], *, page: bool = False) -> None:
        self.lines = lines
        # Each line's features once, so that scoring a pair of lines is arithmetic, not regex work.
        self.aside = [ASIDE.match(line) is not None for line in lines]
        # Where the lines are a page's, a title-case line as wide as the prose around it is prose, not a heading.
        lengths = sorted(len(line) for line in lines if len(line) > MIN_PROSE_LINE) if page else []
        wide = FULL_LINE * lengths[len(lengths) // 2] if lengths else float("inf")
        self.heading = [
            (heading_like(line) and len(line) < wide) or aside for line, aside in zip(lines, self.aside, strict=True)
        ]
        # A table's row is whole as a finished sentence is; an author's name goes on with the role below it.
        self.ends = [ends_sentence(line) or TABLE_ROW.fullmatch(line) is not None for line in lines]
        self.name = [AUTHOR_NAME.fullmatch(line) is not None for line in lines]
        self.role = [AUTHOR_ROLE.fullmatch(line) is not None for line in lines]
        self.row = [TABLE_ROW.fullmatch(line) is not None for line in lines]
        self.shape = [row_shape(line) for line in lines]
        self.closes = [line.count(")") > line.count("(") for line in lines]
        self.source_cut = [aside and source_cut(line) for line, aside in zip(lines, self.aside, strict=True)]
        # A name with its role right below it, or a line further down where the other column's line is between.
        self.author = [name and any(self.role[index + 1 : index + 3]) for index, name in enumerate(self.name)]
        self.open_paren = [line.count("(") > line.count(")") for line in lines]
        self.acronym = [opening_acronym(line) if line[:1] == "(" else None for line in lines]
        # "and on Japanese Cars, 2025-2026": the rest of a figure's title, which ends at its years.
        self.title_end = [
            line[:1].islower() and len(line.split()) <= MAX_TITLE_WORDS and _TITLE_YEARS.search(line) is not None
            for line in lines
        ]
        self.lower = [line[:1].islower() for line in lines]
        self.item = [BULLET.match(line) is not None for line in lines]
        self.hyphen = [line.endswith("-") and line[-2:-1].isalpha() for line in lines]
        self.opener = [line[:1] in '$(—"“' for line in lines]
        self.digit = [_FIGURE_START.match(line) is not None for line in lines]
        self.date_start = [_DATE_START.match(line) is not None for line in lines]
        self.percent_end = [line.endswith("%") for line in lines]
        self.number_end = [line[-1:].isdigit() for line in lines]
        self.month_end = [_MONTH_END.search(line[-20:]) is not None for line in lines]
        self.year_start = [_YEAR_START.match(line) is not None for line in lines]
        last_words = [_WORD.findall(line[-40:]) for line in lines]
        first_words = [_WORD.findall(line[:40]) for line in lines]
        self.last = [words[-1].lower() if words else "" for words in last_words]
        self.last_capital = [bool(words) and words[-1][:1].isupper() for words in last_words]
        self.first = [words[0].lower() if words else "" for words in first_words]
        # "Only China, Mexico," / "Vietnam, Canada, and Germany ...": a list of names cut at the line's end.
        self.list_end = [line.endswith(",") and capital for line, capital in zip(lines, self.last_capital, strict=True)]
        self.list_start = [_NAME_IN_LIST.match(line) is not None for line in lines]
        self.pairs: set[tuple[str, str]] = set()
        self.words: set[str] = set()
        for line in lines:
            words = [word.lower() for word in _WORD.findall(line)]
            self.pairs.update(itertools.pairwise(words))
            self.words.update(word.rstrip(".-'’") for word in words)

    def join(self, before: int, after: int) -> float:
        if before < 0:
            return -1.0 if self.lower[after] else 0.0
        shapes = self.shape[before], self.shape[after]
        if shapes[0] and shapes[1] and not rows_agree(shapes[0], shapes[1]):
            return -1.0  # "4  China  641" / "Arrangement  Signed  In effect": another table's row
        if (self.role[after] and self.name[before]) or (self.row[before] and self.row[after]) or all(shapes):
            return 1.5  # "Mark E. Manyin" / "Specialist in Asian Affairs"; a table's row, then the next
        if self.aside[before] and self.open_paren[before] and self.closes[after] and self.lower[after]:
            return 3.0  # "Table 1. ... 2023 (goods and" / "services, $ billions)": the caption's bracket closes
        if shapes[1] and (self.aside[before] or self.closes[before]) and not self.ends[before]:
            return 1.5  # "services, $ billions)" / "Rank  Partner  Trade": a caption, then its table's header
        if self.role[before] and self.author[after]:
            return 1.0  # "Specialist in Asian Affairs" / "Caitlin Campbell": the next author of the list
        if self.aside[before] and (self.open_paren[before] or self.title_end[after] or self.source_cut[before]):
            return 1.5 if self.lower[after] else 0.0  # "Table 1. U.S. Trade with Japan ($" / "billions)"
        if self.heading[after]:
            return 1.0 if self.ends[before] or self.heading[before] else -3.0
        if self.heading[before]:
            return -3.0 if self.lower[after] else 1.0
        short_form = self.acronym[after]
        if short_form and spells_out(self.lines[before], short_form):
            return 3.0  # "a Special Measures Agreement" / "(SMA) that ...": a name goes on with its short form
        if self.month_end[before] and self.year_start[after]:
            return 3.0  # "on February 8," / "2026, reversing": a date goes on with its year, never another line
        if self.hyphen[before]:
            # "long-" goes on in lower case; "Trans-" or "U.S.-" goes on with a capital ("Pacific", "Japan"), and
            # "Agree-" with "ment" where the text writes "agreement" whole.
            if self.last_capital[before] and self.last[before].rstrip("-") + self.first[after] not in self.words:
                return 1.5 if self.lines[after][:1].isupper() else (0.0 if self.lower[after] else -0.5)
            return 2.5 if self.lower[after] else -0.5
        if self.ends[before]:
            return -3.0 if self.lower[after] else 1.0
        pair = (self.last[before], self.first[after])
        # Two words the text writes side by side elsewhere; two small words ('and' / 'in') tell nothing.
        bonus = 1.0 if pair in self.pairs and not (pair[0] in _FUNCTION and pair[1] in _FUNCTION) else 0.0
        if self.number_end[before] and self.first[after] in _SCALES:
            return 3.0  # "about $25" / "billion": a figure goes on with its scale, never with another line
        if self.percent_end[before] and self.lower[after]:
            # "nearly 60%" / "of the seats": a share goes on with what it is a share of, seldom with anything else.
            return (2.5 if self.first[after] in _AFTER_SHARES else 0.5) + bonus
        number_word = self.lower[after] and self.first[after].split("-")[0] in _NUMBER_WORDS
        if (self.digit[after] or number_word) and self.last[before] in BEFORE_NUMBERS:
            # "after decreasing by" / "4.5% in 2020": a figure goes on from its word; from a hedge or a verb of state
            # ("holds" / "141 of the seats") more surely than from "the", which a year may follow.
            return (2.0 if self.last[before] in HANGING else 2.5) + bonus
        if self.date_start[after] and self.last[before] in HANGING:
            return 2.0 + bonus  # "signed them in Washington on" / "October 7, 2019": a date goes on from its word
        if self.lower[after] or self.opener[after]:
            return 1.5 + bonus
        if self.digit[after]:
            return 1.0 + bonus
        if self.number_end[before] and self.first[after] not in STARTERS:
            return 1.0 + bonus  # "roughly 4,000" / "Marines from Okinawa": a figure goes on with what it counts
        if self.list_end[before] and self.list_start[after] and self.first[after] not in STARTERS:
            return 2.0 + bonus
        if self.first[after] in STARTERS and not self.digit[after]:
            return -1.0 + bonus  # "The ...", "As ...": a new sentence, where the line before had not ended one
        if self.last[before] in HANGING and not (self.last[before] == "an" and _CONSONANT.match(self.lines[after])):
            return 1.0 + bonus  # "interest to" / "Congress": a name goes on from a hanging word, "an" not to "Measures"
        return (0.5 if self.last_capital[before] else 0.0) + bonus
