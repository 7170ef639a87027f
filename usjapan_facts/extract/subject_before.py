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
    keys = ("bears", "opens", "not_now", "pronoun", "object")
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
    pronoun, object_of = _words()[3:]
    said = pronoun.match(text)
    if said is None or not _JAPAN.search(before) or ANOTHER_COUNTRY.search(before):
        return None
    for pattern in concept:
        for goods in pattern.finditer(before):
            if not object_of.search(before[max(0, goods.start() - 20) : goods.start()]):
                named = before[goods.start() : goods.end()]
                return f"{text[: said.start('pronoun')]}{named}{text[said.end('pronoun') :]}"
    return None


__all__ = ["pronoun_subject", "subject_before"]
