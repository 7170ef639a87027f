"""IF11120's Supreme Court ruling on the IEEPA tariffs: its own date, never a lower court's or another deed's.

Pure, no I/O.
"""

from __future__ import annotations

import bisect
import functools
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.calendar_days import cover_years_written, written_date
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, registrar
from usjapan_facts.extract.rules.if11120.tariffs import authority_of
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_DAY = rf"({p.MONTH}\s+\d{{1,2}},\s*\d{{4}})"
_RULING = r"(?:decision|ruling|opinion|judgment)\b"
_DECISION = r"(?:ruled|held|decided|struck\s+down|invalidated|found|handed\s+down)\b"
"""The verbs of a decided case, spelled once: beside one of the Court's own, 'heard' and 'argument' tell its earlier
steps."""
_ISSUED = r"(?:issued|handed\s+down|announced|released|delivered|rendered)"
"""The verbs of a ruling's own day, in a participle set off after its noun: 'The Court's decision, issued on <day>,'."""
_SUPREME = r"\bSupreme\s+Court\b|\b[Jj]ustices\b"
_THE_COURT = r"\b[Tt]he\s+(?:Supreme\s+)?Court\b(?!\s+of\b)"
_COURT_WORDS = rf"(?:{_SUPREME}|{_THE_COURT})"
"""The Supreme Court, or 'the Court' as an opinion's own words call it (never 'the Court of International Trade')."""
_RULED_ON = re.compile(
    rf"\bSupreme\s+Court\s+{_DECISION}[^;.]{{0,60}}?\bon\s+{_DAY}"
    rf"|\b(?:Supreme\s+)?Court\W?s\s+{_DAY},?\s+{_RULING}"
    rf"|\bthe\s+{_DAY},?\s+(?:Supreme\s+Court\s+)?{_RULING}"
    rf"|\bSupreme\s+Court\W?s\s+{_RULING}[^;.]{{0,60}}?\b(?:came|was\s+(?:issued|handed\s+down|announced))\s+on\s+{_DAY}"
    rf"|\b(?:Supreme\s+)?Court\W?s\s+{_RULING},?\s+(?:(?:which\s+)?was\s+)?{_ISSUED}\s+(?:on\s+)?{_DAY}"
    rf"|(?:^|\band\s+|;\s*)[Oo]n\s+{_DAY},?\s+(?:it|{_COURT_WORDS})\s+{_DECISION}"
)
"""The ruling's own date beside another: 'the Supreme Court ruled ... on <day>', 'the Supreme Court's <day>, decision',
'the <day>, Supreme Court ruling', 'the Supreme Court's ruling ... came on <day>', 'the Court's decision, issued on
<day>,', '..., and on <day>, it ruled'."""
_DECIDED = re.compile(
    rf"\b{_DECISION}\s+(?:\d-\d\s+|unanimously\s+)?(?:by\s+(?:a\s+)?\d-\d\s+(?:vote\s+)?)?on\s+{_DAY}"
    rf"|\b{_DECISION}\s+(?:against\s+)?(?:the\s+|its\s+)?[^;.,]{{0,40}}?"
    rf"\b(?<!imposed\s)(?<!levied\s)(?<!paid\s)on\s+{_DAY}"
)
"""The case's steps each dated, in a sentence naming no lower court: 'argued on November 5, 2025, and decided 6-3 on
February 20, 2026', 'who heard arguments in November 2025, ruled against the IEEPA tariffs on February 20, 2026'."""
_PENDING = re.compile(
    r"\b(?:pending|expected|will|would|may(?!\s+\d)|could|should|ought|awaits?|awaiting|petition|not\s+yet|yet\s+to"
    r"|has\s+not\s+ruled)\b|\bSupreme\s+Court\s+of\s+(?!the\s+United\s+States\b)[A-Z]",
    I,
)
"""A ruling not made yet or only wished ('should have struck down'): 'may' the modal, never the month ('on May 2,
2031'); or another country's court ('the Supreme Court of Brazil')."""
_HEARD = re.compile(r"\b(?:argument|heard|hear)\b", I)
"""A case heard or argued: pending, unless the Court's own verb of decision says it was decided."""
_DECIDED_BY_COURT = re.compile(
    rf"(?:{_COURT_WORDS}|\bit\b)[^;]{{0,80}}?\b{_DECISION}"
    rf"|\b(?:were|was)\s+(?:struck\s+down|invalidated|decided)\s+by\s+the\s+(?:Supreme\s+)?Court\b"
    rf"|\b{_RULING}[^;.]{{0,60}}?\b(?:came|was\s+(?:issued|handed\s+down|announced))\b"
    rf"|\b(?:argued|heard)\b[^;.]{{0,60}}?\band\s+{_DECISION}"
)
_DECIDES = re.compile(rf"\b(?:{_DECISION}|{_RULING}|rules|holds|strikes\s+down)")
"""A word that says the case is decided, in any tense or as a noun."""


