"""IF11120's leaders: IF10199's readings, told apart by tense, since the brief narrates past Administrations.

The brief names the U.S. president mostly through "the X Administration", often a former one ("The
Trump Administration used ...", "during the Biden Administration"). A mention narrated in the past, or
"incoming", does not name the sitting president; "this" or "the second" X Administration does.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import KNOWN_PEOPLE, US_PRESIDENTS, known_person
from usjapan_facts.extract.rules.base import CURRENT, PAST, PLAIN, Context, Fields, Rule, registrar
from usjapan_facts.extract.rules.if11120.nearby import clause_around, date_in
from usjapan_facts.extract.rules.shared import leaders, tenure
from usjapan_facts.extract.rules.shared.presidential_terms import sworn_in_since
from usjapan_facts.extract.rules.shared.taking_office import ROLE_WORDS
from usjapan_facts.extract.tense import long_ago
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


def _mentions(text: str, family: str) -> list[re.Match[str]]:
    name = re.escape(family)
    return list(
        re.finditer(
            rf"\bPresident\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?{name}\b|\b{name}\s+(?:Administration|administration)",
            text,
        )
    )


def _tense(text: str, found: re.Match[str]) -> tuple[int | None, str | None]:
    """How current one mention is (None: not sitting, or not yet), and the date its clause gives, if any."""
    mark = tenure.mark(text, found.start(), found.end())
    return (None, None) if mark is None else (mark, date_in(clause_around(text, found.start(), found.end())))


def _the_other(text: str, rival: str) -> Fields | None:
    """'President Trump faces former Vice President Joe Biden': the one president named as sitting, when every
    other one named is a former one, a rival or a hypothetical Administration."""
    marks = {
        family: {_tense(text, found)[0] for found in _mentions(text, family)}
        for family in sorted(US_PRESIDENTS)
        if family in KNOWN_PEOPLE
    }
    sitting = {family for family, found in marks.items() if found & {CURRENT, tenure.UNMARKED}}
    others = {family for family, found in marks.items() if found and family not in sitting}
    if (
        len(sitting) != 1
        or not others
        or (rival and rival not in others)
        or any(marks[family] != {None} for family in others)
    ):
        return None
    family, given = KNOWN_PEOPLE[sitting.pop()]
    return {"value": {"family": family, "given": given}, "as_written": f"President {family}"}


_BY_PRESIDENT = re.compile(
    r"\b(?:by|under)\s+President\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?(?P<family>[A-Z][a-z]+)\s+(?:on|in)\s+"
    rf"(?P<date>{p.MONTH}\s+\d{{1,2}},\s*\d{{4}}|{p.MONTH}\s+\d{{4}}|(?:19|20)\d\d)\b"
)


def _author_still_sitting(text: str, context: Context) -> Fields | None:
    """'a framework agreement, announced by President Trump on July 22, 2025' in a version of February 2026: the
    author of an act dated (right after the name) within the term the cover date falls in is the sitting president;
    'the tariff imposed by President Trump in 2018' in 2023 is not."""
    found = {
        match.group("family"): date_in(match.group("date"))
        for match in _BY_PRESIDENT.finditer(text)
        if match.group("family") in US_PRESIDENTS and match.group("family") in KNOWN_PEOPLE
    }
    if len(found) != 1 or context.updated is None:
        return None
    family, date = found.popitem()
    if date is None or sworn_in_since(date, context.updated):
        return None
    person = dict(zip(("family", "given"), KNOWN_PEOPLE[family], strict=True))
    return {"value": person, "as_written": f"President {family}", "_when": PLAIN, "_date": date, "_weak": True}


_ELECT: list[tuple[Context, frozenset[str]]] = []


def _elect(context: Context) -> frozenset[str]:
    """The families the text calls 'President-elect' (once a document), between an election and the inauguration
    (November of a leap year to January 20): not in office by its cover date."""
    if not _ELECT or _ELECT[0][0] is not context:
        cover = context.updated
        waiting = cover is not None and (
            (cover.year % 4 == 0 and cover.month >= 11) or (cover.year % 4 == 1 and (cover.month, cover.day) < (1, 20))
        )
        named = re.findall(r"(?<!then-)\bPresident[- ]elect\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\b", context.text)
        _ELECT[:] = [(context, frozenset(named if waiting else ()))]
    return _ELECT[0][1]


def _long_gone(read: Fields | None, text: str, context: Context) -> bool:
    """Tell whether each mention of the leader read stands in a phrase dated ten years or more before the cover: 'in
    1971, President Nixon imposed a surcharge', 'Prime Minister Nakasone met President Reagan in 1983'."""
    year = context.updated.year if context.updated else None
    if read is None or year is None:
        return False
    found = list(re.finditer(rf"\b{re.escape(read['value']['family'])}\b", text))
    return bool(found) and all(long_ago(text, mention.start(), year) for mention in found)


