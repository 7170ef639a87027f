"""IF11120's 2025 framework agreement: the day it was announced, and Japan's investment pledge.

The announcement is dated by the date its own words give ("announced a framework agreement on July 22,
2025", "the framework the two governments announced on July 22, 2025"), else by its clause's one date,
never by the tariffs that came before it. The two governments that announce it stand for Japan.
"""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import written_date
from usjapan_facts.extract.japan import KNOWN_PEOPLE, OTHER_COUNTRIES, US_PRESIDENTS
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.nearby import clause_around, previous
from usjapan_facts.extract.rules.shared import trade as shared
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
_FIRST_YEAR = 2025
"""The year of the framework the catalogue tracks: a deal struck before it is another."""
rule = registrar(RULES)

_PARTIES = (
    r"(?:the\s+two\s+(?:governments|countries|sides|leaders)|both\s+governments|Washington\s+and\s+Tokyo|"
    r"the\s+United\s+States\s+and\s+Japan|Trump\s+and\s+(?:Prime\s+Minister\s+)?Ishiba)"
)
_FRAMEWORK = re.compile(
    r"\b(?:framework\s+(?:(?:trade|economic|investment|trade\s+and\s+investment)\s+)?(?:agreement|deal|accord)|"
    r"strategic\s+trade\s+and\s+investment\s+(?:agreement|deal)|"
    r"trade\s+and\s+investment\s+(?:agreement|deal|framework)|framework\s+on\s+trade)\b"
    rf"|\b(?:the|a)\s+framework\b(?=,?\s+(?:that\s+)?(?:(?:{_PARTIES}|the\s+President|President\s+Trump)\s+)?"
    r"(?:(?:was|were)\s+)?(?:announced|reached|concluded|struck|unveiled|disclosed|revealed|made\s+public)\b)"
    r"|(?<=announced\s)(?:the|a|their)\s+(?:(?:bilateral|new|trade|economic|U\.S\.[-\u2010-\u2015]Japan)\s+){0,2}"
    r"framework\b(?!\s+(?:for|of)\s+(?:talks|negotiations|consultations|discussions|dialogue|cooperation)\b)",
    I,
)
"""The framework by name ('the strategic trade and investment agreement'), or the framework the sentence's act is about:
'a framework the President announced on ...', 'The President announced the framework on ...'."""
_STRUCK_DEAL = re.compile(
    rf"\b(?:announced|said|declared|stated|posted)\s+on\s+(?P<date>{p.MONTH}\s+\d{{1,2}},\s*(?P<year>\d{{4}})),?\s+that\s+"
    rf"(?:{_PARTIES}\s+(?:had\s+)?(?:struck|reached|concluded|sealed)\s+(?:a|an)\s+[\"“]?(?:(?:massive|trade|new|big)\s+)?"
    r"(?:deal|agreement)\b|"
    r"(?:the\s+United\s+States|Washington|he|it)\s+(?:had\s+)?(?:struck|reached|concluded|sealed)\s+(?:a|an)\s+"
    r"(?:trade\s+)?(?:deal|agreement)\s+with\s+(?:Japan|Tokyo)\b)",
    I,
)
"""'announced on July 22, 2025, that the two countries had struck a deal', '... that the United States had reached a
deal with Japan': the framework, a deal of 2025 or later (the deal in principle of August 2019 was another)."""
_ANNOUNCER = rf"(?:{_PARTIES}|the\s+President|President\s+Trump|Trump|the\s+White\s+House)"
_DEAL_WITH_JAPAN = (
    r"(?:announced|unveiled|struck|reached|sealed|clinched|disclosed|revealed|(?<=:\s)(?:[\w.]+\s+){1,3}?"
    r"(?:announces|unveils|reaches|strikes))\s+(?:a|an|the|their)\s+(?:[\w\s\"“-]{0,30}?\s)?"
    r"[\"“]?(?:\w+\s+)?(?:deal|agreement|framework|accord)[\"”]?\s+with\s+(?:Japan|Tokyo)\b"
)
_WHEN_ANNOUNCED = re.compile(
    rf"\bon\s+(?P<date>{p.MONTH}\s+\d{{1,2}},\s*(?P<year>\d{{4}})),?\s+when\s+{_ANNOUNCER}\s+{_DEAL_WITH_JAPAN}"
    rf"|\b{_ANNOUNCER}\s+{_DEAL_WITH_JAPAN}(?:\s+(?:on|in|via|at)\s+(?:a\s+|the\s+)?[a-z][a-z\s-]{{1,25}}?)?\s+on\s+"
    rf"(?P<after>{p.MONTH}\s+\d{{1,2}},\s*(?P<after_year>\d{{4}}))"
    # 'Announced July 22, 2025, the framework lowered ...': the participle dates the deal it opens on
    rf"|^(?:Announced|Unveiled|Reached|Struck|Concluded|Sealed)\s+(?:on\s+)?(?P<lead>{p.MONTH}\s+\d{{1,2}},\s*"
    rf"(?P<lead_year>\d{{4}})),\s+(?:the|this|that|a)\s+(?:[\w.-]+\s+){{0,3}}?(?:framework|deal|agreement|accord)\b"
    # 'On July 22, 2025, President Trump announced a trade deal with Japan': the day opens the sentence
    rf"|^(?:On\s+)?(?P<first>{p.MONTH}\s+\d{{1,2}},\s*(?P<first_year>\d{{4}}))(?:,\s+{_ANNOUNCER}\s+|:\s+){_DEAL_WITH_JAPAN}"
    # 'The two countries reached a trade deal on July 22, 2025': the two parties the deal is between
    rf"|\b{_PARTIES}\s+(?:struck|reached|sealed|clinched|concluded)\s+(?:a|an|their)\s+(?:(?:trade|bilateral|new)\s+){{0,2}}"
    rf"(?:deal|agreement|accord)\s+on\s+(?P<both>{p.MONTH}\s+\d{{1,2}},\s*(?P<both_year>\d{{4}}))",
    I,
)
"""A deal with Japan announced on a day of 2025 or later, by any name ('a \"massive Deal\"'): 'The breakthrough came
on July 22, 2025, when the President announced a deal with Japan', 'the President unveiled an accord with Japan on
...'. The deal of 2019 is another, and a deal with another country names no Japan."""
_MADE_WITH_JAPAN = re.compile(
    r"\b(?:framework|deal|agreement|accord|arrangement)\b,?\s+(?:(?:that|which)\s+)?(?:[\w.'\u2019-]+\s+){0,5}?"
    r"(?:announced|reached|struck|agreed|unveiled|concluded|sealed|clinched|made)\s+(?:(?:jointly|together)\s+)?"
    rf"with\s+(?:Japan|Tokyo)\s+on\s+(?P<date>{p.MONTH}\s+\d{{1,2}},\s*(?P<year>\d{{4}}))",
    I,
)
"""The deal named first, then who made it with Japan and when: 'The investment and tariff framework that President
Trump announced with Japan on July 22, 2025', 'the framework the White House reached with Japan on ...' (of 2025 or
later: the deal of 2019 is another)."""
_DAYS = ("date", "after", "both", "first", "lead")
"""The groups of `_WHEN_ANNOUNCED` that hold the day, one of which matched."""
_AFTER_SOMETHING = re.compile(r"\b(?:following|after|since)\b[^,;]*,?", I)
"""'Following the imposition of tariffs in April 2025, ...': what came before, dated by its own date."""
_ANNOUNCED = re.compile(
    r"\b(?:announced|reached|concluded|struck|unveiled|disclosed|revealed|made\s+(?:\w+\s+){0,2}?public)\b"
    # a chronology's line in the present: 'July 22, 2025: President Trump announces a framework agreement with Japan'
    r"|^(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}):\s+[^;:]{0,40}?\b(?:announces|unveils|reach|reaches)\b",
    I,
)
_THE_DEAL = re.compile(
    r"\b(?:the|this|that)\s+(?:deal|agreement|accord|arrangement|framework)\b"
    r"|\b(?:outlines?|terms|contours|broad\s+strokes|basics)\s+of\s+(?:a|an|the)\s+(?:(?:trade|new)\s+)?"
    r"(?:deal|agreement|accord|arrangement)\b",
    I,
)
"""The framework said as 'the deal', or 'the outline of an agreement', under a heading that names it ('The July 2025
Framework')."""
_ON_DATE = re.compile(
    rf"\s+(?:(?:a|the|their)\s+[\w\s-]{{0,40}}?)?(?:by\s+(?:President\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}\s+)?"
    rf"(?:on|in)\s+(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?(?P<date>{p.MONTH}\s+\d{{1,2}},\s*\d{{4}})"
)
"""The day right after the verb: 'announced a framework on July 22, 2025', 'unveiled by President Trump on the evening
of July 22, 2025'."""
_DATED_NAME = re.compile(
    rf"\b[Tt]he\s+(?P<date>{p.MONTH}\s+\d{{1,2}},\s*\d{{4}}),?\s+(?:U\.S\.[-\u2010-\u2015]Japan\s+)?framework(?:\s+agreement|\s+deal)?\b"
)
_OTHERS = re.compile(
    r"\bcritical\s+minerals?\b|\brare[-\s]earths?\b|\bIPEF\b|\bIndo-Pacific\b|\bSouth\s+Korea|\bEU\b", I
)
_LEADERS = "|".join(sorted(family for family in KNOWN_PEOPLE if family not in US_PRESIDENTS))
_JAPAN = re.compile(rf"\bJapan|\bTokyo\b|(?i:{_PARTIES})|\b(?:{_LEADERS})\b")
"""Japan, the two sides (at a sentence's start too), or Japan's prime minister by name ('President Trump and
then-Prime Minister Ishiba Shigeru announced ...')."""


