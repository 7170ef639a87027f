"""IF11120's Section 232 auto tariff is the rate an auto word stands nearest, never another product's rate or the
cars' most-favored-nation tariff, even when a heading on autos runs into the sentence."""

from __future__ import annotations

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2031\n\n## Tariffs\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _autos(paragraph: str) -> object:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("tariffs.section232_autos")
    return None if fact is None else fact.value


def test_a_rate_nearer_an_auto_word_than_another_product_is_the_autos() -> None:
    """'The 17.5% rate on Japanese cars holds, as do 40% tariffs on steel and copper': 17.5, not 40."""
    assert (
        _autos("Section 232 duties were untouched. The 17.5% rate on Japanese cars holds, as do 40% tariffs on steel.")
        == 17.5
    )


def test_steels_rate_under_a_heading_on_autos_is_not_read() -> None:
    """A trap: a heading 'Metals and Autos' run into a sentence on steel's 30% Section 232 tariff."""
    paragraph = (
        "Metals and Autos Since May 2030, a quota has let 1 million tons of Japanese steel a year enter without "
        "paying the 30% Section 232 tariff."
    )
    assert _autos(paragraph) is None


def test_the_cars_most_favored_nation_tariff_is_not_the_section_232_rate() -> None:
    """A trap: after a Section 232 sentence, 'cars remain at the 2.5% most-favored-nation rate' is no 232 rate."""
    paragraph = (
        "Aluminum from Japan pays a 10% Section 232 duty. U.S. tariffs on Japanese passenger cars remain at the "
        "2.5% most-favored-nation rate."
    )
    assert _autos(paragraph) is None
