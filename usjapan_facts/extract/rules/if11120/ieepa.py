"""IF11120's IEEPA rate on most of Japan's goods, also where the rate is tied to Japan by its authority alone.

A brief on Japan's tariffs calls Japan's rate by its law: 'an all-in IEEPA tariff of 15%', 'the 15% IEEPA rate',
'a 15% tariff ... levied under IEEPA', 'Japan's reciprocal rate was set at 15%', 'the IEEPA duty, levied at fifteen
percent'. Such a rate is Japan's unless its clause names another country, the world at large ('a baseline on all
partners'), certain goods ('on cars'), a cap ('up to'), or a rate only announced, threatened or undone, which
`tariffs.rates` rules out as it does for every rate.
"""

from __future__ import annotations

import re
from functools import cache

from usjapan_facts.extract.declared import Declaration, declarations
from usjapan_facts.extract.meaning import read
from usjapan_facts.extract.not_in_force import NOT_APPLIED, POSSIBLE
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, registrar
from usjapan_facts.extract.rules.if11120.nearby import clause_around
from usjapan_facts.extract.rules.if11120.tariffs import authority_after, rates, single_rate, us_tariff_most_imports
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_LAW = (
    r"(?:IEEPA|[\"\u201c]?reciprocal[\"\u201d]?|International\s+Emergency\s+Economic\s+Powers\s+Act(?:\s+\(IEEPA\))?)"
)
"""The law by its name or by what the brief calls its tariffs, often in quotes: 'the "reciprocal" tariff'."""
_NOUN = r"(?:tariff|rate|duty|levy)"
_LAW_BEFORE = re.compile(
    rf"\b{_LAW}\s+(?:{_LAW}\s+)?{_NOUN}(?:\s+rate)?(?:\s+(?:on|for)\s+(?:Japan\b|Japanese\s+\w+|(?:most\s+)?(?:goods|imports)\s+"
    r"from\s+Japan))?,?\s+(?:(?:now|currently|still)\s+)?"
    r"(?:(?:is|remains)\s+(?:(?:now|currently|still)\s+)?|(?:(?:was|is|were|has\s+been|had\s+been|stood|stands|sits|sat)\s+)?"
    r"(?:(?:levied|set|fixed|charged|imposed|collected|lowered|cut|reduced|held|capped|fell|dropped|rose)\s+)?"
    r"(?:of|at|to)\s+)$"
    # a table's row under its label ('IEEPA reciprocal tariff rate: 15%'); the rate Japan pays named by its law after
    rf"|\b{_LAW}\s+(?:{_LAW}\s+)?{_NOUN}(?:\s+rate)?(?:\s+on\s+Japan(?:ese\s+goods)?)?:\s*$"
    # the rate set off after its name ('The IEEPA tariff on Japanese goods, fifteen percent, ...'), or its law named
    # first ('Under IEEPA, Japan's rate was set at')
    rf"|\b{_LAW}\s+{_NOUN}(?:\s+(?:on|for)\s+(?:Japan\b|Japanese\s+\w+|(?:most\s+)?(?:goods|imports)\s+from\s+Japan))?,\s+$"
    rf"|\bUnder\s+(?:the\s+)?{_LAW},\s+(?:Japan\W?s|the)\s+{_NOUN}(?:\s+(?:on|for)\s+Japan\w*)?\s+(?:was|is|has\s+been)\s+"
    r"(?:set|fixed)\s+at\s+$"
    rf"|\b{_NOUN}\s+(?:that\s+)?(?:Japan|Japanese\s+(?:goods|imports|products))\s+"
    rf"(?:pays?|faces?|bears?|(?:is|are)\s+charged)\s+under\s+(?:the\s+)?{_LAW}\s+(?:is|stands\s+at)\s+(?:now\s+)?$"
    # its law in an aside between the rate and its verb: 'The main rate, levied under IEEPA, has been'
    rf"|\b{_NOUN},\s+(?:which\s+is\s+)?(?:levied|imposed|charged|set|applied)\s+under\s+(?:the\s+)?{_LAW},\s+"
    r"(?:now\s+)?(?:is|remains|has\s+been|stands\s+at)\s+(?:now\s+|still\s+)?(?:at\s+)?$",
    I,
)
"""'an IEEPA tariff of', 'Japan's IEEPA rate was set at', 'the IEEPA rate for Japan', 'the IEEPA duty on Japan, levied
at', 'the IEEPA reciprocal tariff rate for Japan is', 'the reciprocal tariff on Japanese goods now stands at', a row's
'IEEPA tariff rate:', 'the rate Japanese goods face under IEEPA is' before the rate."""
_LAW_AFTER = re.compile(
    rf"\s*(?:all-in\s+)?{_LAW}\s+{_NOUN}\b"
    # the rate first, its law's rate after the verb: 'Fifteen percent is the IEEPA tariff on most Japanese goods'
    rf"|\s+(?:is|remains)\s+(?:now\s+|still\s+)?(?:the|Japan\W?s)\s+(?:all-in\s+)?{_LAW}\s+{_NOUN}\b"
    r"(?!\s+(?:on|for)\s+(?!(?:most\s+)?(?:Japan|goods\s+from\s+Japan|imports\s+from\s+Japan)))"
    rf"|,\s+(?:Japan\W?s|the)\s+{_LAW}\s+{_NOUN}\b(?!\s+(?:on|for)\s+(?!Japan))"
    rf"|\s*{_NOUN}\s+(?:(?:levied|imposed|charged|collected)\s+)?under\s+(?:the\s+)?{_LAW}"
    rf"|\s*{_NOUN}\b[^;%]{{0,100}}?\b(?:levied|imposed|charged|collected|applied)\s+(?:by\s+[^;%]{{0,30}}?)?under\s+(?:the\s+)?{_LAW}",
    I,
)
"""'15% IEEPA tariff', 'At 15%, Japan's reciprocal rate', '10% duty under the International Emergency Economic
Powers Act', '15% tariff that the Administration had levied under IEEPA' after the rate."""
_NOT_JAPANS = re.compile(
    r"\b(?:all|other|every|many|several|most|nearly\s+all|some)\s+(?:other\s+)?(?:countries|partners|trading\s+partners|"
    r"economies|nations)\b|\bworldwide\b|\bacross\s+the\s+board\b|\bup\s+to\b|\bceiling\b|\bcap(?:ped)?\b"
    r"|\b(?:autos?|cars?|vehicles?|trucks?|steel|aluminum|copper|lumber|timber|rice|beef|semiconductors?|pharma\w*)\b",
    I,
)
"""A rate of the world at large, a cap, or certain goods: not the rate on most of Japan's goods."""


