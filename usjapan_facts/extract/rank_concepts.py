"""Each rank fact's yardstick, as the words of its concept (data `extract.unread_ranks` and `extract.ranked_lists`
read by): a clause that names the words of exactly one fact ranks by it."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.counted_ranks import ORDINAL
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.year_roles import STALE_RANK

_US = r"(?:the\s+)?(?:United\s+States|U\.S\.)"

CONCEPTS: dict[str, tuple[str, ...]] = {
    "trade.fdi_source_rank": (
        r"\b(?:foreign\s+)?direct[- ]investment\b",
        r"\bFDI\b",
        rf"\b(?:direct\s+)?invest(?:ors?|ments?|s|ed|ing)?\s+(?:\w+\s+){{0,2}}?in(?:to)?\s+{_US}",
        # what firms own in the United States is their direct investment: 'Japanese firms' holdings in the U.S.'
        rf"\b(?:firms|companies|businesses|multinationals)\W{{0,2}}\s+(?:holdings|stakes?|assets|positions?)\s+"
        rf"in\s+{_US}",
    ),
    "trade.treasury_holder_rank": (
        r"\bTreasur(?:y|ies)\b",
        r"\b(?:U\.S\.|federal|U\.S\.\s+government|American)\s+debt\b",
        r"\b(?:creditors?|lenders?)\s+(?:of|to)\s+(?:the\s+)?(?:U\.S\.|American|federal|United\s+States)",
        r"\bforeign\s+creditors?\b",
    ),
    "trade.export_partner_rank": (
        r"\b(?:U\.S\.|American)\s+(?:goods\s+)?exports\b",
        r"\bexport\s+(?:markets?|destinations?)\b",
        r"\b(?:markets?|buyers?|customers?|destinations?)\s+(?:for|of)\s+(?:U\.S\.|American)\s+(?:goods|exports)\b",
        r"\b(?:U\.S\.|American)\s+exporters\b",
        rf"\bexports?\s+(?:from\s+{_US}\s+)?to\b(?!\s+{_US})",
        r"\b(?:for|in|by)\s+(?:U\.S\.\s+)?exports\b",
        r"\b(?:buys?|bought|buying|purchas(?:es|ed|ing))\s+(?:(?:the\s+)?[\w$.,-]+\s+){0,3}?(?:U\.S\.|American)\s+(?:goods|exports)\b",
        # 'as a buyer' among U.S. partners, unless of what is not U.S. goods ('as a buyer of LNG')
        r"\bas\s+an?\s+(?:buyer|customer)\b(?!\s+of\s+(?!(?:U\.S\.|American)\s+(?:goods|exports|products)\b|them\b))",
    ),
    "trade.import_partner_rank": (
        r"\b(?:U\.S\.|American)\s+(?:goods\s+)?imports\b",
        r"\bimport\s+(?:sources?|suppliers?)\b",
        r"\b(?:sources?|suppliers?)\s+of\s+(?:U\.S\.\s+)?(?:goods\s+)?imports\b",
        r"\bsuppliers?\b(?!\s+of\s+(?!(?:goods|imports|merchandise)\b))",
        r"\b(?:for|in|by)\s+(?:U\.S\.\s+)?imports\b",
        rf"\b(?:exporters?|suppliers?)\s+(?:of\s+(?:goods|merchandise|products|imports)\s+)?to\s+{_US}",
        rf"\b(?:shipped|ships|shipping|sold|sells|selling|sent|suppl(?:y|ies|ied|ying))\s+(?:(?:the\s+)?[\w$.,-]+\s+){{0,3}}?(?:goods\s+)?to\s+{_US}",
        rf"\bimported\s+(?:by|into)\s+{_US}",
        rf"\bimports\s+(?:of\s+\w+\s+)?(?:into|for)\s+{_US}",
        rf"{_US}\s+(?:bought|buys|imported|imports|purchased)\s+(?:more\s+)?(?:goods\s+)?from\b",
        rf"\b(?:Japan\W?s|Japanese)\s+(?:\w+\s+)?exports\s+to\s+{_US}",
        r"\b(?:U\.S\.\s+)?imports\s+(?:of\s+(?:goods\s+)?(?:and\s+services\s+)?)?from\s+Japan\b",
        # 'as a seller' to U.S. buyers, unless of what is not goods ('as a seller of LNG'): a source of U.S. imports
        r"\bas\s+an?\s+sellers?\b(?!\s+of\s+(?!(?:goods|them|its\s+goods|merchandise)\b))",
    ),
    "trade.overall_partner_rank": (
        r"\btrad(?:ing|e)\s+partners?\b",
        r"\b(?:total|two-way|overall|bilateral)\s+(?:(?:U\.S\.|American)\s+)?(?:goods\s+)?trade\b(?!\s+(?:deficit|surplus|balance|gap|imbalance))",
        r"\b(?:U\.S\.|American)\s+partners\b",
        r"\btrade\s+(?:with\s+Japan\s+)?in\s+goods\s+and\s+services\b",
        r"\b(?:U\.S\.|American)\s+trade\s+with\s+Japan\b(?!\s+(?:in\s+(?!goods\s+and\s+services)|deficit|surplus|balance|gap))",
        r"\bgoods\s+and\s+services\s+trade\b",
        r"-(?:ranked|largest|biggest)\s+partner\b(?!\s+(?:of|for|in|to)\b)",
        rf"\b(?:{ORDINAL})\s+overall\b",
        r"\b(?:the\s+two|both|exports\s+and\s+imports)\s+(?:combined|together)\b",
        # 'did more business with the United States', 'exchanged more goods with': no direction, the whole of the trade
        rf"\b(?:business|exchang(?:e|es|ed|ing))\s+(?!(?:[\w-]+\s+){{0,3}}?(?:deficits?|surplus(?:es)?|balances?|gaps?)\b)"
        rf"(?:[\w-]+\s+){{0,3}}?with\s+{_US}",
        # 'The United States traded more with Japan than with any partner but ...': the verb of the whole trade
        r"\btrad(?:es|ed)\s+(?:more\s+|most\s+|less\s+)?(?:goods\s+(?:and\s+services\s+)?)?with\b",
    ),
    "trade.goods_deficit_rank": (
        r"\b(?:goods|merchandise)\s+(?:trade\s+)?(?:deficits?|imbalances?|gaps?|shortfalls?)\b",
        r"\b(?:deficits?|imbalances?|gaps?|shortfalls?)\s+(?:in|on)\s+(?:goods|merchandise)(?:\s+trade)?\b",
        r"\bbilateral\s+(?:goods\s+)?(?:trade\s+)?deficits\b",
        r"\b(?:ran|runs|run|had|has|recorded|posted)\s+with\s+any\b",
        r"\b(?:goods|merchandise)\s+(?:trade\s+)?surplus(?:es)?\b|\bsurplus(?:es)?\s+in\s+(?:goods|merchandise)\b",
    ),
}
"""Each rank fact's yardstick, by the words of its concept: a clause with the words of two facts is unsure."""

