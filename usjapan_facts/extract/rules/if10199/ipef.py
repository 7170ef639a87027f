"""The rule of IPEF's members besides Japan, of the diplomacy section, read by who is counted: 'N other countries'
counts the members named with it in its statement besides, whoever they are ('launched by Japan, the United States,
and a dozen other partners' is 13 beside Japan; 'the United States and twelve other economies joined Japan' is 13;
'Japan joined 12 other countries' is 12), a place ('launched in Tokyo') or an adjective ('the U.S.-led framework')
naming no member."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import period_of
from usjapan_facts.extract.text import Sentence

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_MEMBER = re.compile(
    r"\b(?P<japan>Japan|Tokyo)\b|\b(?:United\s+States|U\.S\.(?!-led)|Washington|America|Biden|Trump)\b"
)


_OTHERS = re.compile(
    rf"\b(?P<number>{p.NUMBER})\s+other\s+(?:(?:[A-Z][\w-]*|regional|founding|original)\s+)?"
    r"(?:countries|nations|partners|economies|members|participants|governments)\b"
    rf"|\b(?P<number3>{p.NUMBER})\s+others\b",
    I,
)
"""The count of the members besides those named with it: '12 other countries', 'a dozen other Indo-Pacific
partners', 'thirteen other members', 'a dozen others'."""
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2}"
_LISTED = re.compile(rf"(?:{_NAME},\s+)*{_NAME},?\s+(?:and|plus)\s+$")
"""The names listed with the count, right before it: 'Japan, the United States, and ', 'the United States and '."""
_PLACE = re.compile(r"\b(?i:in|at|from|to)\s+(?:Tokyo|Washington)\b|\b(?:U\.S\.|American|Japanese)-\w+")
"""A member's name that names none: the place of a launch ('in Tokyo'), an adjective ('U.S.-led')."""
_AMONG_OTHERS = re.compile(
    r"^\W*(?:\w+\s+)?(?:including\s+(?:both\s+)?Japan\b|Japan\b[^;,()]{0,40}?\b(?:among\s+them|included|one\s+of\s+them))"
)
"""Japan named as one of the others right after the count: 'thirteen other economies, Japan among them'."""
_US_AMONG = re.compile(
    r"^\W*(?:including\s+)?(?:the\s+United\s+States\b|the\s+U\.S\.|America\b)[^;,()]{0,40}?\b(?:among\s+them|"
    r"included|one\s+of\s+them)\b|^\W*including\s+(?:the\s+United\s+States\b|the\s+U\.S\.|America\b)"
)
"""The United States named as one of the others right after the count: '13 other economies, the United States among
them', '..., including the United States'."""
_RELATIVE = re.compile(r",\s+(?:which|that|whose)\s+")
"""A relative clause's start: the members named before it are its antecedent's clause's, not listed with the count."""
_JOINED_JAPAN = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:joined|accompanied|stood\s+with|signed\s+on\s+with)\s+Japan\b")
"""Japan as whom the others joined, after the count: 'the United States and twelve other economies joined Japan'."""
_FRONTED_WITH = re.compile(r"^\W*(?:Along\s+with|Alongside|Together\s+with|With|Like|Beside|Besides)\b", I)
_SUBJECT_AFTER = re.compile(r"^[^;,]*,\s+Japan\s+(?!among\b)")
"""Japan as the subject after a fronted 'Along with the United States and 12 other economies, Japan joined': outside
the others."""


def _member(name: str) -> str:
    """The member a name stands for: Japan, the United States (its capital or president), or the name itself."""
    name = name.strip().removeprefix("the ")
    if _MEMBER.fullmatch(name):
        return "japan" if name in ("Japan", "Tokyo") else "us"
    return name.casefold()


