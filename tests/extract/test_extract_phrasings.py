"""Extraction across the brief's styles: titles, ranks, dated values, elections, numbers, columns and PDFs."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import pytest

from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.extract.columns import reassemble_columns

COVER = "Updated March 3, 2031\n\n## U.S.-Japan Relations\n\n"


def facts_of(body: str) -> dict[str, Any]:
    """Extract a short brief and return each fact's value and hedge, as JSON (none if it states no fact)."""
    try:
        result = extract_snapshot(COVER + body)
    except ExtractError:
        return {}
    return {
        fact_id: {k: v for k, v in fact.model_dump(mode="json", exclude_none=True).items() if k in FIELDS}
        for fact_id, fact in result.snapshot.facts.items()
    }


FIELDS = ("value", "qualifier", "period", "by", "previous")
PM = "leaders.japan_prime_minister"
PRESIDENT = "leaders.us_president"


@pytest.mark.parametrize(
    ("body", "family", "given"),
    [
        ("Japanese Prime Minister Hoshino Aki met allied leaders. Hoshino spoke first.", "Hoshino", "Aki"),
        ("Japan's current premier, Aki Hoshino, met allied leaders. Hoshino spoke first.", "Hoshino", "Aki"),
        ("PM Hoshino Aki met allied leaders. Hoshino spoke first.", "Hoshino", "Aki"),
        ("The visit of Prime Minister Kishida was brief.", "Kishida", "Fumio"),
        ("Current Prime Minister Takaichi leads the party.", "Takaichi", "Sanae"),
    ],
    ids=["title-family-first", "current-premier-given-first", "pm", "family-only-known", "current-capitalised"],
)
def test_prime_minister_is_read_under_any_title_and_name_order(body: str, family: str, given: str) -> None:
    """'Prime Minister', 'premier', 'PM', 'current'; family name first or last; a known family name alone."""
    assert facts_of(body)[PM]["value"] == {"family": family, "given": given}


@pytest.mark.parametrize(
    "body",
    [
        "Former Japan Prime Minister Suga Yoshihide visited Washington.",
        "In 2024, then-prime minister Fumio Kishida addressed Congress.",
        "Her predecessor, Prime Minister Ishiba, resigned.",
        "Australian Prime Minister Anthony Albanese met Japanese officials.",
    ],
    ids=["former", "then", "predecessor", "another-country"],
)
def test_a_past_or_foreign_prime_minister_is_never_japans_current_one(body: str) -> None:
    """A former, 'then-' or predecessor prime minister, or another country's, gives no prime minister."""
    assert PM not in facts_of(body)


def test_another_countrys_president_is_not_the_us_president() -> None:
    """'South Korean President Lee Jae Myung' is neither the U.S. president nor a name split as 'Jae'."""
    body = "Cooperation has continued under President Donald Trump and South Korean President Lee Jae Myung."
    assert facts_of(body)[PRESIDENT]["value"] == {"family": "Trump", "given": "Donald"}
    assert PRESIDENT not in facts_of("The talks included South Korean President Lee Jae Myung and Japan.")


def test_the_administration_names_the_president_when_no_title_does() -> None:
    """'The Biden Administration has ...' gives the president; a titled name elsewhere wins over it."""
    assert facts_of("The Biden Administration has emphasized alliances.")[PRESIDENT]["value"]["family"] == "Biden"
    both = "In July 2024, the Biden Administration announced a plan. President Donald Trump has continued it."
    assert facts_of(both)[PRESIDENT]["value"]["family"] == "Trump"


@pytest.mark.parametrize(
    ("sentence", "fact_id", "expected"),
    [
        ("Japan is the fourth largest U.S. trading partner.", "trade.overall_partner_rank", {"value": 4}),
        ("Japan is the sixth- largest U.S. trade partner.", "trade.overall_partner_rank", {"value": 6}),
        (
            "Japan also is the fifth largest U.S. trading partner (third largest if EU members are counted "
            "separately) and second largest source of foreign direct investment in the United States.",
            "trade.overall_partner_rank",
            {"value": 5},
        ),
        ("Japan is the top source of foreign direct investment into the United States.", "trade.fdi_source_rank",
         {"value": 1}),
        ("Japan is a top source of foreign direct investment into the United States.", "trade.fdi_source_rank",
         {"qualifier": "among_top"}),
        ("Japan is the No. 1 source of foreign direct investment into the United States.", "trade.fdi_source_rank",
         {"value": 1}),
        ("Japan is a partner. Its investors are the second-largest foreign holders of U.S. Treasury securities.",
         "trade.treasury_holder_rank", {"value": 2}),
    ],
    ids=["words", "broken-hyphen", "if-counted-separately", "the-top", "a-top", "no-1", "its-investors"],
)  # fmt: skip
def test_ranks_are_read_in_every_form(sentence: str, fact_id: str, expected: dict[str, Any]) -> None:
    """Ordinals in words, 'top', 'No. 1', 'a top source', a broken hyphen; an aside keeps the main figure."""
    found = facts_of(sentence)[fact_id]
    assert {key: found.get(key) for key in ("value", "qualifier")} == {"value": None, "qualifier": "exact", **expected}


