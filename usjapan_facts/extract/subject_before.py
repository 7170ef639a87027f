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
from collections.abc import Callable
from functools import cache

from usjapan_facts.extract.word_files import word_file

_JAPAN = re.compile(r"\bJapan|\bTokyo\b")
_RATE = re.compile(r"\d\s*(?:%|percent)|\bpercent\b", re.IGNORECASE)


@cache
def _words() -> tuple[re.Pattern[str], ...]:
    data = (word_file("tariff_roles.toml") or {})["subject_before"]
    return tuple(re.compile(data[key], 0 if key == "opens" else re.IGNORECASE) for key in ("bears", "opens", "not_now"))


def subject_before(text: str, before: str, names: Callable[[str], bool]) -> bool:
    """Whether `text` opens on the tariff the sentence `before` says Japan's goods of the fact's concept (`names`)
    bear now, with no rate of its own: `text`'s rate is then theirs."""
    bears, opens, not_now = _words()
    if not opens.match(text) or _RATE.search(before) or not_now.search(before):
        return False
    return bool(bears.search(before) and _JAPAN.search(before) and names(before))


__all__ = ["subject_before"]