NOT_JAPANS = {
    "trade.fdi_source_rank": re.compile(
        r"\b(?:in|into)\s+Japan\b|(?<!whose\s)(?<!their\s)(?<!its\s)\b(?:U\.S\.|American)\s+"
        r"(?:FDI|foreign\s+direct|direct|firms|companies|investors)\b"
    ),
    "trade.export_partner_rank": re.compile(r"\bexports?\s+from\s+Japan\b|\bJapan\W?s\s+(?:\w+\s+)?exports\b"),
    "trade.import_partner_rank": re.compile(r"\bimports?\s+(?:to|into)\s+Japan\b|\bJapan\W?s\s+(?:\w+\s+)?imports\b"),
    "trade.goods_deficit_rank": re.compile(
        rf"\b(?:surplus(?:es)?|deficits?)\s+(?:in\s+\w+\s+)?(?:with|against)\s+(?:the\s+)?(?:{OTHER_COUNTRIES})"
    ),
}
"""What makes a yardstick's words another's: U.S. investment in Japan, Japan's own exports or imports (never an owner's
'their U.S. direct investment', which is in the United States)."""
AMONG = re.compile(
    r"\b(?:of\s+any|of\s+all|with\s+any|among(?:\s+all)?|two|three|four|five|six|seven|eight|nine|\d)\s+(?:other\s+)?"
    r"(?:(?:U\.S\.|American|its|America\W?s)\s+)?(?:(?:trading|trade)\s+)?(?:partners?|countries|nations)\b",
    re.IGNORECASE,
)
"""The set a place is among ('the seventh-largest goods surplus of any U.S. trading partner', 'the sixth-largest the
United States ran with any trading partner', 'Five other trading partners ... accounted for larger U.S. goods
deficits': the ones counted ahead), not a yardstick."""

