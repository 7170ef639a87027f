"""A rate its sentence goes on to list as two parts, one of them the MFN duty, is their total, no one duty's rate:
'cars pay 27.5%: the 2.5% MFN duty plus the 25% Section 232 tariff' tells the Section 232 rate as 25%, not 27.5%."""

from __future__ import annotations

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated June 10, 2025\n\n## Tariffs\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _autos(paragraph: str) -> object:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("tariffs.section232_autos")
    return None if fact is None else fact.value


def test_a_total_listed_after_a_colon_as_mfn_plus_section_232_is_not_the_section_232_rate() -> None:
    """The parts after a colon, the MFN duty named in words, add up to the total: the Section 232 part is the rate."""
    paragraph = (
        "Japan's carmakers now pay 27.5% on the cars they land in the United States: the old 2.5% "
        "most-favored-nation duty plus the 25% tariff levied under Section 232."
    )
    assert _autos(paragraph) == 25


def test_a_total_listed_after_a_dash_in_either_order_is_not_the_section_232_rate() -> None:
    """The parts after a dash, the Section 232 part first, joined by 'and'."""
    paragraph = (
        "Passenger cars built in Japan currently face a 27.5% charge at the U.S. border \u2014 the 25% Section 232 "
        "tariff and the 2.5% MFN rate."
    )
    assert _autos(paragraph) == 25


def test_a_total_listed_as_made_up_of_its_parts_is_not_the_section_232_rate() -> None:
    """The parts after ', made up of'."""
    paragraph = (
        "Japanese light vehicles are charged 27.5% on arrival at U.S. ports, made up of a 2.5% MFN tariff and "
        "a 25% Section 232 duty."
    )
    assert _autos(paragraph) == 25


def test_a_rate_whose_listed_figures_do_not_add_up_to_it_stands() -> None:
    """A near miss: a rate followed by other figures that are not its parts (they do not sum to it) is still read."""
    paragraph = (
        "Japanese cars now pay 25% under Section 232, while the 2.5% MFN duty and a 10% baseline apply to other goods."
    )
    assert _autos(paragraph) == 25


def test_a_part_of_an_all_in_rate_listed_after_it_is_not_the_rate() -> None:
    """The all-in rate is the rate, never the part listed beside the MFN duty."""
    paragraph = "Japanese trucks and cars pay a 15% all-in tariff: the 2.5% MFN duty plus 12.5% under Section 232."
    assert _autos(paragraph) == 15
    paragraph = (
        "Japan's cars have borne an all-inclusive 15% since mid-September, namely 12.5% under Section 232 and the "
        "2.5% MFN rate."
    )
    assert _autos(paragraph) != 12.5


def test_a_bare_part_of_a_listed_total_is_not_read() -> None:
    """A part told as an amount, no tariff of its own, is neither the total's rate nor its own: nothing is read."""
    paragraph = "Japan's carmakers now pay 27.5% on their cars: the 2.5% MFN duty plus 25% under Section 232."
    assert _autos(paragraph) is None


def _autos_after_the_deal(paragraph: str) -> object:
    cover = COVER.replace("June 10, 2025", "December 2, 2025")
    facts = extract_snapshot(cover + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("tariffs.section232_autos")
    return None if fact is None else fact.value


def test_a_total_a_deal_set_is_the_rate_whatever_its_listed_parts() -> None:
    """The deal's rate is the Section 232 rate (15), even listed as the MFN duty plus a bare 12.5%."""
    paragraph = "Under the September accord, Japanese autos now pay 15%: the 2.5% MFN duty plus 12.5% by Section 232."
    assert _autos_after_the_deal(paragraph) == 15


def test_a_total_named_the_section_232_rate_is_the_rate_whatever_its_listed_parts() -> None:
    """A total told as the Section 232 rate itself is the rate: neither a bare part nor a named one is."""
    paragraph = "Since mid-September Japanese cars have paid 15% under Section 232 \u2014 12.5% plus the 2.5% MFN rate."
    assert _autos_after_the_deal(paragraph) == 15
    paragraph = (
        "Japanese vehicles have paid 15% under Section 232 since mid-September, namely the 2.5% MFN duty and a "
        "12.5% Section 232 tariff."
    )
    assert _autos_after_the_deal(paragraph) == 15
