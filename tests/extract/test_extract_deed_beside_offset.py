"""A deed dated beside its own words in a sentence that counts days from it: 'the vote came two days after Abe was
shot in Nara on July 8, 2022' dates the shooting July 8 (the offset dates the vote); a date beside the other event's
words is moved by the offset ('the July 10, 2022, election, two days after Abe was killed': July 8), and so is one
inside the offset's own event ('two days before the July 10, 2022, ballot'); a date outside it is the deed's own ('On
July 8, 2022, two days before the poll, Abe was shot').

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_deed_own_date import events_of


@pytest.mark.parametrize(
    "body",
    [
        "The ballot was held two days after Abe Shinzo was shot and killed while speaking in the city of Nara on "
        "July 8, 2022.",
        "The upper house poll came two days after Abe Shinzo was shot dead in Nara on July 8, 2022.",
        "Campaigning resumed one day after Abe Shinzo was assassinated on July 8, 2022, at a rally.",
        "The poll on July 10, 2022, came two days after Abe Shinzo was killed.",
        "Two days after Abe Shinzo was killed, voters went to the polls on July 10, 2022.",
        "On July 8, 2022, two days before the poll, Abe Shinzo was shot dead in Nara.",
        "Two days before the July 10, 2022, ballot, Abe Shinzo was assassinated.",
        "Abe Shinzo was shot dead two days before the July 10, 2022, ballot.",
    ],
    ids=[
        "beside-while",
        "beside-in-city",
        "beside-on",
        "other-before",
        "other-after-comma",
        "own-before-offset",
        "other-in-offset-first",
        "other-in-offset-after",
    ],
)
def test_a_deed_is_dated_by_the_date_beside_its_own_words(body: str) -> None:
    """Whichever side of the offset the date stands, the deed is dated July 8."""
    assert events_of(body)["abe_assassination"] == "2022-07-08"
