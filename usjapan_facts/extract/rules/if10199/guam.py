"""IF10199's Marines on Guam: how many of those leaving Okinawa are there now (the relocation's count is declared).

A count is theirs when the words after it say they are already there ('some 100 logistics Marines moved there'), when
Guam is said to hold them now ('Camp Blaz now hosts 200 Marines'), when a list item or table row is labelled as those
on Guam now, or when the sentence before names the Marines and Guam and this one says that many are on the island.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.rules.base import CURRENT, Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if10199.guam_labels import on_guam_labelled
from usjapan_facts.extract.rules.readings import one, period_of
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import Candidate, counts

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_MARINES = r"(?:\s+or\s+so)?\s+(?:U\.S\.\s+)?Marine(?:s\b|\s+Corps\s+(?:personnel|troops|members)\b)"
_ALREADY = re.compile(
    r"\s+(?:(?:were|are|was|is)\s+(?:now\s+|already\s+|currently\s+)?(?:in|on|at|based|stationed|deployed)\b"
    r"|(?:now|already)\s+(?:serve|work|live|train)\s+(?:in|on|at)\b|(?:already\s+)?(?:reached|landed\s+(?:on|in))\s+(?=Guam\b)"
    r"|(?:had|have|has)\s+(?:now\s+|already\s+|so far\s+|since\s+)?"
    r"(?:arrived|moved|relocated|transferred|reached(?=\s+Guam\b)|been\s+(?:moved|relocated|transferred|stationed|based))\b"
    r"|(?:already\s+)?(?:arrived|moved|relocated|transferred)\s+(?:from\s+(?:Okinawa|Japan)\s+)?(?:in|to|on)\b)",
    I,
)
"""After '210 Marines': words that say they are there now, not that they are to move ('are to relocate'); 'moved
from Okinawa to Guam' too."""
_TO_COME = r"\b(?:to\s+(?:move|relocate|transfer|begin)|will|would|plan\w*|slated|scheduled|expected|due)\b"


_HOSTS = re.compile(
    r"\bGuam\b[^.;:]{0,40}?\s(?:now\s+|already\s+|currently\s+)?(?:hosts|houses|holds|is\s+(?:now\s+)?home\s+to|"
    r"(?:has|had)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:received|welcomed|taken\s+in|absorbed))\s+(?:(?:some|about|roughly|around|nearly|just\s+over|over|more\s+than)\s+)?$",
    I,
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
    r"(?:\s+(?:U\.S\.\s+)?(?:[a-z]+\s+)?(?:Marines|specialists|personnel|troops))?(?:,\s+(?:a|an|the)\s+[^,;]{1,40},)?,?\s+"
    r"(?:(?:had|have|has)\s+(?:already\s+|now\s+|so\s+far\s+)?"
    r"(?:arrived|moved|relocated|transferred|done\s+so|been\s+(?:moved|relocated|transferred)|been\s+(?:on|in|at)\s+Guam\b"
    r"|been\s+(?:stationed|based)\s+(?:there|(?:on|in|at)\s+(?:[A-Z]\w+\s+){0,3}?Guam)\b)"
    r"|(?:were|are)\s+(?:now\s+|already\s+|currently\s+)?(?:on|in|at)\s+Guam\b"
    r"|(?:already\s+)?"
    r"(?:arrived|moved|relocated|transferred)\s+(?:from\s+(?:Okinawa|Japan)\s+)?(?:in|to|on|there|by)\b)"
)
"""After a count: words that say that many have arrived ('some 100 logistics Marines moved there', 'roughly 200 had
done so', 'the first contingent, about 100 Marines, arrived in Guam', 'a group of about 100 has been on Guam since',
'About 100 Marines, a logistics unit, moved', 'about 210 were on Guam by early this month')."""
_VISIT = r"\b(?:exercises?|drills?|training|rotation\w*|visit\w*|port\s+calls?)\b"
"""A stay that is no move: 'About 100 Marines were on Guam for an exercise in 2019'."""
_ELSEWHERE = (
    r"\b(?:in|to|into|at)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:Hawaii|Australia|Darwin|California|mainland|Japan|Okinawa|"
    r"South\s+Korea|Korea|the\s+Philippines)\b"
)
"""Where else Marines go or stay: 'arrived in Darwin' is no count of Marines in Guam."""


