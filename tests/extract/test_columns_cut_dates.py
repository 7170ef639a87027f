"""Text copied from a two-column page, lines taking turns: a date cut before its year goes on with the year."""

from __future__ import annotations

from usjapan_facts.extract import parse_text

_LEFT = [
    "For a year the trade side of the relationship has rested",
    "on a stopgap. Since March 3, Japan's exports have paid",
    "a surcharge under a statute never used before.",
    "It took the place of a tariff the two governments had",
    "agreed on, which the Supreme Court struck down.",
    "The surcharge may not stay in force beyond 150 days.",
    "Congress has shown no sign of extending it at all.",
    "Trade Frictions",
    "Tokyo began the year without a tariff dispute and",
    "soon faced several. The President set a 24%",
    '"reciprocal" duty on Japanese goods on April 2, 2025, and',
    "halted it a week later, keeping a 10% baseline duty in",
    "force; a 25% tariff on imported cars, which",
    "with the regular duty came to 27.5%, had begun",
]
_RIGHT = [
    "effect on April 3. Talks opened a few days later, and",
    "negotiators met eight times in Washington over",
    "the following months. A July letter warned of a 25%",
    "rate from August 1. The deal came on July 22, when",
    "the President announced it; an executive order put",
    "it into force in September. South Korea took a",
    "similar bargain days later. Tariffs on aluminum, like",
    "the rate on steel, stayed in place.",
    "Ishiba's own standing has weakened. His Liberal",
    "Democratic Party (LDP) lost its Upper House",
    "majority in the election held on July 20,",
    "2025, and its partner lost seats in the Lower",
    "House election, in which the LDP and its then-partner",
]
_NEXT_PAGE = "Komeito lost ground as well. The two leaders are to meet\nat the G7 summit in June.\n"


def test_a_date_cut_before_its_year_keeps_the_columns_taking_turns_to_the_pages_foot() -> None:
    """'held on July 20,' / '2025, and ...' reads on in its column, where the other column's line was glued."""
    turns = [line for row in zip(_LEFT, [*_RIGHT, ""], strict=True) for line in row if line]
    footer = "IF11120 · VERSION 24    https://crsreports.congress.gov"
    text = "\n".join(["Updated May 1, 2026", "U.S.-Japan Trade", *turns, footer, _NEXT_PAGE])
    sentences = [sentence.text for sentence in parse_text(text).sentences]
    assert "Tokyo began the year without a tariff dispute and soon faced several." in sentences
    assert (
        "His Liberal Democratic Party (LDP) lost its Upper House majority in the election held on July 20, 2025, "
        "and its partner lost seats in the Lower House election, in which the LDP and its then-partner Komeito "
        "lost ground as well."
    ) in sentences
