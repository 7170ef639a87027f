"""How IF11120 names its two 2019 agreements, and which of them a sentence that names neither speaks of.

A sentence may carry its subject from the ones before ("Negotiated in under six months, they were signed ...",
"It entered into force on January 1, 2020.", "The two took effect together ..."), or its date from the one
before ("So did the U.S.-Japan Digital Trade Agreement"). Versions written before the 2025 framework also
call the first one by what it does ("the tariff agreement", "the limited trade agreement").
"""

from __future__ import annotations

import re

from usjapan_facts.extract.japan import OTHER_PARTY
from usjapan_facts.extract.rules.base import Context, Fields, I
from usjapan_facts.extract.rules.if11120.nearby import date_in, previous
from usjapan_facts.extract.text import Sentence

USJTA = re.compile(r"\bU\.?S\.?[-\u2010-\u2015]?\s?Japan\s+Trade\s+Agreement\b|\bUSJTA\b")
DIGITAL = re.compile(
    r"\b[Dd]igital\s+[Tt]rade\s+(?:Agreement|agreement|pact|accord|deal)\b|\b(?:agreement|pact)\s+on\s+digital\s+trade\b"
    r"|\bDTA\b|\b[Tt]he\s+digital\s+(?:agreement|pact|accord|deal)\b"
    r"|\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+digital\s+(?:companion|counterpart|twin|sibling)\b"
)
BOTH = re.compile(
    r"\b(?:(?:the|both|two)\s+(?:limited\s+)?(?:trade\s+)?(?:agreements|deals)|trade\s+deals|agreements)\b", I
)
_DEAL = r"(?:agreement|pact|accord|deal)\b"
_AND = r"\s+(?:and|as\s+well\s+as|plus)\s+(?:(?:a|the|its)\s+)?"
_BESIDE_DIGITAL = re.compile(
    rf"\b[Tt]rade\s+{_DEAL}{_AND}(?:separate\s+|companion\s+)?digital\s+trade\s+{_DEAL}"
    rf"|\b[Dd]igital\s+trade\s+{_DEAL}{_AND}(?:companion\s+|broader\s+)?trade\s+{_DEAL}"
)
"""A trade agreement named beside the digital one, as their pair: 'Trade agreement and digital trade agreement
signed' (a table's row), 'the digital trade agreement and the trade agreement' (the USJTA, whatever its name)."""
_PAIR_OF = re.compile(r"\b[A-Z][a-z]+[-\u2010-\u2015]Japan\W*$|\bJapan[-\u2010-\u2015](?!U\.?S\b)[A-Z][a-z]+\W*$")
"""Another country's pair, named by the two parties before it: 'the Japan-Mongolia', 'Korea-Japan'."""


def _usjta_pair(text: str) -> bool:
    """Whether the pair of a trade and a digital trade agreement is the 2019 one: no other party named with it ('...
    with Chile', 'the Japan-Mongolia trade agreement and ...')."""
    for pair in _BESIDE_DIGITAL.finditer(text):
        before = text[max(0, pair.start() - 30) : pair.start()]
        if not OTHER_PARTY.match(text, pair.end()) and not _PAIR_OF.search(re.sub(r"(?:the|a)\s+$", "", before)):
            return True
    return False


OTHER_DEALS = re.compile(
    r"\bcritical\s+minerals?\b|\bCMA\b|\bCPTPP\b|\bTPP\b|\bRCEP\b|\bIPEF\b|\bUSMCA\b|\bframework\b|\bFTAs\b"
    r"|\bEPA\b|\bEconomic\s+Partnership\s+Agreement\b|\bNAFTA\b|\bKORUS\b",
    I,
)
_STAGE_ONE = r"[\"\u201c]?(?:stage|phase)[- ]one[\"\u201d]?\s+"
_EARLY_NAMES = re.compile(
    r"\b(?:the|this|that|a)\s+(?:bilateral\s+)?"
    rf"(?:tariff\s+|market[- ]access\s+|limited\s+(?:{_STAGE_ONE})?(?:tariff\s+|trade\s+)?|"
    rf"{_STAGE_ONE}(?:tariff\s+|trade\s+)?)"
    r"(?:agreement|deal|pact)\b",
    I,
)
"""'the tariff agreement', 'the limited trade agreement', 'a limited "stage one" tariff agreement': the USJTA, in a
version from before the 2025 framework."""


