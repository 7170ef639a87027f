"""IF11120's U.S. tariffs on Japan, by legal authority.

One paragraph may hold several rates (one proposed, one set in July 2025, one since July 2026): each
reading carries `when`'s hints and its clause's month as `period`, so the resolver keeps the latest.
A rate's authority is the one its sentence names, or else the one the sentence before names ("under
which the United States imposed a 15% tariff" after a sentence on IEEPA).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.date_forms import starts_later
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.not_in_force import VOIDED
from usjapan_facts.extract.rules.base import PAST, Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if11120.nearby import CLOSED_SPAN, clause_around, previous, undone
from usjapan_facts.extract.rules.if11120.row_cells import CELL_VALUE, row_cells
from usjapan_facts.extract.rules.if11120.surcharge_words import AT_MOST, ITS_END, LAW_ALLOWS, UNDER_122
from usjapan_facts.extract.rules.readings import one, when
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)
Named = Callable[[str, re.Match[str]], bool]
"""Whether the rate at a match is tied to Japan by its authority alone, in a brief on Japan's tariffs."""

AUTHORITIES = {
    "ieepa": re.compile(r"\bIEEPA\b|International Emergency Economic Powers|\breciprocal\b", I),
    "232": re.compile(r"\bSection\s+232\b", I),
    "301": re.compile(r"\bSection\s+301\b", I),
    "122": re.compile(r"\bSection\s+122\b|\bbalance[- ]of[- ]payments\b", I),
}
# "a 15% tariff on most imports from Japan", "a 12.5% tariff on Japan", "tariffs of 24% on Japanese goods", "a 15%
# rate, inclusive of MFN duties, on most Japanese goods" (an aside between the rate and its goods).
_ON_JAPAN = (
    r"(?:(?:additional\s+|ad valorem\s+|reciprocal\s+|country-specific\s+|IEEPA\s+|Section\s+(?:301|122)\s+)?"
    r"(?:tariffs?|duty|duties|rate|surcharge)(?:,\s*[^,;%\d]{3,40},)?\s+"
    r"(?:rate\s+)?)?(?:of\s+\d[\d.]*%\s+)?on\s+"
    r"(?:(?:most|all|nearly all)\s+)?(?:Japan\b(?!'s|ese)|(?:U\.S\.\s+)?(?:imports|goods|products)\s+from\s+Japan\b|"
    r"Japanese\s+(?:imports|goods|products)\b)"
)
_MOST_LABEL = re.compile(
    r".*?(?:^|[.;]\s+)\W*(?:Most|Nearly\s+all|Almost\s+all)\s+(?:Japanese\s+)?(?:goods|imports|products)"
    r"(?:\s+from\s+Japan)?\s*:\s*",
    I | re.S,
)
"""A label naming the reach of the rate after it, in a brief on Japan's tariffs: 'Most goods: 12.5% (Section 301)'."""
_NOT_MOST = re.compile(r"\b(?:some|certain|selected|specific)\s+(?:Japanese\s+)?(?:imports|goods|products)\b", I)
# "under ..." naming no authority we read (a line cut off, a law by another name): nothing is inherited.
_UNDER_UNREAD = re.compile(
    r"\bunder\b(?!\s+which\b|\s+the\s+(?:[\w.-]+\s+){0,3}(?:agreement|deal|framework|terms)\b)", I
)
_GLOBAL = re.compile(r"\b(?:global|baseline|universal)\b", I)
# "most imports from Japan became subject to a 15% IEEPA tariff", "Japanese goods now face a 15% tariff", "most
# Japanese goods were charged an IEEPA tariff of 15%", "Japan's goods now pay that surcharge, at 10%", "goods from
# Japan have entered the United States under a 12.5% tariff".
_JAPAN_FACES = re.compile(
    r"(?:(?:U\.S\.\s+)?(?:imports|goods|products)\s+from\s+Japan|Japanese\s+(?:imports|goods|products)|"
    r"Japan\W?s\s+(?:goods|products|exports)(?:\s+to\s+the\s+(?:United\s+States|U\.S\.))?)\s+"
    r"(?:(?:now|currently|still)\s+)?(?:became|become|are|were|remain|is|was|have\s+been|face|faced|ha(?:ve|s)\s+faced|"
    r"paid|pay|bore|bear|carry|(?:are|were|is|was|ha(?:ve|s)\s+been)\s+(?:charged|assessed|levied)|"
    r"(?:ha(?:ve|s)\s+)?(?:entered|enter|come\s+in)(?:\s+the\s+(?:United\s+States|U\.S\.))?\s+under)\s+"
    r"(?:(?:now|currently|still)\s+)?(?:subject\s+to\s+)?"
    r"(?:(?:a|an|the)\s+(?:(?:temporary|new|flat|single|uniform|blanket|general|combined|across-the-board|additional|extra)\s+)?|"
    r"(?:a|an|the|that|this)\s+(?:[\w.-]+,?\s+){0,3}?(?:tariff|duty|rate|surcharge),?\s+(?:of|at)\s+)$",
    I,
)
# "a 10% temporary import surcharge under Section 122 ... now applies to most imports from Japan", "... to most goods
# from Japan".
_APPLIES_TO_JAPAN = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}(?:tariffs?|surcharges?|duty|duties)\b[^;,]{0,70}?\b(?:(?:now\s+)?(?:applies|apply|"
    r"is\s+applied|ha(?:s|ve|d)\s+applied)\s+to|(?:ha(?:s|ve)\s+been|is|remains|became)\s+the\s+(?:tariff|rate|duty)\s+on)\s+"
    r"(?:most|all|nearly\s+all)\s+(?:U\.S\.\s+)?(?:imports|goods|products)\s+from\s+Japan\b",
    I,
)
# "A tariff of 15% is now charged on most goods that the United States imports from Japan", "... has been charged on
# most imports from Japan".
_CHARGED_ON_JAPAN = re.compile(
    r"\s+(?:is|are|ha(?:s|ve)\s+been)\s+(?:now\s+|currently\s+)?(?:charged|levied|imposed|applied|collected)\s+on\s+(?:most|all|nearly\s+all)\s+"
    r"(?:goods|imports|products)\s+(?:that\s+the\s+United\s+States\s+imports\s+)?from\s+Japan\b",
    I,
)
# "the IEEPA rate on most Japanese goods was fixed at 15%"
_RATE_ON_JAPAN = re.compile(
    r"\b(?:tariff|rate|duty)\s+(?:on|(?:that|which)\s+(?:now\s+)?appl(?:y|ies)\s+to)\s+(?:most\s+)?"
    r"(?:Japanese\s+(?:goods|imports|products)|(?:goods|imports)\s+from\s+Japan)\s+"
    r"(?:(?:(?:(?:was|is|were|are|has\s+been)\s+(?:fixed|set|capped|held)|stands|sits|remains)\s+)?at|(?:is|remains)"
    r"(?:\s+(?:now|currently))?)\s+$",
    I,
)
"""'the IEEPA rate on most Japanese goods was fixed at 15%', '(the United States) set the tariff on most Japanese
goods at 15%', 'The tariff that applies to most Japanese goods is 15%'."""
_IT_UNDER = re.compile(
    r"^(?:It|(?:That|This|The)\s+(?:rate|tariff|duty|levy))(?:(?:\s+(?:is|was|has\s+been)|,)\s+(?:imposed|levied|charged|"
    r"applied|collected)\s+under|\s+(?:rests|rested|is\s+based|was\s+based)\s+on)\b"
    r"|^(?:The\s+President|President\s+Trump|Trump|The\s+Administration)\s+(?:imposed|levied|set)\s+"
    r"(?:it|(?:that|this|the)\s+(?:rate|tariff|duty|levy))\s+under\b"
)
"""'It is imposed under IEEPA', 'That rate, imposed under IEEPA, ...', 'It rests on IEEPA', 'The President imposed that
tariff under IEEPA': the authority of the rate before, said of it in the present or past, never as 'would have been'."""


def authority_after(text: str, context: Context) -> str | None:
    """The authority the next sentence names for this one's rate: '... 15% ... It is imposed under IEEPA ...'."""
    after = context.following.get(text, "")
    return authority_of(after) if _IT_UNDER.match(after) else None


_AVERAGE = re.compile(r"\baverag(?:e|ed|es|ing)\b", I)
_ANNOUNCED_ONLY = re.compile(r"\b(?:announcing|announced|unveiling|unveiled)\s+(?:a|an|the)\s+(?:new\s+)?$", I)


_NOT_UNDER = re.compile(
    r"\b(?:rather\s+than|instead\s+of|in\s+(?:the\s+)?place\s+of|not\s+(?:on|under)|replacing|superseding|before|prior\s+to)\s+"
    r"(?:the\s+)?(?:[\w.-]+['\u2019]s\s+)?"
    r"(?:(?:[\d.]+%\s+)?(?:IEEPA\b|Section\s+\d+\b|reciprocal\b)|[\w\s.]{0,40}?(?=[,.;]|$))",
    I,
)
"""'their tariff rests on Section 232 rather than IEEPA', '... at 10%, instead of the 15% IEEPA rate', 'in place of
the framework's 15% IEEPA tariff', 'replacing the IEEPA rate', 'in 2024, before the IEEPA tariffs' (the time before
them): the authority it is not."""


def authority_of(text: str) -> str | None:
    """The one tariff authority a text names ('rather than IEEPA' names none), or None for none or several."""
    text = _NOT_UNDER.sub(" ", text)
    named = [name for name, pattern in AUTHORITIES.items() if pattern.search(text)]
    return named[0] if len(named) == 1 else None


def rates(sentence: Sentence, context: Context, named: Named | None = None) -> list[tuple[str | None, Fields]]:
    """Each rate the sentence puts on Japan's imports as a whole, with its authority and how current it is; `named`
    also takes a rate its authority alone ties to Japan ('an IEEPA tariff of 15%')."""
    text = sentence.text
    if "%" not in text and "percent" not in sentence.folded:
        return []
    found = []
    for number, qualifier, match in p.percents(text):
        after = text[match.end() : match.end() + 80]
        before = text[max(0, match.start() - 90) : match.start()]
        on_japan = (
            re.match(rf"\s*{_ON_JAPAN}", after, I)
            or _APPLIES_TO_JAPAN.match(text, match.end())
            or _CHARGED_ON_JAPAN.match(text, match.end())
        )
        faces = _JAPAN_FACES.search(before) or _RATE_ON_JAPAN.search(before) or _MOST_LABEL.fullmatch(before)
        if match.group("fraction") or not (on_japan or faces or (named and named(text, match))):
            continue
        clause = clause_around(text, match.start(), match.end())
        if undone(text, match.start(), match.end()):
            continue  # 'had set the tariff ... at 24%', '... at 24% in April, but suspended it': not in force
        if (
            CLOSED_SPAN.search(clause)
            or starts_later(clause, context.updated, on=True)  # 'a 25% rate for Japan from August 1' before August 1
            or _NOT_MOST.search(clause)
            or _GLOBAL.search(text[max(0, match.start() - 20) : match.end() + 12])
        ):
            continue
        if _AVERAGE.search(text, max(0, match.start() - 40), match.start()):
            continue  # 'paid an average tariff of 1.5%', 'MFN rates, which average about 3%': a mean, not the rate
        if _ANNOUNCED_ONLY.search(text[max(0, match.start() - 40) : match.start()]) or not_current(
            text, match.start(), year=context.updated.year if context.updated else None, kin=()
        ):
            continue  # 'after announcing a 24% tariff', 'USTR has proposed a 17.5% tariff': not applied
        if _ENDED_ON.search(text):
            continue
        if has(OTHER_COUNTRIES, clause, 0) or has(
            r"\bJapan(?:'s|ese)\s+tariffs?\b|tariffs?\s+(?:imposed\s+)?by\s+Japan", clause
        ):
            continue
        authority = authority_of(text) or (
            None
            if any(a.search(text) for a in AUTHORITIES.values()) or _UNDER_UNREAD.search(text)
            else authority_of(previous(text, context)) or authority_after(text, context)
        )
        hints = _hints(text, match, context)
        if (faces and not on_japan and _PAST_VERB.search(faces.group(0))) or _ENDED.search(text):
            hints = {**hints, "_when": PAST}  # 'Japanese goods paid a 15% tariff', '... since August 2025, was voided'
        period = {"period": hints["_date"]} if "_date" in hints and len(hints["_date"]) == 7 else {}
        found.append((authority, {"value": p.plain(number), "qualifier": qualifier, **period, **hints}))
    return found


_PAST_VERB = re.compile(r"\b(?:were|was|faced|paid|bore)\s+(?!now\b)", I)
"""A past verb in the words that put a rate on Japan's goods: 'Japanese goods paid a 15% tariff'."""
_ENDED = re.compile(
    r"\b(?:was|were|been)\s+(?:voided|struck\s+down|invalidated|ended|lifted|revoked|terminated|rescinded)\b"
    r"|\b(?:ended|lapsed|expired)\s*\.$|\bno\s+longer\b",
    I,
)
"""A sentence that tells a rate's end: '... since August 2025, was voided', 'the 15% rate ended.'"""
_ENDED_ON = re.compile(r"\b(?:lapsed|expired|ran\s+out)\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?\d{4}\b", I)
"""A rate's end on a date: '... surcharge, in place since March, expired in August 2031': not charged now."""
SINCE_OPENS = re.compile(r"^Since\s")
_FORMER = re.compile(r"\b(?:down|up|reduced|lowered|raised|increased|cut|rose|fell)?\s*from\s+(?:a|an|the)?\s*$", I)
_THEN_FORMER = re.compile(r",\s+(?:down|up|a\s+reduction|an\s+increase|a\s+cut|a\s+rise)\s+from\b", I)


def _hints(text: str, match: re.Match[str], context: Context) -> Fields:
    """How current the rate at `match` is: a rate it came 'from' is past, and ', down from ...' is not its clause."""
    if _FORMER.search(text[max(0, match.start() - 25) : match.start()]):
        return {"_when": PAST}
    former = _THEN_FORMER.search(text, match.end())
    # 'Since July 24, 2026, ...' opens a sentence as 'since' does a clause (same length, offsets kept).
    text = SINCE_OPENS.sub("since ", text)
    return when(text[: former.start()] if former else text, match.start(), match.end(), context.updated)


def single_rate(values: list[Fields]) -> Fields | None:
    """The value of the sentence's current rate: several values need their hints to tell them apart."""
    if not values:
        return None
    best = max(value.get("_when", 1) for value in values)
    kept = [value for value in values if value.get("_when", 1) == best]
    return one(kept)


@rule(
    "tariffs.us_tariff_most_imports", needs=("tariff", "duty", "duties", "surcharge", "goods:", "imports:", "products:")
)
def us_tariff_most_imports(sentence: Sentence, context: Context) -> Fields | None:
    if BEFORE_IT.match(sentence.text):
        return None  # 'Before the ruling, most Japanese goods faced a 15% IEEPA tariff': the rate of a time gone by
    # 'removed the legal footing for the 15% IEEPA rate that Trump had applied': voided, unless the replacement's.
    kept = ("122",) if VOIDED.search(sentence.text) else (None, "ieepa", "301", "122")
    return single_rate([fields for authority, fields in rates(sentence, context) if authority in kept])


BEFORE_IT = re.compile(
    r"\W*(?:Before|Until|Till|Prior\s+to)\s+(?:the|that|this|its)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},\s+)?\d{4},?\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:ruling|decision|judgment|deal|agreement|framework|accord|order|proclamation|surcharge)\b[^,;]{0,40},"
    rf"|\W*(?:Before|Prior\s+to|Until|Till)\s+(?:(?:early|mid|late)[- ]?)?{p.MONTH}(?:\s+\d{{1,2}})?"
    r"(?:,?\s+(?:19|20)\d\d)?,"
    r"(?=[^;]*\b(?:was|were|had|paid|faced|bore)\b)"
)
"""A sentence set in the time before an event that changed the rate: 'Before the ruling, most goods faced 15%', 'Before
the February 20, 2026, ruling, ...' (the event's date among its words), or before a day told in the past ('Before
September 16, cars paid 27.5%', 'Until September 16, cars paid ...'): 'Until July 1, the rate stays', 'Before March 1,
cars pay 17%' tell a rate now, up to a day still ahead."""


_SURCHARGE_122 = re.compile(
    r"\bsurcharges?\b[^.;]{0,80}?\bSection\s+122\b|\bSection\s+122\b[^.;]{0,80}?\bsurcharges?\b", I
)
_NAMED_122: list[tuple[Context, bool]] = []


def _surcharge_is_122(context: Context) -> bool:
    """Whether the text names its surcharge as the one under Section 122: then 'the 10% surcharge' is that one."""
    if not _NAMED_122 or _NAMED_122[0][0] is not context:
        _NAMED_122[:] = [(context, bool(_SURCHARGE_122.search(context.text)))]
    return _NAMED_122[0][1]


@rule("tariffs.section122_surcharge", needs=("surcharge", "section 122", "rate:"))
def section122_surcharge(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    row = any(authority_of(cell) == "122" for cell in row_cells(text, sentence.section, context))  # its row's cell
    named = (
        authority_of(text) == "122" or has(r"\btemporary\s+import\s+surcharge\b", text) or has(UNDER_122, text) or row
    )
    if not named and not (_surcharge_is_122(context) and authority_of(text) is None and not has(r"\b19\d\d\b", text)):
        return None
    # Named by the text before, the surcharge is only what the sentence calls a surcharge: 'a 12.5% tariff' is another.
    noun = r"(?:surcharge|tariff)" if named else r"surcharge"
    # 'a 10% temporary import surcharge', 'a 10% balance-of-payments surcharge', 'a 10% stopgap Section 122 tariff'
    kinds = r"(?:(?:temporary|balance[- ]of[- ]payments|across-the-board|blanket|flat|uniform|stopgap)\s+){0,2}"
    follower = rf"[\"“]?{kinds}(?:Section\s+122\s+)?(?:import\s+)?{noun}"
    year = context.updated.year if context.updated else None
    values = [
        {"value": p.plain(n), "qualifier": q}
        for n, q, m in p.percents(text)
        if not m.group("fraction")
        and (
            re.match(rf"\s*(?:,\s+(?:the|this|that)\s+)?{follower}", text[m.end() : m.end() + 50], I)
            or (row and CELL_VALUE.search(text, 0, m.start()))
            or has(
                r"\bsurcharge(?:\s+of|(?:\s+rate)?:|,|,?\s+(?:(?:was|is|has\s+been)\s+)?(?:set|fixed|levied|charged)\s+at"
                # its subject before it: 'The Section 122 surcharge on most imports is 10%'
                r"|\s+(?:on|for)\s+(?:most\s+|all\s+)?(?:[\w.-]+\s+){0,3}?(?:is|stands\s+at|remains)(?:\s+now)?)\s*$",
                text[max(0, m.start() - 60) : m.start()],
            )
        )
        and not not_current(text, m.start(), year=year, kin=())  # 'USTR proposed a 12.5% tariff': not in effect
        # 'At 15%, the Section 122 surcharge would reach its cap': a rate set off before its name has its verb after it
        and not (has(r"^,", text[m.end() : m.end() + 1]) and not_current(text, m.end() + 2, year=year, kin=()))
        and not LAW_ALLOWS.search(text, max(0, m.start() - 120), m.start())
        and not AT_MOST.match(text, m.end())  # 'The Section 122 surcharge, 15% at most, ...': its cap
        and not ITS_END.match(text, m.end())  # 'The 10% surcharge expired on July 23': a rate no longer charged
        and not starts_later(clause_around(text, m.start(), m.end()), context.updated, on=True)
    ]
    return one(values)
