"""Whose value a clause states: Japan's, or another country's named beside it, compared with it or pointed to.

The declared-fact reader (`extract.meaning`) asks here whether a value's clause belongs to another country:
'28,500 U.S. troops are in South Korea', 'China, which is the biggest creditor', 'It ... ahead of Japan' after
a sentence about China. Pure, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract.japan import ANOTHER_COUNTRY, OTHER_COUNTRIES

_JAPAN = re.compile(r"\bJapan|\bTokyo\b")
PAIRED = re.compile(
    rf"\bJapan(?:ese)?\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+)?{OTHER_COUNTRIES}"
    rf"|{OTHER_COUNTRIES}\s+(?:and|or|as\s+well\s+as)\s+(?:the\s+)?Japan\b"
)
"""Japan and another country as one subject ('Japan and China hold ...'): a pointer after it may mean either."""
OTHERS = re.compile(
    rf"{OTHER_COUNTRIES}|\b(?:NATO|United Kingdom|U\.K\.|UK|France|Italy|Indonesia|Thailand|Brazil|Switzerland|"
    r"Saudi Arabia|Luxembourg|Belgium|Cayman Islands|Europe)\b"
)
ANOTHER_ALONE = re.compile(rf"^(?!.*\bJapan)(?=.*(?:{OTHERS.pattern}))")
"""A sentence naming another country and never Japan: what a sentence after it says with no country is that
country's ('U.S. goods exports to Canada were $256 billion. Those of services fell, to $58 billion')."""
OTHERS_OWN = re.compile(rf"(?:{OTHERS.pattern})\W?s\b")
"""Another country as a possessor: 'South Korea's rank as a market', 'China's holdings'."""
ONLY_AHEAD = re.compile(
    r"(?:Among|Of|For|As|On|By) [^,;]{3,80}, only (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}"
    r"(?: (?:firms|companies|investors|holders|residents))? (?:holds?|held|owns?|owned|has|have|had|buys?|bought|"
    r"sells?|sold|invest(?:s|ed)?|outranks?|outranked)\b"
)
"""'Among investors in the U.S., only Britain had built up a larger position': whose rank it is, the sentence before
says (as for 'Only Britain holds more')."""
_PLACED = re.compile(rf"\b(?:in|to|from|at|on|into)\s+(?:the\s+)?(?:{OTHER_COUNTRIES}|Europe|the\s+United\s+Kingdom)")
"""A value placed in another country: 'troops are in South Korea', 'investment into China'."""
_COMPARED = re.compile(
    r"\b(?:after|behind|than|only\s+to|trail\w*(?:\s+only)?|ahead\s+of|(?:sur)?pass(?:ed|ing)|overt(?:a|oo)k\w*|in\s+line\s+with|like|(?i:except(?:\s+for)?|other\s+than|(?:apart|aside)\s+from|save\s+for|excluding)|"
    r"(?:edged|moved|slipped|pulled|inched|climbed|jumped|got)\s+past|displac(?:ed|es|ing)|supplant(?:ed|s|ing)|unseat(?:ed|s|ing)|topp(?:ed|ing)|exceed(?:ed|ing|s)?|outrank\w*|outpac\w*|outstripp\w*|"
    r"(?<=,\s)not|rather\s+than|instead\s+of|"
    rf"similar\s+to|matching|(?:those|that)\s+(?:of|with))\s+(?:(?<=than\s)(?:in|at|on)\s+)?(?:the\s+)?"
    rf"(?:{OTHER_COUNTRIES}|NATO|U\.K\.|UK)(?:\s*\([^()]{{1,30}}\))?"
    rf"(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?{OTHER_COUNTRIES}(?:\s*\([^()]{{1,30}}\))?)*"
    # 'with $1.10 trillion against China's $859 billion': another's figure set against the value
    rf"|\b(?:against|versus|vs\.)\s+(?:the\s+)?{OTHER_COUNTRIES}\W?s\s+(?=[$\u00a5\d])"
    rf"|\b(?:only|just)\s+by\s+(?:(?:U\.S\.\s+)?(?:imports|purchases|exports|sales|shipments)\s+(?:from|to)\s+)(?:the\s+)?{OTHER_COUNTRIES}"
    rf"(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?{OTHER_COUNTRIES})*"
    rf"|\bas\s+(?:the\s+)?{OTHER_COUNTRIES}(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?{OTHER_COUNTRIES})*\s+"
    r"(?:moved|pulled|edged|climbed|jumped|crept)\s+(?:ahead|past|up)\b"
    r"|,\s+the\s+NATO(?=\s+(?:benchmark|standard|goal|target|level|yardstick|norm|guideline)\b)"
    # A sentence's opening phrase citing another's example, its own subject after the comma: 'Pointing to the
    # benchmark used by NATO members, the government has set a target of 2%'.
    r"|^(?:Citing|Pointing\s+to|Invoking|Mirroring|Echoing|Following)\s+[^,;]{0,60}?\b"
    rf"(?:NATO|{OTHER_COUNTRIES})\b[^,;]{{0,40}},"
    rf"|\b(?:the\s+)?{OTHER_COUNTRIES}(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?{OTHER_COUNTRIES})*\s+(?:aside|apart|excepted|excluded)\b"
    rf"|\b(?:the\s+)?{OTHER_COUNTRIES}(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?{OTHER_COUNTRIES})*\s+(?:(?:were|are|was|is)\s+)?"
    r"(?:among\s+)?(?:those|the\s+(?:ones|countries|economies))?\s*(?:ahead\s+of|above)\s+(?:it|Japan)\b"
    r"|\b(?:against|compared\s+(?:with|to)|versus|vs\.)\s+(?:(?:some|about|roughly|around|nearly|just)\s+)?[\d][\d,.]*"
    rf"(?:\s+[a-z]+){{0,2}}?\s+(?:in|for|at)\s+(?:the\s+)?{OTHER_COUNTRIES}"
)
"""Other countries Japan is compared with: 'ahead of China', 'than Canada and Mexico', 'than in Germany (about 35,000)
or South Korea (28,500)', 'with Taiwan and Vietnam among
those ahead of it', 'against 28,500 in South Korea'."""
_JAPAN_PARTNER = re.compile(r"\b(?:from|to|into|with)\s+Japan\b(?!\W?s\b|ese\b)")
_JAPAN_COMPARED = re.compile(
    r"\b(?:behind|than|only\s+to|trail\w*(?:\s+only)?|ahead\s+of|(?:sur)?pass(?:ed|ing)|overtak\w*|except)\s+Japan\b"
)
_JAPAN_PASSED = re.compile(
    r"\b(?:overt(?:a|oo)k\w*|(?:sur)?pass(?:ed|es|ing)?|displac\w*|supplant\w*|unseat\w*|replac\w*|outrank\w*|outpac\w*|"
    r"outstripp\w*|(?:edged|moved|slipped|pulled|inched|climbed|jumped|got)\s+past)\s+Japan\b"
)
"""Japan as what another country moved past: in 'China overtook Japan as the largest holder' the rank is China's."""
_BESIDE_JAPAN = re.compile(
    r"\b(?:ahead\s+of|than|after|behind|followed\s+by|trailed\s+by|trailing|surpassing|overtaking|outpacing|"
    r"above|below|like|unlike|as\s+did|as\s+does)\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?,?\s+(?:and\s+|or\s+)?){0,3}Japan\w*(?:\W?s)?",
    re.IGNORECASE,
)
"""Japan named only as what another is compared with, in a longer form: 'ahead of China and Japan'."""
"""The other countries without the places OTHERS adds (NATO, Europe, ...)."""
FRONTED_YARDSTICK = r"(?:As\s+an?|Among|Behind|After)\s+[^,;]{1,50}?\s+(?:it|they)"
"""A yardstick fronted before 'it' or 'they' with no comma between: 'As a market for U.S. goods it'."""
_POINTS_BACK = re.compile(rf"^(?:It|Its|They|Their|The\s+country|{FRONTED_YARDSTICK})\b")
"""A sentence whose subject is 'it' or 'they', first or after a fronted yardstick ('As a market for U.S. goods it')."""
_FRONTED_COMPARED = re.compile(r"^(?:Behind|After|Trailing|Like|Ahead\s+of)\b")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
_NAMED_LAST = re.compile(rf"(?:{OTHER_COUNTRIES}|\b(?:United Kingdom|France))(?:\W?s)?$")
"""A relative clause that follows another country's name is that country's: 'China, which holds the most'."""


