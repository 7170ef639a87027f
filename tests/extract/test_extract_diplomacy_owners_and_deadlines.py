"""'Its pledges (to Ukraine) ...' never Japan's aid, a recipient named after the aid's kind, and the Quad leaders'
first meeting told beside a plan's deadline year (one after the cover's), never 'at the level of leaders' nor ',
held ...'. Every sentence is invented for
the test (the text around it is dated June 2026)."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

QUAD = "diplomacy.quad_leader_meetings"
FINANCIAL = "diplomacy.ukraine_financial_support"
HUMANITARIAN = "diplomacy.ukraine_humanitarian_aid"


@pytest.mark.parametrize(
    "body",
    [
        "Poland took in refugees from Ukraine, and Japan joined sanctions. Its pledges to Ukraine include $600 million"
        " in financial support.",
        "Ukraine has asked Japan for help. Its aid needs include $600 million in financial support.",
        "The European Union has led the donors. Its pledges to Ukraine include $50 billion in financial support.",
        # another body's gifts after a sentence whose first donor-word is Japan (review of events42, finding 4)
        "Japan welcomed the European Commission's plan for Ukraine. Its pledges to Ukraine comprise $50 billion in"
        " financial support.",
        "Japan is the largest shareholder of the Asian Development Bank, which lends to Ukraine. Its pledges to Ukraine"
        " comprise $600 million in financial support.",
        # a past total (finding 5)
        "Japan has imposed sanctions on Russia over Ukraine. Its pledges to Ukraine stood at $600 million in financial"
        " support at the end of 2022.",
    ],
)
def test_its_pledges_of_another_owner_are_not_japans(body: str) -> None:
    """'Its' of another donor named first, of Ukraine's needs, or of the EU: no aid of Japan's."""
    assert FINANCIAL not in facts_in(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quad's leaders met for the first time in April, by video, and agreed to send vaccines by the end of 2027.",
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
        # a year after 'by / before / through' that bounds the past (review of events42, finding 1)
        "The Quad's leaders met for the first time in March, and they have met every year through 2025.",
        "Before 2021, the Quad met only at the level of ministers; its leaders met for the first time in March of that"
        " year.",
        "By 2023 the Quad leaders had met for the first time in person, in Tokyo.",
        # 'at the level of leaders' names no owner, and reaches deputies (finding 6)
        "Modeled on the Quad, the new U.S.-Japan-Philippines grouping held its first meeting at the level of leaders"
        " in April.",
        "The Quad held its first meeting at the level of leaders' deputies in March.",
        # a summit recalled with ', held ...' (finding 7)
        "The first Quad leaders' summit, held in Washington after the virtual one, produced a joint statement.",
        "The fourth Quad leaders' summit, held in Hiroshima after a cancellation in Sydney, was brief.",
    ],
)
def test_a_past_first_meeting_or_a_ministerial_one_is_no_count(sentence: str) -> None:
    """A first meeting dated or bounded by a past year, one of ministers, of another group or deputies, or a summit
    recalled (', held ...') gives no count."""
    assert QUAD not in facts_in(sentence)


def test_a_count_bounded_by_a_past_year_is_the_count() -> None:
    """'by 2024 they had met six times' bounds the past: the count, never the first meeting's ordinal (finding 1)."""
    body = "The Quad's leaders met for the first time in March, and by 2024 they had met six times."
    assert facts_in(body)[QUAD] == (6, "exact")


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
        # Ukraine named later in another phrase is not the recipient (review of events42, finding 8)
        ("Japan has provided $100 million in humanitarian aid to Poland for refugees from Ukraine.", None),
        ("Japan provided $200 million in humanitarian aid to the Red Cross for its work in Ukraine.", 200_000_000),
    ],
)
def test_aid_sent_to_another_recipient_is_not_ukraines(body: str, read: int | None) -> None:
    """A recipient named right after the kind of aid, not Ukraine nor its government, makes the aid another's."""
    assert facts_in(body).get(HUMANITARIAN, (None,))[0] == read
