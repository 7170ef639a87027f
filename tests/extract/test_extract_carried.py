"""A subject carried from a heading or the sentence before, fractions in words, and Okinawa's shares on any basis."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "Updated March 3, 2031\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
FACILITIES = "alliance.okinawa_share_of_usfj_facilities"
PERSONNEL = "alliance.okinawa_share_of_usfj_personnel"
LAND = "alliance.okinawa_share_of_land_area"


def facts_of(body: str) -> dict[str, Any]:
    """Extract a short brief and return each fact's value and hedge."""
    facts = extract_snapshot(COVER + body).snapshot.facts
    return {
        fact_id: {k: v for k, v in fact.model_dump(mode="json").items() if k in ("value", "qualifier")}
        for fact_id, fact in facts.items()
    }


@pytest.mark.parametrize(
    "body",
    [
        "## Okinawa\n\nThe island prefecture makes up less than 1% of Japan's land area, yet it hosts roughly "
        "one-fourth of all facilities used by U.S. forces there and more than half of their personnel.\n",
        "## Okinawa's Burden\n\nThe prefecture covers under 1 percent of the country's land area but hosts about "
        "a fourth of the facilities used by USFJ and over half of USFJ personnel.\n",
        "## Bases in Okinawa\n\nThe southernmost prefecture, less than 1% of Japan's land area, has approximately "
        "one fourth of the facilities of U.S. forces and more than one-half of their personnel.\n",
    ],
    ids=["island-prefecture", "possessive-heading", "southernmost"],
)
def test_a_prefecture_named_by_its_heading_states_okinawas_shares(body: str) -> None:
    """'The prefecture' under a heading naming Okinawa is Okinawa; 'one-fourth', 'a fourth' are 25%."""
    facts = facts_of(body)
    assert facts[FACILITIES]["value"] == 25
    assert facts[PERSONNEL]["value"] == 50
    assert facts[LAND] == {"value": 1, "qualifier": "under"}


@pytest.mark.parametrize(
    "body",
    [
        "## Hokkaido\n\nThe northern prefecture hosts roughly one-fourth of the training areas used by U.S. forces "
        "and less than 1% of Japan's land area.\n",
        "## Okinawa\n\nGyeonggi province in South Korea hosts about one-fourth of the facilities used by U.S. forces "
        "there.\n",
    ],
    ids=["another-prefecture", "another-country"],
)
def test_a_prefecture_under_another_heading_or_another_countrys_is_not_okinawa(body: str) -> None:
    """A prefecture under another heading, or another country's province, states none of Okinawa's shares."""
    facts = facts_of(body)
    assert FACILITIES not in facts
    assert LAND not in facts


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Roughly 70% of the land reserved for the exclusive use of U.S. forces in Japan is in Okinawa.", 70),
        (
            "Okinawa, at about 0.6% of Japan's area, hosts roughly 70% of the facilities "
            "used exclusively by U.S. forces.",
            70,
        ),
        ("Okinawa hosts some 70 percent of the area set aside exclusively for U.S. forces.", 70),
    ],
    ids=["land-reserved", "used-exclusively", "area-set-aside"],
)
def test_okinawas_share_on_the_exclusive_use_basis_is_its_share_of_facilities(body: str, value: int) -> None:
    """The share of land reserved for U.S. forces' exclusive use is Okinawa's share of their facilities."""
    facts = facts_of(body)
    assert facts[FACILITIES] == {"value": value, "qualifier": "about"}
    assert facts.get(LAND, {}).get("value") != value


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (
            "South Korea spends about 2.8% of GDP on defense. The LDP and its partner, Ishin, hold about 52% of the "
            "Lower House.",
            "politics.lower_house_coalition_share",
            52,
        ),
        (
            "China's troops number two million. The LDP and its junior partner hold about 60% of the Upper House.",
            "politics.upper_house_coalition_share",
            60,
        ),
    ],
    ids=["party-its", "junior-partner"],
)
def test_its_after_a_name_is_that_names_not_the_country_before(body: str, fact: str, value: int) -> None:
    """'its' after a name in its own sentence stands for that name, not the country the sentence before names."""
    assert facts_of(body)[fact]["value"] == value


def test_it_with_no_name_before_it_is_the_country_the_sentence_before_names() -> None:
    """'In 2026 it was the largest source of FDI' after a sentence on China is China's, not Japan's."""
    body = "China is a large investor. In 2026 it was the largest source of foreign direct investment in Canada."
    assert "trade.fdi_source_rank" not in facts_of(body)


def test_a_list_of_labelled_values_reads_each_item() -> None:
    """Items without a final stop stay apart, and a label before a colon names the value's unit."""
    body = (
        "## At a Glance\n\n"
        "- U.S. military personnel in Japan: about 53,000\n"
        "- Okinawa's share of Japan's land area: 0.6%\n"
        "- Treaty ally since: 1952\n\n"
        "## Overview\n\nThe alliance is close.\n"
    )
    facts = facts_of(body)
    assert facts["alliance.us_troops_in_japan"] == {"value": 53000, "qualifier": "about"}
    assert facts[LAND]["value"] == 0.6
    assert facts["alliance.treaty_ally_since"]["value"] == 1952


@pytest.mark.parametrize(
    "body",
    [
        "## At a Glance\n\n- U.S. military personnel in South Korea: about 28,500\n- Bases: 80\n",
        "## At a Glance\n\n- Japanese Self-Defense Force personnel: about 230,000\n",
    ],
    ids=["another-country", "japans-own-forces"],
)
def test_a_labelled_value_of_another_country_or_force_is_not_read(body: str) -> None:
    """A label naming another country or Japan's own forces gives no count of U.S. troops in Japan."""
    assert "alliance.us_troops_in_japan" not in facts_of(body)


def test_an_html_lists_items_are_read_apart_though_they_end_without_a_stop() -> None:
    """A web page's list items, each without a final stop, are not run together into one sentence."""
    page = (
        "<html><body><h1>U.S.-Japan Relations</h1><p>Updated March 3, 2031</p><h2>At a glance</h2><ul>"
        "<li>U.S. military personnel in Japan: about 53,000</li><li>Treaty ally since: 1952</li>"
        "<li>Okinawa's share of Japan's land area: 0.6%</li></ul><p>The alliance is close.</p></body></html>"
    )
    facts = extract_snapshot(page).snapshot.facts
    assert facts["alliance.us_troops_in_japan"].quote == "U.S. military personnel in Japan: about 53,000"
    assert facts["alliance.treaty_ally_since"].model_dump()["value"] == 1952
