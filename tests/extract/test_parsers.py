"""The shared value parsers: hedges, numbers in digits or words, money, percents, ranks, dates, names."""

from __future__ import annotations

import re
import string
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.hedges import qualifier_of
from usjapan_facts.extract.stated_years import year_in
from usjapan_facts.extract.word_choice import any_of, may_hold


@pytest.mark.parametrize(
    ("hedge", "qualifier"),
    [("around", "about"), ("roughly", "about"), ("some", "about"), ("More than", "over"), ("less than", "under"),
     ("nearly", "nearly"), ("almost", "nearly"), ("at least", "at_least"), (None, "exact")],
)  # fmt: skip
def test_hedges_normalise(hedge: str | None, qualifier: str) -> None:
    """The brief's hedges map to the normalised qualifiers."""
    assert qualifier_of(hedge) == qualifier


def test_numbers_in_digits_and_words() -> None:
    """'54,000', '2.2' and 'thirteen' are numbers, each with its hedge."""
    found = [(number, qualifier) for number, qualifier, _ in p.qualified_numbers("around 54,000 and thirteen, or 2.2")]
    assert found == [(Decimal(54000), "about"), (Decimal(13), "exact"), (Decimal("2.2"), "exact")]


@pytest.mark.parametrize(
    ("text", "dollars"),
    [("$112.2 billion", 112_200_000_000), ("$300 million", 300_000_000), ("$2.35 billion", 2_350_000_000),
     ("$4.5 thousand", 4500), ("$1 trillion", 10**12)],
)  # fmt: skip
def test_money_is_whole_dollars(text: str, dollars: int) -> None:
    """Dollar amounts become exact whole dollars (no float rounding)."""
    [(amount, _, _)] = p.money_amounts(f"Japan paid {text} to it.")
    assert amount == dollars


@pytest.mark.parametrize(
    "text",
    ["The deficit, which at $70 On October 7, 2019, after six months", "Purchase PDF for $24.95 (3 pages)"],
)
def test_money_without_its_scale_is_not_an_amount(text: str) -> None:
    """A bare '$70' is a figure cut from its 'billion' by a line of the other column, or a price: never read."""
    assert p.money_amounts(text) == ()


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [("About 25% of", 25, "about"), ("over half of", 50, "over"), ("two-thirds of", 67, "exact"),
     ("about two-thirds of", 67, "about"), ("more than two-thirds of", 67, "over"), ("a third of", 33, "exact"),
     ("46 percent", 46, "exact"), ("less than 1%", 1, "under")],
)  # fmt: skip
def test_percents_and_fractions(text: str, value: Decimal, qualifier: str) -> None:
    """Percentages in digits, words and fractions."""
    [(number, found_qualifier, _)] = p.percents(text)
    assert (number, found_qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "rank"), [("fourth-largest", 4), ("the largest", 1), ("5th-largest", 5), ("second largest", 2)]
)
def test_ranks(text: str, rank: int) -> None:
    """Ordinals in words or digits, and plain 'largest'."""
    [(position, _)] = p.ranks(f"Japan is the {text} partner.")
    assert position == rank


def test_dates_keep_their_precision() -> None:
    """Day dates and month dates, in order; an impossible day is no date."""
    found = [value for value, _ in p.dates("On July 8, 2022 and in September 2022, not February 30, 2022.")]
    assert found == ["2022-07-08", "2022-09"]


def test_name_order_from_how_the_text_refers_to_the_person() -> None:
    """The word the text uses alone is the family name, whichever order the full name is in."""
    text = "Prime Minister Fumio Kishida spoke. Later, Kishida left."
    assert p.name_order("Fumio Kishida", text) == ("Kishida", "Fumio")
    assert p.name_order("Kishida Fumio", "Kishida Fumio spoke. Kishida left.") == ("Kishida", "Fumio")
    assert p.name_order("Fumio Kishida", "Fumio Kishida spoke.") is None


WORDS = ["troops", "around", "over", "nearly", "billion", "million", "$", "%", "percent", "54,000", "1951", "half",
         "of", "fourth-largest", "Japan", "July", "8,", "2022", "the", "some", "2.2", "thirteen"]  # fmt: skip


@given(st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join))
def test_parsed_numbers_come_from_the_sentence(sentence: str) -> None:
    """Every number a parser reads stands in the sentence it was read from, at the place it says."""
    for _, _, match in p.qualified_numbers(sentence):
        assert match.group("number") in sentence
        assert sentence[match.start() : match.end()] == match.group(0)
    for _, _, match in p.money_amounts(sentence):
        assert match.group("amount").replace(",", "").replace(".", "").isdigit()
        assert match.group(0) in sentence
    for _, _, match in p.percents(sentence):
        assert match.group(0) in sentence