def _besides(before: str, after: str) -> int | None:
    """How many members a count of others is besides, Japan left out: those listed with it ('Japan, the United States,
    and'), Japan and the United States named before it in its clause ('Japan launched IPEF with ...'), and Japan named
    after it as whom the others joined ('... joined Japan'). Japan named nowhere is among the others. None when Japan
    is named otherwise after the count beside another member ('the United States and thirteen other economies, Japan
    among them', '... opened with eleven other countries, includes Japan'): whose others they are is unsure."""
    before, after = _PLACE.sub(" ", before), _PLACE.sub(" ", after)
    own = _RELATIVE.split(before)[-1]  # 'Biden launched IPEF, which brings together Japan and 13 other economies'
    before = own if re.search(r"\bJapan\b", own) else before  # not 'Japan, which joined the United States and 12 ...'
    listed = _LISTED.search(before)
    names = re.split(r",\s+(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+", listed.group(0)) if listed else []
    named = {_member(name) for name in names if name.strip(", ")}
    named |= {"japan" if found.group("japan") else "us" for found in _MEMBER.finditer(before)}
    if _US_AMONG.match(after):
        named -= {"us"}  # '13 other economies, the United States among them': one of the others
    if _AMONG_OTHERS.match(after) and named - {"japan"}:
        return None  # 'the United States and thirteen other economies, Japan among them': Japan one of the others
    outside = _JOINED_JAPAN.match(after) or (_FRONTED_WITH.match(before) and _SUBJECT_AFTER.match(after))
    if "japan" in named or outside:
        return len(named | {"japan"}) - 1
    if named - {"japan"} and re.search(r"\bJapan\b", after):
        return None  # 'the United States and thirteen other economies, Japan among them', '..., includes Japan'
    return max(len(named) - 1, 0)


_BESIDES_JAPAN = re.compile(
    rf"\b(?P<number>{p.NUMBER})\s+(?:[A-Z][\w-]*\s+)?(?:countries|nations|partners|economies|members)\s+"
    r"(?:other\s+than|besides|apart\s+from|aside\s+from|in\s+addition\s+to|beyond)\s+Japan\b"
    r"(?P<us>\s+and\s+the\s+United\s+States)?"
    rf"|\b(?:Apart\s+from|Aside\s+from|Besides|Other\s+than)\s+Japan(?P<us2>\s+and\s+the\s+United\s+States)?,\s+"
    rf"(?P<number2>{p.NUMBER})\s+(?:other\s+)?(?:countries|nations|partners|economies)\b",
    I,
)
"""IPEF's members counted without Japan: 'thirteen countries other than Japan', 'Besides Japan, 13 countries'."""


def _besides_japan(text: str) -> Fields | None:
    """The count of IPEF's members besides Japan said with Japan left out; one more when the United States is left out
    with it ('12 countries besides Japan and the United States')."""
    found = _BESIDES_JAPAN.search(text)
    number = p.number_of(found.group("number") or found.group("number2")) if found else None
    if found is None or number is None:
        return None
    number += 1 if found.group("us") or found.group("us2") else 0
    period = period_of(text)
    return {"value": p.plain(number), "qualifier": "exact", **({"period": period} if period else {})}


_MEMBERS = r"(?:countries|nations|economies|members|partners|participants|governments|states|signatories)"
_SORT = r"(?:(?:founding|original|charter|participating|member|IPEF)\s+){0,2}"


_IPEF = r"\bIPEF\b|Indo-Pacific Economic Framework"
_JOINED = re.compile(
    rf"^(?:Alongside|Besides|Beside|With|Along\s+with|Together\s+with|Joining)\s+Japan,\s+(?:{p.NUMBER})\s+other\s+"
    r"(?:countries|nations|partners|economies|governments)\b[^;]{0,160}?\b(?:signed\s+(?:on|up)|joined|enrolled|"
    r"took\s+part|launched|founded)\b"
)
"""Who joined the framework the sentence before names: 'Alongside Japan, thirteen other economies had signed on'."""
_ITS_FOUNDERS = re.compile(
    r"^Japan\s+(?:was|is|became|has\s+been)\s+(?:also\s+)?(?:one\s+of|among)\s+its\s+\S+\s+"
    r"(?:founding|original|charter)\s+"
)
"""Japan counted among the founders of the framework the sentence before names: 'Japan was one of its fourteen
original partners'."""
_NARROWED = re.compile(
    r"\s+(?:(?:from|outside|within|across|based)\b|to\s+(?!(?:join|launch|sign|found|form|creat|start)\w*\b)|of\s+(?!IPEF\b|the\s+(?:IPEF|framework|Indo-Pacific))"
    r"|in\s+(?!IPEF\b|the\s+(?:IPEF|framework|Indo-Pacific\s+Economic)))",
    re.I,
)
"""A tail narrowing Japan's count to a subset: 'one of 7 original participants from Asia', '... to ratify its pact'."""


def _narrowed(text: str, among: re.Match[str], before: str) -> bool:
    """Whether Japan's 'one of N' counts another group or a subset: N narrowed by a tail, another group named in the
    sentence ('after leading the CPTPP, one of 11 original signatories'), or, for 'its', in the sentence before."""
    if _NARROWED.match(text, among.end()):
        return True
    if among.group("number4") and has(_OTHER_GROUPS, text, 0):
        return True
    its = among.group("number") is not None and re.search(r"\bits\s+$", text[: among.start("number")], re.I)
    return bool(its) and has(_OTHER_GROUPS, before, 0)  # 'IPEF grew out of talks among the Quad. ... its four'


