"""Rules of the alliance section."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.partitive import unnumbered_part
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import another_country_before, one, period_of
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
_JAPANS_OWN_FORCES = r"\bSelf[- ]Defen[cs]e Forces?\b|\bSDF\b|\bJapanese (?:troops|personnel|service\s?members)\b"


@rule("alliance.us_troops_in_japan", needs=("troops", "personnel", "service"))
def us_troops_in_japan(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(_TROOPS, text) or not has(r"\bJapan", text, 0) or has(r"\bGuam\b|\bMarines?\b", text, 0):
        return None
    if carried_foreign(text, context.preceding.get(text, "")):
        return None  # 'South Korea is an ally. It hosts 28,500 U.S. troops, fewer than Japan does.'
    # The troops must be American: Japan's own forces are counted in troops too.
    if not has(_AMERICAN, text, 0) or has(_JAPANS_OWN_FORCES, text, 0):
        return None
    values = []
    year = context.updated.year if context.updated else None
    for troop_word in re.finditer(_TROOPS, text, I):
        for number, qualifier, match in p.qualified_numbers(text):
            as_digits = match.group("number")
            if number < 10000 or p.YEAR.fullmatch(as_digits) or text[match.end() : match.end() + 1] in "%":
                continue
            if another_country_before(text, match.start()) or not_current(text, match.start(), year=year):
                continue  # 'South Korea hosts about 28,500 U.S. troops', 'In 2012 ... were; it has since grown'
            if _WAS_TO.search(text, clause_of(clauses(text), match.start())[0], match.start()):
                continue  # a plan since dropped: 'the presence was to shrink to 45,000 troops'
            if _OTHERS_COUNTED.match(text, match.end()) or unnumbered_part(text, match.start()) is not None:
                continue  # another's ('42,000 family members') or a part ('Of the U.S. troops in Japan, 30,000')
            rest = text[match.end() :]
            if has(OTHER_COUNTRIES, rest[: rest.find("Japan")] if "Japan" in rest else rest, 0):
                continue  # 'About 28,500 U.S. troops are in South Korea, half as many as in Japan'
            gap = (
                text[match.end() : troop_word.start()]
                if match.end() <= troop_word.start()
                else text[troop_word.end() : match.start()]
            )
            if len(gap) <= 40 and not has(r"\b(?:percent|Marines|civilians|dependents)\b", gap):
                values.append({"value": p.plain(number), "qualifier": qualifier, "as_written": match.group(0)})
    return one(values)


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
    r"\b(?:expir\w*|lapses?|runs?\s+(?:out|through|until)|ends?\s+in|t(?:ook|akes?)\s+effect|(?:entered|enters|came|comes)\s+"
    r"into\s+(?:force|effect)|expects?|expected|to\s+be\s+(?:\w+\s+){0,2}?(?:concluded|signed|wrapped|reached|finalized|sealed))\b"
)


@rule("alliance.host_nation_support_agreement", needs=("deal", "agreement", "sma"))
def host_nation_support_agreement(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if not has(r"\b(?:deal|agreement|Special Measures Agreement|SMA)\b", text):
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
    whole = not has(_NOT_REACHED, text) and not has(_NOT_THIS_ONE, text)
    months = {value for value, match in p.dates(text) if len(value) == 7 and (whole or _its_own(text, match))}
    return {"value": months.pop(), "qualifier": "exact"} if len(months) == 1 else None


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
    return not has(f"{_NOT_REACHED}|{_NOT_THIS_ONE}", text[start:end])


_SPAN_END = re.compile(r"\b(?:through|until|till|to|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?$", I)
"""Before a month a span ends in: 'through March 2022', 'until the end of March'."""
_AGREEMENT = r"\b(?:SMA|agreement|accord|deal|pact|extension|renewal|arrangement)\b"


def _in_okinawa(text: str) -> bool:
    return has(r"\bOkinawa", text, 0)


_MARINES = r"(?:\s+or\s+so)?\s+(?:U\.S\.\s+)?Marine(?:s\b|\s+Corps\s+(?:personnel|troops|members)\b)"
_ALREADY = re.compile(
    r"\s+(?:(?:were|are|was|is)\s+(?:now\s+|already\s+)?(?:in|on|at|based|stationed|deployed)\b"
    r"|(?:had|have|has)\s+(?:now\s+|already\s+|so far\s+|since\s+)?"
    r"(?:arrived|moved|relocated|transferred|been\s+(?:moved|relocated|transferred|stationed|based))\b"
    r"|(?:already\s+)?(?:arrived|moved|relocated|transferred)\s+(?:from\s+(?:Okinawa|Japan)\s+)?(?:in|to|on)\b)",
    I,
)
"""After '210 Marines': words that say they are there now, not that they are to move ('are to relocate'); 'moved
from Okinawa to Guam' too."""
_TO_COME = r"\b(?:to\s+(?:move|relocate|transfer|begin)|will|would|plan\w*|slated|scheduled|expected|due)\b"