_WITH_PARTY = re.compile(
    r"\b(?:framework|deal|agreement|accord|arrangement|pact)s?\b(?:\s+[\w-]+){0,3}?\s+(?:with|between)\s+(?:the\s+)?"
    r"(?P<party>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
)
"""The party a deal is made with: 'a framework with Indonesia', 'a deal with President Prabowo'."""
_OUR_SIDE = re.compile(r"\b(?:Japan|Tokyo|United\s+States|U\.S\.|Washington|America)|^(?:the\s+)?Two\b")


def _with_another(text: str) -> bool:
    """Tell whether the sentence's deal is made with a party other than Japan, and none with Japan: 'The United States
    announced a framework with Indonesia on July 15, 2025' (a party named by its leader is Japan's when `_JAPAN` knows
    the name)."""
    parties = [match.group("party") for match in _WITH_PARTY.finditer(text)] if " with " in text else []
    ours = [party for party in parties if _OUR_SIDE.search(party) or _JAPAN.search(party)]
    return bool(parties) and not ours


_NEEDS = ("framework", "investment agreement", "investment deal", "announce", "unveil", "disclosed", "revealed",
          "reached on", "struck on", "sealed on", "concluded on", "with japan on", "with tokyo on")  # fmt: skip
_STRUCK = ("reached a", "struck a", "sealed a", "clinched a", "concluded a", "reached their", "struck their")
"""The two parties' act of striking the deal: 'The two countries reached a trade deal on July 22, 2025'."""


