"""The yen's extreme against the dollar said in more words: years written out ('a five-year low', 'its feeblest level
in thirteen years'), decades ('its weakest point in two decades' is a 20-year low), and 'it' after a sentence on
the yen. Another currency's extreme, or one no sentence ties to the yen, is not read.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

YEN = "economy.yen"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The yen fell to ¥160 per dollar in May, a seven-year low.", "seven-year low against the dollar"),
        ("In May the yen slid past ¥160 a dollar, a level not seen in 29 years.", "29-year low against the dollar"),
        (
            "The yen sank to ¥160 per dollar in May, its feeblest level in eleven years.",
            "11-year low against the dollar",
        ),
        (
            "The yen slipped past ¥160 per dollar in May, its weakest point in three decades.",
            "30-year low against the dollar",
        ),
        ("The yen rose to ¥100 per dollar in May, its firmest level in six years.", "6-year high against the dollar"),
        (
            "The yen rose to ¥130 per dollar in May, its strongest level in about 14 months.",
            "14-month high against the dollar",
        ),
        (
            "The yen sank to ¥165 per dollar in May, its weakest level in forty-one and a half years.",
            "41.5-year low against the dollar",
        ),
        (
            "Rate cuts weighed on the yen. In May it sank past ¥160 per dollar, its softest level in nine years.",
            "9-year low against the dollar",
        ),
    ],
)
def test_the_yens_extreme_is_read_in_words(body: str, value: str) -> None:
    """Years and decades in words, and 'it' after a sentence on the yen, give the yen's extreme."""
    assert facts_in(body)[YEN][0] == value


@pytest.mark.parametrize(
    "body",
    [
        "The won sank to 1,400 per dollar in May, its weakest level in eleven years, while the euro held firm.",
        "Tokyo stocks rose. In May the dollar reached its strongest level in eleven years against the euro.",
    ],
)
def test_another_currencys_extreme_is_not_the_yens(body: str) -> None:
    """An extreme no sentence ties to the yen, or another currency's, gives no yen fact."""
    assert YEN not in facts_in(body)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "In March the yen firmed to ¥138 per dollar, a nine-month high against the dollar; in June 2023 it had "
            "slid to a 31-year low.",
            "nine-month high against the dollar",
        ),
        (
            "The yen, which had previously fallen to a 31-year low, rose to ¥138 per dollar in March, a nine-month "
            "high.",
            "nine-month high against the dollar",
        ),
        (
            "In March the yen weakened past ¥150 per dollar, a 31-year low against the dollar.",
            "31-year low against the dollar",
        ),
    ],
)
def test_the_yens_current_extreme_wins_over_one_it_had_reached(body: str, value: str) -> None:
    """A months-long extreme is read as written, and one the yen had reached before is history, not its state."""
    assert facts_in(body)[YEN][0] == value


def test_an_extreme_the_yen_had_reached_alone_is_not_read() -> None:
    """'it had sunk to a 31-year low' before the yen recovered names no current extreme: no yen fact."""
    body = (
        "The yen recovered to ¥138 per dollar in March; in June 2023 it had sunk to a 31-year low against the dollar."
    )
    assert YEN not in facts_in(body)
