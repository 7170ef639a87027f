"""The U.S. president named in full with a generation's mark ('President Joseph R. Biden Jr.'), beside another
person's title after a comma ('met the President, Secretary Bessent'), and by family name alone elsewhere: one person.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

from tests.extract.traps import facts_in, values_on

PRESIDENT = "leaders.us_president"


def test_a_name_with_a_generations_mark_is_read() -> None:
    """'President Joseph R. Biden Jr.' names Biden: 'Jr.' is no third name that leaves the name unread."""
    values = values_on(
        "Since taking office, President Joseph R. Biden Jr. has met Japan's leader.", dt.date(2022, 3, 1)
    )
    assert values[PRESIDENT] == {"family": "Biden", "given": "Joseph"}


def test_an_office_after_the_title_and_a_comma_is_another_persons() -> None:
    """'met the President, Secretary Bessent, and ...': Bessent holds another office; the president stays Trump."""
    facts = facts_in(
        "President Donald Trump spoke with Japan's leader on April 7. Japan's negotiator met the President, "
        "Secretary Bessent, and Commerce Secretary Howard Lutnick in Washington on April 16."
    )
    assert facts[PRESIDENT][0].family == "Trump"


def test_a_family_name_alone_takes_the_given_name_the_text_spells() -> None:
    """'President Biden' beside 'President Joseph R. Biden' is one person, whose given name the text spells Joseph."""
    values = values_on(
        "Japan's leader was received at the White House by President Joseph R. Biden in April. At a climate summit "
        "convened by President Biden on April 22, Japan raised its emissions target.",
        dt.date(2021, 6, 1),
    )
    assert values[PRESIDENT] == {"family": "Biden", "given": "Joseph"}
