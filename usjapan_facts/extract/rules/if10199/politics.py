"""Rules of the politics section: the ruling coalition (its share of each chamber: `chambers`)."""

from __future__ import annotations

import datetime as dt
import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.japan import (
    KNOWN_PEOPLE,
    PARTIES,
    US_PRESIDENTS,
)
from usjapan_facts.extract.rules.base import (
    Context,
    Fields,
    I,
    Rule,
    has,
    registrar,
)
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import may_hold

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_ANY_PARTY = "|".join(PARTIES.values())
_HOLD = r"(?:control|controls|hold|holds|command|commands|govern|governs|lead|leads|have|has|retain|retains)"
_WON = r"(?:won|took|secured|retained|kept)"
# 'The LDP and its junior partner, Komeito, control ...': the partner may stand in apposition.
_PARTNER = r"(?:its\s+(?:\w+\s+){0,2}?(?:partner,?\s+)?)?"
_JOINT = re.compile(rf"(?:{_ANY_PARTY})\)?\s+and\s+(?:the\s+)?{_PARTNER}(?:{_ANY_PARTY})\b")
# 'Prime Minister Kishida's LDP and Komeito together control ...': the pair may bear its leader's name.
_OWNER = (
    r"(?:(?:In|With|After|Since|Following)\b[^,;]{1,60},\s+|Together,?\s+)?"
    r"(?:[Tt]he\s+(?:(?:ruling|governing)\s+)?|(?:Prime\s+Minister\s+)?[A-Z][a-z]+\W?s\s+)?"
)
"""A phrase may open the sentence ('In the October 2017 election, the LDP and Komeito won ...', 'Together the ...')."""
_PAIR = re.compile(
    rf"{_OWNER}(?:{_ANY_PARTY})\s+and\s+{_PARTNER}(?:{_ANY_PARTY}),?\s+(?:(?:together|jointly|now|still)\s+)?(?P<verb>\w+)\b"
)
_ITS_PARTNER = re.compile(r"\bits\s+(?:(?:coalition|junior|governing|smaller|longtime|long-standing)\s+)?partner\b")
_NOT_NOW = (
    r"\b(?:former|formerly|previous|erstwhile|one-?time|then[- ](?:ruling|governing)|ex-|ended|leave|quit|broke|"
    # 'Komeito left the coalition', never 'the vote, which left them 215 seats' (what a vote left the pair with)
    r"left(?!\s+them\s+(?:with|\d|short|just|only|without|holding|a\s|an\s|the\s+(?:largest|biggest)))|"
    r"split|in(?:to)?\s+(?:the\s+)?opposition|"
    r"opposition\s+(?:party|parties|bloc|camp|leader)|would|could|might|never|until|"
    r"dissolv\w*(?!\s+(?:the\s+)?(?:Lower\s+House|House\s+of\s+Representatives|Diet|lower\s+chamber))|"
    r"collaps\w*|reject\w*|join(?!t)\w*|walk(?:ed|s)?\s+out|"
    r"(?<!is )(?<!are )(?<!been )(?<!has )(?<!have )governed(?!\s+(?:together\s+)?since\b)|"
    r"from\s+\d{4}\s+(?:to|until)\s+\d{4}|(?:(?<=LDP\s)|(?<=Komeito\s)|(?<=Ishin\s))had\s+(?:lost|held|governed|ruled|controlled|commanded|run))\b"
)
"""Words that put a coalition in the past, in doubt or outside: none of it is the ruling coalition now."""
_NOT_NOW_WORDS = (
    "former", "previous", "erstwhile", "onetime", "one-time", "then", "ex-", "ended", "left", "leave", "quit", "broke",
    "split", "opposition", "would", "could", "might", "never", "until", "dissolv", "collaps", "reject", "join", "walk",
    "governed", "from", "had",
)  # fmt: skip
"""A word (lower case) that each match of `_NOT_NOW` holds: a text without any is spared the pattern."""


def _not_now(text: str) -> bool:
    """Tell whether `text` holds words that put a coalition in the past, in doubt or outside (`_NOT_NOW`)."""
    return may_hold(text, _NOT_NOW_WORDS) and has(_NOT_NOW, text)


_PARTY_WORDS = ("LDP", "Komeito", "Ishin", "CDP", "DPP", "Democratic Party", "Innovation Party")
"""Words one of which each way `PARTIES` names a party holds (keep it so): a text without any names no party."""
_EARLIER_SPELL = re.compile(r",?\s+and\s+(?:before|prior\s+to)\s+(?:that|then)\b.*$")
"""'..., and before that from 1999 to 2009': an earlier spell told after the coalition now, not a doubt on it."""
_ASIDE = re.compile(r",\s+(?:where|when|after|before|until|as)\s+(?:the\s+)?$")
"""A relative clause opening right before the two parties: the pair is named in another deed, not as the coalition."""