def test_the_current_of_two_dated_values_wins() -> None:
    """'In July 2030 ... 20%' then 'Since January, ... 17.5%': the value since January is the current one."""
    body = (
        "In July 2030, the United States imposed a 20% tariff on most imports from Japan, down from the 30% "
        "initially proposed. Since January, most imports from Japan face a 17.5% tariff."
    )
    result = extract_snapshot(COVER + body)
    assert result.snapshot.facts["trade.us_tariff_on_most_imports_from_japan"].value == 17.5
    assert result.warnings == ()


def test_two_undated_values_still_disagree() -> None:
    """Two present-tense troop figures and nothing to choose between them: left out with a warning."""
    body = "Japan, a U.S. treaty ally since 1951, hosts about 50,000 U.S. troops. Japan hosts 57,000 U.S. troops."
    result = extract_snapshot(COVER + body)
    assert "alliance.us_troops_in_japan" not in result.snapshot.facts
    assert result.warnings


def test_next_national_election_is_the_earliest_upcoming_one() -> None:
    """Upper House due July 2032, Lower House not until 2033: the next national election is 2032."""
    body = (
        "The next Upper House elections are expected in July 2032. Lower House elections are not required "
        "until January 2033. The Lower House election held in February 2030 was a victory for the LDP."
    )
    found = facts_of(body)
    assert found["politics.next_diet_election_due"]["value"] == 2032
    assert found["politics.lower_house_election_due"]["value"] == "2033-01"


def test_numbers_in_words_and_hedges_are_read_and_traps_left_alone() -> None:
    """'some 4,000 Marines', 'roughly half', 'less than 1%'; 'roughly 215 new personnel' is not the troop count."""
    body = (
        "The first 100 of some 4,000 U.S. Marine Corps personnel would begin relocating from Okinawa to Guam. "
        "About 70% of all facilities used by USFJ and roughly half of U.S. military personnel in Japan are in "
        "Okinawa, which comprises less than 1% of Japan's land area. USFJ added roughly 215 new personnel."
    )
    found = facts_of(body)
    assert found["alliance.marines_relocating_to_guam"] == {"value": 4000, "qualifier": "about"}
    assert found["alliance.okinawa_share_of_usfj_facilities"] == {"value": 70, "qualifier": "about"}
    assert found["alliance.okinawa_share_of_usfj_personnel"] == {"value": 50, "qualifier": "about"}
    assert found["alliance.okinawa_share_of_land_area"] == {"value": 1, "qualifier": "under"}
    assert "alliance.us_troops_in_japan" not in found


LEFT = (
    "Japan, a U.S. treaty ally since 1951, is a significant partner of the United States in several areas. "
    "The treaty lets the United States base U.S. troops—currently numbering around 47,000—and other assets in "
    "Japan. Japan is the third largest U.S. trading partner and largest source of foreign direct investment."
)
RIGHT = (
    "Elections for the Diet's Lower House must be held by October 2032. Prime Minister Hoshino Aki has led "
    "the party since 2029, and Hoshino's approval rating fell below 40% in several polls this year."
)


def interleaved(left: str, right: str, width: int = 58) -> str:
    """Lay out two columns line by line, as text copied from a two-column PDF comes out."""
    lines_left = textwrap.wrap(left, width)
    lines_right = ["Political Transition", *textwrap.wrap(right, width)]
    rows = []
    for index in range(max(len(lines_left), len(lines_right))):
        rows += [lines[index] for lines in (lines_left, lines_right) if index < len(lines)]
    return "\n".join(rows)


def test_interleaved_columns_are_reassembled() -> None:
    """Lines alternating between two columns come out as two whole columns, each sentence whole again."""
    text = reassemble_columns(interleaved(LEFT, RIGHT))
    assert "currently numbering around 47,000—and other" in " ".join(text.split())
    assert "Prime Minister Hoshino Aki has led the party" in " ".join(text.split())


def test_interleaved_text_gives_the_right_values() -> None:
    """Extraction from interleaved two-column text gives each value as the columns state it."""
    found = facts_of(interleaved(LEFT, RIGHT))
    assert found["alliance.us_troops_in_japan"] == {"value": 47000, "qualifier": "about"}
    assert found["trade.overall_partner_rank"]["value"] == 3
    assert found["politics.lower_house_election_due"]["value"] == "2032-10"
    assert found[PM]["value"] == {"family": "Hoshino", "given": "Aki"}


def test_single_column_wrapped_text_is_left_in_order() -> None:
    """Ordinary hard-wrapped text (one column) is never read as two columns."""
    text = "\n".join(textwrap.wrap(LEFT + " " + RIGHT, 50))
    assert reassemble_columns(text) == text


def test_extracted_snapshot_tracks_nothing() -> None:
    """An extraction checks no fact for absence: every fact it did not find stays unknown."""
    snapshot = extract_snapshot(COVER + "Japan hosts about 50,000 U.S. troops.", updated=dt.date(2031, 3, 3)).snapshot
    assert snapshot.tracked == []
    assert snapshot.fact_status("leaders.japan_prime_minister") == "unknown"
