"""When the Lower House's and the next Diet election must come, in more wordings: a term that 'does not run out
until' or 'lasts until', members who 'may serve' or 'remain in place until' some way after the chamber is named,
'the chamber's term' that a prime minister may dissolve (the Lower House, whatever else the sentence before
names), a leader who 'need not face the voters before' a year, seats filled 'this July' or 'in July', a national vote
'required until' a year before a colon, and the members voters 'will choose' on a fronted day.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, facts_in

LOWER_DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    ("body", "due", "lower"),
    [
        (
            "Members of the lower chamber, chosen in a snap vote in February, need not face the voters again until "
            "February 2030.",
            None,
            "2030-02",
        ),
        ("The four-year term of the House of Representatives does not run out until February 2030.", None, "2030-02"),
        (
            "Unless the prime minister dissolves the lower chamber early, the members elected in February may serve "
            "until February 2030.",
            None,
            "2030-02",
        ),
        (
            "The sitting House of Representatives may remain in place until February 2030 unless it is dissolved.",
            None,
            "2030-02",
        ),
        (
            "The coalition holds 310 of the 465 seats in the House of Representatives, enough to override the upper "
            "chamber. The chamber's current term lasts until February 2030, though the prime minister may dissolve "
            "it sooner.",
            None,
            "2030-02",
        ),
        ("The prime minister need not face the voters before 2028.", 2028, None),
        ("Voters will fill 125 upper-house seats this July, in what will be the next nationwide election.", 2026, None),
        ("No national election is required until 2028: the Lower House's term runs to February 2030.", 2028, "2030-02"),
        ("A general election must take place no later than October 2027.", 2027, "2027-10"),
        ("The lower chamber's mandate runs until February 2030.", None, "2030-02"),
        ("Just chosen, the lower chamber need not return to the voters until February 2030.", None, "2030-02"),
        (
            "The House of Representatives was chosen in February; its members serve out their four-year terms in "
            "February 2030.",
            None,
            "2030-02",
        ),
        ("The terms of the current Lower House members end in February 2030.", None, "2030-02"),
        (
            "Members of the House of Representatives serve four-year terms, which expire in February 2030.",
            None,
            "2030-02",
        ),
        ("The Lower House is not due for election until February 2030.", None, "2030-02"),
        ("The House of Representatives serves a four-year term that ends in February 2030.", None, "2030-02"),
        ("Takaichi's coalition controls the Lower House. Its term runs out in February 2030.", None, "2030-02"),
        ("Japan's lower house does not have to go back to the electorate until February 2030.", None, "2030-02"),
        ("Half of the upper chamber's seats will be filled in July, the next time the country votes.", 2026, None),
        ("On November 29, voters will choose all 465 members of the House of Representatives.", 2026, None),
        ("The House of Representatives holds office until February 2030.", None, "2030-02"),
        ("Lower House members are not up for re-election until February 2030.", None, "2030-02"),
        (
            "Whoever leads the party then must take it into a general election by October of next year at the latest, "
            "when the lower chamber's four-year term lapses.",
            None,
            "2027-10",
        ),
        ("Under the election law, a Lower House election must be held by November 28, 2026.", 2026, "2026-11-28"),
    ],
)
def test_deadlines_are_read_in_more_wordings(body: str, due: int | None, lower: str | None) -> None:
    """Each deadline is read as its sentence dates it, and none is read that it does not state."""
    facts = facts_in(body)
    assert (facts.get(DUE), facts.get(LOWER_DUE)) == (
        (due, "exact") if due else None,
        (lower, "exact") if lower else None,
    )


@pytest.mark.parametrize(
    "body",
    [
        "The coalition holds 63% of the Lower House and 57% of the Upper House. The chamber's term runs to July 2028.",
        "Voters were due to fill 125 upper-house seats this May, in a nationwide election.",
        "The U.S. general election must be held by November 2026, and Japan's by October 2027.",
        "The U.S. House of Representatives' term runs to January 2027.",
        "The lower chamber elected in 2021 was due to sit until October 2025 before it was dissolved.",
    ],
)
def test_a_chamber_not_known_or_a_month_gone_dates_no_deadline(body: str) -> None:
    """'The chamber' after a sentence naming both, with nothing only the Lower House has, is either; 'this May' in a
    June text is past."""
    facts = facts_in(body)
    assert LOWER_DUE not in facts
    assert DUE not in facts