def which(text: str) -> set[str]:
    """Which of the two 2019 agreements a sentence speaks of: 'usjta', 'digital', or both."""
    named = set()
    if USJTA.search(text) or _usjta_pair(text):
        named.add("usjta")
    if DIGITAL.search(text):
        named.add("digital")
    if BOTH.search(text):
        named |= {"usjta", "digital"}
    return named


def early_names(text: str, context: Context) -> str:
    """The text with the first agreement's descriptive names ('the tariff agreement') as its own, before 2025."""
    if context.updated is None or context.updated.year >= 2025:
        return text
    return _EARLY_NAMES.sub("the USJTA", text)


_PLURAL = re.compile(
    r"^(?:[A-Z][^,;]{0,60},\s+)?(?:[Bb]oth|[Tt]hey|[Tt]he\s+two|[Tt]he\s+pair|[Tt]he\s+duo|[Tt]hese\s+(?:agreements|deals|pacts|accords))\b"
    r"(?!\s+(?:governments|countries|sides|leaders|allies|nations|men))"
)
_PAIR = re.compile(
    r"\b(?:both|the\s+two)\s+(?:texts|pacts|accords|documents)\b|^(?:Neither|Each)\b|[,;]\s+(?:and\s+)?(?:each|both)\s+(?!of\b)[a-z]"
    r"|\bthe\s+pair\b|[,;]\s+and\s+they\s+[a-z]"
)
"""The pair named as 'both texts', 'the two pacts', 'the pair', or by 'Neither ..., and each took effect': the
agreements before."""
_COMPARED_WITH = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+(?:day|date|dates|time)\s+as|simultaneously\s+with|alongside)\s+(?:the|its)\s+(?:[^,;.]|\.(?=\S)){2,60}"
)
"""'Signed and entered into force on the same dates as the USJTA': the agreement named there is not the subject."""
_CLAUSE_END = re.compile(r"[,;:]|$")
_SINGULAR = re.compile(
    r"^(?:It|The\s+(?:agreement|accord|pact|deal)(?=\s+(?:was|has|is|took|entered|went|came))|[A-Z][^,;]{0,60},\s+it)\b"
)
_PARTICIPLE = re.compile(r"^(?:Signed|Concluded|In\s+force|In\s+effect|Entered\s+into|Took\s+effect|Effective)\b")
"""A list item's sentence with no subject after the item's name: 'U.S.-Japan Trade Agreement (USJTA). Signed October
7, 2019, and in force since January 1, 2020.'"""
_NAME_ONLY = 90
"""The longest sentence before a participle that can be an item's name alone."""
_BACK = 3
_NAMED = {
    frozenset({"usjta", "digital"}): "The USJTA and the DTA",
    frozenset({"usjta"}): "The U.S.-Japan Trade Agreement",
    frozenset({"digital"}): "The Digital Trade Agreement",
}
"""How many sentences back 'they' looks for what it stands for: the nearest that names both agreements, or a deal."""


