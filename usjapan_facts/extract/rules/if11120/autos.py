"""IF11120's Section 232 tariff on Japanese autos: the rate the sentence gives as the one now charged.

A rate is the autos' when an auto word stands nearer it than another product ('steel ... without paying the 25%
Section 232 tariff' is steel's), it is not the cars' most-favored-nation tariff ('the 2.5% MFN rate'), and its
authority is Section 232, named in its sentence or the one before.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.anaphora import points_back
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.lists import LABEL
from usjapan_facts.extract.not_in_force import NOT_APPLIED, POSSIBLE
from usjapan_facts.extract.rate_sums import itemized_part, past_increment, told_sum
from usjapan_facts.extract.restated import replaced_by, restates_replaced
from usjapan_facts.extract.rules.base import CURRENT, PAST, Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.autos_clauses import LOWERED_SO_THAT, others_authority
from usjapan_facts.extract.rules.if11120.nearby import CLOSED_SPAN, previous, spanned
from usjapan_facts.extract.rules.if11120.tariffs import SINCE_OPENS, authority_of, single_rate
from usjapan_facts.extract.rules.readings import when
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_AUTOS = re.compile(
    r"\b(?:autos?|automobiles?|(?:motor\s+|Japanese\s+)?vehicles|cars|passenger vehicles|auto parts)\b", I
)
_PAST_RATE = re.compile(
    r"\b(?:had|was|were|faced|initially|originally|previously|formerly|earlier|until|between|from|prior|before|"
    r"compared\s+with|"
    r"in\s+place\s+of|instead\s+of|rather\s+than|replac\w+)\b",
    I,
)
"""Words that mark a rate's own clause as the rate that was, not the one that is."""
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:(?:due|set|scheduled|slated|expected|poised)\s+)?to\s+(?!date\b)\w+|"
    r"only\s+(?:once|when|after)|(?:as|from)\s+soon\s+as)\b",
    I,
)
"""A rate still to come in its clause: 'the tariff is to fall so that ... it totals 15%', 'the 15% level will apply
only once the President issues a proclamation'."""
_UNSURE = re.compile(rf"{_FUTURE.pattern}|{NOT_APPLIED.pattern}|{POSSIBLE.pattern}", I)
"""A rate to come, proposed or possible: 'may be lowered to the same level'."""
_LOWERED_TO = re.compile(
    r"\b(?:lowered|cut|reduced|raised|increased|brought\s+down|moved|shifted|switched|brought|fell|dropped|came\s+down)"
    r"\s+to\s+"
    r"(?:the\s+same\s+|a\s+|an\s+|the\s+)?$",
    I,
)
"""The rate a change came to: 'lowered to 15%', 'were moved to the same 15% all-in rate'."""
_SUPERSEDED = phrase("IF11120", "superseded")
"""A rate in the past perfect ('cars had paid 25%'), or a total of two duties set after them ('25% on top of the 2.5%
MFN duty, or 27.5% in all'): never the Section 232 rate now. The declaration rules out the same words."""
_OF_VALUE = re.compile(r"\s*(?:their|its|the\s+(?:vehicles?|cars?)\W?s?)\s+(?:customs\s+)?value\b", I)
"""After a fraction's 'of', a rate as a share of the cars' value: 'a tariff equal to one-quarter of their value'."""
_CHARGED = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|charged?|pays?|paid|taxed|equal\s+to)\b[^.;,]*$", I)
"""Before such a share, what is charged ('a duty equal to'), never what the cars hold ('with half of their value')."""
_FROM_TO = re.compile(r"\bfrom\s+\d[\d.]*\s?%\s+to\s+(?P<to>\d[\d.]*)\s?%", I)


_WEIGHED = re.compile(
    r"\b(?:weigh\w*|consider(?:s|ed|ing)|contemplat\w*|mull\w*|threaten\w*|propos\w*|could|would|might)\b"
    r"[^.;]{0,60}?\bSection\s+232\b",
    I,
)
"""A Section 232 tariff the sentence only weighs or threatens ('is weighing a 25% Section 232 tariff on autos'): the
rate of the next sentence ('Japan's cars already pay a 2.5% tariff') is not under it."""