def _arrived(text: str, before: str = "") -> list[Fields]:
    """Counts of Marines said to have arrived, in a sentence about Marines (or after one: 'about 9,000 Marines are to
    leave Okinawa. ... about 210 were on Guam by early this month') and Guam, each clause naming no elsewhere."""
    if not (has(r"\bMarines?\b", text) or has(r"\bMarines\b", before)) or not has(r"\bGuam\b", text, 0):
        return []
    found = []
    marines = [count for count in counts(text) if isinstance(count.value, int) and count.value >= 10]
    for count in marines:  # 'about one hundred', as a count is written in words
        if _ARRIVED.match(text, count.end) is None:
            continue
        start, end = clause_of(clauses(text), count.start)
        if not has(_ELSEWHERE, text[count.start : end]) and not has(_VISIT, text[count.start : end]):
            # dated by its own clause: 'The first, roughly 100, reached Camp Blaz in December 2024; about 210 were ...'
            found.append({"value": count.value, "qualifier": count.qualifier, "period": period_of(text[start:end])})
    grown = [fields for count in marines if (fields := _grown(text, count))]
    return grown or found


_PASSED = r"passed|topped|exceeded|surpassed|crossed"
"""Verbs of a count gone past a figure: 'passed 200' is over it."""
_NOUN = r"\b(?:contingent|presence|garrison|headcount|number|total|tally)\b"
_GROWN_TO = (
    rf"\s(?:had\s+|has\s+|have\s+)?(?:(?P<over>{_PASSED})|(?:risen|grown|climbed|rose|grew)\s+to|reached|stood\s+at|"
    r"(?P<state>numbered|numbers|totall?ed|totals|stands\s+at|(?:came|comes)\s+to))"
    r"\s+(?:(?:some|about|roughly|around|nearly|almost|just\s+over|over|more\s+than)\s+)?$"
)
_GROWN = re.compile(rf"{_NOUN}[^.;,]{{0,30}}?{_GROWN_TO}", I)
"""Before a count, the Marines there having grown to it, a later state than any arrival the sentence tells before
('after an advance group of about 100 arrived in December 2024, the Guam contingent had passed 200 by March'), or
numbering it ('the contingent on Guam numbered around 200', its noun on Guam: 'the Okinawa-based Marine presence
numbers some 19,000' is not): 'passed 200' is over it."""
_ON_GUAM = re.compile(r"\b(?:on|in|at)\s+Guam\b|\bGuam(?:\W?s)?\s+(?:[\w-]+\s+)?(?:contingent|presence|garrison)\b", I)


_LEAD = re.compile(rf"(?:{_PASSED})\s+", I)


def _grown(text: str, count: Candidate, place: re.Pattern[str] = _ON_GUAM) -> Fields | None:
    """The count the Marines on Guam have grown to, said after the contingent's noun (a number it states, by 'numbered'
    or 'stands at', placed by `place`: on Guam, or 'there' after a sentence naming Guam), or None."""
    lead = _LEAD.match(text, count.start)  # 'passed 200' read with its verb as the count's hedge
    grown = _GROWN.search(text, max(0, count.start - 80), lead.end() if lead else count.start)
    if (
        grown is None
        or (grown.group("state") and not place.search(text, max(0, grown.start() - 40), grown.start("state")))
        or has(_ELSEWHERE, text[grown.start() : count.end])
        or has(rf"{_TO_COME}|{_UNREAL}", text[grown.start() : count.start])
    ):
        return None
    qualifier = "over" if grown.group("over") and count.qualifier == "exact" else count.qualifier
    return {"value": count.value, "qualifier": qualifier, "period": None}


