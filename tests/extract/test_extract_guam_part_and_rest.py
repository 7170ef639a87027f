"""The Marines bound for Guam as a part of those leaving Okinawa, beside the rest's destination: in 'Some 9,000 Marines
are to leave Okinawa, roughly 4,000 of them for Guam, and the rest for Hawaii' the part's words end where the rest's
begin, so Hawaii does not rule the 4,000 out; and the whole (9,000), whose part the sentence gives to Guam, is no
count of those bound for Guam, whichever reader asks.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import GUAM, facts_in


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Some 9,000 Marines are to leave Okinawa, roughly 4,000 of them for Guam, and the rest for Hawaii.", 4000),
        (
            "About 9,000 Marines will leave Okinawa, some 4,000 or so of them for Guam, while the remainder go to "
            "Hawaii.",
            4000,
        ),
    ],
)
def test_the_part_bound_for_guam_is_read_beside_the_rest(body: str, value: int) -> None:
    """The part is read, not the whole."""
    assert facts_in(body)[GUAM][0] == value


def test_the_whole_whose_part_goes_to_guam_is_not_read() -> None:
    """With the part unreadable (bound elsewhere too), the whole is still not Guam's."""
    body = "Some 9,000 Marines are to leave Okinawa, about 4,000 of them for Guam or Hawaii."
    assert facts_in(body).get(GUAM, (None,))[0] != 9000