_DEED_LABEL = re.compile(
    r"\b(?P<deed>[Ss]igned|[Cc]oncluded|[Ii]n\s+(?:force|effect)|[Ee]ntered\s+into\s+(?:force|effect)|[Tt]ook\s+effect"
    r"|[Ee]ffective)(?:\s+(?:on|date))?:\s+(?=(?:[A-Z][a-z]+\s+(?:\d{1,2},\s*)?)?(?:19|20)\d{2}\b)"
    r"|\b(?P<noun>(?:[Dd]ate\s+(?:of\s+)?)?(?:[Ss]igned|[Ss]ignature|[Ss]igning)|(?:[Dd]ate\s+of\s+)?[Ee]ntry\s+into\s+"
    r"(?:force|effect)|[Ee]ffective\s+date):\s+(?=(?:[A-Z][a-z]+\s+(?:\d{1,2},\s*)?)?(?:19|20)\d{2}\b)"
)
"""A deed as a label, its date after a colon: a list's 'Signed: October 7, 2019', a table row's 'in force: January 1,
2020' (a cell under its column's header). The date is the deed's own, as in 'signed on'."""


def labelled(text: str) -> str:
    """The text with a deed's label read as the deed on its date: 'Signed: October 7, 2019' as 'Signed on October 7,
    2019'."""
    return _DEED_LABEL.sub(_deed_on, text) if ":" in text else text


def _deed_on(label: re.Match[str]) -> str:
    """'Signed on ' for 'Signed: ', 'Date signed: ' or 'Signature: '; 'Effective on ' for 'Entry into force: '."""
    if label.group("deed"):
        return f"{label.group('deed')} on "
    noun = label.group("noun").lower()
    return "Signed on " if "sign" in noun else "Effective on "


def _item_names(text: str, context: Context) -> set[str]:
    """The agreements a list item that opens on its deed ('Signed on October 7, 2019') and names none speaks of: the
    nearest of the short items before it that names one or both (an item 'Agreements: the USJTA and the DTA' over
    'Signed: ...' and 'In force: ...'); none past another deal."""
    before = text
    for _ in range(_BACK):
        before = previous(before, context)
        early = early_names(before, context)
        if not before or len(before) >= _NAME_ONLY or OTHER_DEALS.search(early):
            return set()
        if named := which(early):
            return named
    return set()


def carried(text: str, context: Context, section: str = "", back: bool = True) -> str:
    """The sentence with the agreements its pronoun stands for named before it ('The USJTA and the DTA: They were
    ...'), or as it is. 'They', 'both', 'the two' stand for the nearest of the three sentences before that names an
    agreement or deal, if it names both, else ('Both texts', 'the two', never 'They') for the two of a section headed
    for stage one; 'It' for the sentence right before, if it names one of the two alone. A sentence before that names
    neither but opens on its own 'Both' or 'They' names what that one stands for ('Both were signed ...' after a list
    of the two, then '... on January 1, 2020, both entered into force')."""
    # A pronoun that opens the sentence is its subject, whatever the sentence names after it ('The pair took effect
    # on January 1, 2020: the USJTA under ..., and the digital pact as ...', 'It entered into force ..., together
    # with the Digital Trade Agreement').
    said, text = text, labelled(text)
    if _PARTICIPLE.match(text) and not OTHER_DEALS.search(text) and not _COMPARED_WITH.search(text):
        # '- In force: January 1, 2020, both agreements', or '- Signed: ...' under '- Agreements: the USJTA and the DTA'
        items = {"usjta", "digital"} if BOTH.search(text) else set() if which(text) else _item_names(said, context)
        if items:
            return f"{_NAMED[frozenset(items)]}: {text}"
    opening = _PLURAL.match(text) or _SINGULAR.match(text)
    end = _CLAUSE_END.search(text, opening.end()) if opening else None
    subject = text[: end.start()] if end else text  # 'If it does, both the USJTA and ...': the subject names them
    # 'Both agreements were inked ...' names neither: they are the ones the sentences before name.
    own = _COMPARED_WITH.sub("", subject)
    if USJTA.search(own) or DIGITAL.search(own) or (which(own) and not _PLURAL.match(text)) or OTHER_DEALS.search(text):
        return text
    plural = _PLURAL.match(text) or _PAIR.search(text)
    singular = _SINGULAR.match(text) or (
        _PARTICIPLE.match(text) and len(previous(said, context)) < _NAME_ONLY and not OTHER_DEALS.search(text)
    )
    if not plural and not singular:
        return text
    named: set[str] = set()
    passed: set[str] = set()  # the one agreement each sentence passed over names
    before = said
    for _ in range(_BACK if plural else 1):
        before = previous(before, context)
        early = early_names(before, context)
        if not before or OTHER_DEALS.search(early):
            return text
        if back and not which(early) and _PLURAL.match(before):  # 'Both were signed ...' stands for what it carries
            early = carried(before, context, section, back=False)
        named = which(early)
        if named and not (plural and len(named) == 1):
            break  # 'The two ...' passes over a sentence naming one agreement ('treated the digital agreement as ...')
        passed |= named
        if passed == {"usjta", "digital"}:
            named = passed  # 'The USJTA cut tariffs ... The DTA set rules ... Both took effect': one each, in turn
            break
    stage_one = not named and _STAGE_ONE_HEADING.search(section) and _BOTH.match(text)
    if plural and (named == {"usjta", "digital"} or stage_one):
        return f"The USJTA and the DTA: {text}"
    if singular and len(named) == 1 and not BOTH.search(before):
        return f"The {'U.S.-Japan Trade Agreement' if named == {'usjta'} else 'Digital Trade Agreement'}: {text}"
    return text


