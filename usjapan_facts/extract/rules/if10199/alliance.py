"""Rules of the alliance section."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import day_of
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.election_dates import last_such_day
from usjapan_facts.extract.event_years import BARE_DAY
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.partitive import unnumbered_part
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import another_country_before, one
from usjapan_facts.extract.signed_back import COST_SHARING, overtaken_month
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import counts
from usjapan_facts.extract.whose import carried_foreign

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_TROOPS = r"\b(?:U\.S\.\s+)?(?:troops|military personnel|service\s?members|servicemembers|forces personnel)\b"
_AMERICAN = r"\bU\.S\.|\bUnited States\b|\bAmerican\b"
_OTHERS_COUNTED = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:family|families|dependents?|civilians?|employees|contractors|relatives|spouses|"
    r"children|workers|staff)\b",
    I,
)
"""The noun right after a figure that counts someone else: 'with 42,000 family members and civilian employees'."""
_WAS_TO = phrase("IF10199", "was_to")
_REGION = phrase("IF10199", "region")
_WITH_ANOTHER = phrase("IF10199", "japan_and_another")  # 'in Japan and South Korea combined'
_JAPANS_OWN_FORCES = r"\bSelf[- ]Defen[cs]e Forces?\b|\bSDF\b|\bJapanese (?:troops|personnel|service\s?members)\b"


_CARRIED = re.compile(r"(?:It|They|This|That|The\s+(?:presence|force|forces|garrison|contingent|total))\s+[a-z]")
"""A sentence whose subject is the one before's: 'It amounts to', 'They number', 'The total comes to'."""
_PRESENCE = r"\b(?:U\.S\.|American)\s+(?:military\s+)?(?:presence|forces|troops|garrison|military)\b"
"""What the carried subject stands for: 'The U.S. presence is large', 'American forces are based in Japan'."""