@rule("leaders.us_president", needs=("president", "administration", "white house"))
def us_president(sentence: Sentence, context: Context) -> Fields | None:
    read = _sitting(sentence, context)
    if _long_gone(read, sentence.text, context):
        return None
    # 'is to be succeeded on January 20 by President-elect Joe Biden': the text's president-elect is not yet sitting,
    # so 'the Biden Administration' it speaks of is the one to come.
    return None if read is not None and read["value"]["family"] in _elect(context) else read


def _sitting(sentence: Sentence, context: Context) -> Fields | None:
    read = leaders.us_president(sentence, context)
    if read is None:
        return _the_other(sentence.text, "") or _author_still_sitting(sentence.text, context)
    marks = [_tense(sentence.text, found) for found in _mentions(sentence.text, read["value"]["family"])]
    if not marks:
        return read  # 'The U.S. president, Joe Biden, ...': no title before the name, read as the shared rule dates it
    if all(mark is None for mark, _ in marks):
        return _the_other(sentence.text, read["value"]["family"])
    fields = {key: value for key, value in read.items() if key not in ("_when", "_date")}
    kept = [(mark, date) for mark, date in marks if mark is not None]
    if any(mark == CURRENT for mark, _ in kept):
        return {**fields, "_when": CURRENT}
    took_office = sorted(date or "" for mark, date in kept if mark == PLAIN)
    if took_office:
        return {**fields, "_when": PLAIN, **({"_date": took_office[-1]} if took_office[-1] else {})}
    if all(mark == PAST for mark, _ in kept):
        dates = sorted(date for _, date in kept if date)
        return {**fields, "_when": PAST, **({"_date": dates[-1]} if dates else {})}
    return read


_WHO_BECAME = re.compile(
    r"\b(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+),\s+who\s+(?:became|took\s+office\s+as|was\s+(?:elected|sworn\s+in\s+as|chosen\s+as))\s+"
    r"(?:Japan\W?s\s+)?(?:new\s+)?(?:prime\s+minister|premier)\b"
)
_SUBJECT_BECAME = re.compile(
    r"(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:[^.;]{0,80}?\s+and\s+)?(?:became|was\s+(?:elected|sworn\s+in\s+as|chosen\s+as|"
    r"named))\s+(?:Japan\W?s\s+)?(?:new\s+)?(?:prime\s+minister|premier)\b"
    r"|(?P<named>[A-Z][a-z]+\s+[A-Z][a-z]+),\s+(?:[^.;,]{0,80}?\s+and\s+)?(?:elected|sworn\s+in\s+as|chosen\s+as|named)\s+"
    r"(?:Japan\W?s\s+)?(?:new\s+)?(?:prime\s+minister|premier)\b(?=[^.;,]{0,60},\s+[a-z]+s\b)"
)
"""'Sanae Takaichi won the LDP presidency on October 4 and was elected prime minister on October 21, 2025': the
sentence's subject; or so told in apposition before its verb ('Takaichi Sanae, chosen as party leader on October 4
and elected prime minister by the Diet on October 21, inherits ...')."""
_JAPAN_GOVERNMENT = re.compile(
    r"\b(?:Japan's|Japanese)\s+(?:new\s+|current\s+)?(?P<name>[A-Z][a-z]+)\s+(?:Administration|administration|"
    r"government|cabinet|Cabinet)\b"
)


