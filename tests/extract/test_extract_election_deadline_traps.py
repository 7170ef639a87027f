"""Traps for the loose election forms of the deadline round: an adverb that drops a plan ('originally expected in
July'), a loose date after a term's end that is not the vote's own (ruled out, wished for, another country's or
another year's vote, after the deadline), a yearless leadership win by a leader since gone, a local election's 'when'
or 'this past' date, a deadline said to be only the latest ('before the summer recess ends'), and the half-year a
yearless win may lie back, counted in days.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("cover", "body", "slug", "wrong"),
    [
        # an adverb of a dropped or earlier plan keeps no date for the vote
        ("July 5, 2029", "The Upper House election, initially expected in July, was postponed to August.",
         "upper_house_2029", "2029-07"),
        ("July 5, 2029", "The general election, originally scheduled for October, was moved up to September.",
         "lower_house_2029", "2029-10"),
        ("July 5, 2029", "The general election was previously expected in July but Ishiba delayed it.",
         "lower_house_2029", "2029-07"),
        ("July 5, 2029", "The Lower House's term expires on October 30, 2029, though the general election was "
         "originally expected in July.", "lower_house_2029", "2029-07"),
        ("July 5, 2029", "The Lower House's term expires on October 30, 2029, although the general election was "
         "initially slated for July.", "lower_house_2029", "2029-07"),
        ("July 5, 2029", "The Lower House election is hardly expected in September, analysts say.",
         "lower_house_2029", "2029-09"),
        # a loose date after the term's end that is not the vote's own
        ("July 5, 2029", "The Lower House's term expires on October 30, 2029, and a snap election in September has "
         "been ruled out.", "lower_house_2029", "2029-09"),
        ("July 5, 2029", "The Lower House's term expires on October 30, 2029; an early election in September is "
         "unlikely.", "lower_house_2029", "2029-09"),
        ("July 5, 2029", "The Lower House's term expires on October 30, 2029; critics want the election in September.",
         "lower_house_2029", "2029-09"),
        ("July 5, 2029", "The Lower House's term ends on October 30, 2029; South Korea's election is set for "
         "September.", "lower_house_2029", "2029-09"),
        ("July 5, 2029", "The Lower House's term expires on October 30, 2029, and a general election must be held by "
         "then; in 2025 the vote came in November.", "lower_house_2029", "2029-11"),
        # a yearless win by a leader the sentence says has since gone, or a former one
        ("March 3, 2026", "Ishiba, who won the LDP presidency on September 27, resigned after the party's Upper House "
         "defeat in July 2025.", "ldp_president_2025", "2025-09-27"),
        ("March 3, 2026", "Takaichi succeeded Ishiba, who had won the LDP presidency on September 27 and resigned "
         "after a year.", "ldp_president_2025", "2025-09-27"),
        ("March 3, 2031", "Abe won the LDP presidency on September 26, returning to power three months later.",
         "ldp_president_2030", "2030-09-26"),
        # a local election's 'when' clause or 'this past' date dates no chamber
        ("June 2, 2032", "The Upper House campaign opens on July 8, when the Tokyo assembly election is held.",
         "upper_house_2032", "2032-07-08"),
        ("June 2, 2032", "Upper House candidates will register on July 8, when the Naha city assembly election is "
         "held.", "upper_house_2032", "2032-07-08"),
        ("December 9, 2031", "The Tokyo assembly election this past June weakened the LDP ahead of the Upper House "
         "vote.", "upper_house_2031", "2031-06"),
        ("December 9, 2031", "The LDP's defeat in the Tokyo assembly election this past June bodes ill for the Upper "
         "House election.", "upper_house_2031", "2031-06"),
        # a deadline said to be only the latest: 'called before the summer recess ends'
        ("August 2, 2029", "Lower House members' terms expire on October 30, 2029, but this year's general election "
         "is likely to be called before the summer recess ends.", "lower_house_2029", "2029-10-30"),
        # half a year back, counted in days: September 1 is almost seven months before March 31
        ("March 31, 2031", "Hoshino won the LDP presidency on September 1.", "ldp_president_2030", "2030-09-01"),
    ],
)  # fmt: skip
def test_a_date_that_is_not_the_votes_own_dates_no_vote(cover: str, body: str, slug: str, wrong: str) -> None:
    """Each date belongs to a dropped plan, another vote, a gone leader's past or a latest bound: not the vote's."""
    assert elections_of(body, cover).get(slug, {}).get("date") != wrong


def test_a_vote_still_to_come_after_a_term_end_is_not_held() -> None:
    """'this year's general election is expected to be held alongside next month's Tokyo governor race': to come."""
    body = (
        "Lower House members' terms expire on October 30, 2029, but this year's general election is expected to be "
        "held alongside next month's Tokyo governor race."
    )
    assert elections_of(body, "August 2, 2029").get("lower_house_2029", {}).get("status") != "held"


@pytest.mark.parametrize(
    "body",
    [
        "The Lower House's term expires on October 30, 2029; the general election is now expected in September.",
        "The Lower House's term expires on October 30, 2029, but the general election is still expected in September.",
    ],
)
def test_an_adverb_that_keeps_the_plan_current_keeps_the_votes_own_date(body: str) -> None:
    """'now expected', 'still expected': the plan stands, and dates the vote before its deadline."""
    assert elections_of(body, "July 5, 2029") == {"lower_house_2029": {"date": "2029-09", "status": "upcoming"}}


@pytest.mark.parametrize(
    "body",
    [
        "Mori Keiko, a former foreign minister, won the LDP presidency on October 4 and became prime minister on "
        "October 21.",
        "Mori Keiko, formerly minister of finance and a former economy minister, won the LDP leadership on October 4 "
        "and became prime minister on October 21.",
    ],
)
def test_a_past_post_of_another_kind_leaves_a_recent_yearless_win_read(body: str) -> None:
    """'A former foreign minister' tells a past post, not a leader since gone: the win of five weeks before stands."""
    assert elections_of(body, "November 10, 2025").get("ldp_president_2025", {}).get("date") == "2025-10-04"
