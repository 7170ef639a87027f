"""Each costly pattern the reader skips by its guard words (`may_hold`) holds one of them in every match.

A guard word list is kept by hand beside its pattern; a wording added to the pattern without a word of its own in
the list would be skipped without a sound. `tests/regex_witnesses.py` writes the sparsest strings the pattern
matches through every alternative of every alternation (Hypothesis's random strings of a pattern missed whole
alternatives: dropping one guard word at a time, they caught 80 of the 111 drops, these strings 101).
"""

from __future__ import annotations

import re

import pytest

from tests.regex_witnesses import witnesses
from usjapan_facts.extract import anaphora, column_glue, election_words, vote_time
from usjapan_facts.extract.rules.if10199 import deadlines, national_votes, politics, term_ends
from usjapan_facts.extract.word_choice import may_hold

GUARDED: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "an election": (re.compile(election_words.ELECTION, re.IGNORECASE), election_words.ELECTION_WORDS),
    "an election said by its voters": (re.compile(election_words.VOTERS, re.IGNORECASE), election_words.ELECTION_WORDS),
    "the Diet's vote for prime minister": (election_words.LEGISLATIVE_VOTE, election_words.VOTE_WORDS),
    "'that one' pointing back": anaphora.BACK[0],
    "'under the extension' pointing back": anaphora.BACK[1],
    "a place pointing back": anaphora.BACK[2],
    "a page footer": (column_glue.PAGE_FOOTER, column_glue._FOOTER_WORDS),
    "a coalition of the past or in doubt": (re.compile(politics._NOT_NOW, re.IGNORECASE), politics._NOT_NOW_WORDS),
    "a national election": (re.compile(national_votes.NATIONAL, re.IGNORECASE), national_votes.NATIONAL_WORDS),
    "an election for a chamber": (
        re.compile(national_votes.NATIONAL_FOR, re.IGNORECASE),
        national_votes.NATIONAL_WORDS,
    ),
    "the Lower House's election named": (re.compile(deadlines._NAMED_ELECTION, re.IGNORECASE), ("election",)),
    "the Lower House's term running to a date": (term_ends.TERM_ENDS, ("term", "mandate")),
    "the Lower House's term ending in a month": (term_ends.TERM_MONTH, ("term",)),
    "a value dated before a vote": (vote_time._BEFORE_VOTE, vote_time._BEFORE_WORDS),
    **{
        f"the body an election is of: {name}": (re.compile(pattern, re.IGNORECASE), election_words.BODY_WORDS[slug])
        for slug, name, pattern in election_words.BODIES
    },
}


@pytest.mark.parametrize("name", GUARDED)
def test_every_match_of_a_guarded_pattern_holds_one_of_its_guard_words(name: str) -> None:
    pattern, words = GUARDED[name]
    written = witnesses(pattern)
    assert written.uncovered == [], f"{name}: no string written through the alternatives {written.uncovered}"
    assert [text for text in written.strings if not may_hold(text, words)] == [], f"{name}: holds none of {words}"


def test_a_guard_word_list_missing_a_word_is_caught() -> None:
    """The check above can fail: drop 'race' from the election's words and a match without it is found."""
    pattern, words = GUARDED["an election"]
    fewer = tuple(word for word in words if word != "race")
    missed = [text for text in witnesses(pattern).strings if not may_hold(text, fewer)]
    assert missed
    assert all(re.search("race", text, re.IGNORECASE) for text in missed)


def test_an_alternative_no_string_can_match_is_named() -> None:
    """A branch the pattern can never match in full is reported, not passed over: the check cannot skip one."""
    written = witnesses(re.compile(r"\bterm(?:s|ed(?!\s)\s)?\b"))
    assert written.uncovered == [(0, 1)]
    assert written.strings == ["term", "terms"]
