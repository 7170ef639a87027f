"""A trade amount tied to its flow by the sentence's roles: a pronoun doer stands for its sentence's subject, through
the sentences before whose subject is the pronoun too ('which it bought', 'That year it bought ... and sold'); an
amount right after a flow's verb is its object; a noun after an amount that tells only its kind ('with $136.5 billion
in shipments') takes the flow named before it; a row of places may be followed by a comma ('ranking fourth and fifth,
respectively'); a phrase put first scopes the sentence's flows to its part ('In services, ...'). Every sentence is
invented for the test."""

from __future__ import annotations

from typing import Any

from tests.extract.traps import facts_in

X, M = "trade.us_exports_to_japan", "trade.us_imports_from_japan"
XR, MR = "trade.export_partner_rank", "trade.import_partner_rank"
SX = "trade.us_services_exports_to_japan"


def _trade(body: str, brief: str = "IF10199") -> dict[str, Any]:
    return {key: value for key, (value, _) in facts_in(body, brief).items() if key.startswith("trade.")}


def test_a_relative_clause_pronoun_doer_and_a_role_noun_tie_each_amount() -> None:
    """'a destination for U.S. goods, which it bought to the tune of $X, and as a supplier of them, with $Y in
    shipments': 'it' is Japan, the sentence's subject, so $X is U.S. exports; $Y is the supplier's, U.S. imports."""
    body = (
        "Japan ranked fourth in 2025 both as a destination for U.S. goods, which it bought to the tune of $71.4 "
        "billion, and as a supplier of them, with $139.2 billion in shipments."
    )
    read = _trade(body)
    assert (read.get(X), read.get(M)) == (71_400_000_000, 139_200_000_000)


def test_a_pronoun_subject_carried_through_the_sentences_before() -> None:
    """'That year it bought $X of U.S. goods and services and sold $Y, ranking fourth and fifth, respectively, as a
    market for U.S. exports and a source of U.S. imports': 'it' is Japan, named two sentences back (the sentence
    between has 'it' for its subject and lists other countries after the place)."""
    body = (
        "By most measures Japan is one of the most important U.S. economic partners. Counting goods and services "
        "together, it was the fourth-largest U.S. trading partner in 2025, after Canada, Mexico, and China. That "
        "year it bought $122.4 billion of U.S. goods and services and sold $183.9 billion, ranking fourth and fifth, "
        "respectively, as a market for U.S. exports and a source of U.S. imports."
    )
    read = _trade(body)
    assert (read.get(X), read.get(M), read.get(XR), read.get(MR)) == (122_400_000_000, 183_900_000_000, 4, 5)


def test_a_pronoun_standing_for_another_country_reads_no_flow() -> None:
    """'China was ... That year it bought $X of U.S. goods and sold $Y': China's trade, never Japan's."""
    body = (
        "China was the third-largest U.S. trading partner in 2025. That year it bought $143.5 billion of U.S. goods "
        "and services and sold $462.6 billion."
    )
    read = _trade(body)
    assert X not in read
    assert M not in read


def test_shipments_after_a_supplier_of_them_are_no_exports() -> None:
    """'both as a destination for U.S. goods and as a supplier of them, with $136.8 billion in shipments': the
    supplier's shipments, never U.S. exports (read as U.S. imports, or not at all)."""
    body = (
        "Fourth among all U.S. trading partners in 2025, Japan also ranked fourth both as a destination for U.S. "
        "goods and as a supplier of them, with $136.8 billion in shipments."
    )
    read = _trade(body)
    assert X not in read
    assert read.get(M, 136_800_000_000) == 136_800_000_000


def test_places_in_a_row_before_a_comma_pair_respectively() -> None:
    """'ranked fourth and fifth, respectively, as a market for U.S. exports and a source of U.S. imports'."""
    body = "In 2025 Japan ranked fourth and fifth, respectively, as a market for U.S. exports and a source of imports."
    read = _trade(body)
    assert (read.get(XR), read.get(MR)) == (4, 5)


def test_a_part_put_first_scopes_the_flows_after_it() -> None:
    """'In services, U.S. exports to Japan were $46.5 billion': the services flow, never the total of both parts."""
    for body in (
        "In services, U.S. exports to Japan were $46.5 billion in 2025.",
        "In services, U.S. sales to Japan came to $46.5 billion in 2025, while purchases the other way totaled $37.2 "
        "billion.",
    ):
        read = _trade(body, "IF11120")
        assert X not in read, body
        assert read.get(SX) == 46_500_000_000, body


def test_a_product_put_first_reads_no_flow() -> None:
    """'In agriculture, U.S. exports to Japan were $12.4 billion': a part of the flow by product, never the flow."""
    read = _trade("In agriculture, U.S. exports to Japan were $12.4 billion in 2025.", "IF11120")
    assert X not in read


def test_a_part_counted_in_is_no_part_of_the_amounts() -> None:
    """'Counting services, the United States exported $121.2 billion to Japan': the total with services counted in,
    never the services flow."""
    body = "Counting services, the United States exported $121.2 billion to Japan in 2025 and imported $178.5 billion."
    assert SX not in _trade(body, "IF11120")


def test_japans_imports_from_the_world_are_no_us_exports() -> None:
    """'Japan imported $780 billion of goods from the world, about a tenth of it from the United States': Japan's
    trade with the world, never U.S. exports to Japan."""
    body = "Japan imported $780 billion of goods from the world in 2025, about a tenth of it from the United States."
    assert "trade.us_goods_exports_to_japan" not in _trade(body, "IF11120")
