"""Who holds Japan's premiership, read by the roles of a clause, for a sentence no worded rule read.

A clause gives the office to a person in one of four roles, whatever its wording: the person is the clause's subject
(a name, perhaps with an aside set off by commas: 'Suga Yoshihide, his chief cabinet secretary, succeeded him as prime
minister') and the office its predicate's object ('took office as', 'replaced Suga as', 'is', 'has led the
government'); the office is the subject and the person the object ('The premiership passed to Takaichi Sanae'); an
agent puts the person in it ('The Diet elected Ishiba Shigeru prime minister'); or the office stands in apposition to
the name, held now ('Ishiba, prime minister of Japan since October 1, 2024, was ...'). The predicates are data
(`briefs/office_roles.toml`). Ruled out: a former holder's title, a tenure bounded ('from 2012 to 2020'), an aside or
a later clause saying the holder left, a taking of office that only dates another deed ('When Abe became ...'), a name
whose order the text does not tell, a U.S. president's. A taking of office more than two years before the cover is
stale. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import US_PRESIDENTS, known_person
from usjapan_facts.extract.rules.base import PLAIN, Context, Fields, has
from usjapan_facts.extract.rules.readings import when
from usjapan_facts.extract.rules.shared import tenure
from usjapan_facts.extract.rules.shared.taking_office import (
    ABROAD,
    NAME,
    NOT_NAMES,
    NOT_SITTING,
    PM_ROLE,
    PM_TITLE,
    person,
    taken_long_ago,
)
from usjapan_facts.extract.word_files import word_file

_NAMED = rf"(?P<name>{NAME}(?:\s+{NAME})?)"
_OFFICE = (
    r"(?:Japan\W?s\s+|the\s+(?:country\W?s\s+)?)?(?:(?:new|next|current|sitting|\d{2,3}(?:st|nd|rd|th)|"
    rf"first\s+(?:woman|female))\s+)*(?:premiership|(?:{PM_TITLE})\W?s\s+(?:office|post|chair)|{PM_ROLE})(?:\s+of\s+Japan)?"
    r"(?!\s+of\b)"
)
"""The office as a predicate's object: 'Japan's new prime minister', 'the 102nd prime minister', 'premier'."""
_OPENS = (
    r"(?:^\W*(?:(?:On|In|By|After|Within|Later|Then|Weeks\s+later|Days\s+later)\b[^,;]{0,50},\s+|Since\s+)?|[;:]\s+|"
    r",\s+(?:and|but|while|then|so)\s+|\b(?:and|but|then)\s+)"
)
"""Where a clause's subject stands: the sentence's start (after a phrase setting the scene), or a clause joined on."""
_ASIDE = (
    r"(?:,\s+(?P<aside>(?:[^,;()]|\([^();]{1,30}\)|(?<=\d),\s+(?:19|20)\d\d\b){2,120}?),|,\s+who)?\s+"
    r"(?:(?:then|later|soon|quickly|formally|also|duly|now|still)\s+)?"
)
"""What may stand between the subject and its predicate: an aside set off by commas (its brackets and a date's comma
its own: 'Takaichi Sanae, chosen president of the Liberal Democratic Party (LDP) on October 4, 2025, became ...'), or
'who' opening a relative clause that carries the predicate ('Takaichi Sanae, who heads a minority government, ...')."""
_CHAIN = (
    r"(?:(?:(?!\b(?:who|whom|which|whose|that)\b)[^;:\u2014]){1,150}?,?\s+and\s+(?:then\s+|later\s+|was\s+then\s+)?)?"
)
"""An earlier deed of the same subject, joined by 'and' to the taking of office: 'X won the LDP's leadership vote on
September 29 and was chosen prime minister by the Diet' (no relative clause in it, whose subject would be another)."""
_SINCE_NOW = re.compile(r"^\W*Since\s+$")
_PERFECT = re.compile(r"[^;]*?,\s+[^;,]*?\b(?:has|have)\s+(?:(?:not|never|also|long)\s+)?(?!to\b)[a-z]+\b")
"""'Since X returned to the premiership in 2012, Japan has sought ...': a taking of office the main clause, in the
present perfect, counts time from, its holder in office still."""
_SUBORDINATE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Uu]ntil|[Oo]nce|[Ss]ince|[Aa]s|[Bb]y\s+the\s+time)\s+$")
_APPOSED = re.compile(
    rf"\b{_NAMED},\s+(?:(?:Japan\W?s|the)\s+)?(?:(?:current|sitting|new)\s+)?(?:{PM_TITLE})(?:\s+of\s+Japan)?"
    r"(?P<since>\s+since\s+[^,;)]{1,30})?(?=\s*[,)])"
)


