"""IF10199's Marines on Guam: how many of those leaving Okinawa are there now (the relocation's count is declared).

A count is theirs when the words after it say they are already there ('some 100 logistics Marines moved there'), when
Guam is said to hold them now ('Camp Blaz now hosts 200 Marines'), when a list item or table row is labelled as those
on Guam now, or when the sentence before names the Marines and Guam and this one says that many are on the island
(`guam_carried`); a count the contingent has grown to is `guam_growth`'s.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if10199.guam_carried import last_place, on_the_island
from usjapan_facts.extract.rules.if10199.guam_growth import ELSEWHERE, TO_COME, grown_count
from usjapan_facts.extract.rules.if10199.guam_labels import on_guam_labelled
from usjapan_facts.extract.rules.if10199.guam_since import superseded
from usjapan_facts.extract.rules.readings import one, period_of
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import counts

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
        if not has(ELSEWHERE, text[count.start : end]) and not has(_VISIT, text[count.start : end]):
            # dated by its own clause: 'The first, roughly 100, reached Camp Blaz in December 2024; about 210 were ...'
            found.append({"value": count.value, "qualifier": count.qualifier, "period": period_of(text[start:end])})
    grown = [fields for count in marines if (fields := grown_count(text, count))]
    return grown or found


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
_HOSTED = re.compile(
    r"\bGuam\s+(?:now\s+|already\s+|currently\s+|then\s+)?(?:hosted|housed|held|hosts|houses|holds|"
    r"(?:was|is)\s+(?:now\s+)?home\s+to)\s+"
    r"(?:(?:some|about|roughly|around|nearly|close\s+to|just\s+over|over|more\s+than)\s+)?$",
    I,
)
"""Before a later clause's count, Guam as the place holding them, the verb's own subject: 'as of March 2026, Guam
hosted 210 of them' (never 'unlike Guam, Okinawa still hosts ...')."""
_LATER_ON = (
    r"\b(?:eventually|ultimately|once|when\s+the\s+move|after\s+the\s+move|in\s+the\s+future|is\s+to|are\s+to)\b"
)
"""Words of a count Guam is to hold, not one it holds: the move's end (beside `TO_COME`'s 'will', 'planned', ...)."""
_HOSTED_WHO = re.compile(
    r"\s*(?:(?:U\.S\.\s+)?Marines\b(?![\'\u2019]|\s+(?:and|or)\s)|of\s+(?:them\b|(?:the|those)\s+(?:[\w-]+\s+){0,2}?"
    r"Marines\b)|[.;]|$)",
    I,
)
"""After that count, the Marines (or the clause's end): 'Guam hosted 210 of the relocating Marines', never '5,000
troops', '6,000, mostly Air Force personnel' or '300 Marines' families'."""


def _there_later(text: str, first: Fields) -> Fields | None:
    """A larger count a later clause says is there, the state the sentence ends on: 'The first group of about 100
    Marines arrived on Guam in December 2024; by the end of 2025, close to 200 were stationed there' ('...; as of
    March 2026, Guam hosted 210 of the relocating Marines')."""
    spans, found = clauses(text), counts(text)
    ends = [count.end for count in found if count.value == first["value"]]
    for count in found:
        if not ends or count.start <= ends[0] or not isinstance(count.value, int) or count.value <= int(first["value"]):
            continue
        start, end = clause_of(spans, count.start)
        there = _THERE_NOW.match(text, count.end)
        host = _HOSTED.search(text, start, count.start) if there is None else None
        hosted = host is not None and _HOSTED_WHO.match(text, count.end) is not None
        if (there is None and not hosted) or start < ends[0]:
            continue
        if has(rf"{TO_COME}|{_VISIT}", text[start : there.end() if there else end]):
            continue
        if has(rf"{ELSEWHERE}|\bisland\s+of\b", text[start:end]) or (
            there is not None and "Guam" not in there.group(0) and last_place(text[: count.start]) != "Guam"
        ):
            continue  # 'arrived on Guam from Okinawa ...; around 18,000 are stationed there still': Okinawa's
        period = period_of(text[start:end])
        if host is not None and hosted:
            past = has(r"\b(?:hosted|housed|held|was)\b", host.group())
            if has(_LATER_ON, text[start:end]) or (not past and has(r"\bby\s+(?:19|20)\d\d\b", text[start:end])):
                continue  # 'eventually Guam houses 4,000 Marines', 'by 2028, Guam hosts 4,000': the move's end, planned
            earlier = first.get("period") or period_of(text[slice(*clause_of(spans, ends[0] - 1))]) or ""
            if period < str(earlier) if period else past:
                continue  # '...; in 2010, Guam hosted 3,000 Marines': a count Guam held is the latest only if later
        return {"value": count.value, "qualifier": count.qualifier, **({"period": period} if period else {})}
    return None


@rule("alliance.marines_in_guam", needs=("guam", "the island", "there", "the move"))
def marines_in_guam(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    labelled = on_guam_labelled(text) if ":" in text else None
    if labelled is not None:
        return labelled
    following = context.following.get(text, "")
    before = context.preceding.get(text, "")
    carried = on_the_island(text, before) if "uam" not in text else []
    if carried:
        # dated by its own clause: 'The first 100 arrived in December 2024; around 200 are there now'
        found = one(carried)
        if found is None or superseded(text, found["value"], following):
            return None  # 'About 100 arrived there in 2024, and more have followed since'
        return {key: item for key, item in found.items() if item is not None}
    values = []
    for fields, end, already, hosted in _marines(text):
        guam = re.search(r"\bGuam\b", text[end : end + 120])
        if (guam and has(ELSEWHERE, text[end : end + guam.start()])) or has(_VISIT, text[end:]):
            continue  # '19,000 Marines are stationed in Okinawa, and a few dozen are on Guam for exercises'
        if already and guam and not has(TO_COME, text[end : end + guam.start()]):
            values.append(fields)
        elif hosted and not has(TO_COME, text[end:]):
            values.append(fields)  # 'Camp Blaz on Guam now hosts more than 200 Marines transferred from Okinawa
    found = one(values) or one(_arrived(text, _paragraph_before(text, context)))
    if found is not None and (grown := _there_later(text, found)) is not None:
        return grown
    if found is None or superseded(text, found["value"], following):
        return None  # 'The first 100 arrived on Guam in December 2024; more have followed since'
    period = found.pop("period") if "period" in found else period_of(text)
    return {**found, "period": period} if period else found