_ON_THE_ISLAND = re.compile(
    r"(?:\s+of\s+(?:them|those|these))?"  # 'About 100 of them are already there'
    r"\s+(?:(?:had|have|has)\s+been\s+(?:(?:stationed|based|serving)\s+)?(?:there|on\s+the\s+island)\s+since\s+(?=[A-Z])|"
    r"were\s+(?:already\s+)?(?:on\s+the\s+island|there)\s+by|(?:had|have|has)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"(?:arrived|moved|relocated)\s+(?:on\s+the\s+island|there)|(?:Marines\s+)?(?:are|is)\s+(?:now\s+)?(?:stationed\s+|based\s+|"
    r"serving\s+)?(?:there|on\s+the\s+island)\s+(?:now|today|so\s+far|already)|(?:Marines\s+)?(?:are|is)\s+(?:now|already)\s+"
    r"(?:stationed\s+|based\s+|serving\s+)?(?:there|on\s+the\s+island)|now\s+serve\s+(?:there|on\s+the\s+island)"
    # a date's arrival, or who were there by a date the clause gives before ('by spring 2026 some 200 were there')
    r"|(?:[a-z]+\s+)?(?:Marines|specialists|personnel|troops),\s+arrived\s+(?:there|on\s+the\s+island)\s+(?:in|on)\s+(?=[A-Z])"
    # a dated move in the simple past ('around one hundred logistics Marines moved there in December 2024', 'the first
    # of these, some 100 logistics personnel, made the move in December 2024')
    r"|(?:[a-z]+\s+)?(?:Marines|specialists|personnel|troops)?,?\s*(?:(?:arrived|moved|relocated|transferred)\s+"
    r"(?:there|to\s+the\s+island|on\s+the\s+island)|made\s+the\s+(?:move|transfer|trip))\s+(?:in|on)\s+(?=[A-Z])"
    r"|(?P<bare>(?:Marines\s+)?were\s+(?:already\s+)?(?:there|on\s+the\s+island)(?=\s*(?:[.;]|$))))\b"
)
"""After a count of a sentence taking Guam from the one before, an arrival by a date: 'a little more than 200 were on
the island by this spring', 'some 150 had arrived there', 'around 200 are there now', 'Roughly 100 have been there
since December 2024' (there now, since then); a bare 'are on the island' might
be Okinawa's garrison, and 'there' is Guam only when Guam is the place the sentence before names last."""


_GROWN_THERE = re.compile(
    rf"(?:^|\b(?:the|its)\s+)(?:Marines?\W?\s+)?{_NOUN}\s+(?:there|on\s+the\s+island)\b(?!\s+of\b)", I
)
"""Those on the island the sentence before names, by the noun of their number, the Marines' or none's: 'the total
there', 'the contingent on the island' (not 'the Navy garrison there', nor 'the number there of workers')."""
_NOT_THEIRS = (
    r"\b(?:sailors|airmen|soldiers|troops|civilians?|dependents|famil(?:y|ies)|contractors|workers|tourists|visitors|"
    r"staff|people|counted|including)\b"
)
"""After the count: others among it ('about 3,000 sailors', 'when dependents are counted')."""
_UNREAL = r"\b(?:not|never|yet|should|might|could|if)\b|n['\u2019]t\b"
"""Between the noun and the count: a count negated or unreal ('has not yet grown to', 'should have reached')."""
_SINCE = r"\b(?:since|again|fell|fallen|dropped|declined|rotated|shrank|left)\b|^\s*(?:Before|Until|Prior\s+to)\b"
"""A count no longer there: a later fall ('it has since fallen back'), or one before the move ('Before the move
began')."""


_GROWN_DIRECT = re.compile(rf"{_GROWN_TO[:-1]}", I)
"""Right after 'the total there': the verb of its count, nothing between ('should have', 'not yet')."""


_LATER_NOW = re.compile(r"[,;]\s+(?:and\s+|but\s+)?[^,;]*\b(?:so\s+far|to\s+date|now|currently)\b", I)
"""After the last count read, a later clause of how many are there now: a count not read, later than the dated one."""


def _on_the_island(text: str, before: str) -> list[Fields]:
    """Counts said to be on the island, when the sentence before names the Marines and Guam and the sentence no
    other place."""
    if has(r"\bGuam\b", text, 0) or not (has(r"\bMarines\b", before) and has(r"\bGuam\b", before, 0)):
        return []
    if _last_place(before) != "Guam":
        return []  # 'moved to Guam from Okinawa. About 200 are there now', '... and the rest to Hawaii': not Guam
    if has(_ELSEWHERE, text):
        return []
    # No more can be there than are to move: '4,000 Marines are to move to Guam. 18,000 are there now' is Okinawa's.
    moving = max((number for number, _, _ in p.qualified_numbers(before) if number >= 10), default=None)
    found = []
    for count in counts(text):  # 'a little over two hundred', as a count is written in words
        if not isinstance(count.value, int) or count.value < 10:
            continue
        on = _ON_THE_ISLAND.match(text, count.end)
        # or the count those there have grown to: 'as of March, the total there stood at 210'
        there = None if on else _GROWN_THERE.search(text, max(0, count.start - 80), count.start)
        grown = _grown(text, count, _GROWN_THERE) if there else None
        later = [c for c in counts(text) if c.start > count.end and isinstance(c.value, int) and c.value >= 10]
        after, before_it = text[count.end :], text[: there.start()] if there else ""
        # '... when dependents are counted', '..., and about 120 are there now', 'Before the move began', 'should have'
        if there and (has(rf"{_NOT_THEIRS}|{_SINCE}", after) or later or has(_SINCE, before_it)):
            grown = None
        grown = grown if there is None or _GROWN_DIRECT.match(text, there.end()) else None
        if on is None and grown is None:
            continue
        start, end = clause_of(clauses(text), count.start)
        period = period_of(text[start:end])
        if (moving is None or count.value <= moving) and (period or grown or (on and not on.group("bare"))):
            # grown to it: a later state than the arrival the sentence before tells ('About 100 moved to Guam in 2024.
            # By March, the number on the island had grown to about 200')
            found.append({**(grown or {"value": count.value, "qualifier": count.qualifier}), "period": period})
            found[-1].update({"_when": CURRENT} if grown and not period else {})
    if found and _LATER_NOW.search(text, max(count.end for count in counts(text) if count.value == found[-1]["value"])):
        return []  # 'about 100 arrived there in December 2024, and a couple of hundred have made the move so far'
    # 'The first 100 arrived there in December 2024; by spring 2026 some 200 were on the island': the latest
    latest = max((str(fields["period"]) for fields in found if fields["period"]), default=None)
    return [fields for fields in found if fields["period"] == latest] if latest and len(found) > 1 else found


def _paragraph_before(text: str, context: Context, back: int = 3) -> str:
    """The few sentences before `text`, nearest last: the Marines a paragraph names once stay its topic ('roughly
    9,000 Marines are to leave Okinawa. About 4,000 of them are bound for Guam. ... the contingent on Guam numbered
    around 200')."""
    told: list[str] = []
    for _ in range(back):
        text = context.preceding.get(text, "")
        if not text:
            break
        told.insert(0, text)
    return " ".join(told)


_THERE_NOW = re.compile(
    r"\s+(?:Marines\s+)?(?:were|are|had\s+been|have\s+been)\s+(?:now\s+|already\s+)?(?:stationed\s+|based\s+|"
    r"serving\s+)?(?:there|on\s+(?:the\s+island|Guam)|in\s+Guam)\b",
    I,
)


def _last_place(text: str) -> str | None:
    """The place named last in `text`, Guam or another: what a later 'there' or 'the island' stands for."""
    found = list(re.finditer(r"\b(?:Guam|Okinawa|Japan|Hawaii|Australia|Darwin|California|Korea|Philippines)\b", text))
    return found[-1].group(0) if found else None


def _there_later(text: str, first: Fields) -> Fields | None:
    """A larger count a later clause says is there, the state the sentence ends on: 'The first group of about 100
    Marines arrived on Guam in December 2024; by the end of 2025, close to 200 were stationed there'."""
    spans, found = clauses(text), counts(text)
    ends = [count.end for count in found if count.value == first["value"]]
    for count in found:
        if not ends or count.start <= ends[0] or not isinstance(count.value, int) or count.value <= int(first["value"]):
            continue
        start, end = clause_of(spans, count.start)
        there = _THERE_NOW.match(text, count.end)
        if there is None or start < ends[0] or has(rf"{_TO_COME}|{_VISIT}", text[start : there.end()]):
            continue
        if has(rf"{_ELSEWHERE}|\bisland\s+of\b", text[start:end]) or (
            "Guam" not in there.group(0) and _last_place(text[: count.start]) != "Guam"
        ):
            continue  # 'arrived on Guam from Okinawa ...; around 18,000 are stationed there still': Okinawa's
        period = period_of(text[start:end])
        return {"value": count.value, "qualifier": count.qualifier, **({"period": period} if period else {})}
    return None


@rule("alliance.marines_in_guam", needs=("guam", "the island", "there", "the move"))
def marines_in_guam(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    labelled = on_guam_labelled(text) if ":" in text else None
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
        if (guam and has(_ELSEWHERE, text[end : end + guam.start()])) or has(_VISIT, text[end:]):
            continue  # '19,000 Marines are stationed in Okinawa, and a few dozen are on Guam for exercises'
        if already and guam and not has(_TO_COME, text[end : end + guam.start()]):
            values.append(fields)
        elif hosted and not has(_TO_COME, text[end:]):
            values.append(fields)  # 'Camp Blaz on Guam now hosts more than 200 Marines transferred from Okinawa
    found = one(values) or one(_arrived(text, _paragraph_before(text, context)))
    if found is not None and (grown := _there_later(text, found)) is not None:
        return grown
    if found is None:
        return None
    period = found.pop("period") if "period" in found else period_of(text)
    return {**found, "period": period} if period else found