_GONE_AFTER = re.compile(r"\b(?:died|was\s+(?:assassinated|killed|ousted)|resigned|stepped\s+down|left\s+office)\b")
"""The main clause after a relative one saying its holder is gone."""


@dataclass(frozen=True)
class Roles:
    """The compiled predicates: each pattern with the kind of reading it gives."""

    subject: tuple[tuple[re.Pattern[str], str], ...]
    gates: tuple[re.Pattern[str], ...]
    """Each subject pattern's predicate (with the office after it, where it asks one), which every match of the
    pattern holds: a text the predicate is missing from is not scanned with the whole pattern (the same matches,
    faster)."""
    holder_after: tuple[re.Pattern[str], ...]
    bounded: re.Pattern[str]
    gone: re.Pattern[str]
    leaving: re.Pattern[str]


@cache
def roles() -> Roles:
    """The predicates of `briefs/office_roles.toml`, compiled once."""
    words = (word_file("office_roles.toml") or {})["office"]
    subject = [
        (re.compile(rf"{_OPENS}{_NAMED}{_ASIDE}{_CHAIN if kind == 'take' else ''}(?:{verb})\s+{_OFFICE}"), kind)
        for kind in ("take", "hold")
        for verb in words[kind]
    ]
    subject += [(re.compile(rf"{_OPENS}{_NAMED}{_ASIDE}(?:{verb})"), "hold") for verb in words["heads"]]
    gates = [re.compile(rf"(?:{verb})\s+{_OFFICE}") for kind in ("take", "hold") for verb in words[kind]]
    gates += [re.compile(rf"(?:{verb})") for verb in words["heads"]]
    holder_after = [re.compile(rf"{verb}\s+{_NAMED}\b") for verb in words["handed"]]
    holder_after += [re.compile(rf"{verb}\s+{_NAMED}\s+(?:as\s+|to\s+be\s+)?{_OFFICE}") for verb in words["placed"]]
    # the holder first, the agent's deed in a relative clause: 'Kishida Fumio, whom the Diet elected prime minister'
    holder_after += [
        re.compile(
            rf"\b{_NAMED},\s+whom\s+(?:the\s+)?(?:{verb.removeprefix(chr(92) + 'b')})\s+(?:as\s+|to\s+be\s+)?{_OFFICE}"
        )
        for verb in words["placed"]
    ]
    return Roles(
        tuple(subject),
        tuple(gates),
        tuple(holder_after),
        re.compile("|".join(words["bounded"])),
        re.compile("|".join(words["gone"]), re.IGNORECASE),
        re.compile("|".join(words["leaving"]), re.IGNORECASE),
    )


def _order(words: list[str], document: str) -> tuple[str, str | None] | None:
    """The (family, given) of a name: a known person's, the order the text tells, or a family name the text writes
    with its given name elsewhere; never a U.S. president's."""
    if NOT_NAMES.intersection(words):
        return None
    order: tuple[str, str | None] | None = known_person(words)
    if order is None and len(words) == 2:
        order = p.name_order(" ".join(words), document)
    if order is None and len(words) == 1:
        order = next(
            (
                found
                for match in re.finditer(rf"\b(?:{words[0]}\s+{NAME}|{NAME}\s+{words[0]})\b", document)
                if (found := p.name_order(match.group(0), document)) and found[0] == words[0]
            ),
            None,
        )
    return None if order is None or order[0] in US_PRESIDENTS else order


