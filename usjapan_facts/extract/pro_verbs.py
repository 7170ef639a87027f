"""A deed said again by 'do so', its doer and date in another clause: 'Kishida spoke to a joint meeting of Congress
in April 2024; the only other Japanese leader to do so was Abe, in April 2015', 'nine years after Abe became the first
Japanese leader to do so in April 2015'. Pure, no I/O.

The roles: the deed an event's words name before 'do so' in the same sentence (its doer and date that clause's), and
the 'do so' that says the same deed again of another doer, at the date its own clause gives. The sentence's rest from
the deed's words on, with those words in the place of 'do so', is read as one more sentence, so that each event reader
reads the deed said again by its own roles (whose deed, which date, within the event's years).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from usjapan_facts.extract.text import Sentence

_DO_SO = re.compile(r"\b(?:do|does|did|doing|done)\s+so\b(?!\s+(?:far|much|many|that)\b)")
"""The deed said again: 'to do so', 'who did so' (never 'so far', 'so much', 'so that')."""


def done_so(sentences: list[Sentence], words: Iterable[re.Pattern[str]]) -> list[Sentence]:
    """The sentences, each that says again by 'do so' a deed an event's `words` name before it followed by its rest
    from those words on, the words in the place of 'do so' (the original kept, so every other reading stands)."""
    patterns = tuple(words)
    out: list[Sentence] = []
    for sentence in sentences:
        out.append(sentence)
        again = _DO_SO.search(sentence.text) if " so" in sentence.folded else None
        if again is None or sentence.cut:
            continue
        deeds = [found for pattern in patterns if (found := pattern.search(sentence.text, 0, again.start()))]
        if not deeds:
            continue
        deed = max(deeds, key=lambda found: found.end())  # the nearest deed before the words that say it again
        told = deed.group(0)
        rest = f"{sentence.text[deed.end() : again.start()]}{told}{sentence.text[again.end() :]}".lstrip(" ,;")
        out.append(Sentence(rest, sentence.section, sentence.cut))
    return out


__all__ = ["done_so"]
