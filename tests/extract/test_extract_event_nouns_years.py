"""A declared event said as a thing, dated where it stands ('his April 2015 speech to Congress', 'Congress heard an
address from Abe on ...'), or dated by its year alone ('In 2015, Abe addressed Congress'); a later leader's speech,
another body's, and the speech named by another deed's sentence are none."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Politics\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Abe's April 2015 speech to Congress acknowledged the harm Japan had done in Asia.", ("2015-04", "held")),
        (
            "Congress heard an address from Abe on April 29, 2015, the first by a Japanese leader.",
            ("2015-04-29", "held"),
        ),
        (
            "The speech Abe delivered to Congress on April 29, 2015, set out his view of the alliance.",
            ("2015-04-29", "held"),
        ),
        ("In 2015, Abe addressed a joint meeting of Congress.", ("2015", "held")),
        (
            "Abe's 2015 speech to Congress, given in April of that year, set out his view of the alliance.",
            ("2015-04", "held"),
        ),
        ("Abe's speech to the UN General Assembly in September 2015 praised Congress.", None),
        ("In August 2015, Abe issued a war statement that echoed his speech to Congress.", None),
        (
            "Suga skipped Congress; the last to address it was Abe, who spoke before a joint meeting in April 2015.",
            ("2015-04", "held"),
        ),
        ("Abe met Congress leaders in 2015 and spoke before a joint meeting of the Diet in May 2015.", None),
    ],
)
def test_the_address_as_a_thing_or_by_its_year(body: str, expected: tuple[str, str] | None) -> None:
    """Abe's address is read in each of these words, at the precision they give; another's is not."""
    events = extract_snapshot(HEAD.format(cover="May 14, 2019") + body + "\n", brief="IF10199").snapshot.events
    found = events.get("abe_address_to_congress")
    assert ((found.date, found.status) if found else None) == expected
