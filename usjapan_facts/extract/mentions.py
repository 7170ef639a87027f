"""Tell which catalogue facts a text is about: the three outcomes of a fact in a full text.

Each fact's catalogue entry lists its subject's words (`mentions`). In a text, a fact is *found* (a rule
read its value), *mentioned but not read* (some sentence holds one of its words: unknown), or *not
mentioned* (none does: not stated). A text counts as the whole brief only when it is about most of the
catalogue; an excerpt or a summary leaves every fact it does not find unknown. Pure, no I/O.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from usjapan_facts import catalog
from usjapan_facts.extract.word_choice import any_of

FULL_TEXT_SHARE = 0.6
"""The share of the catalogue's facts a text must be about (found or mentioned) to count as the whole brief."""
FULL_TEXT_SENTENCES = 25
"""And the sentences it must have: a two-page brief has 20 to 70; a summary or an excerpt fewer."""
FULL_TEXT_SENTENCES_WITH_AUTHORS = 15
"""Or these, with its authors' lines: a brief's text ends with them, an excerpt seldom carries them."""


@dataclass(frozen=True)
class Outcomes:
    """Each catalogue fact's outcome in one text, and whether the text covers the whole brief."""

    found: tuple[str, ...]
    mentioned: tuple[str, ...]
    """Mentioned but not read: unknown, named in every report."""
    not_mentioned: tuple[str, ...]
    full: bool


@functools.cache
def _pattern(brief: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern for every subject word of the brief's catalogue, and which facts each word stands for."""
    facts_of: dict[str, list[str]] = {}
    for spec in catalog.load(brief).facts:
        for word in spec.mentions:
            facts_of.setdefault(word.casefold(), []).append(spec.id)
    # Longest first, so that "lower house" wins over a shorter word at the same place.
    words = sorted(facts_of, key=len, reverse=True)
    # The words' first letters, checked before the alternation, rule out most places at a fraction of its cost.
    first = re.escape("".join(sorted({word[0] for word in words})))
    pattern = re.compile(rf"(?<!\w)(?=[{first}])({any_of(words)})(?:e?s)?(?!\w)") if words else re.compile("(?!)")
    return pattern, {word: tuple(ids) for word, ids in facts_of.items()}


def mentioned_facts(brief: str, text: str) -> frozenset[str]:
    """Return the ids of the facts whose subject words the text holds (case-insensitive, whole words, or plural)."""
    pattern, facts_of = _pattern(brief)
    words = {match.group(1) for match in pattern.finditer(text.casefold())}
    return frozenset(fact_id for word in words for fact_id in facts_of[word])


def outcomes(
    brief: str,
    text: str,
    found: set[str] | frozenset[str],
    read: set[str] | frozenset[str] = frozenset(),
    *,
    sentences: int = FULL_TEXT_SENTENCES,
    authors: bool = False,
) -> Outcomes:
    """Sort the catalogue's facts into found, mentioned but not read, and not mentioned in `text`.

    A fact with no subject words in the catalogue can never be shown absent: it counts as mentioned, and so
    does one a rule `read` but whose value was refused.
    """
    specs = catalog.load(brief).facts
    about = mentioned_facts(brief, text) | {spec.id for spec in specs if not spec.mentions} | read
    mentioned = tuple(spec.id for spec in specs if spec.id in about and spec.id not in found)
    absent = tuple(spec.id for spec in specs if spec.id not in about and spec.id not in found)
    covered = sum(1 for spec in specs if spec.id in about or spec.id in found)
    enough = sentences >= (FULL_TEXT_SENTENCES_WITH_AUTHORS if authors else FULL_TEXT_SENTENCES)
    full = bool(specs) and covered >= FULL_TEXT_SHARE * len(specs) and enough
    return Outcomes(tuple(spec.id for spec in specs if spec.id in found), mentioned, absent, full)
