"""Okinawa's governor election said after the sentence, or the clause, that names the governor or the office.

'Governor Onaga died on August 8. A vote to choose his successor has been set for September 30', 'Okinawa's governor
is Denny Tamaki. Its voters will choose a governor again in September 2026', 'His term ends in December 2018; the
election for his post is expected in November'. The roles: a governor named before (Okinawa's, or one of no other
place), then a vote (an election, a choice, a re-election) of the office pointed back to (his successor, the post, the
governor, the prefecture's voters), dated, naming no other body, country or local office.
"""

from __future__ import annotations

import itertools
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.local_offices import ELSEWHERE
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import holds_any

_TERM_END = (
    r"(?:his|her|the\s+governor\W?s)\s+(?:(?:second|current|first|four-year)\s+)?term\s+(?:ends|expires|runs\s+out)"
)
"""The governor's term said to end, which calls the vote for the post: 'his term ends next September'."""
_VOTE = re.compile(
    r"\b(?:elections?|vote|voting|polls|race|contest|ballot\w*|(?:re-?)?elect\w*|choose|chosen|chose|pick|picked|"
    rf"select\w*|won|wins?)\b|\b{_TERM_END}\b",
    re.IGNORECASE,
)
_OFFICE_BACK = re.compile(
    r"\b(?:governor\w*|gubernatorial|successor|succeed|replace|post|office|re-?elect\w*|there|(?:the|that)\s+prefecture|"
    r"Okinawans|(?:its|the\s+prefecture\W?s)\s+(?:voters|residents|people)|(?:for|to)\s+(?:it|the\s+(?:job|seat|position))|"
    rf"(?:won|lost|carried)\s+it|{_TERM_END})\b",
    re.IGNORECASE,
)
_ENDS = re.compile(_TERM_END, re.IGNORECASE)
_OTHER_BODY = re.compile(
    r"\b(?:House|[Hh]ouse\s+of|[Uu]pper|[Ll]ower|chamber|Diet|Councill?ors|LDP|[Pp]arty|[Pp]arliament\w*|"
    r"president\w*|prime\s+minister|premier|mayor\w*|national|general|[Ss]enate|Congress|midterm\w*|referendum|"
    r"China|Chinese|Korea\w*|Taiwan\w*|U\.S\.|United\s+States|American?|India|Australia\w*|Philippine\w*)\b"
)
"""What a vote of another body, people or place names: then it is not the governor's."""
_JOIN = re.compile(r";\s+|,\s+and\s+(?=(?:the|a|an|its|his|her|voters|he|she)\b)")
_CHEAP = (
    "term",
    "elect",
    "vote",
    "voting",
    "poll",
    "race",
    "contest",
    "ballot",
    "choose",
    "chosen",
    "chose",
    "pick",
    "select",
    "won",
)


_GOVERNED = re.compile(r"\b(?:[Gg]overnor\w*|gubernatorial|govern(?:s|ed)\s+Okinawa)\b")
_MONTH_DAY = re.compile(rf"\b{p.MONTH}(?:\s+(?P<day>\d{{1,2}})\b)?")
_PREFECTURE = re.compile(
    r"\b(?:Tokyo|Osaka|Hokkaido|Kanagawa|Aichi|Fukuoka|Kyoto|Hyogo|Saitama|Chiba|Kagoshima|Nagasaki|Yamaguchi|Aomori)\b"
)
_PLACE = re.compile(rf"\b(?:of|in|from)\s+(?!Okinawa|the\b|{p.MONTH}\b)[A-Z][a-z]+|{_PREFECTURE.pattern}")
"""Another place a governor may be of: 'Governor Koike of Tokyo', 'a governor in Osaka' (never a month: 'in
December')."""
_WHEN = re.compile(rf"\b{p.MONTH}\b|\b(?:19|20)\d\d\b")


def _governor_named(text: str) -> bool:
    """Tell whether a text names a governor of Okinawa, or of no other place."""
    if ("overn" not in text and "gubernatorial" not in text) or _GOVERNED.search(text) is None:
        return False  # the literal test first: each match holds one of the two
    return "Okinawa" in text or (ELSEWHERE.search(text) is None and _PLACE.search(text) is None)


_OTHER_TITLE = re.compile(
    r"\b(?:Ambassador|President|Prime\s+Minister|Premier|Secretary|Minister|Mayor|Senator|Admiral|Chairman|Chair)\b"
)
"""Another office holder named before a term's end said by 'his' or 'her' (as another place's governor, `ELSEWHERE`):
then whose term it is is unsure ('U.S. Ambassador Glass met Okinawa Governor Tamaki in May. His term ends ...')."""
_TITLED = re.compile(r"\bGovernor\s+(?:[A-Z][a-z]+\s+)?(?P<name>[A-Z][a-z]+)\b")
_BACK = 4
"""How many sentences back, under the same heading, a governor titled there is named by name alone."""


def _titled_before(sentences: list[Sentence], index: int, words: str) -> bool:
    """Tell whether `words` name, by name alone, a governor titled in one of the `_BACK` sentences before under the
    same heading, of Okinawa or of no other place ('... opposed by Governor Takeshi Onaga. In February, ... Onaga's
    own term ends in December 2018')."""
    section = sentences[index].section
    for before in sentences[max(0, index - _BACK) : index]:
        if before.section != section or not _governor_named(before.text):
            continue
        if any(re.search(rf"\b{found.group('name')}\b", words) for found in _TITLED.finditer(before.text)):
            return True
    return False


