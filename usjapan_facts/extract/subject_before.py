"""A rate whose subject the sentence before says: 'Since February 24, most Japanese goods ... have been subject to it.
The surcharge is 10%, added to MFN duties.'

The sentence before tells which goods bear a tariff and gives it no rate ('most Japanese goods have been subject to
it', 'most goods from Japan now pay the surcharge'); the sentence after opens on that tariff and gives its rate ('The
surcharge is 10%', 'It stands at 10%'). The rate is then the one on the goods the sentence before names, read as if
that sentence's subject were the rate's own. The words are data (`[subject_before]` of `briefs/tariff_roles.toml`).
Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.word_files import word_file

_JAPAN = re.compile(r"\bJapan|\bTokyo\b")
_RATE = re.compile(r"\d\s*(?:%|percent)|\bpercent\b", re.IGNORECASE)


@cache
def _words() -> tuple[re.Pattern[str], ...]:
    data = (word_file("tariff_roles.toml") or {})["subject_before"]
    keys = ("bears", "opens", "not_now", "pronoun")
    return tuple(re.compile(data[key], 0 if key in ("opens", "pronoun") else re.IGNORECASE) for key in keys)


def subject_before(text: str, before: str, names: Callable[[str], bool]) -> bool:
    """Whether `text` opens on the tariff the sentence `before` says Japan's goods of the fact's concept (`names`)
    bear now, with no rate of its own: `text`'s rate is then theirs."""
    bears, opens, not_now = _words()[:3]
    if not opens.match(text) or _RATE.search(before) or not_now.search(before):
        return False
    return bool(bears.search(before) and _JAPAN.search(before) and names(before))


def pronoun_subject(text: str, before: str, concept: Iterable[re.Pattern[str]]) -> str | None:
    """`text` with its pronoun subject ('they') put back as the goods the sentence `before` has as a clause's subject
    and names by the fact's concept ('..., most goods from Japan enter ... . Since February 24, they have paid ...');
    None where `text` opens on no such pronoun, or `before` names its goods only as an object, or another country."""
    pronoun = _words()[3]
    said = pronoun.match(text)
    if said is None or not _JAPAN.search(before) or ANOTHER_COUNTRY.search(before):
        return None
    if _TAX.search(text):
        return None  # 'Once sold in Japan, they bear a 10% consumption tax': no tariff of theirs
    for pattern in concept:
        for goods in pattern.finditer(before):
            if _MAKERS.search(goods.group(0)) or _OTHER_CLAUSE.search(before, goods.end()):
                continue  # 'Most Japanese automakers ...': they pay a tariff on what they buy, not on their goods
            if _SUBJECT.fullmatch(before[: goods.start()]):
                named = before[goods.start() : goods.end()]
                return f"{text[: said.start('pronoun')]}{named}{text[said.end('pronoun') :]}"
    return None


_MAKERS = re.compile(r"(?:makers?|producers?|manufacturers?|exporters?|companies|firms)\b", re.IGNORECASE)
_TAX = re.compile(r"\btax(?:es)?\b", re.IGNORECASE)
_SUBJECT = re.compile(
    r"\W*(?:[A-Z][^;]{0,200},\s+)?(?:(?:most|all|nearly|almost|many|the|of|imported|Japanese|such)\s+){0,4}", re.I
)
"""The words before the goods of a sentence's subject: a phrase set off, however long ('Since May, most of the', 'With
the tariffs struck down, which ..., most goods'), then determiners; a verb's object ('assemble cars') or a
preposition's ('a tariff on most goods') has other words before it."""
_OTHER_CLAUSE = re.compile(r"[,;]\s*(?:but|while|whereas|although|though|and|yet)\b|;", re.IGNORECASE)
"""A clause after the goods' own with a subject of its own ('..., but machine tools and bearings do not', '..., while
the United States sells rice and beef there'): 'they' may be its subject instead."""


_JAPANS_GOODS = re.compile(
    r"\bJapanese\s+(?:goods|imports|products|exports)\b|\b(?:goods|imports|products)\s+from\s+Japan\b"
)
_NOT_OURS = re.compile(r"\bJapan\W?s?\s+(?:now\s+)?(?:charges|levies|imposes|collects)\b|\btax(?:es)?\b", re.IGNORECASE)


def carried_ours(text: str, before: str) -> bool:
    """Whether `text`, pointing back to the rate of the sentence `before` ('That rate has applied to most imports ...
    since August 7'), carries a U.S. tariff on Japan's goods: `before` names Japan's goods and neither Japan's own
    tariff nor a tax ('Japan now charges 7.7% on ...', 'Japan's consumption tax is 10%'), and `text` no other
    country's imports ('... most imports from the United States')."""
    if not _JAPANS_GOODS.search(before) or _NOT_OURS.search(before):
        return False
    return re.search(r"\bimports\s+from\s+(?!Japan\b)", text) is None


__all__ = ["carried_ours", "pronoun_subject", "subject_before"]
