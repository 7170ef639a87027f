"""Two flows with the balance they leave said after them ('..., for a combined deficit of $X', '..., leaving a goods
deficit of $X'): the balance's words do not make the flows' clause one of a deficit, and a balance of goods and
services together is no goods deficit; an amount written out in dollars of goods is the goods part. Every sentence
is invented for the test."""

from __future__ import annotations

from tests.extract.traps import facts_in

X, M, D = "trade.us_exports_to_japan", "trade.us_imports_from_japan", "trade.goods_deficit"
GX, GM = "trade.us_goods_exports_to_japan", "trade.us_goods_imports_from_japan"


def _read(body: str) -> dict[str, object]:
    return {key: value for key, (value, _) in facts_in(body, "IF11120").items() if key in (X, M, D, GX, GM)}


def test_flows_before_a_combined_deficit() -> None:
    body = (
        "In 2030 the United States sold $133.8 billion of goods and services to Japan and bought $196.5 billion "
        "from it, for a combined deficit of $62.7 billion."
    )
    assert _read(body) == {X: 133_800_000_000, M: 196_500_000_000}


def test_goods_flows_before_the_goods_deficit_they_leave() -> None:
    body = (
        "In 2030 the United States sold $81.2 billion of goods to Japan and bought $153.0 billion from it, leaving a "
        "goods deficit of $71.8 billion."
    )
    assert _read(body) == {GX: 81_200_000_000, GM: 153_000_000_000, D: 71_800_000_000}


def test_an_amount_in_dollars_of_goods_is_the_goods_part_only() -> None:
    """'142 billion dollars' worth of goods' (the amount in words or figures before 'dollars') is the goods flow, never
    the flow of goods and services."""
    for body in (
        "In 2030 the United States imported one hundred fifty-three billion dollars' worth of goods from Japan.",
        "In 2030 the United States imported 153 billion dollars of goods from Japan.",
    ):
        assert _read(body) == {GM: 153_000_000_000}