RULED_OUT = re.compile(
    r"\b(?:had\s+(?:been|\w+ed)|as\s+recently\s+as|last\s+(?:year|decade)|(?:19|20)\d0s|not|never|none|if|world\W?s|"
    r"whether(?!\s+(?:measured|counted|ranked|judged|gauged|taken)\s+(?:by|as|in)\b)|"
    r"(?<!two\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<!six\s)(?<!seven\s)(?<!other\s)econom(?:y|ies)|directions?|added|adding|adds|new|(?:in)?flows?|pledg\w*|announc\w*|commit\w*|gr[eo]w\w*|"
    r"once|briefly|formerly|previously|used\s+to|until|no\s+longer|ago|"
    r"could|would|might|(?-i:may)|will|expect\w*|project\w*|forecast\w*|likely|poised|set\s+to|on\s+(?:track|course)|become|"
    r"next\s+(?:year|decade)|coming\s+years?|allies|by\s+(?:U\.S\.\s+)?state|central\s+banks?|Bank\s+of\s+Japan|(?:largest|biggest|leading|top)\s+Japanese|among\s+(?:the\s+)?Japanese|"
    r"one\s+of|among\s+the\s+top|top[- ](?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)|"
    r"Asia\w*|region\w*|Indo-Pacific|Pacific|Europe\w*|G-?7|G-?20|APEC|OECD|ASEAN|CPTPP|TPP|"
    r"beef|pork|autos?|automo\w+|vehicles?|cars?|agricultur\w*|farm\w*|food|soybeans?|corn|wheat|rice|aircraft|"
    r"LNG|energy|semiconductors?|chips?|machinery|manufactur\w*|sectors?|industr\w*|products?|"
    r"places?\s+(?:up|down|higher|lower)|(?:a|one|two|three|\d)\s+(?:places?|spots?|notches?|positions?)|"
    r"(?:increase|decrease|decline|drop|rise|gain|jump|fall|amount|growth|change|(?<!national\s)share|(?<!\bat\sa\s)time|quarter|half|"
    r"term|round)|"
    r"(?:largest|biggest|highest|lowest|smallest)\s+(?:since|on\s+record|ever|in\s+(?:history|decades|\w+\s+years)))\b",
    re.IGNORECASE,
)
"""A clause that ranks among a region, a product or a subset (allies, states, central banks, Japanese firms: 'the
largest Japanese investor'), or says a place once held, planned, asked, denied, or a change's size or a share (never
'the largest national share', a share among countries); 'one side at a time' is a way of counting, no time; 'whether
measured as a market or as a source' is each measure, no doubt."""
EU_AS_ONE = re.compile(
    r"\b(?:(?:counting|with|when|if)\s+)?the\s+(?:\d+-member\s+)?European\s+Union(?:\s+\(EU\))?\s+(?:is\s+)?"
    r"(?:(?:counted|taken|treated)\s+)?as\s+(?:one(?:\s+partner)?|a\s+(?:whole|single\s+partner|unit))\b",
    re.IGNORECASE,
)
"""The European Union counted as one partner: the place is still among all U.S. partners, no region's ('counting the
European Union (EU) as one partner, Japan's total trailed those of five partners')."""
MOVED_BY = re.compile(
    r"\b(?:fell|dropped|slipped|slid|sank|rose|climbed|jumped|moved)\s+(?:a|one|two|three|four|\d)\s+(?:places?|spots?|"
    r"notch(?:es)?|positions?)(?=,?\s+(?:[^,;]{1,40},\s+)?to\s|\s*[:\u2014])|\ba\s+position\s+(?:that\s+|which\s+)?\w+\s+ha[sd]\s+held\b"
    r"|\b(?:did\s+not|didn\W?t|has\s+not|hasn\W?t|had\s+not)\s+(?:change|budge|move|shift)\b",
    re.IGNORECASE,
)
"""A change's size said before the place it led to ('slipped two places, to seventh', 'slipped a notch, behind Germany,
to fifth', 'dropped a place: ... each supplied more'), the place said again as one held ('a position Japan has held
since 2019'), or said not to have changed ('its position did not change: it stayed at number four'): none rules the
place out."""
SERVICES_ALONE = re.compile(r"\b(?:in|for|by|of)\s+services\b(?!\s+and\s+goods)", re.IGNORECASE)
"""A rank in services trade alone ('the fourth-largest partner in services'), not the overall rank of goods and
services."""
SERVICES_PARTNER = re.compile(
    r"\s*(?:U\.S\.\s+|American\s+)?(?:(?:trading|trade)\s+)?partners?\s+(?:in|for)\s+(?:U\.S\.\s+)?services\b"
    r"|\s*(?:U\.S\.\s+|American\s+)?services\s+(?:trading\s+|trade\s+)?partners?\b",
    re.IGNORECASE,
)
"""After a place, the partner in services only ('the second-largest U.S. trading partner in services', 'the
third-largest services partner'): a part of the trade, not the overall place."""
_PARTNERS = "trade.overall_partner_rank"
_CONCEPT = {fact: re.compile("|".join(words), re.IGNORECASE) for fact, words in CONCEPTS.items()}
_SURPLUS = re.compile(r"\bsurplus", re.IGNORECASE)
_DEFICIT = re.compile(r"\b(?:deficits?|imbalances?|gaps?|shortfalls?)\b", re.IGNORECASE)