_HOSTS = re.compile(
    r"\bGuam\b[^.;:]{0,40}?\s(?:now\s+|already\s+|currently\s+)?(?:hosts|houses|holds|is\s+(?:now\s+)?home\s+to)\s+$", I
)
"""Before a count, Guam (or a camp on it) as the place holding them now: 'Camp Blaz on Guam now hosts 200 Marines'."""


_COUNTED = re.compile(r"\b(?:counted|tallied|recorded|reported|listed)\s+$", I)
"""Before a count, a tally of those present: 'the Pentagon counted 210 Marines in Guam' (with 'in Guam' right after)."""
_IN_GUAM = re.compile(r"\s+(?:in|on|at)\s+Guam\b", I)


def _marines(text: str) -> list[tuple[Fields, int, bool, bool]]:
    """Each count of Marines in `text` (in figures or words: 'Two hundred or so'), where it ends, whether the words
    after it say they are already there, and whether the words before it say Guam holds them now."""
    found = []
    for count in counts(text):
        marines = re.match(_MARINES, text[count.end : count.end + 40])
        if isinstance(count.value, int) and count.value >= 10 and marines:
            after = count.end + marines.end()
            counted = _COUNTED.search(text, 0, count.start) is not None and _IN_GUAM.match(text, after) is not None
            already = counted or _ALREADY.match(text, after) is not None
            hosted = _HOSTS.search(text, 0, count.start) is not None
            found.append(({"value": count.value, "qualifier": count.qualifier}, count.end, already, hosted))
    return found


_ARRIVED = re.compile(
    r"(?:\s+(?:U\.S\.\s+)?(?:[a-z]+\s+)?(?:Marines|specialists|personnel|troops))?,?\s+"
    r"(?:(?:had|have|has)\s+(?:already\s+|now\s+|so\s+far\s+)?"
    r"(?:arrived|moved|relocated|transferred|done\s+so|been\s+(?:moved|relocated|transferred)|been\s+(?:on|in|at)\s+Guam\b)"
    r"|(?:already\s+)?"
    r"(?:arrived|moved|relocated|transferred)\s+(?:from\s+(?:Okinawa|Japan)\s+)?(?:in|to|on|there|by)\b)"
)
"""After a count: words that say that many have arrived ('some 100 logistics Marines moved there', 'roughly 200 had
done so', 'the first contingent, about 100 Marines, arrived in Guam', 'a group of about 100 has been on Guam since')."""
_ELSEWHERE = (
    r"\b(?:in|to|into|at)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:Hawaii|Australia|Darwin|California|mainland|Japan|Okinawa|"
    r"South\s+Korea|Korea|the\s+Philippines)\b"
)
"""Where else Marines go or stay: 'arrived in Darwin' is no count of Marines in Guam."""


def _arrived(text: str) -> list[Fields]:
    """Counts of Marines said to have arrived, in a sentence about Marines and Guam, each clause naming no elsewhere."""
    if not has(r"\bMarines?\b", text) or not has(r"\bGuam\b", text, 0):
        return []
    found = []
    for count in counts(text):  # 'about one hundred', as a count is written in words
        arrived = _ARRIVED.match(text, count.end)
        if arrived is None or not isinstance(count.value, int) or count.value < 10:
            continue
        _, end = clause_of(clauses(text), count.start)
        if not has(_ELSEWHERE, text[count.start : end]):
            found.append({"value": count.value, "qualifier": count.qualifier})
    return found


