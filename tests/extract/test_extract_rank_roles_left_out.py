"""Ranks whose roles are said apart from the place: a verb left to the clause before ('..., and fifth as well both as a
buyer ... and as a supplier ...'), a subject left to a list item's label ('Rank: sixth among U.S. trading partners'),
those ahead named by their home ('only firms based in the United Kingdom held more'), a place reached by overtaking
another ('have overtaken their British counterparts to become the largest'), a place held since a year, each yardstick
of 'whether measured as ... or as ...', and the U.S. stock in Japan said as a stock after the sentence on Japan's.

Every sentence is invented for the test (texts dated June 1, 2026); the traps are another country's place or stock.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

OVERALL, EXPORT, IMPORT = "trade.overall_partner_rank", "trade.export_partner_rank", "trade.import_partner_rank"
FDI, TREASURY = "trade.fdi_source_rank", "trade.treasury_holder_rank"


def _ranks(body: str, brief: str = "IF10199") -> dict[str, object]:
    return {fact: value for fact, (value, _) in facts_in(body, brief).items() if fact.endswith("_rank")}


@pytest.mark.parametrize(
    ("body", "ranks"),
    [
        (
            "Japan placed fourth in 2025 in total U.S. trade, and fifth as well both as a buyer of U.S. exports and as "
            "a supplier of U.S. imports.",
            {OVERALL: 4, EXPORT: 5, IMPORT: 5},
        ),
        (
            "Japan ranked fifth among U.S. partners in 2025. It also came fifth on both of the other lists, as a "
            "market for U.S. goods and as a supplier of them.",
            {EXPORT: 5, IMPORT: 5},
        ),
        (
            "Japan was the fifth-largest U.S. trading partner in 2025, and it held the same place whether measured "
            "as a market for U.S. goods or as a source of them.",
            {OVERALL: 5, EXPORT: 5, IMPORT: 5},
        ),
        (
            "U.S. trade with Japan in goods and services totaled $320 billion in 2025, a sum exceeded only by trade "
            "with Mexico, Canada, China, and Germany.",
            {OVERALL: 5},
        ),
    ],
)  # fmt: skip
def test_a_place_whose_verb_or_yardstick_is_said_apart(body: str, ranks: dict[str, int]) -> None:
    """A place with its verb left to the clause before, its yardsticks listed after it, or said of a sum."""
    assert {fact: value for fact, value in _ranks(body).items() if fact in ranks} == ranks


@pytest.mark.parametrize(
    ("body", "fact", "place"),
    [
        (
            "Japanese companies, whose U.S. direct investment position reached $790 billion at the end of 2025, have "
            "overtaken their British counterparts to become the largest foreign investors in the United States.",
            FDI,
            1,
        ),
        (
            "Among foreign investors in the United States, only firms based in the United Kingdom held more than "
            "Japanese companies in 2025.",
            FDI,
            2,
        ),
        (
            "Japanese firms' holdings in the United States, about $800 billion at the end of 2025, have exceeded "
            "every other country's since 2019.",
            FDI,
            1,
        ),
        (
            "Japanese companies own a bigger stake of direct investment in the United States than the companies of "
            "any other nation.",
            FDI,
            1,
        ),
        (
            "Japan's holdings of U.S. Treasury securities, $1.02 trillion in March, put it behind China ($1.12 "
            "trillion) and ahead of every other foreign holder.",
            TREASURY,
            2,
        ),
        (
            "Japan's exports rose. Two-way trade came to $320 billion in 2025, good for sixth place among U.S. "
            "partners when the European Union is counted as one.",
            OVERALL,
            6,
        ),
        (
            "Japanese investment figures follow.\n\n- Rank: sixth among U.S. trading partners in 2025.\n"
            "- Treasury securities: $1.10 trillion in April, second among foreign holders after China.",
            TREASURY,
            2,
        ),
    ],
)  # fmt: skip
def test_a_place_whose_subject_is_said_apart(body: str, fact: str, place: int) -> None:
    """A place of Japan's by those ahead named by their home or as all ahead, by overtaking, held since a year, a list
    item's, or among all partners with the EU counted as one."""
    assert _ranks(body)[fact] == place


def test_a_list_items_label_gives_the_briefs_subject() -> None:
    """'Rank: sixth among U.S. trading partners' ranks what the brief is about."""
    body = "Japanese investment figures follow.\n\n- Rank: sixth among U.S. trading partners in 2025.\n"
    assert _ranks(body)[OVERALL] == 6


@pytest.mark.parametrize(
    "body",
    [
        "- China: $780 billion of Treasury securities in April, second among foreign holders.",
        "Among foreign investors in the United States, only firms based in the United Kingdom held more than "
        "Canadian companies in 2025.",
        "U.S. trade with Canada in goods and services totaled $900 billion in 2025, a sum exceeded only by trade "
        "with Mexico.",
    ],
)
def test_another_countrys_place_is_not_japans(body: str) -> None:
    """A list item labelled by another country, or another country ranked by those ahead, ranks nothing of Japan's."""
    assert not {FDI, TREASURY, OVERALL} & set(_ranks(body))


def test_the_us_stock_said_as_a_stock_after_japans() -> None:
    """'The U.S. stock in Japan is far smaller: roughly $130 billion', two sentences after the one on FDI."""
    body = (
        "Japan has been the largest source of foreign direct investment in the United States since 2019. Its stock "
        "reached nearly $800 billion by the end of 2025. The U.S. stock in Japan is far smaller: roughly $130 billion "
        "that year."
    )
    assert facts_in(body, "IF11120")["trade.us_fdi_stock_in_japan"][0] == 130_000_000_000


def test_a_pledge_listed_after_its_lead_in() -> None:
    """'$550 billion to be invested in U.S. projects', a list item after Japan's commitments are named."""
    body = (
        "Japan's commitments under the framework include:\n\n- $550 billion to be invested in U.S. projects the "
        "President selects;\n- the purchase of 100 Boeing aircraft."
    )
    assert facts_in(body)["trade.japan_investment_pledge"][0] == 550_000_000_000


def test_another_countrys_listed_pledge_is_not_japans() -> None:
    """An item of a list whose lead-in is South Korea's is South Korea's pledge, not Japan's."""
    body = (
        "South Korea's undertakings under its own deal are:\n\n- $350 billion to be invested in U.S. projects chosen "
        "by Washington;\n- more purchases of U.S. beef."
    )
    assert "trade.japan_investment_pledge" not in facts_in(body)