_TALKED_OF = (
    r"\b(?:threaten\w*|propos\w*|could|would|might|recommend\w*|consider\w*|floated|discuss\w*|debated|mooted|"
    r"talked\s+(?:of|about)|(?:never|not)\s+(?:been\s+)?subject(?:ed)?\s+to)\b"
)
"""A rate only talked of, or one the autos are said never to have borne: 'Japan's autos were never subjected to Section
232 duties, though a 25% tariff had been discussed' gives no rate charged."""


_MFN = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:most[- ]favou?red[- ]nation|MFN|NTR|normal\s+trade\s+relations)\b", I)
_MFN_OF = re.compile(
    r"(?<!\band\s)(?<!\bplus\s)(?<!&\s)\b(?:MFN|most[- ]favou?red[- ]nation|NTR)\s+(?:rates?|tariffs?|dut(?:y|ies))\s+"
    r"(?:of\s+|at\s+)?$"
    r"|\b(?:MFN|most[- ]favou?red[- ]nation|NTR)\s+(?:rates?|tariffs?|dut(?:y|ies))\s+(?:which\s+)?averag\w*\s+"
    r"(?:about\s+|some\s+)?$",
    I,
)
"""A car's most-favored-nation tariff ('the 2.5% MFN rate', 'plus MFN duties averaging 2.5%'), paid by every country's
cars: never the Section 232 one; but a rate of two duties joined ('a combined Section 232 and MFN rate of 15%') is."""
_OTHER_PRODUCT = re.compile(
    r"\b(?:steel|alumin(?:i)?um|copper|lumber|timber|semiconductors?|(?:micro)?chips|pharmaceuticals?|drugs)\b", I
)


def _nearer_product(text: str, start: int, end: int) -> bool:
    """Whether another product (steel, aluminum...) stands nearer the rate at text[start:end] than any auto word."""

    def distance(pattern: re.Pattern[str]) -> int:
        return min(
            (max(found.start() - end, start - found.end(), 0) for found in pattern.finditer(text)), default=len(text)
        )

    return distance(_OTHER_PRODUCT) < distance(_AUTOS)


_COMBINED = re.compile(
    r"\b(?:the|that|this|their|its)\s+(?:combined|all-in|total|overall)\s+(?:tariff\s+)?(?:rate|tariff|duty|charge|levy)\b",
    I,
)
"""The two duties on a good as one ('the combined rate', 'that all-in charge'): the autos' where the sentence before
gives the autos' Section 232 tariff and their MFN duty."""


def _carried_autos(text: str, context: Context) -> bool:
    """Whether a sentence that points back takes Japan's autos, and nothing else, from the one before: 'Cars and auto
    parts from Japan were brought under the same ceiling. Entered on or after September 16, 2025, they pay 15% ...'."""
    before = previous(text, context)
    return (
        (points_back(text) or bool(_COMBINED.search(text)))
        and bool(_AUTOS.search(before))
        and has(r"\bJapan", before, 0)
        and not _OTHER_PRODUCT.search(before)
    )


def _of_japan(text: str, context: Context, section: str = "") -> bool:
    """Whether the autos a sentence names are Japan's: it names Japan, or names no country and the sentence before
    names Japan alone ('That 15% is the rate set for Japan. Autos had borne 27.5%; they were moved to 15% ...'), or
    it is a list's item whose section names Japan alone before it."""
    if has(r"\bJapan", text, 0):
        return True
    before = previous(text, context)
    if has(r"\bJapan", before, 0) and not has(OTHER_COUNTRIES, before, 0):
        return True
    return bool(LABEL.match(text)) and _section_on_japan(text, section, context)


def _section_on_japan(text: str, section: str, context: Context) -> bool:
    """Whether a list item's section, from its heading to the item, is on Japan alone: its lead-in ('Its main
    elements:') names no subject, the prose before it does ('a 24% tariff for Japan', no other country)."""
    at = context.text.find(text)
    if at < 0 or not section:
        return False
    head = context.text.find(section, 0, at)  # its first: each item of a list may be set after its heading again
    before = context.text[max(head, at - 3000, 0) : at]
    return has(r"\bJapan", before, 0) and not has(OTHER_COUNTRIES, before, 0)


_NEEDS = ("auto", "vehicle", "cars", "combined", "all-in", "total", "overall")
"""An auto word, or the words of the autos' duties as one ('the combined rate') after a sentence on Japan's cars."""