def _ruled_out(text: str, match: re.Match[str]) -> bool:
    """Tell whether the holder `match` names is a former one, another country's, or said to have left."""
    start, end = match.start("name"), match.end()
    if NOT_SITTING.search(text[max(0, start - 30) : start]) or roles().bounded.match(text, end):
        return True
    if roles().gone.search(match.groupdict().get("aside") or "") or tenure.left_later(text, end):
        return True
    if roles().leaving.search(re.split(r"[;:]", text[end:])[0]):
        return True  # 'X, prime minister since 2020, announced that he would not seek another term'
    if ", who" in text[start:end] and _GONE_AFTER.search(text, end):
        return True  # 'Abe Shinzo, who became prime minister in 2012, was assassinated in 2022'
    clause = re.split(r"[;:(\u2014]", text[max(0, start - 80) : end])[-1]
    return has(ABROAD, clause, 0)


def _dated_deed(text: str, end: int, year: int | None) -> bool:
    """Tell whether the words after an apposed title date a deed before the cover's year ('Kishida, prime minister,
    visited Washington in 2024' in a brief of 2025): the title is that deed's day's."""
    return year is not None and any(int(found) < year for found in p.YEAR.findall(text, end))


_CARRIED = re.compile(r"\bthe\s+(?:post|office|job|top\s+job)\b(?!\s+of\b)")
"""The office named by a bare noun, carried from the sentence before that names it: 'Japan's prime minister heads a
minority government. Sanae Takaichi has held the post since October 2025'."""


def office_holders(text: str, context: Context) -> list[Fields]:
    """The holders of Japan's premiership the sentence's roles name, each dated as its clause dates it."""
    before = context.preceding.get(text, "")
    if not re.search(PM_ROLE, text) and re.search(PM_ROLE, before) and not re.search(r"\b(?:former|then)\b", before):
        text = _CARRIED.sub("the prime minister's post", text)
    if not re.search(PM_ROLE, text) and "government" not in text and "cabinet" not in text.casefold():
        return []
    year = context.updated.year if context.updated else None
    found: list[tuple[re.Match[str], str]] = [
        (match, kind)
        for (pattern, kind), gate in zip(roles().subject, roles().gates, strict=True)
        if gate.search(text)
        for match in pattern.finditer(text)
    ]
    found += [(match, "take") for pattern in roles().holder_after for match in pattern.finditer(text)]
    found += [(match, "apposed") for match in _APPOSED.finditer(text)]
    values: list[Fields] = []
    for match, kind in found:
        if _ruled_out(text, match):
            continue
        since = kind == "take" and bool(_SINCE_NOW.match(text[: match.start("name")]))
        if since and not _PERFECT.match(text, match.end()):
            continue  # 'Since Abe became prime minister in 2012, the yen fell': no holding told now
        if kind == "take" and not since and _SUBORDINATE.search(text, 0, match.start("name")):
            continue  # 'When Abe Shinzo became prime minister, ...': the time of another deed
        if kind == "apposed" and not match.group("since") and _dated_deed(text, match.end(), year):
            continue
        order = _order(match.group("name").split(), context.text)
        if order is None:
            continue
        read = {**person(*order, match.group("name")), **when(text, match.start("name"), match.end(), context.updated)}
        if kind != "hold":
            read["_when"] = min(read.get("_when", PLAIN), PLAIN)  # a taking of office, or since when: its date rules
        updated = context.updated
        if kind == "take" and not since and updated and taken_long_ago(read, text, match.end(), updated):
            read["_stale"] = True  # 'X took office as prime minister in October 2021', in a brief of 2026
        values.append(read)
    return values


__all__ = ["office_holders"]