_ON_THE_ISLAND = re.compile(
    r"\s+(?:were\s+(?:already\s+)?(?:on\s+the\s+island|there)\s+by|(?:had|have|has)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"(?:arrived|moved|relocated)\s+(?:on\s+the\s+island|there)|(?:Marines\s+)?(?:are|is)\s+(?:now\s+)?(?:stationed\s+|based\s+|"
    r"serving\s+)?(?:there|on\s+the\s+island)\s+(?:now|today|so\s+far|already)|(?:Marines\s+)?(?:are|is)\s+(?:now|already)\s+"
    r"(?:stationed\s+|based\s+|serving\s+)?(?:there|on\s+the\s+island)|now\s+serve\s+(?:there|on\s+the\s+island)"
    # a date's arrival, or who were there by a date the clause gives before ('by spring 2026 some 200 were there')
    r"|(?:[a-z]+\s+)?(?:Marines|specialists|personnel|troops),\s+arrived\s+(?:there|on\s+the\s+island)\s+(?:in|on)\s+(?=[A-Z])"
    r"|(?P<bare>(?:Marines\s+)?were\s+(?:already\s+)?(?:there|on\s+the\s+island)(?=\s*(?:[.;]|$))))\b"
)
"""After a count of a sentence taking Guam from the one before, an arrival by a date: 'a little more than 200 were on
the island by this spring', 'some 150 had arrived there', 'around 200 are there now'; a bare 'are on the island' might
be Okinawa's garrison, and 'there' is Guam only when Guam is the place the sentence before names last."""


def _on_the_island(text: str, before: str) -> list[Fields]:
    """Counts said to be on the island, when the sentence before names the Marines and Guam and the sentence no
    other place."""
    if has(r"\bGuam\b", text, 0) or not (has(r"\bMarines\b", before) and has(r"\bGuam\b", before, 0)):
        return []
    if before.rfind("Guam") < max(before.rfind("Okinawa"), before.rfind("Japan")):
        return []  # 'moved to Guam from Okinawa. About 200 are there now': there may be Okinawa
    if has(_ELSEWHERE, text):
        return []
    # No more can be there than are to move: '4,000 Marines are to move to Guam. 18,000 are there now' is Okinawa's.
    moving = max((number for number, _, _ in p.qualified_numbers(before) if number >= 10), default=None)
    found = []
    for count in counts(text):  # 'a little over two hundred', as a count is written in words
        if not isinstance(count.value, int) or count.value < 10 or not (on := _ON_THE_ISLAND.match(text, count.end)):
            continue
        start, end = clause_of(clauses(text), count.start)
        period = period_of(text[start:end])
        if (moving is None or count.value <= moving) and (period or not on.group("bare")):
            found.append({"value": count.value, "qualifier": count.qualifier, "period": period})
    # 'The first 100 arrived there in December 2024; by spring 2026 some 200 were on the island': the latest
    latest = max((str(fields["period"]) for fields in found if fields["period"]), default=None)
    return [fields for fields in found if fields["period"] == latest] if latest and len(found) > 1 else found


_ON_GUAM_LABEL = re.compile(
    r"^(?:U\.S\.\s+)?Marines\s+(?:(?:already|now)\s+)?(?:(?:on|in|at|(?:relocated|moved|transferred|arrived)\s+"
    r"(?:from\s+(?:Okinawa|Japan)\s+)?(?:to|in|on))\s+Guam(?:\s+(?:so\s+far|to\s+date|now|today))?|(?:moving|relocating|"
    r"transferring)\s+(?:from\s+(?:Okinawa|Japan)\s+)?to\s+Guam\s+(?:so\s+far|to\s+date|now|today|currently))"
    r"(?:,?\s+as\s+of\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s+)?\d{4})?\s*:\s*",
    I,
)
"""A list item or table row of the Marines there now: 'Marines on Guam so far: about 100', 'Marines moved from Okinawa
to Guam, as of March 2026: 210', a row's 'Now' column ('Marines moving to Guam now: about 100')."""


def _labelled(text: str) -> Fields | None:
    """The count a labelled item of the Marines on Guam gives, its first figure (not a year)."""
    label = _ON_GUAM_LABEL.match(text)
    if label is None:
        return None
    for number, qualifier, match in p.qualified_numbers(text[label.end() :]):
        if not p.YEAR.fullmatch(match.group("number")):
            return {"value": p.plain(number), "qualifier": qualifier} if match.start() == 0 else None
    return None


@rule("alliance.marines_in_guam", needs=("guam", "the island", "there"))
def marines_in_guam(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    labelled = _labelled(text) if ":" in text else None
    if labelled is not None:
        return labelled
    carried = _on_the_island(text, context.preceding.get(text, "")) if "uam" not in text else []
    if carried:
        # dated by its own clause: 'The first 100 arrived in December 2024; around 200 are there now'
        found = one(carried)
        return {key: item for key, item in found.items() if item is not None} if found else None
    values = []
    for fields, end, already, hosted in _marines(text):
        guam = re.search(r"\bGuam\b", text[end : end + 120])
        if already and guam and not has(_TO_COME, text[end : end + guam.start()]):
            values.append(fields)
        elif hosted and not has(_TO_COME, text[end:]):
            values.append(fields)  # 'Camp Blaz on Guam now hosts more than 200 Marines transferred from Okinawa
    found = one(values) or one(_arrived(text))
    if found is None:
        return None
    period = period_of(text)
    return {**found, "period": period} if period else found
