"""A part of the goods or the services flow is no reading of that flow: an amount restating a fraction of it ('a third
of U.S. goods imports from Japan, about $55 billion'), or what a named thing accounts for of it ('Machinery accounted
for $12 billion of U.S. goods exports'); and a deficit said to count services too, however 'U.S.' stands before it, is
no goods deficit. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

GX, SX = "trade.us_goods_exports_to_japan", "trade.us_services_exports_to_japan"
GM, SM = "trade.us_goods_imports_from_japan", "trade.us_services_imports_from_japan"


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Machinery accounts for about a fifth of U.S. goods exports to Japan, some $16 billion in 2030.", GX),
        ("Robots make up roughly a quarter of U.S. goods imports from Japan, about $37 billion in 2030.", GM),
        ("Travel made up about a third of U.S. services exports to Japan, roughly $16 billion in 2030.", SX),
        ("Royalties were nearly half of U.S. services imports from Japan in 2030, or $21 billion.", SM),
    ],
)
def test_an_amount_restating_a_fraction_of_a_part_is_not_that_part(body: str, fact: str) -> None:
    """The amount after 'a fifth of U.S. goods exports' is the fifth's, not the goods flow's."""
    assert fact not in facts_in(body, "IF11120")


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Chip tools and related equipment accounted for $12 billion of U.S. goods exports to Japan in 2030.", GX),
        ("Licensing fees represented about $18 billion of U.S. services imports from Japan in 2030.", SM),
        ("Optical instruments made up $9.5 billion in U.S. goods imports from Japan in 2030.", GM),
    ],
)
def test_what_a_named_thing_accounts_for_of_a_part_is_not_that_part(body: str, fact: str) -> None:
    """'X accounted for $12 billion of U.S. goods exports': a part of the goods flow, not the goods flow."""
    assert fact not in facts_in(body, "IF11120")


def test_a_fraction_the_part_itself_makes_up_is_still_the_part() -> None:
    """'Goods made up two-thirds of U.S. exports to Japan, some $80 billion': the goods part's own amount."""
    facts = facts_in("Goods made up about two-thirds of U.S. exports to Japan in 2030, some $80 billion.", "IF11120")
    assert facts[GX] == (80_000_000_000, "about")


def test_the_goods_part_that_accounts_for_its_amount_is_still_read() -> None:
    """'Goods accounted for $74 billion of U.S. exports to Japan' names the goods part itself."""
    facts = facts_in("Goods accounted for $74 billion of U.S. exports to Japan in 2030.", "IF11120")
    assert facts[GX] == (74_000_000_000, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "Counting goods and services together, the U.S. deficit with Japan was about $52 billion in 2030.",
        "Including services, the U.S. deficit with Japan came to $58 billion in 2030, less than in goods alone.",
        "With services added in, the U.S. deficit with Japan fell to $49 billion in 2030.",
    ],
)
def test_a_deficit_counting_services_after_us_is_no_goods_deficit(body: str) -> None:
    """The words before 'the U.S. deficit' scope it: 'U.S.' ends no list item that would cut them off."""
    assert "trade.goods_deficit" not in facts_in(body, "IF11120")


def test_a_goods_deficit_after_us_is_still_read() -> None:
    """'In goods trade, the U.S. deficit with Japan was $68 billion': the goods deficit."""
    facts = facts_in("In goods trade, the U.S. deficit with Japan was $68 billion in 2030.", "IF11120")
    assert facts["trade.goods_deficit"] == (68_000_000_000, "exact")


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("Goods shipped to Japan accounted for $77 billion of U.S. goods exports in 2030.", GX,
         (77_000_000_000, "exact")),
        ("In 2030, purchases from Japan made up $151 billion of U.S. goods imports.", GM, (151_000_000_000, "exact")),
        ("Japan represented roughly $77 billion in U.S. goods exports in 2030, the fourth-largest market.", GX,
         (77_000_000_000, "about")),
        ("Sales to Japan accounted for about $43 billion of U.S. services exports in 2030.", SX,
         (43_000_000_000, "about")),
        ("In 2030 exports to Japan accounted for some $77 billion of U.S. goods exports, ranking fourth.", GX,
         (77_000_000_000, "about")),
    ],
)  # fmt: skip
def test_what_japan_or_its_flow_accounts_for_is_that_flow(body: str, fact: str, value: tuple[int, str]) -> None:
    """'Sales to Japan accounted for $43 billion of U.S. services exports': the thing named is the Japan flow itself,
    so the amount is that flow's, not a part of it."""
    assert facts_in(body, "IF11120")[fact] == value


def test_a_japan_flow_said_to_be_a_fraction_of_a_wider_flow_is_still_read() -> None:
    """'U.S. goods exports to Japan, roughly a tenth of those to Asia, were $77 billion': the fraction is the Japan
    flow's share of the flow to Asia, and the amount is the Japan flow's."""
    body = "In 2030, U.S. goods exports to Japan, roughly a tenth of U.S. goods exports to Asia, were $77 billion."
    assert facts_in(body, "IF11120")[GX] == (77_000_000_000, "exact")


@pytest.mark.parametrize(
    "body",
    [
        "Japan purchases many services from the U.S. The U.S. goods deficit with Japan was $66 billion in 2030.",
        "Japan ran a services surplus with the U.S. The U.S. goods deficit with Japan was $66 billion in 2030.",
        "Japan sells fewer services than it buys from the U.S. The goods deficit with Japan was $66 billion in 2030.",
    ],
)
def test_a_sentence_ending_in_us_does_not_scope_the_next_goods_deficit(body: str) -> None:
    """'... services from the U.S. The U.S. goods deficit ...': 'U.S.' before a new sentence ends the sentence, so its
    services do not rule out the goods deficit that follows."""
    assert facts_in(body, "IF11120")["trade.goods_deficit"] == (66_000_000_000, "exact")
