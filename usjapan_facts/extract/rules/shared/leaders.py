"""Who leads Japan and the United States, by any title, never another country's or a former leader."""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import KNOWN_PEOPLE, OTHER_COUNTRIES, US_PRESIDENTS, known_person
from usjapan_facts.extract.rules.base import CURRENT, PAST, PLAIN, Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import when
from usjapan_facts.extract.rules.shared import tenure
from usjapan_facts.extract.rules.shared.diet_choice import chosen, elected_pronoun, took_office_pronoun
from usjapan_facts.extract.rules.shared.leader_roles import holders, presidents
from usjapan_facts.extract.rules.shared.office_roles import office_holders
from usjapan_facts.extract.rules.shared.presidential_terms import (
    before_inauguration,
    past_term,
    this_term,
    with_then_other,
)
from usjapan_facts.extract.rules.shared.successions import succeeded
from usjapan_facts.extract.rules.shared.taking_office import (
    ABROAD,
    NAME,
    NOT_NAMES,
    NOT_SITTING,
    PM_TITLE,
    ROLE_WORDS,
    became,
    longest_serving,
    person,
    sworn_in,
)
from usjapan_facts.extract.rules.shared.tenure import UNMARKED
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_ADMINISTRATION = re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+(?:Administration|administration|presidency|White\s+House)\b")
_SECOND = re.compile(r"\b(?:deputy|vice|acting|assistant|interim|senior\s+vice)[- ]?\s*$", I)
"""A title with a lesser office's word before it ('Deputy Prime Minister Aso', 'Vice President Pence') is not the
leader's: the word may stand at a line's end and carry its own hyphen ('Vice-President')."""
_UNDER = re.compile(r"\bunder\s+(?:the\s+)?(?:then[- ])?$", I)
_BY_AGENT = re.compile(
    r"\b(?:imposed|set|ordered|signed|issued|levied|raised|introduced|proclaimed|negotiated|declared|authorized|"
    r"directed|initiated|launched|enacted|adopted|approved|struck|concluded|reached|expanded|extended|announced|"
    r"imposed\s+in\s+\d{4})\s+by\s+(?:then[- ])?(?:U\.S\.\s+)?$",
    I,
)
"""A president named as the author of a past act ('the tariff imposed by President Trump') is not thereby sitting."""
_PAST_YEAR = re.compile(r",?\s+(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-\u2013])")
"""A year right after a president's name dates a past act: 'President Trump in 2018 imposed a tariff'."""
_ROMANIZED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A given name of two syllables joined by a hyphen, the second in lower case ('Jae-myung', 'Ching-te'): an East Asian
name, family name first, which no U.S. president has."""
_PAST_DEED = re.compile(
    r"\b(?:negotiated|signed|concluded|reached|struck|agreed|launched|begun|began|started|initiated|imposed|"
    r"announced|completed|finalized|adopted|enacted|established|created|held|made|took\s+effect|entered\s+into\s+force|"
    r"was|were|had)\b",
    I,
)
_LEFT_OFFICE = re.compile(
    r"[^;.]{0,60}?\b(?:resigned|stepped\s+down|left\s+office|was\s+(?:ousted|succeeded|replaced|assassinated|killed)|"
    r"died|lost\s+(?:office|power|the\s+premiership))\b",
    I,
)
"""Words after a leader's name that say the leader is gone: 'Prime Minister Ishiba Shigeru resigned in September'."""
_FOREIGN_WORD = re.compile(r"(?:[A-Z][a-z]+(?:an|ese|ish|i|ch)|[A-Z][\w.]*'s|ROK|PRC|UK|U\.K\.|EU|Thai|Dutch|Greek)$")
_PARTY_HEAD = re.compile(r"\b(?:party|LDP|Komeito|CDP|DPFP|Liberal\s+Democratic\s+Party)(?:\W?s)?,?\s*$", I)
"""A party's president ('the ruling party's president, Suga'): no country's."""
_OWN_WORDS = frozenset(
    {"Japanese", "Japan's", "Japan", "Tokyo", "Tokyo's", "U.S.", "US", "American", "United States", "Washington"}
)
_PRESIDENT_TITLE = r"(?:President|president)"
_OFFICES = frozenset((
    "Secretary", "Ambassador", "Representative", "Senator", "Governor", "Speaker", "Chancellor", "Chairman", "Chair",
    "Commissioner", "Director", "Deputy", "Vice", "Chief", "Envoy", "Mayor", "General", "Admiral", "Trade",
))  # fmt: skip
"""An office's title after the title and a comma begins another person's: 'met the President, Secretary Bessent'."""
_SUFFIXES = frozenset(("Jr", "Sr"))
"""A generation's mark after a family name is part of no stored name: 'President Joseph R. Biden Jr.'."""
# Capitalised words that may stand before a title without naming a country: sentence openers.
_FUNCTION_WORDS = frozenset((
    "The", "A", "An", "And", "But", "When", "As", "Since", "After", "Before", "Under", "While", "In", "On", "At",
    "By", "For", "With", "Both", "Then", "If", "That", "This", "Current", "Incoming", "Newly",
    "Instead", "However", "Meanwhile", "Also", "Separately", "Today", "Now", "Later", "Yet", "Still", "Recently",
))  # fmt: skip


