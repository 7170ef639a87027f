"""A list item that lost its line break runs into the next paragraph: the item ends at its own figure, and a rank
the glued paragraph gives is not the item's label's.

Every sentence is invented for the test.
"""

from __future__ import annotations

from tests.extract.traps import facts_in


def test_a_rank_after_a_glued_item_is_not_the_items() -> None:
    """'Supplier of U.S. imports: sixth, at $150 billion Counted by ..., Japan ranks second': the import rank is the
    item's own sixth, never the glued paragraph's second."""
    facts = facts_in(
        "Supplier of U.S. imports: sixth, at $150.2 billion Counted by the stock of direct investment, Japan ranks "
        "second among foreign investors in the United States."
    )
    assert facts["trade.import_partner_rank"] == (6, "exact")
    assert facts["trade.fdi_source_rank"] == (2, "exact")


def test_an_items_only_rank_after_its_label_is_still_read() -> None:
    """'Treasury securities: Japanese investors hold the most, more than any other country's': the item's value."""
    facts = facts_in("Treasury securities: Japanese investors hold $1.2 trillion, more than any other country's.")
    assert facts["trade.treasury_holder_rank"] == (1, "exact")
