"""IF11120's traps of time and list: a part-year figure, a rate paid over a span that ended, a list of
countries ahead that goes on past an aside, a president's rival. Each is declined or read right, never
read as the fact."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Trade\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
"""A sentence with a fact, so that the text yields a snapshot at all."""


def _facts(paragraph: str, updated: dt.date = dt.date(2032, 5, 4)) -> dict[str, Any]:
    text = COVER.format(updated=f"{updated:%B} {updated.day}, {updated.year}") + ANCHOR + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120", updated=updated).snapshot.facts
    return {fact_id: fact.model_dump(mode="json") for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Over the first nine months of 2031, the goods deficit with Japan was $52.4 billion.",
        "From January through June 2031, the U.S. goods deficit with Japan came to $33.9 billion.",
        "Census figures through October 2031 put the goods deficit with Japan at $60.2 billion.",
        "Year-to-date, the goods deficit with Japan stood at $41.5 billion in 2031.",
        "In the first half of 2031, U.S. goods exports to Japan were $38.8 billion.",
        "So far this year, U.S. exports to Japan totaled $71.0 billion in 2031.",
    ],
)
def test_a_figure_for_part_of_a_year_is_not_the_years(paragraph: str) -> None:
    """'The first nine months', 'January through June', 'through October 2031', 'year-to-date': not read."""
    read = _facts(paragraph)
    assert not {key for key in read if key.startswith("trade.") and "treasury" not in key}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, the goods deficit with Japan, $71.3 billion, came third behind only China and Mexico, and well "
        "ahead of Germany.",
        "The goods deficit with Japan, $71.3 billion in 2031, was exceeded only by the deficits with China, Mexico "
        "and, by a small margin, Vietnam.",
    ],
)
def test_the_whole_year_stays_read_beside_a_part_year_elsewhere(paragraph: str) -> None:
    """The year's own figure, where no part of a year is named, is still read with its rank."""
    read = _facts(paragraph)
    assert read["trade.goods_deficit"]["value"] == 71_300_000_000


@pytest.mark.parametrize(
    ("paragraph", "rank"),
    [
        ("In 2031, the goods deficit with Japan, $71.3 billion, trailed only the deficits with China and Mexico "
         "and, narrowly, Vietnam.", 4),
        ("In 2031, the goods deficit with Japan, $71.3 billion, trailed only those with China, Mexico, and, "
         "barely, Germany.", 4),
        ("In 2031, the goods deficit with Japan, $71.3 billion, ranked behind only China, and, just, Mexico.", 3),
    ],
)  # fmt: skip
def test_a_list_of_countries_ahead_counts_the_one_set_off_by_an_adverb(paragraph: str, rank: int) -> None:
    """'China and Mexico and, narrowly, Vietnam' are three countries ahead: the fourth, not the third."""
    assert _facts(paragraph)["trade.goods_deficit_rank"]["value"] == rank


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 2031, the goods deficit with Japan, $71.3 billion, trailed only those with China and Mexico, and by a "
        "slim margin Germany.",
        "In 2031, the goods deficit with Japan, $71.3 billion, came after only China and Mexico, with Vietnam "
        "close behind.",
    ],
)
def test_a_list_that_goes_on_in_words_not_read_gives_no_rank(paragraph: str) -> None:
    """A country named right after the list ahead: how many stand ahead is not sure, so no rank."""
    assert "trade.goods_deficit_rank" not in _facts(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japanese vehicles paid a 30% Section 232 tariff from March 4 to October 9, 2031.",
        "Autos from Japan bore the 30% Section 232 duty between March 2031 and October 2031.",
        "Japanese autos faced a 30% Section 232 tariff from March through October 9, 2031.",
    ],
)
def test_an_auto_rate_over_a_span_that_ended_is_not_the_rate(paragraph: str) -> None:
    """A rate paid 'from March 4 to October 9' or 'until October 9' is not the rate in effect: unknown."""
    assert "tariffs.section232_autos" not in _facts(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "fact"),
    [
        (
            "The 10% Section 122 surcharge lapsed on July 23, 2031, after its 150-day limit.",
            "tariffs.section122_surcharge",
        ),
        ("A 12% Section 122 surcharge, imposed in March, expired in August 2031.", "tariffs.section122_surcharge"),
        (
            "A 12% surcharge under Section 122 applied from March 2 until it expired on July 30, 2031.",
            "tariffs.section122_surcharge",
        ),
        (
            "The 12% Section 122 surcharge on Japanese goods, in place since March, expired in August 2031.",
            "tariffs.us_tariff_most_imports",
        ),
        (
            "The Administration is considering a 30% Section 232 tariff on imported autos. Japan's auto exports "
            "already pay a 2.5% tariff.",
            "tariffs.section232_autos",
        ),
        (
            "Before the March 3, 2031, ruling, most Japanese goods faced a 17% IEEPA tariff.",
            "tariffs.us_tariff_most_imports",
        ),
    ],
)
def test_a_rate_that_ended_or_is_only_weighed_is_not_read(paragraph: str, fact: str) -> None:
    """A surcharge that lapsed, a rate beside a Section 232 tariff only weighed, a rate before a dated ruling."""
    assert fact not in _facts(paragraph)


