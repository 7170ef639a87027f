"""The next Diet election's date said by pointing back ('no national vote need be held before then', 'none comes
sooner') to the date named just before, in the sentence or the one before it, or by a part of a year ('in mid-2028');
never from a clause that only supposes an earlier vote, nor from a vote of the Lower House alone, nor where the
clause names its own date ('No national election is required before October 2027, though ... earlier'). And the Lower
House's deadline said by the month the chamber was chosen ('The lower chamber chosen in February may serve out its
term to February 2030')."""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, facts_in

LOWER_DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "In the House of Representatives, the LDP and Komeito hold two-thirds of the seats. That chamber's members "
            "were last chosen by voters in October 2022, and their four-year terms end in October 2026, the latest "
            "point at which they must go back to the voters.",
            DUE,
            (2026, "exact"),
        ),
        (
            "The lower chamber's mandate runs until October 2028, and no national election need be held before then.",
            DUE,
            (2028, "exact"),
        ),
        ("The Lower House's term expires in October 2028, but a snap election could come before then.", DUE, None),
        (
            "The chamber was last chosen in October 2023. No national election is required before October 2027, "
            "though a prime minister may dissolve it earlier.",
            DUE,
            (2027, "exact"),
        ),
        (
            "Unless Hoshino calls a snap election, voters face no national ballot until the councillors' next contest, "
            "in mid-2028.",
            DUE,
            (2028, "exact"),
        ),
        (
            "Hoshino won the general election in February 2026. The lower chamber chosen in February may serve out its "
            "four-year term to February 2030.",
            LOWER_DUE,
            ("2030-02", "exact"),
        ),
    ],
)
def test_a_deadline_pointed_back_to_or_dated_by_its_choosing_is_read(
    body: str, fact: str, value: tuple[object, str] | None
) -> None:
    """A denied national vote 'before then' dates the next Diet election; a supposed early vote does not."""
    assert facts_in(body).get(fact) == value