def test_a_year_after_since_dates_no_figure() -> None:
    """'a U.S. treaty ally since 1952' starts a span: it dates no figure, and still makes a second year ambiguous."""
    assert year_in("U.S. exports to Japan totaled $80 billion in Japan, a U.S. treaty ally since 1952.") is None
    assert year_in("U.S. exports totaled $80.2 billion, the most since 2014, after falling in 2020.") is None
    assert year_in("In 2030, U.S. exports to Japan totaled $80 billion.") == "2030"


_WORDS = st.lists(st.text(alphabet="abA- ", min_size=1, max_size=3), min_size=1, max_size=5) | st.lists(
    st.text(alphabet="sS\u017f\u00a5", min_size=1, max_size=3), min_size=1, max_size=5
)


@settings(max_examples=300)
@example(words=["ab", "A", "a-"], gap="", ignore_case=True, spaced=False)  # letters of either case kept in order
@given(
    words=_WORDS,
    gap=st.sampled_from(["", " ", "  ", "-", "a", "bA", "\u017f"]),
    ignore_case=st.booleans(),
    spaced=st.booleans(),
)
def test_grouped_words_match_as_a_plain_alternation(
    words: list[str], gap: str, ignore_case: bool, spaced: bool
) -> None:
    """A choice of words grouped by first letter finds what the plain alternation finds, word for word."""
    words = [word for word in words if not (spaced and word[0].isspace())] or ["a"]
    text = gap.join([*words, *reversed(words), gap])
    flags = re.IGNORECASE if ignore_case else 0
    written = [r"\s+".join(map(re.escape, word.split())) if spaced else re.escape(word) for word in words]
    plain = re.compile("(" + "|".join(written) + r")(?:\w|-)?", flags)
    grouped = re.compile(f"({any_of(words, spaced=spaced)})" + r"(?:\w|-)?", flags)
    assert [(m.span(), m[1]) for m in grouped.finditer(text)] == [(m.span(), m[1]) for m in plain.finditer(text)]


_PREFIXED = st.lists(
    st.text(alphabet="ab", min_size=1, max_size=2).flatmap(
        lambda stem: st.text(alphabet="abA \u017f", max_size=4).map(lambda rest: stem + rest)
    ),
    min_size=2,
    max_size=7,
)


@settings(max_examples=400)
@example(words=["more than", "more", "more or less"], after=r"\s+\w", ignore_case=True, spaced=True)
@given(
    words=_PREFIXED,
    after=st.sampled_from(["", r"\s*b", r"(?:a|\s)?$", r"\w?b", r"\s+\w"]),
    ignore_case=st.booleans(),
    spaced=st.booleans(),
)
def test_words_that_share_a_start_match_as_a_plain_alternation(
    words: list[str], after: str, ignore_case: bool, spaced: bool
) -> None:
    """Words sharing their first letters ('more', 'more than', 'more or less'), a word ending where others go on, and
    what must follow them: the grouped words find what the plain alternation finds, each word where it finds it."""
    words = [word for word in words if not (spaced and word[0].isspace())] or ["a"]
    flags = re.IGNORECASE if ignore_case else 0
    written = [r"\s+".join(map(re.escape, word.split())) if spaced else re.escape(word) for word in words]
    plain = re.compile("(" + "|".join(written) + ")" + after, flags)
    grouped = re.compile(f"({any_of(words, spaced=spaced)})" + after, flags)
    for text in (" ".join(words), "  ".join(reversed(words)) + " b", "b".join(words) + "A", "".join(words)):
        assert [(m.span(), m[1]) for m in grouped.finditer(text)] == [(m.span(), m[1]) for m in plain.finditer(text)]


@settings(max_examples=300)
@given(
    text=st.text(alphabet="abkKsS\u017f\u212a\u0131\u0130\u00df -", max_size=12),
    word=st.text(alphabet="abks -", min_size=1, max_size=3),
    ignore_case=st.booleans(),
)
def test_may_hold_rules_out_only_what_cannot_match(text: str, word: str, ignore_case: bool) -> None:
    """A text the word matches in, with or without re.IGNORECASE, is never ruled out (a long s for 's' too)."""
    if re.search(re.escape(word), text, re.IGNORECASE if ignore_case else 0):
        assert may_hold(text, (word,))


def test_may_hold_knows_every_character_that_folds_to_an_ascii_letter() -> None:
    """Each character outside ASCII that re.IGNORECASE matches to an ASCII letter sends its text to the pattern."""
    every = "".join(chr(code) for code in range(128, 0x110000) if not 0xD800 <= code <= 0xDFFF)
    folding = set(re.findall("[a-z]", every, re.IGNORECASE))
    assert folding  # the long s and the Kelvin sign at least
    for character in folding:
        letter = next(letter for letter in string.ascii_lowercase if re.fullmatch(letter, character, re.IGNORECASE))
        assert re.search(f"x{letter}y", f"wx{character}yz", re.IGNORECASE)
        assert may_hold(f"wx{character}yz", (f"x{letter}y",))