_OKINAWA = re.compile(r"\b(?:Okinawa|Henoko|Futenma)\b")
_GOVERNED_PLACE = re.compile(
    r"\b(?:Hokkaido|Aomori|Iwate|Miyagi|Akita|Yamagata|Fukushima|Ibaraki|Tochigi|Gunma|Saitama|Chiba|Tokyo|Kanagawa|"
    r"Niigata|Toyama|Ishikawa|Fukui|Yamanashi|Nagano|Gifu|Shizuoka|Aichi|Mie|Shiga|Kyoto|Osaka|Hyogo|Nara|Wakayama|"
    r"Tottori|Shimane|Okayama|Hiroshima|Yamaguchi|Tokushima|Kagawa|Ehime|Kochi|Fukuoka|Saga|Nagasaki|Kumamoto|Oita|"
    r"Miyazaki|Kagoshima|Guam|Hawaii|Alaska|California|Northern\s+Marianas?|American\s+Samoa|Puerto\s+Rico)\b"
)
"""Every other place a governor is elected in that a passage on Okinawa's bases may name: Japan's other prefectures,
the U.S. states and territories the Marines move to ('Some Marines will leave Okinawa for Hawaii')."""
_TITLE_BEFORE = re.compile(
    r"(?<!^)(?<![.:;]\s)\b(?!(?:The|A|An|Its|Former|Late|Incumbent|Okinawa|Okinawan|Prefectural)\b)[A-Z][\w.'\u2019]*\s+"
    r"[Gg]overnor\b"
)
"""A governor titled by another word before the title ('Saga Governor Kishimoto', 'BOJ Governor Ueda')."""


def _okinawa_last(before: str) -> bool:
    """Whether the place named last before the governor is Okinawa (or its bases), with no other office's words:
    'Of them, 4,000 are slated for Guam. ... The Futenma replacement at Henoko remains contested.' is Okinawa's."""
    if ELSEWHERE.search(before):
        return False
    places = [*_OKINAWA.finditer(before), *_GOVERNED_PLACE.finditer(before)]
    return bool(places) and _OKINAWA.fullmatch(max(places, key=lambda place: place.start()).group(0)) is not None


def okinawa_before(sentences: list[Sentence], index: int) -> bool:
    """Tell whether a sentence's governor, named with no place ('Governor Tamaki Denny, reelected in September 2022,
    refuses ...'), is Okinawa's: the `_BACK` sentences before under its heading speak of Okinawa (or its bases) last,
    after any other place a governor is elected in (`_GOVERNED_PLACE`), the governor's clause names no such place
    ('Governor Koike of Tokyo'), nor does the clause title the governor by another word (`_TITLE_BEFORE`: 'Saga Governor
    Kishimoto', 'BOJ Governor Ueda')."""
    text, section = sentences[index].text, sentences[index].section
    before = [one.text for one in sentences[max(0, index - _BACK) : index] if one.section == section]
    own = [text[start:end] for start, end in clauses(text) if _GOVERNED.search(text, start, end)]
    if not own or "Okinawa" in text or not any(_OKINAWA.search(one) for one in before):
        return False
    return _okinawa_last(" ".join(before)) and not any(
        ELSEWHERE.search(one) or _PLACE.search(one) or _GOVERNED_PLACE.search(one) or _TITLE_BEFORE.search(one)
        for one in own
    )


def governor_after(sentences: list[Sentence], index: int, ends_only: bool = False) -> str | None:
    """The part of a sentence that tells of the governor's election the sentence (or clause) before points to, named
    so that `events.election_in` reads it as Okinawa's ('In the Okinawa gubernatorial election, ...'), or None; with
    `ends_only`, only the vote a governor's term's end calls ('his term ends next September')."""
    text = sentences[index].text
    folded = text.lower()
    if not holds_any(folded, _CHEAP) or (ends_only and _ENDS.search(text) is None):
        return None
    earlier = sentences[index - 1].text if index and sentences[index - 1].section == sentences[index].section else ""
    cuts = [0, *(one.end() for one in _JOIN.finditer(text)), len(text)]
    # the clause that tells of the vote, and all after it: 'His term ends in December 2018; the election for his post
    # is expected in November' (the clauses before, with the sentence before, must name the governor)
    plain = _ENDS.sub(lambda end: " " * len(end.group(0)), text)  # a vote's own words, not a term's end
    ending = next((one for one, two in itertools.pairwise(cuts) if _ENDS.search(text, one, two)), None)
    said = next((one for one, two in itertools.pairwise(cuts) if _VOTE.search(plain, one, two)), None)
    at = (ending if ends_only or said is None else said) or 0  # a vote said outright first, else the term's end
    part, earlier = text[at:], f"{earlier} {text[:at]}"
    # 'Onaga's own term ends ...': the governor named alone, titled a few sentences before
    if not (_governor_named(earlier) or _titled_before(sentences, index, text[:at])) or not _WHEN.search(part):
        return None
    if not _VOTE.search(part) or not _OFFICE_BACK.search(part) or _OTHER_BODY.search(part) or ELSEWHERE.search(part):
        return None
    years = p.YEAR.findall(earlier)
    if not p.YEAR.search(part) and years and (month := _MONTH_DAY.search(part)):  # 'set for September 30', of 2018
        part = f"{part[: month.end()]}{',' if month.group('day') else ''} {years[-1]}{part[month.end() :]}"
    if (
        (ends := _ENDS.search(part))
        and ends.group()[:3].lower() in ("his", "her")
        and (_OTHER_TITLE.search(earlier) or ELSEWHERE.search(earlier))
    ):
        return None  # 'Okinawa Governor Tamaki met Tokyo Governor Koike in May. Her term ends ...': whose is unsure
    if ends:  # the term's end calls the vote: 'his term ends next September'
        return f"The Okinawa gubernatorial election is due {part[ends.end() :].lstrip()}"
    return f"In the Okinawa gubernatorial election, {part}"


__all__ = ["governor_after"]