def concepts(text: str) -> list[str]:
    """The rank facts whose yardsticks `text` names; of two, the one not the set the place is among ('the
    seventh-largest goods surplus of any U.S. trading partner', 'the sixth-largest the United States ran with any
    trading partner': the partners are the set, never the yardstick beside another); never the partners alone when
    they are only the set a deficit, gap, surplus or imbalance is ranked among ('That gap was the fifth-largest with
    any trading partner': a balance's place, not Japan's as a partner)."""
    said = [fact for fact, words in _CONCEPT.items() if words.search(text)]
    rest = AMONG.sub("", text)
    if _PARTNERS in said and (_DEFICIT.search(text) or _SURPLUS.search(text)) and not _CONCEPT[_PARTNERS].search(rest):
        said.remove(
            _PARTNERS
        )  # 'That gap was the fifth-largest with any trading partner': a balance's set, never Japan's
    if len(said) < 2:
        return said
    return [fact for fact in said if _CONCEPT[fact].search(rest)] or [f for f in said if f != _PARTNERS]


OWN_YARDSTICK = re.compile(
    r"\b(?:in|as|among|for|of|on|by)\s+(?!(?:that|this|the\s+same|those|these|all)\b|(?:19|20)\d\d\b)\w", re.IGNORECASE
)
"""After a place, a yardstick of its own the carried one is not: 'Japan ranked third in Olympic medals', never 'sixth
place on that list', 'fourth in 2025'."""