def _foreign_or_past(text: str, start: int, *, strict: bool) -> bool:
    """Tell whether the title at `start` is a past holder's or another country's (or, if strict, anyone else's)."""
    before = text[max(0, start - 40) : start]
    if NOT_SITTING.search(before) or _SECOND.search(before):
        return True
    if _BY_AGENT.search(before) or _PARTY_HEAD.search(before):
        return True
    if _UNDER.search(before):
        # 'negotiated under President Trump' dates a past deed; 'South Korea under President Lee' is Seoul's.
        clause = re.split(r"[;:\u2014(]|,\s+(?:and|but|while)\b", text[max(0, start - 120) : start])[-1]
        if _PAST_DEED.search(clause) or has(OTHER_COUNTRIES, clause, 0):
            return True
    words = before.split()
    if not words:
        return False
    last = words[-1].rstrip(",")
    if last in _OWN_WORDS or (len(words) >= 2 and " ".join(words[-2:]).rstrip(",") == "United States"):
        return False
    if words[-1].endswith(",") and last in KNOWN_PEOPLE:
        return False  # 'Kishida, President Joe Biden, and ...': a leader in a list, not a country's adjective
    if last in _FUNCTION_WORDS or last in p.MONTHS or not last[:1].isupper():
        return False  # 'In early April, President Trump's Administration ...': a month is no country
    return strict or bool(_FOREIGN_WORD.search(last)) or has(r"\b(?:South|North)\s+\w+$", before, 0)


@lru_cache(maxsize=32)
def _named_after(title: str) -> re.Pattern[str]:
    """A name right after `title`: compiled once a title."""
    return re.compile(rf"\b{title},?\s+(?P<name>{NAME}(?:\s+[A-Z]\.)?(?:\s+{NAME}){{0,2}})(?![\w-])")


def _titled(text: str, title: str, *, strict: bool) -> list[tuple[list[str], re.Match[str]]]:
    """The names right after a title held now by Japan's or the U.S.'s leader: 'Prime Minister Kishida Fumio'."""
    found = []
    # A middle initial ('Donald J. Trump') is skipped: it is part of no stored name.
    for match in _named_after(title).finditer(text):
        if _foreign_or_past(text, match.start(), strict=strict):
            continue
        if re.match(r"\s+of\b", text[match.end() : match.end() + 4]) or _LEFT_OFFICE.match(text, match.end()):
            continue  # 'Prime Minister of Australia', 'Prime Minister Ishiba resigned in September'
        if NOT_NAMES.intersection(match.group("name").split()) or match.group("name").split()[0] in _OFFICES:
            continue
        words = [word for word in match.group("name").split() if not re.fullmatch(r"[A-Z]\.", word)]
        found.append(([word for word in words if word not in _SUFFIXES], match))  # 'Joseph R. Biden Jr.'

    return found


