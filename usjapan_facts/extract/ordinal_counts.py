"""A count told by the ordinal of the latest occasion: 'it was the Quad's fifth gathering at the leader level' says
five such gatherings have been held, as 'the sixth leaders' summit' and 'the fifth time since 2021 that they have
convened' do. Restated as the plain count ('the Quad's 5 gatherings at the leader level'), read as the sentence is,
so the fact's own words (its subject, its clause, its exclusions: 'ministerial', 'next', 'planned') still decide.
An occasion dated in an earlier year than the text's counted only those up to then; a first occasion counts nothing
yet ('first met by video in 2021' is no count of the meetings held since). Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.counted_ranks import ORDINAL, ordinal_value
from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_OCCASION = re.compile(
    rf"\b(?P<the>the|its|their)\s+(?P<whose>(?:[A-Z][\w.-]*\W?s\s+)?)(?P<ordinal>{ORDINAL})\s+(?:such\s+)?"
    r"(?P<words>(?:(?:in-person|leader-level|leaders\W?|Quad|summit-level)\s+){0,2})"
    r"(?P<noun>time|gathering|summit|meeting|occasion)\b(?!-)",
    I,
)
"""The ordinal of an occasion and its noun: 'the fifth time', 'the Quad's fifth gathering', 'its sixth leaders'
summit', 'the second such summit'."""
_OCCASION_WORDS = ("time", "gathering", "summit", "meeting", "occasion")
"""The nouns one of which every match of _OCCASION ends on (keep it so): a sentence holding none is not scanned."""
_AHEAD = re.compile(
    r"\b(?:will|would|(?:is|are|was|were)\s+(?:(?:set|due|scheduled|slated|expected|planned)\s+)?to|next|upcoming|"
    r"(?:set|due|scheduled|slated|planned)\s+for|plan\w*|propos\w*|postponed|cancel\w*|called\s+off)\b",
    I,
)
"""An occasion still ahead, or one that did not take place: 'India is to host the seventh summit' counts none held."""
_SOME_ONLY = re.compile(r"\bin[- ]person\b", I)
"""After the ordinal, the kind it counts among: 'the third time they have met in person' counts not all (before it,
'then in person ..., the second such summit' tells how this one was held)."""


_DATED = re.compile(r"(?<!\bsince\s)\b(?:19|20)\d\d\b", I)
"""A year the occasion is dated by ('in Tokyo in May 2022'), never the start of the count ('since 2021')."""


def ordinal_counts(text: str, cover: int | None) -> list[str]:
    """The sentence with each occasion told by its ordinal (second or later) restated as a count, [] if none. An
    occasion dated before the `cover`'s year ('In 2021, Washington hosted the second meeting') counted only the
    occasions up to then; one dated after it ('The sixth summit is set for 2032') is still ahead."""
    restated, at, changed = [], 0, False
    for match in _OCCASION.finditer(text) if may_hold(text, _OCCASION_WORDS) else ():
        count = ordinal_value(match.group("ordinal"))
        end = (text.find(";", match.end()) + 1 or len(text) + 1) - 1
        clause = text[text.rfind(";", 0, match.start()) + 1 : end]
        years = [int(year.group(0)) for year in _DATED.finditer(clause)]
        some_only = _SOME_ONLY.search(match.group("words")) or _SOME_ONLY.search(text, match.end(), end)
        if count < 2 or _AHEAD.search(clause) or some_only or any(cover is None or year != cover for year in years):
            continue
        the, whose, words, noun = match.group("the", "whose", "words", "noun")
        restated += [text[at : match.start()], f"{the} {whose}{count} {words}{noun}s"]
        at, changed = match.end(), True
    return ["".join(restated) + text[at:]] if changed else []


__all__ = ["ordinal_counts"]