def test_an_auto_rate_since_a_date_is_still_read() -> None:
    """'Since October 10, 2031' opens a span that has not ended: the rate in effect."""
    read = _facts("Since October 10, 2031, Japanese autos have faced a 17.5% Section 232 tariff.")
    assert read["tariffs.section232_autos"]["value"] == 17.5


@pytest.mark.parametrize(
    "paragraph",
    [
        "In Washington, President Trump faces former Vice President Joe Biden in the November election; a Biden "
        "Administration might revisit the agreement.",
        "Candidate Joe Biden has said a Biden Administration would review the deal.",
        "Former Vice President Biden, the challenger, criticized the agreement.",
    ],
)
def test_a_rival_or_a_hypothetical_administration_is_not_the_president(paragraph: str) -> None:
    """'Former Vice President Joe Biden', 'candidate', 'a Biden Administration might': never the sitting one."""
    read = _facts(paragraph, dt.date(2020, 10, 5))
    assert read.get("leaders.us_president", {}).get("value", {}).get("family") != "Biden"


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("Congress did not extend it, and the Section 122 surcharge ran out on July 23, 2031.", "2031-07-23"),
        ("The Section 122 surcharge expired on July 23, 2031, after 150 days.", "2031-07-23"),
        ("The Section 122 surcharge lapsed in July 2031.", "2031-07"),
    ],
)
def test_the_surcharge_lapse_keeps_the_precision_its_text_gives(paragraph: str, date: str) -> None:
    """A day where the text gives one, a month where it gives only the month."""
    text = COVER.format(updated="November 2, 2031") + ANCHOR + paragraph + "\n"
    events = extract_snapshot(text, brief="IF11120").snapshot.events
    assert events["section122_surcharge_expired"].model_dump(mode="json")["date"] == date


@pytest.mark.parametrize(
    "paragraph",
    [
        "In Washington, President Trump faces former Vice President Joe Biden in the November election.",
        "President Trump is running against former Vice President Biden, whom a Biden Administration would follow.",
        "Former Vice President Joe Biden, the challenger, debates President Trump tonight.",
    ],
)
def test_the_sitting_president_beside_a_rival_is_read(paragraph: str) -> None:
    """The one president named who is neither former, a rival nor hypothetical: the sitting one."""
    read = _facts(paragraph, dt.date(2020, 10, 5))
    assert read["leaders.us_president"]["value"]["family"] == "Trump"


@pytest.mark.parametrize(
    ("paragraph", "family"),
    [
        ("Sanae Takaichi won the LDP presidency on October 4 and was elected prime minister by the Diet on October "
         "21, 2025, the first woman in the post.", "Takaichi"),
        ("Shigeru Ishiba was elected prime minister on October 1, 2024.", "Ishiba"),
        ("Fumio Kishida was chosen as prime minister by the Diet in 2021.", "Kishida"),
    ],
)  # fmt: skip
def test_the_prime_minister_as_the_subject_elected(paragraph: str, family: str) -> None:
    """'<Name> ... was elected prime minister': the sentence's subject is the prime minister."""
    read = _facts(paragraph, dt.date(2026, 1, 5))
    assert read["leaders.japan_prime_minister"]["value"]["family"] == family


@pytest.mark.parametrize(
    "paragraph",
    [
        "Fumio Kishida became prime minister in October 2021 and resigned in 2024.",
        "Shigeru Ishiba was elected prime minister on October 1, 2024, but stepped down a year later.",
        "Joe Biden was elected president in 2020.",
    ],
)
def test_a_prime_minister_who_left_or_a_president_elected_is_not_read(paragraph: str) -> None:
    """Elected and then resigned, or a U.S. president elected: no sitting prime minister."""
    assert "leaders.japan_prime_minister" not in _facts(paragraph, dt.date(2026, 1, 5))