_OTHER_GROUPS = r"\b(?:CPTPP|TPP|RCEP|Quad|G-?7|G-?20|APEC|ASEAN|NATO|AUKUS|Trans-Pacific|Comprehensive)\b"


@rule(
    "diplomacy.ipef_other_partners",
    needs=(
        "ipef",
        "indo-pacific economic",
        "other countr",
        "other nation",
        "other partner",
        "other econom",
        "other gov",
        "original",
        "founding",
        "charter",
    ),
)
def ipef_other_partners(sentence: Sentence, context: Context) -> Fields | None:
    text = sentence.text
    before = context.preceding.get(text, "")
    carried = has(_IPEF, before) and not has(_OTHER_GROUPS, text, 0)
    if not has(_IPEF, text) and not (carried and (_JOINED.match(text) or _ITS_FOUNDERS.match(text))):
        return None
    match = _OTHERS.search(text)
    # 'Japan was one of fourteen countries that launched IPEF', 'among the 14 founding partners': one fewer.
    # 'Japan joined IPEF at its May 2022 launch, one of 14 original participants': Japan the subject, the count in
    # apposition; 'Japan was one of its fourteen original partners' after a sentence naming IPEF: its, IPEF's.
    among = re.search(
        rf"\bJapan\s+(?:was|is|became|has\s+been)\s+(?:also\s+|itself\s+|likewise\s+)?(?:one\s+of|among)\s+"
        rf"(?:the\s+|its\s+|IPEF\W?s\s+)?(?P<number>{p.NUMBER})\s+{_SORT}{_MEMBERS}\b"
        rf"|^(?:\w+\s+){{0,2}}?Japan\s+(?!\w+\W?s\b)[^;]*?,\s+(?:itself\s+)?(?:one\s+of|among)\s+(?:the\s+)?"
        rf"(?P<number4>{p.NUMBER})\s+{_SORT}{_MEMBERS}\b",
        text,
        I,
    )
    if among is not None and _narrowed(text, among, before):
        return None
    # 'IPEF, whose fourteen founding members include Japan': Japan among them, one fewer; 'apart from Japan, its
    # founders numbered 13': Japan already left out.
    among = among or re.search(
        rf"\b(?:whose|its|the|IPEF\W?s)\s+(?P<number>{p.NUMBER})\s+{_SORT}"
        rf"(?:{_MEMBERS}|founders)\s+(?:include|included|are|were)\s+(?:both\s+)?Japan\b"
        # '14 founding members, Japan and the United States among them', '14 members (Japan included)'
        rf"|\b(?P<number2>{p.NUMBER})\s+(?:founding\s+|original\s+|charter\s+)?{_MEMBERS}\s*[,(]\s*(?:including\s+"
        r"(?:both\s+)?Japan\b|Japan\b[^;,()]{0,40}?\b(?:among\s+them|included|one\s+of\s+them)\b)",
        text,
        I,
    )
    besides = re.search(
        rf"\b(?:apart\s+from|besides|other\s+than|excluding|not\s+counting)\s+Japan,\s+(?:its|the|IPEF\W?s)\s+"
        rf"(?:founders|founding\s+members|members|participants|partners)\s+(?:numbered|number|totaled|totalled|were)\s+"
        rf"(?P<number>{p.NUMBER})\b",
        text,
        I,
    )
    found = match or among or besides
    if found is None:
        return _besides_japan(text)
    groups = found.groupdict()
    number = p.number_of(
        next((groups[key] for key in ("number", "number2", "number3", "number4") if groups.get(key)), "")
    )
    if number is None:
        return None
    if match is None and besides is None:
        number -= 1
    if match is not None:
        # The statement's members, up to its semicolons: a list's ', and' starts no clause of its own here.
        start, end = text.rfind(";", 0, match.start()) + 1, (text.find(";", match.end()) + 1 or len(text) + 1) - 1
        extra = _besides(text[start : match.start()], text[match.end() : end])
        if extra is None:
            return None  # 'the United States and thirteen other economies, Japan among them': whose others, unsure
        number += extra
    fields: Fields = {"value": p.plain(number), "qualifier": "exact"}
    period = period_of(text)
    return {**fields, "period": period} if period else fields