_LOWER_COURT = re.compile(
    r"\b(?:appeals\s+court|Court\s+of\s+Appeals|(?:Federal|appellate)\s+Circuit|Court\s+of\s+International\s+Trade|"
    r"trade\s+court|district\s+court|lower\s+courts?)\b",
    I,
)
"""A court below the Supreme Court, whose ruling on IEEPA came first: a date the sentence gives may be its."""


_COURT = re.compile(_COURT_WORDS)
_NAMED = re.compile(_SUPREME)
_OTHER_DEED = r"\b(?:which|who|imposed|levied|paid|announced|took\s+effect|argu\w+|heard)\b"
_ASIDE = re.compile(rf"{_OTHER_DEED}|\b(?:that|after|before|since|when|while)\b", I)
"""Between a verb of decision and the one date, or (another deed's verb) before a date the decision follows: the date
is another deed's ('ruled against the tariffs, which had been imposed on April 2, 2025', 'After argument in November
2025, the Court ruled')."""


def _tied(text: str, day: re.Match[str]) -> bool:
    """Whether the sentence's one date is the decision's: in the clause of a verb or noun of decision, with no other
    deed between them ('the justices ruled 6-3 on <day>', 'a <month> Supreme Court decision', 'a <day>, decision'),
    or set before one ('On <day>, the Court ruled', 'changed on <day>, when the Supreme Court, deciding ..., held')."""
    before = re.split(r"[,;]", text[: day.start()])[-1]
    after = [part for part in re.split(r"[,;]", text[day.end() :]) if part.strip()] or [""]
    if _DECIDES.search(before):
        return not _ASIDE.search(before[[m.end() for m in _DECIDES.finditer(before)][-1] :])
    if re.search(_OTHER_DEED, before, I):
        return False  # 'Tariffs imposed on <day> were struck down': the imposing's day
    head = _DECIDES.search(after[0])
    if head is None and re.match(r"\s*when\b", after[0]):
        return bool(_DECIDES.search(text[day.end() :].split(";", maxsplit=1)[0]))
    return head is not None and not re.search(r"\b(?:which|who)\b", after[0][: head.start()])  # '<day>, which ...'


@functools.lru_cache(maxsize=4)
def _courts(text: str) -> list[tuple[int, int, bool]]:
    """Each court a text names, by where it starts: its span, and whether it is the Supreme Court. Found once a text,
    not again over all the text before each sentence that says 'the Court'."""
    named = [(found.start(), found.end(), True) for found in _NAMED.finditer(text)]
    return sorted([*named, *((found.start(), found.end(), False) for found in _LOWER_COURT.finditer(text))])


def _supreme_last(text: str, context: Context) -> bool:
    """Whether 'the Court' is the Supreme Court: the last court named before it, in the sentence or the text before
    ('The Federal Circuit heard the appeal. ... the Court found ...' is the Federal Circuit's)."""
    court = _COURT.search(text).start()  # type: ignore[union-attr]
    at = context.text.find(text)
    if at < 0:  # a sentence the text does not hold as written: the sentence before it stands for the text before
        before = context.preceding.get(text, "") + text[:court]
        courts = [*_NAMED.finditer(before), *_LOWER_COURT.finditer(before)]
        return bool(courts) and max(courts, key=lambda found: found.start()).re is _NAMED
    named = _courts(context.text)
    cut = at + court
    last = next((one for one in reversed(named[: bisect.bisect_left(named, (cut,))]) if one[1] <= cut), None)
    return last is not None and last[2]


