"""IF11120's leaders in more wordings: a prime minister named, then titled in apposition ('Suga Yoshihide, the premier
since September 2032, ...'), and a president-elect's Administration, which is still to come."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreement Negotiations\n\nUpdated {updated}\n\n## Overview\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
PM, PRESIDENT = "leaders.japan_prime_minister", "leaders.us_president"


def _leaders(paragraph: str, updated: str = "December 1, 2032") -> dict[str, Any]:
    facts = extract_snapshot(COVER.format(updated=updated) + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {key: facts[key].model_dump(mode="json")["value"]["family"] for key in (PM, PRESIDENT) if key in facts}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Yoshihide Suga, Japan's prime minister since September 16, 2032, has kept his predecessor's line.",
         {PM: "Suga"}),
        ("Suga Yoshihide, the premier since September 2032, has kept his predecessor's line.", {PM: "Suga"}),
        ("President Donald Trump, who left the Paris accord in 2017, sought a bilateral deal. President Joe Biden "
         "hosted Japan's leader in April. Suga Yoshihide, chosen as party leader on September 14 and elected prime "
         "minister by the Diet two days later, keeps his predecessor's line.", {PRESIDENT: "Biden", PM: "Suga"}),
        ("President Donald Trump, who lost his race on November 2, is to hand over to President-elect Joe Biden. "
         "Whether the Biden Administration will reopen the talks is unclear.", {PRESIDENT: "Trump"}),
        # traps: a past term in the apposition, a prime minister who left later, a 'then-' title
        ("Shinzo Abe, Japan's prime minister from 2012 to 2020, died in 2022.", {}),
        ("Yoshihide Suga, Japan's prime minister since September 16, 2032, resigned in 2033.", {}),
        # a president named for deeds narrated as past and dated years before: not the sitting one
        ("Under President Biden, the two sides set up a forum on supply chains for critical minerals in May 2029 and, "
         "on June 1, 2030, signed a minerals pact.", {}),
        ("Under President Biden, the two sides set up a forum on supply chains for critical minerals in May 2029 and, "
         "on June 1, 2030, signed a minerals pact. President Donald Trump visited Tokyo in November.",
         {PRESIDENT: "Trump"}),
    ],
)  # fmt: skip
def test_leaders_titled_in_apposition_and_a_president_elect(paragraph: str, expected: dict[str, str]) -> None:
    """The prime minister named, then titled, is sitting; a president-elect's Administration is not yet sitting."""
    assert _leaders(paragraph) == expected