_YEARLESS_ON = re.compile(rf"\b(?:[Oo]n|[Ii]n)\s+{p.MONTH}\s+\d{{1,2}}\b(?!,?\s*\d)")


def _dated_by_heading(text: str, heading: str, cover: dt.date | None) -> str:
    """The text with a day named without its year ('announced the framework on July 22') given the one year its heading
    names ('The July 2025 Framework'); as it is under a heading of no year or several, in a sentence that names a
    year of its own, or where the day would fall after the cover date."""
    years = {match.group("year") for match in p.YEAR.finditer(heading)}
    if len(years) != 1 or p.YEAR.search(text):
        return text
    year = years.pop()

    def dated(day: re.Match[str]) -> str:
        said = f"{day.group(0)}, {year}"
        found = p.dates(said)
        return day.group(0) if cover and found and found[0][0] > cover.isoformat() else said

    return _YEARLESS_ON.sub(dated, text)


def _exact(written: str) -> Fields | None:
    """The framework's date as written ('July 22, 2025'), exact; None for a day the calendar lacks."""
    date = written_date(written)
    return {"value": date, "qualifier": "exact"} if date else None


@rule("framework.announced", needs=(*_NEEDS, *_STRUCK, "public"))
def framework_announced(sentence: Sentence, context: Context) -> Fields | None:
    text = _dated_by_heading(sentence.text, sentence.section, context.updated)
    if _with_another(text):
        return None  # another country's deal, of whichever date
    dated_name = _DATED_NAME.search(text)
    if dated_name and not _OTHERS.search(text):
        # 'Under the July 22, 2025, framework agreement, ...': the framework goes by the day it was announced.
        return _exact(dated_name.group("date"))
    struck = _STRUCK_DEAL.search(text)
    if struck and int(struck.group("year")) >= _FIRST_YEAR and not _OTHERS.search(text):
        return _exact(struck.group("date"))
    made = _MADE_WITH_JAPAN.search(text)
    if made and int(made.group("year")) >= _FIRST_YEAR and not _OTHERS.search(text):
        return _exact(made.group("date"))
    when = _WHEN_ANNOUNCED.search(text)
    if when and when.group("lead") and (not _JAPAN.search(text) or has(OTHER_COUNTRIES, text, 0)):
        when = None  # 'Announced May 8, 2025, the U.K. deal ...': a deal the sentence does not tie to Japan
    year = when and (
        when.group("year")
        or when.group("after_year")
        or when.group("both_year")
        or when.group("first_year")
        or when.group("lead_year")
    )
    if when and int(year or 0) >= _FIRST_YEAR and not _OTHERS.search(text):
        return _exact(next(day for day in (when.group(name) for name in _DAYS) if day))
    headed = re.search(r"\bframework\b", sentence.section, I) is not None and not _OTHERS.search(sentence.section)
    named = _FRAMEWORK.search(text) or (_THE_DEAL.search(text) if headed else None)
    verb = _ANNOUNCED.search(text)
    if named is None or verb is None or _OTHERS.search(text):
        return None
    if not _JAPAN.search(text) and not (headed and not has(OTHER_COUNTRIES, text, 0)):
        if has(OTHER_COUNTRIES, text, 0):
            return None
        # 'The President announced the framework on July 22, 2025.' after a sentence on Japan's prime minister.
        before = previous(text, context)
        if not _JAPAN.search(before) or _OTHERS.search(before):
            return None
    # 'announced a framework agreement on July 22, 2025', 'the framework the two governments announced on ...'
    right_after = _ON_DATE.match(text, verb.end())
    if right_after and verb.start() - named.end() < 60 and named.start() - verb.end() < 60:
        return _exact(right_after.group("date"))
    # The date is that of the announcement's own clause, never of the tariffs that came before it.
    clause = clause_around(text, min(named.start(), verb.start()), max(named.end(), verb.end()))
    clause = _AFTER_SOMETHING.sub(" ", clause)
    dated = {value for value, _ in p.dates(clause)}
    return {"value": dated.pop(), "qualifier": "exact"} if len(dated) == 1 else None


@rule("framework.investment_pledge", needs=("invest",))
def investment_pledge(sentence: Sentence, context: Context) -> Fields | None:
    return shared.japan_investment_pledge(sentence, context)