_UNSURE = re.compile(rf"(?:(?!\bthan\b)[^.;%])*?(?:{NOT_APPLIED.pattern}|{POSSIBLE.pattern}|\bannounc\w*)", I)
"""A rate set off before its name ('At 24%, Japan's reciprocal rate as announced ... would have been') whose words after
it say it was only announced, proposed or possible."""


_UNSURE_CLAUSE = re.compile(rf"(?:(?!\bthan\b)[^.;%,])*?(?:{NOT_APPLIED.pattern}|{POSSIBLE.pattern}|\bannounc\w*)", I)
"""The same words in the rest of the rate's own clause, no comma between: 'a 24% "reciprocal" tariff was announced
for Japan'."""
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:already|earlier|first|once|initially)\s+)?[a-z]+(?:ed|en|t)\b[^,;.%]{0,40}$")
"""A past perfect whose object is the rate, in its clause: 'had assigned Japan a', 'had set a'."""
_REPLACED = re.compile(
    r"\b(?:gave|give|gives|giving)\s+way\b|\b(?:was|were|has\s+been|have\s+been)\s+(?:replaced|superseded|cut|lowered|reduced)\b"
    r"|\b(?:first|initially|originally)\s+(?:set|imposed|announced|levied|applied)\b"
    r"|\bbefore\s+the\b[^;%]{0,40}?\b(?:deal|framework|agreement|ruling|decision)\b",
    I,
)
"""Words after a rate that tell it replaced or before a later deal ('first set in April, gave way to 15%', 'under the
April 2 order before the July deal'): a past rate, none now."""


def _named(text: str, match: re.Match[str]) -> bool:
    """Whether the rate at `match` is called by its law in words right beside it, and its clause is Japan's alone."""
    before = text[max(0, match.start() - 90) : match.start()]
    after = _LAW_AFTER.match(text, match.end())
    if not (_LAW_BEFORE.search(before) or after):
        return False
    if after and after.group(0).startswith(",") and _UNSURE.match(text, after.end(), after.end() + 80):
        return False  # 'At 24%, Japan's reciprocal rate as announced ... would have been': the rate's verb is after it
    if after and _UNSURE_CLAUSE.match(text, after.end(), after.end() + 80):
        return False  # 'a 24% reciprocal tariff was announced for Japan (it was never collected)': its clause's verb
    if _HAD_BEFORE.search(before):
        return False  # 'after the President had assigned Japan a 24% reciprocal rate': a past perfect's object
    rest = re.split(r"\d\s*%", text[match.end() : match.end() + 120], maxsplit=1)[0]  # up to the next rate's words
    if _REPLACED.search(rest):
        return False  # 'Japan's "reciprocal" tariff of 24%, first set in April, gave way to 15%': a rate since replaced
    return not _NOT_JAPANS.search(clause_around(text, match.start(), match.end()))


@cache
def _most_imports() -> Declaration:
    """The declaration of the rate on most of Japan's goods, read once."""
    return declarations("IF11120")["tariffs.us_tariff_most_imports"]


_OWN = ("tariff", "duty", "duties", "ieepa", " rate", "reciprocal")
"""The words of a sentence that names the rate itself; any rate ('Fifteen percent is now the levy ...') may be
named by the sentence after."""


@rule("tariffs.ieepa_rate", needs=(*_OWN, "percent", "%"))
def ieepa_rate(sentence: Sentence, context: Context) -> Fields | None:
    found = None
    if any(word in sentence.folded for word in _OWN):
        found = single_rate([f for authority, f in rates(sentence, context, _named) if authority == "ieepa"])
    if found is None and authority_after(sentence.text, context) == "ieepa":
        # 'At 15%, the tariff charged on most goods from Japan ... . It is imposed under IEEPA': the rate on most of
        # Japan's goods, however the sentence words it, is the one the next sentence names by its law.
        return us_tariff_most_imports(sentence, context) or read(_most_imports(), sentence, context)
    return found