def _in_tenure(text: str, match: re.Match[str], context: Context, *, named_by_title: bool) -> Fields | None:
    """The hints of how current a leader's mention is, from its clause and the words around the name; None for a
    leader the words say is not (or not yet) in office: 'The Trump Administration, which left office in 2021'.

    Taking office ('was inaugurated on January 20, 2021') dates the sitting leader, never a past one. A leader named
    for a deed of last year, or an Administration the sentence looks back on ('The Trump Administration had pressed
    Tokyo', 'during the Biden Administration'), is marked as past: any other reading wins over it. A leader named only
    for a deed of two or more years before ('President Obama visited Hiroshima in May 2016') says nothing of who sits
    now: stale, so it gives way and alone leaves the fact unknown.
    """
    mark = tenure.mark(text, match.start(), match.end())
    if mark is None:
        return None
    if tenure.decade_before(text, match.start(), match.end(), context.updated):
        return {"_stale": True}  # 'In the 1980s, Prime Minister Nakasone ...': a leader of decades past
    hints = when(text, match.start(), match.end(), context.updated)
    owned = _OWNED_IN.match(text, match.end())
    fronted = _FRONTED.match(text, 0, match.start()) or _FRONTED_DATE.match(text, 0, match.start())
    dated = owned or _IN_YEAR.search(text[match.end() : match.end() + 60]) or fronted
    year = dated.group("year") if dated else str(hints.get("_date", ""))[:4]
    # Years before the cover date: one (the leader may still sit: past), or more (long gone: stale).
    ago = context.updated.year - int(year) if year.isdigit() and context.updated is not None else 0
    if (owned or (fronted and mark != CURRENT)) and ago > 1:
        # 'Prime Minister Abe's 2015 security laws', 'In May 2019, President Trump found': a deed of his, long ago
        return {**hints, "_stale": True}
    if tenure.LEAVING.match(text, match.end()):
        # 'Prime Minister Ishiba announced his resignation': in office until a successor takes over.
        return {**hints, "_when": PAST, **({"_stale": True} if ago > 0 else {})}
    if mark in (CURRENT, PLAIN):
        return {**hints, "_when": mark}
    if mark == UNMARKED and _UNDER_NAMED.search(text, 0, match.start()):
        # 'Under the Trump Administration, Washington withdrew ...' looks back; '... it has imposed' does not.
        clause = text[match.end() : next((i for i in (text.find(";", match.end()),) if i >= 0), len(text))]
        mark = PAST if tenure.PAST_WORD.search(clause) and not tenure.PRESENT.search(clause) else mark
        years = [int(found.group("year")) for found in p.YEAR.finditer(clause)] if mark == PAST else []
        ago = max(ago, context.updated.year - max(years)) if years and context.updated else ago  # deeds of 2022
    if mark == PAST and ago > 1:
        return {**hints, "_when": PAST, "_stale": True}
    if mark == PAST and (ago or not named_by_title or tenure.narrated(text, match.start(), match.end())):
        hints["_when"] = PAST
    return hints


_IN_YEAR = re.compile(
    r"^[^;.]*?\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?:{p.MONTH}\s+(?:\d{{1,2}},\s*)?)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-\u2013])"
)
"""The year of the deed right after a leader's name, bare or a month's: 'Abe agreed in September 2018'."""
_FRONTED = re.compile(r"(?:In|During|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d\d),?\s+[^;]*$")
"""A year opening the sentence dates the deed of a leader its clause names: 'In 2019, President Trump visited'."""
_FRONTED_DATE = re.compile(
    rf"(?:In|On|During)\s+[^,;]{{1,60}}?\s(?:{p.MONTH}\s+(?:\d{{1,2}},\s*)?)?(?P<year>(?:19|20)\d\d),\s+[^;]*$"
)
"""Or a phrase opening it that ends on its date: 'In a proclamation issued May 17, 2019, President Trump found'."""
_OWNED_IN = re.compile(r"\W?s\s+(?P<year>(?:19|20)\d\d)\b")
_UNDER_NAMED = re.compile(r"\b[Uu]nder\s+(?:the\s+)?$")


def _unique(values: list[Fields]) -> Fields | None:
    distinct = {repr(value["value"]) for value in values}
    if len(distinct) != 1:
        return None
    return max(values, key=lambda value: value.get("_when", 1))