_PAIRED = re.compile(
    rf"(?:\b(?:LDP|Komeito|Ishin)\)?-(?:LDP|Komeito|Ishin)\s+(?:(?:minority|majority)\s+)?(?:coalition|government|bloc)\b"
    rf"|\bruling\s+(?:{_ANY_PARTY})(?:\s+\(LDP\))?,?\s+and\s+its\s+(?:junior\s+|coalition\s+)?partners?,?\s+"
    rf"(?:{_ANY_PARTY})\b|\b(?:LDP|Liberal\s+Democratic\s+Party(?:\s+\(LDP\))?),?\s+(?:which\s+|that\s+)?(?:now\s+|still\s+)?(?:governs|rules|partners|has\s+(?:governed|ruled|partnered))\s+"
    r"(?:together\s+|jointly\s+)?(?:in\s+(?:a\s+)?(?:partnership|coalition|tandem|alliance)\s+)?with\s+"
    r"(?:(?:its|a)\s+(?:(?:junior|coalition|governing|smaller|longtime|long-standing)\s+){0,2}partner,?\s+)?"
    rf"(?:the\s+)?(?:{_ANY_PARTY})\b"
    rf"|(?:{_ANY_PARTY})\)?\s+and\s+its\s+(?:(?:junior|coalition|governing|smaller|longtime|long-standing)\s+){{0,2}}partners?,?\s+"
    rf"(?:the\s+)?(?:{_ANY_PARTY})"
    rf"|^(?:Together\s+)?[Ww]ith\s+(?:the\s+)?(?:{_ANY_PARTY}),\s+its\s+(?:\w+\s+){{0,2}}?partner,\s+(?:the\s+)?"
    rf"(?:{_ANY_PARTY})(?:\s+\(LDP\))?\s+{_HOLD}\b"
    rf"|^(?:Together\s+)?[Ww]ith\s+its\s+(?:(?:new|junior|coalition|governing|smaller|longtime|long-standing)\s+){{0,2}}"
    rf"partner,?\s+(?:the\s+|Nippon\s+)?(?:{_ANY_PARTY})\b(?:\s+no\s+Kai)?(?:\s*\([^()]{{1,40}}\))?"
    r"(?:,\s+(?:which|that)\s+(?:backs|supports|holds|cooperates)\b[^;]*?)?,\s+(?:it|the\s+LDP|the\s+party)\s+(?:now\s+|still\s+|together\s+)?"
    rf"{_HOLD}\b"
    rf"|\b(?:LDP|Liberal\s+Democratic\s+Party),\s+(?:together\s+)?with\s+its\s+(?:(?:new|junior|coalition|governing|smaller)\s+){{0,2}}"
    rf"partner,?\s+(?:the\s+)?(?:{_ANY_PARTY}),\s+(?:now\s+|still\s+|together\s+)?{_HOLD}\b"
    rf"|^(?:The\s+)?(?:{_ANY_PARTY})\s+and\s+(?:{_ANY_PARTY})\s+(?:now\s+|together\s+)?(?:constitute|form|make\s+up|comprise)\s+"
    r"the\s+(?:ruling|governing)\s+(?:bloc|coalition|camp)\b)"
)
"""'The LDP-Komeito coalition', 'the ruling LDP and its partner Komeito', 'The LDP governs with Komeito', 'the LDP
and its smaller partner, Komeito', 'The LDP and Ishin now constitute the ruling bloc'."""


def _pair_part(text: str) -> str:
    """Of a sentence in parts between semicolons, the first naming two parties (one naming the coalition before
    others): the other parts tell other deeds ('...; Komeito, its partner for decades, left that month')."""
    if ";" not in text:
        return text  # one part: the parties need not be looked for
    parts = [part for part in text.split(";") if sum(re.search(way, part) is not None for way in PARTIES.values()) > 1]
    parts.sort(key=lambda part: re.search(r"\bcoalition\b", part) is None)  # the part naming the coalition first
    return parts[0] if parts and ";" in text else text