@rule("tariffs.section232_autos", needs=_NEEDS, anaphoric=True)
def section232_autos(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    tariff = r"\b(?:tariffs?|duty|duties|dutiable|levy|levies|rate)\b"
    if not (_AUTOS.search(text) and _of_japan(text, context, sentence.section)) and not (
        not _AUTOS.search(text) and _carried_autos(text, context)
    ):
        return None
    # 'Japanese vehicles are still charged 15%' after 'their tariff rests on Section 232': the tariff named before.
    if (
        not has(tariff, text)
        and not _COMBINED.search(text)
        and not (
            has(r"\b(?:charged|pay|pays|paid|face|faces|faced|enter(?:s|ed)?\s+(?:\w+\s+){0,3}?at)\b", text)
            and (has(tariff, previous(text, context)) or authority_of(text) == "232")
        )
    ):
        return None
    if authority_of(text) != "232" and not (
        authority_of(text) is None
        and (
            (authority_of(before := previous(text, context)) == "232" and not _WEIGHED.search(before))
            or (authority_of(before) is None and _CARS_CHARGED.search(text) and _CARS_UNDER_232.search(context.text))
        )
    ):
        return None
    if has(OTHER_COUNTRIES, text, 0):
        return None
    spans = clauses(text)
    # A clause on another product only ('future Section 232 tariffs on semiconductors would be no higher') is not
    # the autos' rate: its words of a threat or promise are its own.
    own = " ".join(text[a:b] for a, b in spans if _AUTOS.search(text, a, b) or not _OTHER_PRODUCT.search(text, a, b))
    if has(_TALKED_OF, own):
        return None  # a rate threatened, proposed or discussed was never applied (`_TALKED_OF`)
    # Shares ("5% of U.S. imports") are not rates; "from 27.5% to 15%" states the rate it came to.
    moved = _FROM_TO.search(text)
    rates = [
        (n, q, m)
        for n, q, m in p.percents(text)
        if (not m.group("fraction") and not re.match(r"\s*of\b", text[m.end() :]))
        or (_OF_VALUE.match(text, m.end()) and _CHARGED.search(text, max(0, m.start() - 40), m.start()))
    ]
    if moved:
        rates = [(n, q, m) for n, q, m in rates if m.start() >= moved.start("to")]
    kin = tuple(m.start() for _, _, m in rates)
    ended = spanned(text, kin)
    values = []
    for n, q, m in rates:
        if not_current(text, m.start(), kin=kin, year=context.updated.year if context.updated else None):
            continue
        start, end = clause_of(spans, m.start())
        if others_authority(text, spans, (start, end), _AUTOS, _OTHER_PRODUCT):
            continue  # 'The 2.5% tariff on cars is unchanged, and ... the Section 232 duties on steel': steel's
        if _FUTURE.search(text, start, end):
            continue  # a rate still to come: 'is to fall so that, with the MFN duty, it totals 15%'
        if text[start] == "(" or _MFN.match(text, m.end()) or _MFN_OF.search(text, max(0, m.start() - 30), m.start()):
            continue  # an aside, '27.5% (25% plus the 2.5% MFN duty)'; the cars' MFN tariff, 'the 2.5% MFN rate'
        if told_sum(float(n), text, previous(text, context), m.start(), m.end()) or itemized_part(
            float(n), text, m.start()
        ):
            continue  # 'the combined charge is 27.5%', 'added 25% ...; with the 2.5% MFN rate, a car paid 27.5%': sums
        if _SUPERSEDED.search(text, start, end) or restates_replaced(text, m.start()):
            continue  # 'Japanese cars had paid a 25% ... tariff', 'in place of 27.5%, the 25% ... plus ...': past parts
        if _nearer_product(text, m.start(), m.end()):
            continue  # 'steel ... without paying the 25% Section 232 tariff' after a heading on 'Autos': steel's rate
        if CLOSED_SPAN.search(text, start, end) or m.start() in ended:
            continue  # 'autos paid 27.5% from April 3 to September 15': a rate over a span that ended
        hints = when(SINCE_OPENS.sub("since ", text[start:end]), m.start() - start, m.end() - start, context.updated)
        # The words between the commas around the rate: ', which faced a combined 27.5% duty from April,'.
        comma = text.find(",", m.end(), end)
        around = max(start, text.rfind(",", 0, m.start()) + 1), comma if comma >= 0 else end
        if (
            _LOWERED_TO.search(text, max(0, m.start() - 40), m.start())
            or LOWERED_SO_THAT.search(text, max(0, m.start() - 120), m.start())  # 'was reduced so that they pay 15%'
            or replaced_by(text, m.start(), m.end(), kin)
        ):
            hints["_when"] = CURRENT  # 'the Section 232 tariff was lowered to 15% on September 16': the rate it came to
        elif not moved and (_PAST_RATE.search(text, *around) or past_increment(text, m.start(), m.end(), (start, end))):
            hints["_when"] = PAST  # 'which faced a combined 27.5% duty from April', ', down from 27.5%'
        elif _aside_of_subject(text, around, m.start(), kin):
            hints["_when"] = PAST  # 'Cars ..., charged 27.5% since spring, have been dutiable at 15%': the aside's rate
        values.append({"value": p.plain(n), "qualifier": q, **hints})
    if (
        not rates
        and (same := _SAME_LEVEL.search(text))
        and not _UNSURE.search(text[slice(*clause_of(spans, same.start()))])
    ):
        # 'The Section 232 tariff on Japanese autos was lowered to the same level as of September 16': the rate before.
        values.append({"value": same_rate(text, context), "qualifier": "exact", "_when": CURRENT})
    return single_rate([value for value in values if value["value"] is not None])


_CARS_CHARGED = re.compile(
    r"\b(?:cars|autos?|automobiles|vehicles|auto\s+parts)\s+from\s+Japan\b[^;]{0,60}?\b(?:ha(?:ve|s)\s+been|are|is|now)\s+"
    r"(?:now\s+)?(?:dutiable|charged|taxed|tariffed)\s+at\b"
    r"|\bJapanese\s+(?:cars|autos|automobiles|vehicles|auto\s+parts)\b[^;]{0,60}?\b(?:ha(?:ve|s)\s+been|are|is|now)\s+"
    r"(?:now\s+)?(?:dutiable|charged|taxed|tariffed)\s+at\b",
    I,
)
"""Japan's cars as the subject of a rate charged on them now ('Cars and auto parts from Japan ... have been dutiable at
the same all-in 15%'): a rate on the cars themselves, not a deal's general rate."""
_CARS_UNDER_232 = re.compile(
    r"\bSection\s+232\b[^.]{0,120}?\b(?:autos?|cars|automobiles|vehicles)\b"
    r"|\b(?:autos?|cars|automobiles|vehicles)\b[^.]{0,120}?\bSection\s+232\b",
    I,
)
"""A brief that puts cars under Section 232 in some sentence: then a rate charged on Japan's cars that names no
authority (nor its sentence before) is that Section 232 tariff."""


_NEAR = 25
_ASIDE_OPENS = re.compile(r",\s*(?:which\s+|that\s+|having\s+been\s+)?(?:\w+ed|paid|borne|bore)\b", I)


def _aside_of_subject(text: str, around: tuple[int, int], at: int, kin: tuple[int, ...]) -> bool:
    """Whether the rate at `at` is told in an aside set off by commas on the sentence's subject (', charged 27.5% since
    spring,') while another rate stands in its own predicate: the aside tells what the subject bore before."""
    start, end = around
    comma = start - 1
    if comma < 0 or text[comma] != "," or end >= len(text) or text[end] != ",":
        return False
    opens = _ASIDE_OPENS.match(text, comma)  # the participle puts the rate on the subject: ', charged 27.5%'
    return opens is not None and at - opens.end() <= _NEAR and any(other > end for other in kin if other != at)


_SAME_LEVEL = re.compile(
    r"\b(?:lowered|cut|reduced|brought\s+down|aligned|capped|matched)\s+(?:it\s+)?(?:to|at|with)\s+"
    r"(?:the\s+same\s+(?:level|rate|percentage)|that\s+(?:level|rate|figure))\b",
    I,
)
_BACK = 2
"""How many sentences back 'the same level' looks for the rate it means."""


def same_rate(text: str, context: Context) -> int | float | None:
    """The one rate of the nearest of the sentences before that gives any: what 'the same level' means."""
    before = text
    for _ in range(_BACK):
        before = previous(before, context)
        rates = {p.plain(n) for n, _, m in p.percents(before) if not m.group("fraction")}
        if rates:
            return rates.pop() if len(rates) == 1 else None
    return None