@lru_cache(maxsize=512)
def names_another(text: str) -> bool:
    """Tell whether the text names a country (or place) other than Japan anywhere: asked once a sentence."""
    return OTHERS.search(text) is not None


def another_country(text: str, clause: tuple[int, int], at: int, end: int) -> bool:
    """Tell whether the clause is another country's: named before `at` since Japan last was, or with no Japan at all.

    The countries the value itself names ('only Canada and China buy more', 'second only to China') are ones
    Japan is ranked against, never its subject.
    """
    if not names_another(text):
        return False  # each test below asks for another country's name, and blanking the value adds none
    if not text[at:end].islower():
        text = text[:at] + " " * (end - at) + text[end:]
    whole = _COMPARED.sub(" ", text[clause[0] : clause[1]].replace("Japanese", " Japan "))
    if not _JAPAN.search(whole) and OTHERS.search(whole):
        return True  # 'twenty-eight thousand U.S. troops are stationed in South Korea': no Japan in the clause
    if _RELATIVE.match(text, clause[0]) and _NAMED_LAST.search(text[max(0, clause[0] - 40) : clause[0]]):
        return True  # 'trades with China, which is the biggest creditor': the clause is China's
    # 'About 28,500 U.S. troops are in South Korea, half as many as in Japan': named after the value, before Japan.
    after = _COMPARED.sub(" ", text[at : clause[1]])
    after = _ABOUT.sub(" ", after) if " on " in after else after
    japan = _JAPAN.search(after)
    if _PLACED.search(after[: japan.start()] if japan else after):
        return True
    # 'China's purchases from Japan reached': Japan named only as the partner of another's flow is not its subject.
    before = _JAPAN_PARTNER.sub(" ", _JAPAN_PASSED.sub(" ", text[clause[0] : at]))
    last = max((match.end() for match in _JAPAN.finditer(before)), default=0)
    # 'after China, the second-largest holder': a country Japan is compared with is not the subject.
    since = _COMPARED.sub(" ", before[last:].replace("Japanese", " "))
    return OTHERS.search(since) is not None


