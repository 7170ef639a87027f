"""Japan's aid to Ukraine said as what 'Its pledges' (Japan's, the sentence before's first donor) hold, and the Quad
leaders' first meeting told beside a plan's deadline year or 'at the level of leaders'. Every sentence is invented for
the test (the text around it is dated June 2026)."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

QUAD = "diplomacy.quad_leader_meetings"
FINANCIAL = "diplomacy.ukraine_financial_support"
HUMANITARIAN = "diplomacy.ukraine_humanitarian_aid"


def test_its_pledges_after_a_sentence_on_japan_are_japans_aid() -> None:
    """'Its pledges to Ukraine comprise ...': the owner of the pledges is the sentence before's donor, Japan."""
    body = (
        "Japan joined sanctions on Russia after the invasion of Ukraine. Its pledges to Ukraine comprise $600 million"
        " in financial support, channeled through the World Bank, and about $300 million in humanitarian assistance."
    )
    facts = facts_in(body)
    assert facts[FINANCIAL] == (600_000_000, "exact")
    assert facts[HUMANITARIAN] == (300_000_000, "about")


@pytest.mark.parametrize(
    "body",
    [
        "Poland took in refugees from Ukraine, and Japan joined sanctions. Its pledges to Ukraine include $600 million"
        " in financial support.",
        "Ukraine has asked Japan for help. Its aid needs include $600 million in financial support.",
        "The European Union has led the donors. Its pledges to Ukraine include $50 billion in financial support.",
    ],
)
def test_its_pledges_of_another_owner_are_not_japans(body: str) -> None:
    """'Its' of another donor named first, of Ukraine's needs, or of the EU: no aid of Japan's."""
    assert FINANCIAL not in facts_in(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quad's leaders met for the first time in April, by video, and agreed to send vaccines by the end of 2027.",
        "The Quad held its first meeting at the level of leaders, by videoconference, in March.",
        "The first-ever Quad leaders' summit, held virtually on March 12, produced pledges on vaccines.",
    ],
)
def test_a_first_meeting_of_the_covers_year_is_counted(sentence: str) -> None:
    """A plan's deadline year ('by the end of 2027') does not date the meeting; 'at the level of leaders' is whose; a
    participle after the counted summit ('The first-ever ... summit, held virtually') tells it held."""
    assert facts_in(sentence)[QUAD] == (1, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quad's leaders met for the first time in 2021 and pledged vaccines by the end of 2026.",
        "The Quad held its first meeting at the level of foreign ministers in March.",
        "The first-ever Quad leaders' summit, held virtually on March 12, 2021, produced pledges on vaccines.",
        "The first Quad leaders' summit, held virtually, is to be followed by an in-person meeting in the fall.",
    ],
)
def test_a_past_first_meeting_or_a_ministerial_one_is_no_count(sentence: str) -> None:
    """A first meeting dated a past year, one of ministers, or one followed by a plan gives no count."""
    assert QUAD not in facts_in(sentence)


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "Japan provided about $100 million in humanitarian aid to Turkey after the earthquake, as it had to"
            " Ukraine's neighbors earlier.",
            None,
        ),
        ("Japan has pledged about $1.3 billion in humanitarian aid to the Government of Ukraine.", 1_300_000_000),
        ("Japan has pledged about $1.3 billion in humanitarian aid to Ukraine.", 1_300_000_000),
    ],
)
def test_aid_sent_to_another_recipient_is_not_ukraines(body: str, read: int | None) -> None:
    """A recipient named right after the kind of aid, not Ukraine nor its government, makes the aid another's."""
    assert facts_in(body).get(HUMANITARIAN, (None,))[0] == read