_HOLDING = re.compile(
    r",?\s+(?:when\s+|as\s+|after\s+)?(?:(?:it|they|the\s+(?:Supreme\s+)?Court|the\s+justices)\s+)?"
    r"(?:held|holding|found|finding|ruled|ruling|concluded|concluding|decided|deciding)\s+that\s+(?P<held>[^;]+)"
)
"""What the Court held, in the clause right after its dated decision: '... struck down on <day>, when it held that
IEEPA gives the President no power to levy tariffs', ', holding that IEEPA ...': the law the ruling is on."""
_STRUCK_TARIFFS = re.compile(r"\b(?:tariffs|duties|levies)\b", I)
_NOT_UNLAWFUL = re.compile(r"\b(?:stands?|stood|upheld|lawful|valid|legal)\b|\bIEEPA[-\u2010-\u2015]\w", I)


def _held_ieepa(ruled: str, held: str) -> bool:
    """Whether what the Court held makes its ruling IEEPA's: it struck down tariffs it names by no other law or country
    ('struck down the duties ..., holding that IEEPA does not reach tariffs'), and held them unlawful under IEEPA
    itself (not 'a Section 232 duty', 'Canada's appeal', 'IEEPA tariffs ... stand', 'its IEEPA-like law')."""
    if not _STRUCK_TARIFFS.search(ruled) or not _no_authority(ruled) or ANOTHER_COUNTRY.search(ruled + held):
        return False
    return authority_of(held) == "ieepa" and not _NOT_UNLAWFUL.search(held)


_OWN_NOUN = re.compile(rf"\bSupreme\s+Court\W?s\s+{_DAY},?\s+{_RULING}")
"""The Supreme Court's ruling dated in its own noun phrase: 'the Supreme Court's February 20, 2026, ruling'."""
_IEEPA = re.compile(r"\bIEEPA\b|\bInternational\s+Emergency\s+Economic\s+Powers\b")
_ANY_AUTHORITY = re.compile(r"\bSection\s+\d{3}\b|\bIEEPA\b|\bInternational\s+Emergency\b|\bTrade\s+Act\b")


def _no_authority(text: str) -> bool:
    """Whether a sentence names no tariff authority at all (a ruling on another law would name its law)."""
    return _ANY_AUTHORITY.search(text) is None


@rule("tariffs.ieepa_ruling", needs=("supreme court", "justices", "the court"))
def ieepa_ruling(sentence: Sentence, context: Context) -> Fields | None:
    text = cover_years_written(sentence.text, context.updated)  # 'February 20 of this year': the cover's year
    if not _COURT.search(text):
        return None
    if not _NAMED.search(text) and not _supreme_last(text, context):
        return None
    ruled = _RULED_ON.search(text)
    held = _HOLDING.match(text, ruled.end()) if ruled is not None else None
    # what the Court held is read only as a ruling's law below: 'holding that IEEPA tariffs on Canadian goods stand'
    named = authority_of(text[: held.start()] if held else text) == "ieepa"
    named = named or (ruled is not None and authority_of(ruled.group(0)) == "ieepa")
    if held is not None and ruled is not None:
        antecedent = re.search(r"(\w+)\s+(?:that\s+|which\s+)?the\s+$", text[: ruled.start()])
        struck = f"{antecedent.group(1) if antecedent else ''} {ruled.group(0)}"  # 'duties the Supreme Court struck'
        named = named or _held_ieepa(struck, held.group("held"))
    # the Supreme Court's ruling dated by its own noun phrase ('Collection ended with the Supreme Court's February 20,
    # 2026, ruling'), in a text whose one case before the Court is IEEPA's: it names no authority, but the text does
    named = named or (
        _OWN_NOUN.search(text) is not None and _no_authority(text) and _IEEPA.search(context.text) is not None
    )
    if not named or not _DECIDES.search(text):
        return None
    if _PENDING.search(text) or (_HEARD.search(text) and not _DECIDED_BY_COURT.search(text)):
        return None
    days = p.dates(text)
    dated = {value for value, _ in days}
    if len(dated) != 1 or _LOWER_COURT.search(text) or not _tied(text, days[0][1]):
        # 'decided on August 29, 2025, the appeals court ruled ...; the Supreme Court affirmed': a lower court's date
        # 'After the Supreme Court struck down the IEEPA tariffs on February 20, 2026, a surcharge ... expired on
        # July 23, 2026': the date the ruling's own words give.
        own = _RULED_ON.search(text) or (None if _LOWER_COURT.search(text) else _DECIDED.search(text))
        date = written_date(next(day for day in own.groups() if day)) if own else None
        dated = {date} if date else set()
    return {"value": dated.pop(), "qualifier": "exact"} if len(dated) == 1 else None