_STAGE_ONE_HEADING = re.compile(r"\b(?:stage|phase)[- ]one\b|\bfirst\s+stage\b", I)
_BOTH = re.compile(r"(?:[Bb]oth|[Tt]he\s+two|[Tt]he\s+pair)\b")
"""Under a heading on stage one, 'Both texts were signed ...' speaks of its two agreements, named sentences before."""


_SO_DID = re.compile(
    r"^(?:So|Likewise,?\s+so)\s+(?:did|does|has|had)\s+"
    r"|^(?:[^;.]|\.(?=\S)){2,80}?\s+(?:did|does|has\s+done)\s+(?:so\s+)?(?:likewise|too|as\s+well|the\s+same)\W*$"
)
"""'So did the DTA', 'Its digital companion, the DTA, did likewise': the date of the sentence before."""
_IN_FORCE_BEFORE = re.compile(r"\b(?:entered|went|came|took)\s+(?:into\s+)?(?:force|effect)\b", I)


def so_did(text: str, context: Context) -> str | None:
    """'So did the U.S.-Japan Digital Trade Agreement' after 'It entered into force on January 1, 2020.': that date."""
    if not _SO_DID.match(text):
        return None
    before = previous(text, context)
    verb = _IN_FORCE_BEFORE.search(before)
    if not verb or OTHER_DEALS.search(before) or not which(carried(before, context)):
        return None
    return date_in(before[verb.start() :])  # not the date of 'Signed on October 7, 2019, ...'


def before_other_deal(text: str, agreement: str) -> str:
    """The text up to another deal named after this agreement: '... signed in 2019 and in force since 2020, and on
    the Critical Minerals Agreement of March 2023'."""
    other = OTHER_DEALS.search(text)
    if other is None or agreement not in which(text[: other.start()]):
        return text
    cut = text.rfind(",", 0, other.start())
    return text[: cut if cut > 0 else other.start()]


_BULLET = re.compile(r"(?:^|\s)[-\u2022]\s+(?=[A-Z])")


def pieces(sentence: Sentence) -> list[Sentence]:
    """The items of a list the text runs into one sentence ('- USJTA: signed October 2019; ... - CMA: signed ...')."""
    parts = [part.strip() for part in _BULLET.split(sentence.text) if part.strip()]
    return [sentence] if len(parts) < 2 else [Sentence(part, sentence.section) for part in parts]


def one(found: list[Fields | None]) -> Fields | None:
    """The one value several pieces give, as exact, or None."""
    values = {fields["value"] for fields in found if fields}
    return {"value": values.pop(), "qualifier": "exact"} if len(values) == 1 else None