_FORMED = re.compile(
    r"\b(?:formed|forged|struck|entered\s+into|built|sealed|reached|signed|concluded)\s+a\s+(?:new\s+)?"
    r"(?:(?:governing|ruling)\s+(?:coalition\s+)?(?:accord|agreement|pact|deal|coalition|partnership|alliance)"
    r"|(?:coalition|partnership|alliance)(?:\s+(?:accord|agreement|pact|deal))?)"
    r"(?:\s+(?:on|in)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?"  # 'reached an accord on October 20 with'
    r"\s+with\s+(?:the\s+)?(?P<partner>Komeito|Ishin|Nippon\s+Ishin|Japan\s+Innovation)"
    # the two parties as the subject: 'The LDP and Ishin formed a coalition in October 2025'
    r"|\b(?:LDP|Liberal\s+Democratic\s+Party)\s+and\s+(?:the\s+)?(?P<joined>Komeito|Ishin|Nippon\s+Ishin|Japan\s+Innovation)"
    r"[^,;]{0,30}?\s+(?:formed|forged|struck|entered\s+into|built|sealed|signed|concluded)\s+a\s+(?:new\s+)?"
    r"(?:(?:governing|ruling)\s+)?(?:coalition|partnership|alliance)\b",
    I,
)
"""A prime minister or the LDP forming a coalition with one of the parties that have partnered it: 'Takaichi formed a
coalition with Nippon Ishin no Kai', 'The LDP reached a governing accord with Ishin' (never 'an agreement with Komeito
on the budget'). The clause before may tell another deed ('When Komeito ended its partnership
...,')."""
_FORMED_WORDS = ("formed", "forged", "struck", "entered", "built", "sealed", "reached", "signed", "concluded")
"""A word each match of _FORMED holds: a sentence without any is spared the pattern."""


_OTHER_DEED = re.compile(r"\b(?:after|when|once|following|as)\s+(?=[A-Z]|the\s+[A-Z]|its\s)[^,;]*")
"""A clause after the forming that tells the deed that led to it: 'formed a coalition with Ishin after Komeito left'
(its words alone are set aside: '..., but Ishin quit in 2026' still ends the coalition)."""


def _formed(text: str, updated: dt.date | None) -> Fields | None:
    """The LDP and the partner it formed a coalition with, from the words of the deed on; a deed of past years is not
    the coalition now."""
    formed = _FORMED.search(text) if may_hold(text, _FORMED_WORDS) else None
    if formed is None or _not_now(_OTHER_DEED.sub("", text[formed.start() :])):
        return None
    doer = text[max(0, text.rfind(",", 0, formed.start())) : formed.start()]
    if has(r"\b(?:CDP|DPP|DPJ|Constitutional\s+Democratic|Democratic\s+Party|opposition)\b", doer):
        return None  # 'the CDP formed an alliance with Ishin': another party's partner
    if updated is not None and any(int(year) < updated.year - 1 for year in p.YEAR.findall(text)):
        return None  # 'In 1999, the LDP formed a coalition with Komeito': not said to hold now
    partner = "Komeito" if (formed.group("partner") or formed.group("joined")).casefold() == "komeito" else "Ishin"
    return {"value": ["LDP", partner]}


_LDP_LEADERS = "|".join(name for name in KNOWN_PEOPLE if name not in US_PRESIDENTS)
_LDP_SIDE = rf"(?:LDP|Liberal\s+Democratic\s+Party|{_LDP_LEADERS}|(?:the\s+)?(?:prime\s+minister|government|cabinet))"
_SUPPORTED = re.compile(
    rf"\b{_LDP_SIDE}(?:\W?s)?(?:,?\s+(?:that|which))?\s+(?:(?:now|still|currently)\s+)?(?:governs|rules|relies|depends|leans|counts)\s+"
    r"(?:\w+\s+){0,2}?(?:with|on|upon)\s+(?:the\s+)?(?:(?:support|backing|votes)\s+of\s+(?:the\s+)?(?P<of>Komeito|Ishin|Japan\s+Innovation\s+Party)"
    r"|(?P<own>Komeito|Ishin)\W?s?\s+(?:support|backing|votes))"
    rf"|\b(?P<backs>Komeito|Ishin)(?:,\s+[^,;]{{1,60}},)?\s+(?:now\s+)?(?:supports|backs|props\s+up)\s+(?:the\s+)?{_LDP_SIDE}(?:\W?s)?"
    r"(?:\s+(?:minority\s+)?(?:government|cabinet))?\b",
)
"""The LDP (or its leader, the government) kept in office by a party outside a formal coalition: 'Takaichi governs with
the support of Ishin', 'with the backing of the Japan Innovation Party', 'The LDP relies on Ishin's votes', 'Ishin
supports the Takaichi government'."""


def _supported(text: str) -> Fields | None:
    """The LDP and the party it governs with the support of, when the clause says so now."""
    found = _SUPPORTED.search(text) if "Ishin" in text or "Komeito" in text or "Innovation" in text else None
    if found is None:
        return None
    start, _ = clause_of(clauses(text), found.start())
    if _not_now(text[start : found.end()]):
        return None  # 'The LDP formerly governed with ...', 'Komeito ended its support'
    partner = found.group("of") or found.group("own") or found.group("backs")
    return {"value": ["LDP", "Komeito" if partner == "Komeito" else "Ishin"]}  # 'the Japan Innovation Party' is Ishin


def _recent(text: str, updated: dt.date | None) -> bool:
    """Tell whether every year the text names is the cover's or the one before (no cover: never)."""
    return updated is not None and all(int(year) >= updated.year - 1 for year in p.YEAR.findall(text))