@rule(
    "leaders.japan_prime_minister",
    needs=(
        "prime minister",
        "pm ",
        "pm,",
        "premier",
        "elected",
        "chose",
        "picked",
        "selected",
        "succeeded",
        "the post",
        "the office",
        "the job",
        *ROLE_WORDS,
    ),
)
def japan_prime_minister(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    values = []
    for words, match in _titled(text, PM_TITLE, strict=False):
        if len(words) == 1:
            family, given = KNOWN_PEOPLE.get(words[0], (words[0], None))
        elif len(words) == 2:
            known = known_person(words)
            order = known or p.name_order(" ".join(words), context.text)
            if order is None:
                continue
            family, given = order
        else:
            continue  # three words: a name we cannot split, or another country's leader
        hints = _in_tenure(text, match, context, named_by_title=True)
        if hints is not None and not with_then_other(text, match.start(), match.end()):
            values.append({**person(family, given, " ".join(words)), **hints})
    if not values:
        values = became(text, context) or longest_serving(text, context) or elected_pronoun(text, context)
        values = values or chosen(text, context) or took_office_pronoun(text, context)
        values = values or office_holders(text, context)  # by the clause's roles, whatever the predicate's words
    for family, given, match in [] if values else holders(text, context.text):
        hints = _in_tenure(text, match, context, named_by_title=False)  # 'Kishida, who has been prime minister'
        values += [{**person(family, given, match.group("name")), **hints}] if hints is not None else []
    # A prime minister the text says was succeeded ('Takaichi, who succeeded Ishiba on October 21') is a former one
    # where a sentence names him with no word of now.
    return _unique(
        [
            {**value, "_when": PAST}
            if value.get("_when") != CURRENT and succeeded(value["value"]["family"], context.text)
            else value
            for value in values
        ]
    )


@rule("leaders.us_president", needs=("president", "administration", "white house"))
def us_president(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    values = []
    for words, match in _titled(text, _PRESIDENT_TITLE, strict=True):
        if words[-1] not in US_PRESIDENTS and words[0] not in US_PRESIDENTS and has(ABROAD, text, 0):
            continue  # 'Trump's visit to Beijing, where he met President Xi Jinping': a name of no known president
        if len(words) == 2 and _ROMANIZED_GIVEN.fullmatch(words[1]):
            continue  # 'President Lee Jae-myung': family name first, a romanized given name; another country's
        if len(words) == 1:
            family, given = KNOWN_PEOPLE.get(words[0], (words[0], None))
        elif len(words) == 2:
            given, family = words
        else:
            continue
        year = _PAST_YEAR.match(text, match.end())
        if year and context.updated and int(year.group("year")) < context.updated.year:
            continue  # 'President Trump in 2018 imposed ...': a past act's author, not the sitting president
        if before_inauguration(text, match, context.updated):
            continue  # 'he visited Pearl Harbor with President Obama on December 27', in a brief of February 2017
        hints = _in_tenure(text, match, context, named_by_title=True)
        if hints is not None and with_then_other(text, match.start(), match.end()):
            hints = hints if this_term(hints.get("_date"), context.updated) else None  # a deed of a past term
        if hints is not None and past_term(family, hints, text, context.updated):
            continue  # 'Prime Minister Abe had met President Trump', told as past in a brief of 2021: his old title
        if hints is not None:
            values.append({**person(family, given, " ".join(words)), **hints})
    values = values or sworn_in(text, context)
    for family, given, match in [] if values else presidents(text, context.updated):
        hints = _in_tenure(text, match, context, named_by_title=False)  # 'Trump, who became president in January'
        values += [{**person(family, given, match.group("name")), **hints}] if hints is not None else []
    if not values:
        # "The Biden Administration ..." names the president too, but less surely than a title does.
        for match in _ADMINISTRATION.finditer(text):
            name = match.group("name")
            if name not in US_PRESIDENTS or _foreign_or_past(text, match.start(), strict=False):
                continue  # 'the previous Trump Administration', 'negotiated under the Obama Administration'
            hints = _in_tenure(text, match, context, named_by_title=False)
            if hints is not None and not past_term(name, hints, text, context.updated):
                family, given = KNOWN_PEOPLE.get(name, (name, None))
                values.append({**person(family, given, name), **hints, "_weak": True})
    return _unique(values)