@rule("alliance.us_troops_in_japan", needs=("troops", "personnel", "service"))
def us_troops_in_japan(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    before = context.preceding.get(text, "")
    # 'The U.S. presence in Japan is large. It amounts to some 54,000 personnel': the subject carried from before.
    carried = bool(_CARRIED.match(text)) and has(_PRESENCE, before, 0) and not p.YEAR.search(before)
    about = f"{before} {text}" if carried else text
    # A presence the brief's own ('The U.S. presence is large.') is Japan's when the sentence before names no other.
    japans = has(r"\bJapan", about, 0) or (
        carried and not has(OTHER_COUNTRIES, before, 0) and not _REGION.search(before)
    )
    if not has(_TROOPS, text) or not japans or has(r"\bGuam\b|\bMarines?\b", text, 0):
        return None
    if carried_foreign(text, before):
        return None  # 'South Korea is an ally. It hosts 28,500 U.S. troops, fewer than Japan does.'
    # The troops must be American: Japan's own forces are counted in troops too.
    if not has(_AMERICAN, about, 0) or has(_JAPANS_OWN_FORCES, about, 0):
        return None
    values = []
    year = context.updated.year if context.updated else None
    for troop_word in re.finditer(_TROOPS, text, I):
        for number, qualifier, match in _troop_counts(text):
            if another_country_before(text, match.start()) or not_current(text, match.start(), year=year):
                continue  # 'South Korea hosts about 28,500 U.S. troops', 'In 2012 ... were; it has since grown'
            if _WAS_TO.search(text, clause_of(clauses(text), match.start())[0], match.start()):
                continue  # a plan since dropped: 'the presence was to shrink to 45,000 troops'
            if _OTHERS_COUNTED.match(text, match.end()) or unnumbered_part(text, match.start()) is not None:
                continue  # another's ('42,000 family members') or a part ('Of the U.S. troops in Japan, 30,000')
            rest = text[match.end() :]
            ahead = rest[: rest.find("Japan")] if "Japan" in rest else rest
            if has(OTHER_COUNTRIES, ahead, 0) or _REGION.search(ahead):
                continue  # '28,500 U.S. troops are in South Korea, half as many as in Japan', '80,000 in East Asia'
            if _WITH_ANOTHER.match(rest, len(ahead)):
                continue  # a sum: '80,000 U.S. personnel are based in Japan and South Korea combined'
            gap = (
                text[match.end() : troop_word.start()]
                if match.end() <= troop_word.start()
                else text[troop_word.end() : match.start()]
            )
            if len(gap) <= 40 and not has(r"\b(?:percent|Marines|civilians|dependents)\b", gap):
                values.append({"value": p.plain(number), "qualifier": qualifier, "as_written": match.group(0)})
    return one(values)


def _troop_counts(text: str) -> list[tuple[Decimal, str, _Said]]:
    """Each count of ten thousand or more in figures ('some 54,000') or in words ('some fifty-four thousand')."""
    found = [
        (number, qualifier, _Said(match.start(), match.end(), match.group(0)))
        for number, qualifier, match in p.qualified_numbers(text)
        if number >= 10000
        and not p.YEAR.fullmatch(match.group("number"))
        and text[match.end() : match.end() + 1] != "%"
    ]
    spoken = [
        (Decimal(count.value), count.qualifier, _Said(count.start, count.end, text[count.start : count.end]))
        for count in counts(text)
        if isinstance(count.value, int) and count.value >= 10000 and not re.search(r"\d", text[count.start : count.end])
    ]
    return found + spoken


@dataclass(frozen=True)
class _Said:
    """Where a count stands in its sentence, and its words."""

    at: int
    stop: int
    words: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.words


_NOT_THIS_ONE = (
    r"\b(?:previous|prior|former|old|earlier|predecessor|preceding|expected|negotiat\w*|talks|planned|will\s+be|"
    r"to\s+be\s+(?:signed|concluded)|would|could|(?-i:may)|successor|gave\s+way|replaced\s+by)\b"
)
"""Words of an agreement other than the one in force: a former one, or one still being negotiated."""


_MONTH_BEFORE = re.compile(
    r"\b(?:announced|agreed(?:\s+(?:on|upon|to))?|reached|concluded|struck|settled|unveiled|finalized)\s+"
    r"(?:(?:in\s+)?the\s+(?:previous|preceding|prior)\s+month|(?:a|one)\s+month\s+(?:earlier|before))\b"
    r"|\b(?:a|one)\s+month\s+after\s+(?:[a-z]+\s+){0,3}?(?:announc|agree|reach|conclud|finaliz|settl|struck|strik)\w*",
    I,
)
"""The agreement reached the month before the one date the sentence gives (its signing): 'signed on January 7, 2022,
... whose terms had been announced the previous month' was agreed in December 2021."""


def _month_before(text: str) -> Fields | None:
    """The month before the sentence's one date, when the agreement was reached the month before it."""
    dates = {value[:7] for value, _ in p.dates(text) if len(value) >= 7}
    if _MONTH_BEFORE.search(text) is None or len(dates) != 1:
        return None
    year, month = (int(part) for part in dates.pop().split("-"))
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return {"value": f"{year:04d}-{month:02d}", "qualifier": "exact"}


_NOT_REACHED = (
    r"\b(?:(?:start|begin)(?:s|ning|ing)?(?:\s+(?:in|on|from))?|commenc\w*|period\s+from|with\s+effect|(?:went|go|goes|gone)\s+into\s+(?:effect|force)|appl(?:y|ies|ied)\s+from|expir\w*|lapses?|runs?\s+(?:out|through|until)|ends?\s+in|t(?:ook|akes?)\s+effect|(?:entered|enters|came|comes|brought|put)\s+"
    r"into\s+(?:force|effect)|in\s+(?:force|effect)\s+(?:since|from|through|until|till)|effective|expects?|expected|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|to\s+be\s+(?:\w+\s+){0,2}?(?:concluded|signed|wrapped|reached|finalized|sealed)|years?\s+(?:from|starting|beginning))\b"
)
"""Words of a month the agreement was not reached in: one it starts or ends in ('covers five years from April 2016')."""


_WHEN = rf"(?P<when>{p.MONTH}(?:\s+(?P<day>\d{{1,2}}))?(?:,?\s+(?P<year>(?:19|20)\d\d))?)"
_TO_EXTEND = (
    r"\s+(?:extend|renew|prolong|roll\s+(?:[\w-]+\s+){0,3}?over)\b"
    r"(?!\s+(?:the\s+|their\s+)?(?:talks|negotiations|consultations|discussions|dialogue|deadline))"
)
"""An extension of the agreement, never of the talks on it or their deadline ('agreed on May 30 to extend talks')."""
_EXTENDED = (
    re.compile(rf"\b(?:agreed|decided)\s+(?:in|on)\s+{_WHEN}\s+to{_TO_EXTEND}", I),
    re.compile(
        rf"(?:^|[;:]\s+|,\s+(?:and|but)\s+)(?:in|on)\s+{_WHEN},?\s+(?:the\s+)?(?:two\s+)?(?:governments|sides|they)"
        rf"\s+(?:instead\s+|also\s+|then\s+)?(?:agreed|decided)\s+to{_TO_EXTEND}",
        I,
    ),
)
"""An extension agreed, the latest agreement: '(the SMA ...) the two governments agreed in February 2021 to roll the
existing terms over for one year', its agreement named in the sentence or the one before; a day without its year
('they agreed on February 17 to extend its terms') is the cover's year's, or the year before's if after the cover; the
date may come first ('...; in May 2026 the two sides instead agreed to renew it early')."""


def _extended(text: str, before: str, cover: str | None) -> Fields | None:
    found = next((found for pattern in _EXTENDED if (found := pattern.search(text))), None)
    if found is None or not (has(COST_SHARING, text) or has(COST_SHARING, before)) or has(OTHER_COUNTRIES, text):
        return None
    if found.group("year") is None:
        if found.group("day") is None or cover is None:
            return None  # a month alone, no year: unsure which
        month = f"{cover[:4]}-{p.month_number(found.group('when').split()[0]):02d}"
        if (date := day_of(month, found.group("day"))) is None:
            return None  # 'on February 30': no day of the calendar
        return {"value": last_such_day(date, cover), "qualifier": "exact"}
    dates = [value for value, _ in p.dates(found.group("when"))]
    return {"value": dates[0], "qualifier": "exact"} if len(dates) == 1 else None


_NEEDS = ("deal", "agreement", "sma", "agreed to", "agreed in", "agreed on")


@rule("alliance.host_nation_support_agreement", needs=_NEEDS)
def host_nation_support_agreement(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    cover = context.updated.isoformat() if context.updated is not None else None
    before = f"{context.preceding.get(text, '')} {sentence.section}"  # the accord named before, or by the heading
    if "agreed" in text and (extension := _extended(text, before, cover)) is not None:
        return extension
    if not has(r"\b(?:deal|agreement|Special Measures Agreement|SMA)\b", text) or overtaken_month(text, context):
        return None
    if not has(r"\b(?:contribution|cost[- ]sharing|host[- ]nation|cost of stationing|Special Measures|SMA\b)", text):
        return None
    if has(r"\btrade\b", text):
        return None
    if "month" in text and (earlier := _month_before(text)) is not None:
        return earlier
    # A month the agreement ends or takes effect in is not the month it was reached in; nor is a former one's, or one
    # to come ('expect a new pact to be concluded in December').
    if another_country_before(text, len(text)):
        return None  # another ally's cost-sharing agreement with the United States
    # Else the month of the one agreement that no word tells another: '..., and a one-year extension was agreed in
    # February 2021 instead' beside the old accord's dates; 'the SMA signed in January 2016, ... the previous one'.
    # What follows 'to replace' or 'replacing' is the accord it replaced ('..., signed on May 5 to replace the accord
    # of March 2011'): its months are not this one's.
    text = text[: replaced.start()] if (replaced := _REPLACING.search(text)) else text
    if (reached := _REACHED_IN.search(text)) is not None and _reached_alone(text):
        return _reached_month(reached, text, cover)  # 'concluded in January of last year': none other is its month
    whole = not has(_NOT_REACHED, text) and not has(_NOT_THIS_ONE, text)
    months = {value for value, match in p.dates(text) if len(value) == 7 and (whole or _its_own(text, match))}
    if not months and whole and context.updated is not None:
        months = _signed_this_year(text, context.updated.isoformat())
    return {"value": months.pop(), "qualifier": "exact"} if len(months) == 1 else None


_REACHED_IN = re.compile(
    rf"\b(?:concluded|signed|reached|struck|sealed|finalized)\s+(?:in|on)\s+"
    rf"(?P<month>{p.MONTH_WORD})(?!\s*,?\s*\d)(?:\s+of\s+(?P<which>last|this)\s+year\b)?(?!\s+(?:to\b|(?:an?|the)\s+(?!(?:new\s+)?(?:SMA|Special\s+Measures)\b)))",
    I,
)
"""The month an agreement was reached in, its year unsaid or told from the cover's: 'concluded in January of last
year', 'signed in December' (no year: unsure which); never with its day or year ('signed in January 2022', read as
dated; 'signed on January 22', the cover's year's)."""


def _reached_alone(text: str) -> bool:
    """Whether a month of 'concluded in January of last year' may be the agreement's: no dated month, extension or
    negation beside it ('Under the SMA concluded in January 2022, Japan ...'; 'was not concluded in ...')."""
    dated = any(len(value) == 7 for value, _ in p.dates(text))
    return not dated and not has(r"\b(?:not|never|extend\w*|extension)\b", text)


def _reached_month(reached: re.Match[str], text: str, cover: str | None) -> Fields | None:
    """The month of 'concluded in January of last year', the cover's year before; 'of this year', the cover's, when
    not after it. Any other month of the sentence is not the agreement's ('covers five years from April 2016')."""
    which, month = reached.group("which"), p.month_number(reached.group("month").capitalize())
    if which is None or cover is None or has(_NOT_THIS_ONE, text):
        return None
    year = int(cover[:4]) - (which.casefold() == "last")
    return None if f"{year:04d}-{month:02d}" > cover[:7] else {"value": f"{year:04d}-{month:02d}", "qualifier": "exact"}


_REPLACING = re.compile(
    r"\b(?:to\s+replace|replacing|superseding|in\s+place\s+of|took\s+the\s+place\s+of|(?:replaced|succeeded|superseded|"
    r"supplanted)(?!\s+by\b))\b",
    I,
)
"""What follows is the accord this one replaced ('replaced a one-year stopgap agreed in February 2021'); not after
'replaced by', whose object is the new one."""
_SIGNED_ON = re.compile(rf"\b(?:signed|concluded|reached|struck|sealed)\b|^On\s+{p.MONTH_WORD}\s+\d", I)


def _signed_this_year(text: str, cover: str) -> set[str]:
    """The day an agreement was signed that the sentence gives without its year ('On January 22, the two governments
    signed a new SMA', a text of March 2016): in the cover's year, or the year before for a day after the cover's. A
    year after it names another deed ('..., replacing the one concluded in 2011')."""
    year = p.YEAR.search(text)
    before = text[: year.start()] if year else text
    days = [day for day in BARE_DAY.finditer(text) if day.end() <= len(before)] if _SIGNED_ON.search(before) else []
    if len(days) != 1:
        return set()
    date = day_of(f"{cover[:4]}-{p.month_number(days[0].group(0).split()[0]):02d}", days[0].group("day"))
    return set() if date is None else {last_such_day(date, cover)}


def _its_own(text: str, month: re.Match[str]) -> bool:
    """Tell whether the month's agreement is the one in force: the words from the comma before its name to the one
    after the month, or from a month told first ('In February 2021, the two governments agreed ...') to the clause's
    end, call it no other; and the month is not where a span ends ('through March 2022')."""
    if _SPAN_END.search(text, 0, month.start()):
        return False
    named = [found.start() for found in re.finditer(_AGREEMENT, text[: month.start()], I)]
    start = max(text.rfind(",", 0, named[-1]), text.rfind(";", 0, named[-1]), 0) if named else month.start()
    marks = (",", ";") if named else (";",)
    end = min((at for at in (text.find(mark, month.end()) for mark in marks) if at >= 0), default=len(text))
    when = re.match(r",\s+(?:when|as|once|after)\b[^,;]*", text[end:])  # ', when the new agreement took effect'
    return not has(f"{_NOT_REACHED}|{_NOT_THIS_ONE}", text[start:end] + (when.group(0) if when else ""))


_SPAN_END = re.compile(r"\b(?:through|until|till|to|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?$", I)
"""Before a month a span ends in: 'through March 2022', 'until the end of March'."""
_AGREEMENT = r"\b(?:SMA|agreement|accord|deal|pact|extension|renewal|arrangement)\b"
