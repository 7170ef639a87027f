"""A pattern looked at only where a letter stands (`letter_first`) matches what it matched before.

The look ahead loses every match that starts with anything else, so each wrapped pattern is checked through the
strings its every alternative matches (`tests/regex_witnesses.py`): the pattern without it matches none the wrapped
one misses.
"""

from __future__ import annotations

import re

import pytest

from tests.regex_witnesses import witnesses
from usjapan_facts.extract import anaphora, election_words, leadership, not_in_force, ownership, stated_years
from usjapan_facts.extract.rules import readings
from usjapan_facts.extract.rules.if10199 import deadlines, national_votes
from usjapan_facts.extract.word_choice import letter_first

_AHEAD = letter_first("")[: -len("(?:)")]
_AHEADS = (_AHEAD, "(?=[a-z])")

WRAPPED: dict[str, re.Pattern[str]] = {
    "a place pointing back": anaphora.PLACE_BACK,
    "'that one' pointing back": anaphora._THAT_ONE,
    "a demand": not_in_force.DEMANDED,
    "a legislative vote": election_words.LEGISLATIVE_VOTE,
    "an opinion poll": election_words._OPINION_POLLS,
    "a year a span starts from": stated_years._SINCE_YEAR,
    "a value not applied": ownership._NOT_APPLIED,
    "a deadline moved": ownership._MOVED,
    "a value of the past": readings._PAST,
    "a leadership won": leadership.WIN,
    "a chamber's seats contested": deadlines._CONTESTED,
    "a national election": re.compile(national_votes.NATIONAL, re.IGNORECASE),
}


def _unwrapped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    ahead = next((ahead for ahead in _AHEADS if pattern.pattern.startswith(ahead)), None)
    assert ahead is not None, "not looked at where a letter stands"
    return re.compile(pattern.pattern[len(ahead) + len("(?:") : -len(")")], pattern.flags)


def _lost(wrapped: re.Pattern[str]) -> list[str]:
    """The strings (each alone, and followed by words as a lookahead may ask) the pattern without the look ahead
    matches where the wrapped one does not."""
    plain = _unwrapped(wrapped)
    written = [f"{text}{after}" for text in witnesses(plain).strings for after in ("", " in July 2026.")]
    assert any(plain.search(text) for text in written)
    return [text for text in written if plain.search(text) and not wrapped.search(text)]


@pytest.mark.parametrize("name", WRAPPED)
def test_a_pattern_looked_at_where_a_letter_stands_matches_as_before(name: str) -> None:
    """Each string the pattern without the look ahead matches, through any alternative, the wrapped one matches."""
    assert _lost(WRAPPED[name]) == [], f"{name}: a match that starts with no letter is lost"


def test_a_match_starting_with_no_letter_is_caught() -> None:
    """The check above can fail: a pattern with a branch opening on a comma loses that branch's matches."""
    lost = _lost(re.compile(letter_first(r"\bthan\s+China|,\s+the\s+NATO\b"), re.IGNORECASE))
    assert lost
    assert all(text.startswith(",") for text in lost)


def test_letters_that_fold_to_ascii_ones_are_looked_at() -> None:
    """Under re.IGNORECASE the long s and the Kelvin sign match 's' and 'k': the look ahead lets them through."""
    pattern = re.compile(letter_first(r"\b(?:stationed|kept)\b"), re.IGNORECASE)
    assert pattern.search("\u017ftationed there")
    assert pattern.search("\u212aept there")