def carried_yardstick(before: str, text: str = "") -> tuple[str, ...]:
    """The yardstick a sentence naming Japan and no yardstick word of its own takes from the sentence before, when that
    names exactly one: 'The goods deficit with Japan was $68 billion. By that measure Japan came in sixth'; never a
    trade yardstick to a sentence ranking a deficit or surplus ('Only China ... traded more with the United States.
    ... the U.S. deficit with Japan was ..., the third-largest')."""
    said = concepts(before)
    if said != ["trade.goods_deficit_rank"] and (_DEFICIT.search(text) or _SURPLUS.search(text)):
        return ()
    return tuple(said) if len(said) == 1 else ()


BALANCE_NOUNS = r"(?:deficits?|gaps?|shortfalls?|surplus(?:es)?|imbalances?)"
"""The nouns of a trade balance, whose rank is the balance's place, never Japan's as a partner."""
_BALANCE_SUBJECT = re.compile(
    rf"^\W*(?:(?:and|but|while|whereas)\s+)?(?:[\w.'\u2019-]+\s+){{0,4}}?{BALANCE_NOUNS}\b", re.IGNORECASE
)
_IT_SUBJECT = re.compile(r"^\W*(?:(?:and|but|while|whereas)\s+)?(?:it|this|that)\s+(?!\w+\s+partner)", re.IGNORECASE)


def balance_ranked(clause: str, before: str = "") -> bool:
    """Tell whether a clause's subject is a deficit, gap, surplus or imbalance: named ('That gap was the fifth-largest
    with any trading partner') or as an 'It' for the one the words `before` open with; the partners it is ranked
    among are then its set, never Japan's place as a partner."""
    return bool(_BALANCE_SUBJECT.match(clause) or (_IT_SUBJECT.match(clause) and _BALANCE_SUBJECT.match(before)))


def unset_surplus(text: str) -> bool:
    """Tell whether `text` ranks Japan's surplus with no set it is among ('a goods surplus of $71.3 billion with the
    United States, the ninth-largest': of Japan's own surpluses, or of all U.S. partners?) and no deficit word."""
    return bool(_SURPLUS.search(text)) and not _DEFICIT.search(text) and not AMONG.search(text)


COMPARED_YEAR = re.compile(
    r"\b(?:than|(?:up|down)\s+from|compared\s+with)\s+(?:(?:about|some|nearly)\s+)?(?:\$[\d.,]+\s+(?:billion|million|"
    r"trillion)\s+)?(?:in\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""A year a figure is compared with, not the one it is of: 'slightly less than in 2017', 'up from $63 billion in
2016'."""


def period(clause: str, updated: dt.date | None) -> str | bool | None:
    """The year a clause dates its rank by (None when undated); False when a year is too old for a current place."""
    years = {int(y) for y in p.YEAR.findall(clause)}
    if len(years) > 1:  # 'came to $67.6 billion in 2018, slightly less than in 2017': the year compared with is not it
        years = {int(y) for y in p.YEAR.findall(COMPARED_YEAR.sub("", clause))} or years
    if not years:
        return None
    if len(years) > 1 or (updated is not None and not updated.year - STALE_RANK <= min(years) <= updated.year):
        return False
    return str(min(years))


__all__ = [
    "AMONG",
    "COMPARED_YEAR",
    "CONCEPTS",
    "EU_AS_ONE",
    "MOVED_BY",
    "NOT_JAPANS",
    "OWN_YARDSTICK",
    "RULED_OUT",
    "SERVICES_ALONE",
    "STALE_RANK",
    "balance_ranked",
    "carried_yardstick",
    "concepts",
    "period",
    "unset_surplus",
]