_ABOUT = re.compile(
    r"\b(?:aligned|agree[sd]?|cooperat\w*|coordinat\w*|focus\w*|differ\w*|clash\w*|views?|policy|stance)\s+"
    rf"(?:closely\s+)?on\s+(?:the\s+)?{OTHER_COUNTRIES}"
)
"""A stance on another country is no place of the value: 'treaty allies since 1952, remain closely aligned on China'."""
# Or one picked out of several the sentence names before it ('two extra budgets; the second, $300 billion').
_IT = re.compile(r"\b(?:it|its|the\s+(?:latter|second|third|more\s+recent|most\s+recent)(?![-\w]))\b")


def it_named_before(text: str, clause: tuple[int, int]) -> bool:
    """Tell whether 'it' in the clause is another country the sentence names before it, Japan not named at all:
    'The United States sold China $X, making it a top market, and bought $Y from it', 'South Korea passed two budgets;
    the second, ...'."""
    pronoun = _IT.search(text, clause[0], clause[1])
    if pronoun is None:
        return False
    before = _COMPARED.sub(" ", text[: pronoun.start()])
    return _JAPAN.search(before) is None and ANOTHER_COUNTRY.search(before) is not None


def foreign_it(
    text: str,
    before: str,
    *,
    others: re.Pattern[str] = OTHERS,
    compared: tuple[re.Pattern[str], ...] = (_JAPAN_COMPARED, _BESIDE_JAPAN),
) -> bool:
    """Tell whether 'it' in a sentence naming no Japan is another country, the one the sentence before names first.

    Japan named only as what 'it' is compared with (by one of the `compared` patterns: 'It is the top creditor,
    ahead of Japan') is not its subject.
    """
    if all(_JAPAN.search(pattern.sub(" ", text)) for pattern in compared):
        return False
    # 'China is the top partner. In 2016 it was the largest source...': 'it' is China. Countries the sentence before
    # ranks Japan against are not its subject, fronted or not ('Behind China and Canada, Japan was fourth. It ...').
    before = _COMPARED.sub(" ", _FRONTED_COMPARED.sub(lambda found: found.group(0).lower(), before))
    japan, other = _JAPAN.search(before), others.search(before)
    return other is not None and (japan is None or other.start() < japan.start())


_TRADED_WITH = re.compile(rf"\b(?:to|from|with)\s+(?:the\s+)?(?:{OTHERS.pattern})")


def follows_another(text: str, before: str) -> bool:
    """Tell whether a sentence naming no country at all follows one on trade with another country that never names
    Japan: its figure is that country's ('U.S. goods exports to Mexico fell in 2020. Services exports were $30.1
    billion'). A sentence that only names another country ('the economy slipped behind Germany's') sets no subject."""
    if _JAPAN.search(text) or OTHERS.search(text) or not ANOTHER_ALONE.search(before):
        return False
    return _TRADED_WITH.search(before) is not None


def carried_foreign(text: str, before: str) -> bool:
    """Tell whether a sentence opening on 'It' or 'They' speaks of another country: 'It hosts ..., fewer than Japan'."""
    return _POINTS_BACK.match(text) is not None and foreign_it(
        text, before, others=ANOTHER_COUNTRY, compared=(_BESIDE_JAPAN,)
    )


__all__ = [
    "ANOTHER_ALONE",
    "FRONTED_YARDSTICK",
    "ONLY_AHEAD",
    "OTHERS",
    "OTHERS_OWN",
    "PAIRED",
    "another_country",
    "carried_foreign",
    "follows_another",
    "foreign_it",
    "it_named_before",
]
