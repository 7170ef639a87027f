"""IF11120 facts said with their subject carried or set apart: a holding or a rate whose owner the sentence before
names ('Its holdings ...', '..., they pay 15%'), a stock under a heading that names its owner, a rank of 'that
imbalance', a split with an aside of examples, a deed's date beside another deed's, a table whose columns are flows.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

BRIEF = "IF11120"
TREASURY = "trade.treasury_holder_rank"
AUTOS = "tariffs.section232_autos"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("Japan holds U.S. Treasuries. Its holdings, about $1.2 trillion in May, are now the largest of any foreign "
         "country.", TREASURY, 1),
        ("Japan is the second-largest foreign lender to the U.S. government, after China.", TREASURY, 2),
    ],
)  # fmt: skip
def test_a_subject_carried_or_set_apart_is_read(body: str, fact: str, value: object) -> None:
    """Each fact whose subject the sentence before, a fronted phrase or an aside keeps apart from its value."""
    read = facts_in(body, BRIEF).get(fact)
    got = None if read is None else read[0].family if fact == "leaders.us_president" else read[0]
    assert got == value


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Japan's FDI stock in the United States rose. Its holdings, about $700 billion, are the largest of any "
         "foreign country.", TREASURY),
        ("China is the biggest foreign creditor of the U.S. government; Japan is a major one.", TREASURY),
    ],
)  # fmt: skip
def test_a_subject_carried_from_another_topic_is_not_read(body: str, fact: str) -> None:
    """'Its holdings' after a sentence on FDI are no Treasuries; 'They' after steel are no cars; a flow is no stock."""
    assert fact not in facts_in(body, BRIEF)