@rule("politics.ruling_coalition", needs=("coalition", "partner", "komeito", "ishin", "innovation"))
def ruling_coalition(sentence: Sentence, context: Context) -> Fields | None:
    if (formed := _formed(sentence.text, context.updated)) is not None:
        return formed
    if (supported := _supported(sentence.text)) is not None:
        return supported
    text = _pair_part(sentence.text)
    if not any(word in text for word in _PARTY_WORDS):
        return None  # a pair is read only of the parties `text` names (or one and the sentence before's): none here
    if _not_now(_EARLIER_SPELL.sub("", text)):
        return None
    if has(r"\bmay\b", text, 0):  # "may form", not the month
        return None
    named_as_coalition = has(
        r"\b(?:coalition partner|ruling coalition|governing coalition)\b|"
        r"\b(?:is\s+governed\s+by|leads?|is\s+led\s+by|heads?|is\s+headed\s+by)\s+a\s+coalition\s+of\b|"
        r"\b(?:has|have)\s+been\s+(?:governed|ruled|run|led)\s+(?:\w+\s+){0,2}?by\s+a\s+(?:[\w-]+\s+){0,2}?coalition\s+of\b|"
        r"\b(?:governs?|has\s+governed|rules?|has\s+ruled)\s+in\s+(?:a\s+)?coalition\s+with\b|"
        r"\bpartner\s+in\s+(?:the\s+|a\s+)?(?:LDP|Liberal\s+Democratic\s+Party)-led\s+(?:coalition|government)\b|"
        r"\b(?:LDP|Liberal\s+Democratic\s+Party)\W?s\s+(?:(?:junior|coalition|governing|smaller|longtime|long-standing)\s+)?"
        r"partner\s+in\s+(?:government|power|the\s+coalition)\b|^(?:The\s+)?(?:ruling\s+|governing\s+)?coalition\s+of\b|"
        r"^\W*(?:(?:Governing|Ruling)\s+(?:parties|coalition|bloc)|(?:The\s+)?[Cc]oalition(?:\s+partners)?)\s*:|"
        r"^(?:The\s+)?(?:ruling|governing)\s+(?:bloc|coalition|camp)\s+(?:is|remains)\s+an?\s+(?:partnership|alliance)\s+"
        r"(?:of|between)\s+(?:the\s+)?(?:LDP|Liberal\s+Democratic\s+Party)\s+and\b|"
        r"^(?:The\s+)?(?:ruling|governing)\s+(?:bloc|coalition|camp)\s+(?:now\s+)?(?:consists\s+of|comprises|is\s+made\s+up\s+of)\s+"
        r"(?:the\s+)?(?:LDP|Liberal\s+Democratic\s+Party)\s+and\b",
        text,
    )
    # "The LDP and Komeito control over 60% of the Lower House, giving the coalition a majority": the two
    # parties as the sentence's subject, holding seats or power now.
    paired = _PAIRED.search(text)
    joint = _JOINT.search(text) or paired
    named_as_coalition = named_as_coalition or paired is not None
    # 'The LDP and Komeito hold ...', or took 313 of the 465 seats in last October's vote: a recent result.
    pair = _PAIR.match(text)
    holding = pair if pair and re.fullmatch(_HOLD, pair.group("verb")) else None
    if pair and re.fullmatch(_WON, pair.group("verb")) and _recent(text, context.updated):
        holding = pair
    if not (named_as_coalition or holding):
        return None
    if joint is not None and _ASIDE.search(text, 0, joint.start()):
        return None  # 'lacks a majority there, where the LDP and Komeito lost theirs': another deed's pair
    if joint is not None:
        text = joint.group(0)
    named = sorted(
        (match.start(), party) for party, pattern in PARTIES.items() if (match := re.search(pattern, text)) is not None
    )
    parties = [party for _, party in named]
    its_partner = _ITS_PARTNER.search(text)
    partner_first = re.match(r"(?:Together\s+)?With\s+(?:the\s+)?(?:Komeito|Ishin)\b", text, I)
    if len(parties) == 2 and (partner_first or (its_partner and named[0][0] > its_partner.start())):
        parties.reverse()  # 'With its coalition partner Komeito, the LDP holds ...': the partner comes second
    if len(parties) == 1 and its_partner:
        # 'Together with its coalition partner Komeito, it holds ...' after a sentence on the LDP alone.
        before = context.preceding.get(sentence.text, "")
        carried = {party for party, pattern in PARTIES.items() if re.search(pattern, before)} - set(parties)
        parties = [*carried, *parties] if len(carried) == 1 else parties
    parties.sort(key=lambda party: party != "LDP")  # 'Komeito is the LDP's junior partner': the LDP leads
    return {"value": parties} if len(parties) >= 2 else None