_NAME_THEN_TITLE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+),\s+(?:Japan\W?s|the)\s+(?:current\s+|new\s+|sitting\s+)?"
    rf"(?:[Pp]rime\s+[Mm]inister|[Pp]remier)(?:\s+since\s+(?P<since>{p.MONTH}(?:\s+\d{{1,2}})?,?\s+\d{{4}}))?,"
)
"""The name, then its title in apposition: 'Yoshihide Suga, Japan's Prime Minister since September 16, 2020, has ...'
(never a title with more words: 'Shinzo Abe, Japan's prime minister from 2012 to 2020, ...')."""


_FORMER = re.compile(r"\b(?:former|then|late)\W*$")


def _named_then_titled(text: str, context: Context) -> Fields | None:
    found = _NAME_THEN_TITLE.search(text)
    if (
        found is None
        or tenure.left_later(text, found.end())
        or re.search(r"\b(?:former|then|late)\W*$", text[: found.start()])
    ):
        return None
    words = found.group("name").split()
    order = known_person(words) or p.name_order(found.group("name"), context.text)
    if order is None or order[0] in US_PRESIDENTS:
        return None
    since = date_in(found.group("since")) if found.group("since") else None
    person = {"value": {"family": order[0], "given": order[1]}, "as_written": found.group(0).rstrip(",")}
    return {**person, "_when": PLAIN, **({"_date": since} if since else {})}


@rule(
    "leaders.japan_prime_minister",
    needs=("prime minister", "pm ", "premier", "administration", "government", *ROLE_WORDS),
)
def japan_prime_minister(sentence: Sentence, context: Context) -> Fields | None:
    read = _prime_minister(sentence, context)
    return None if _long_gone(read, sentence.text, context) else read


def _prime_minister(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    if (titled := _named_then_titled(text, context)) is not None:
        return titled
    became = _WHO_BECAME.search(text) or _SUBJECT_BECAME.match(text)
    if became and tenure.left_later(text, became.end()):
        return None  # 'became prime minister in October 2021 and resigned in 2024': not the sitting one
    read = leaders.japan_prime_minister(sentence, context)
    if read is not None:
        family = re.escape(read["value"]["family"])
        # 'Prime Minister Ishiba Shigeru resigned in September 2025': no longer the sitting one.
        left = any(
            tenure.LEFT_OFFICE.match(text, found.end())
            for found in re.finditer(rf"\b{family}\b(?:\s+[A-Z][a-z]+)?", text)
        )
        return None if left else read
    if became:
        # 'The LDP chose Takaichi Sanae, who became prime minister on October 21, 2025': the sitting one, from then.
        name = became.group("name") or became.group("named")
        words = name.split()
        known = known_person(words)
        order = known or p.name_order(name, context.text)
        if order is None or order[0] in US_PRESIDENTS:
            return None
        date = date_in(clause_around(text, became.start(), became.end()))
        person = {"value": {"family": order[0], "given": order[1]}, "as_written": name}
        return {**person, "_when": PLAIN, **({"_date": date} if date else {})}
    if "Japan" not in text:
        return None
    # "Japan's new Suga Administration": a government named for its prime minister, less sure than a title.
    names = {
        found.group("name")
        for found in _JAPAN_GOVERNMENT.finditer(sentence.text)
        if found.group("name") in KNOWN_PEOPLE and found.group("name") not in US_PRESIDENTS
    }
    if len(names) != 1:
        return None
    family, given = KNOWN_PEOPLE[names.pop()]
    return {"value": {"family": family, "given": given}, "as_written": family, "_weak": True}
