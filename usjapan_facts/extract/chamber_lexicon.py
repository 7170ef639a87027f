"""The lexicon of the general reader of the Diet's chambers (`briefs/<BRIEF>/chamber_roles.toml`): each chamber's
names, the word lists, each fact's part; and which chamber a clause is about. Pure but for reading the lexicon."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.first_chars import first_gated
from usjapan_facts.extract.word_files import word_file

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

Patterns = tuple[re.Pattern[str], ...]
_FRONTED = re.compile(r"^\W*(?:(?:and|but|while|whereas|yet)\s+)?in\s+the\b", I)
"""A clause that only places what follows in a chamber: ', whereas in the House of Councillors, where ..., they
hold'."""


@dataclass(frozen=True)
class Fact:
    """One fact's part in the lexicon: its role, its chamber, gate words, concept words, a due date's precision."""

    role: str
    chamber: str | None
    gate: tuple[str, ...]
    concept: Patterns
    precision: str
    bound: tuple[str, ...]
    term: int = 0
    """Years between the chamber's votes at most: a share a vote gave holds while no later vote can have come."""


@dataclass(frozen=True)
class Lexicon:
    chambers: dict[str, Patterns]
    words: dict[str, Patterns]
    facts: dict[str, Fact]
    partners: dict[str, Patterns] = field(default_factory=dict)
    """The parties a text may cast as the LDP's partner or as its rival: each one's names."""


def compiled(words: list[str], brief: str = "") -> Patterns:  # '@name': the named phrase of meaning.toml
    # each case-blind word behind a look-ahead for its first characters (`first_gated`): the same matches, faster
    return tuple(phrase(brief, w[1:]) if w.startswith("@") else re.compile(first_gated(w, I), I) for w in words)


@cache
def lexicon(brief: str) -> Lexicon:
    """The brief's lexicon of chambers (empty for a brief that has none)."""
    data = word_file(brief, "chamber_roles.toml")
    if data is None:
        return Lexicon({}, {}, {})
    return Lexicon(
        {name: compiled(entry["words"]) for name, entry in data["chamber"].items()},
        {name: compiled(words, brief) for name, words in data["words"].items()},
        {
            fact_id: Fact(
                entry["role"],
                entry.get("chamber"),
                tuple(entry["gate"]),
                compiled(entry.get("concept", [])),
                entry.get("precision", ""),
                tuple(entry.get("bound", ())),
                entry.get("term", 0),
            )
            for fact_id, entry in data["fact"].items()
        },
        {name: compiled(words) for name, words in data.get("partners", {}).items()},
    )


@cache
def partnered(brief: str, partners: frozenset[str]) -> Lexicon:
    """The brief's lexicon for a text whose ruling coalition counts `partners` besides the LDP: every other party of
    the lexicon's `partners` is a rival holder ('Ishin holds 38 seats' beside a coalition of the LDP and Komeito)."""
    lex = lexicon(brief)
    rivals = [pattern for name, patterns in lex.partners.items() if name not in partners for pattern in patterns]
    return replace(lex, words={**lex.words, "rival": (*lex.words.get("rival", ()), *rivals)})


def any_of(patterns: Patterns, text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


def blank(patterns: Patterns, text: str) -> str:
    """The text with what the patterns match blanked out (as long as it was, so that spans stand)."""
    for pattern in patterns:
        text = pattern.sub(lambda match: " " * len(match.group(0)), text)
    return text


def chambers_in(lex: Lexicon, text: str) -> set[str]:
    return {name for name, words in lex.chambers.items() if any_of(words, text)}


def chamber_of(
    lex: Lexicon,
    clause: str,
    text: str,
    before: str,
    earlier: Sequence[str] = (),
    lends: Callable[[str], bool] = lambda words: True,
) -> str | None:
    """The one chamber the clause is about: named there, else in the `earlier` clause that places it there ('in the
    House of Councillors, where ..., they hold'), else in its sentence, else in the sentence before ('that chamber',
    'there', or no chamber named), a chamber it names only to be overridden set aside. An earlier clause lends its
    chamber only when it places what follows there and `lends` says so (it gives no share of its own)."""
    named = chambers_in(lex, clause)
    for words in earlier[::-1] if not named else ():
        named = chambers_in(lex, words)
        if named:  # the nearest clause naming a chamber: only one that places what follows in it lends it
            named = named if _FRONTED.match(words) and lends(words) else set()
            break
    for words in (clause, text):
        named = named or chambers_in(lex, words)
        if named:
            return named.pop() if len(named) == 1 else None
    # 'that chamber', 'there'; or a sentence naming no chamber at all carries the one the sentence before names:
    # 'On February 8 the LDP took 316 of its 465 seats. Counting Ishin's 36, the governing bloc holds more than three
    # seats in four.'
    named = chambers_in(lex, blank(lex.words["aside"], before))
    return named.pop() if len(named) == 1 else None


__all__ = [
    "Fact",
    "Lexicon",
    "Patterns",
    "any_of",
    "blank",
    "chamber_of",
    "chambers_in",
    "compiled",
    "lexicon",
    "partnered",
]
