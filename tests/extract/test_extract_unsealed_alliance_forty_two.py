"""Unsealed fresh39/fresh40 classes: an agreement's month of conclusion told from the cover's year, not the month
its period starts; a label's estimate ('estimated value: $X'); sentences cut by another column's line (a figure's
reference cut from its number, a hanging article, an author's name) read nothing alone."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot, parse_text

COVER = (
    "Updated March 3, 2033\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
    "## Alliance\n\n"
)
TRADE_COVER = (
    "Updated March 3, 2033\n\n## U.S.-Japan Trade Agreements and Tariff Negotiations\n\n"
    "In 2032, Japan was the fourth-largest U.S. trading partner.\n\n"
)


def value_of(body: str, fact: str, cover: str = COVER, brief: str = "IF10199") -> object:
    """Extract a short brief and return the fact's value and qualifier, if read."""
    found = extract_snapshot(cover + body + "\n", brief=brief).snapshot.facts.get(fact)
    return None if found is None else (str(found.value), getattr(found, "qualifier", None))


AGREEMENT = "alliance.host_nation_support_agreement"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Its current Special Measures Agreement, concluded in February of last year, covers five years from "
            "April 2031.",
            "2032-02",
        ),
        ("The SMA, which covers five years from April 2031, was signed in January of last year.", "2032-01"),
        ("The SMA concluded in January of this year covers five years from April 2033.", "2033-01"),
        ("The SMA was signed on January 22, 2031, and covers five years from April 2031.", "2031-01-22"),
        ("The present SMA, signed in December 2031, covers five fiscal years beginning in April 2032.", "2031-12"),
    ],
    ids=["last-year", "last-year-after", "this-year", "day-then-period", "period-beginning"],
)
def test_an_agreement_is_dated_by_its_conclusion_not_the_period_it_covers(body: str, expected: str) -> None:
    """'concluded in February of last year' is the cover's year before's February; 'from April 2031' starts its
    period, never the month it was reached in."""
    assert value_of(body, AGREEMENT) == (expected, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "South Korea's Special Measures Agreement, concluded in January of last year, covers five years from "
        "April 2031.",
        "The previous SMA, concluded in January of last year, covered five years from April 2031.",
        "Its current SMA, concluded in November of this year, covers five years.",
        "Japan's host-nation support accord covers five years from April 2031.",
    ],
    ids=["another-ally", "previous-one", "this-year-after-cover", "period-only"],
)
def test_no_agreement_month_from_another_ally_a_former_one_or_its_period(body: str) -> None:
    """Another ally's, a former one, a month after the cover, and a period's start read none."""
    assert value_of(body, AGREEMENT) is None


TOMAHAWK = "defense.tomahawk_purchase"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Among Japan's purchases are up to 300 Tomahawk cruise missiles (estimated value: $1.9 billion).", "about"),
        ("Japan is buying up to 300 Tomahawk cruise missiles (projected cost: $1.9 billion).", "about"),
        ("Japan is buying up to 300 Tomahawk cruise missiles (value: $1.9 billion).", "exact"),
        ("Japan is buying up to 300 Tomahawk cruise missiles for $1.9 billion.", "exact"),
    ],
    ids=["estimated-value-label", "projected-cost-label", "value-label", "plain"],
)
def test_a_labels_estimate_hedges_the_amount(body: str, expected: str) -> None:
    """'(estimated value: $1.9 billion)' is an estimate (about); a bare 'value:' or 'for $X' is exact."""
    assert value_of(body, TOMAHAWK) == ("1900000000", expected)


def test_another_countrys_estimated_purchase_reads_none() -> None:
    """Another buyer's missiles, however hedged, are not Japan's."""
    body = "Australia is buying up to 200 Tomahawk cruise missiles (estimated value: $1.3 billion)."
    assert value_of(body, TOMAHAWK) is None


def test_a_figures_reference_cut_from_its_number_reads_nothing_alone() -> None:
    """'(Figure nal output, ...': another column's line cut the sentence after '(Figure'."""
    body = (
        "Japan's defense budget reached a record ¥6.1 trillion in FY2032 (Figure nal output, and the government "
        "has since set a goal of 2% of GDP."
    )
    assert value_of(body, "defense.spending_goal_pct_gdp") is None
    whole = "Japan's defense budget reached a record ¥6.1 trillion in FY2032 (Figure 1)."
    assert parse_text(COVER + whole + "\n").sentences[-1].cut is False


def test_a_hanging_article_before_the_other_columns_verb_reads_nothing_alone() -> None:
    """'A lost their seats ..., Critical Minerals Agreement was concluded on ...': the article hung at a line's end."""
    body = (
        "A lost their seats in the vote of July 9, Critical Minerals Agreement was concluded on May 4, 2032, after "
        "talks in Tokyo."
    )
    assert value_of(body, "agreements.critical_minerals_signed", TRADE_COVER, "IF11120") is None
    kept = "A Critical Minerals Agreement was concluded on May 4, 2032, after talks in Tokyo."
    assert value_of(kept, "agreements.critical_minerals_signed", TRADE_COVER, "IF11120") == ("2032-05-04", "exact")


_PAGE = """Updated March 3, 2033

U.S.-Japan Relations

Japan has been a U.S. treaty ally since 1952.

Domestic Politics
The prime minister hopes to turn her popularity into a majority when
Nora T. Vance
all 465 seats of the Lower House are contested on April 9, 2033.
Specialist in Asian Affairs
Trade and Investment
Owen P. Lark
In 2032, Japan was the fourth-largest U.S. trading partner.
Analyst in International Trade and Finance
"""


def test_an_authors_name_in_a_sentence_reads_nothing_alone_and_a_sentence_after_it_is_read() -> None:
    """'... when Nora T. Vance all 465 seats ...' was cut by the author's line; after 'Owen P. Lark', one opens."""
    document = parse_text(_PAGE)
    cut = next(sentence for sentence in document.sentences if "465" in sentence.text)
    assert cut.cut is True
    rank = next(sentence for sentence in document.sentences if "fourth-largest" in sentence.text)
    assert rank.text == "In 2032, Japan was the fourth-largest U.S. trading partner."
    assert not rank.cut
    extraction = extract_snapshot(_PAGE)
    assert "lower_house_2033" not in extraction.snapshot.elections
