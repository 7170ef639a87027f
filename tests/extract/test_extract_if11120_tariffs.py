"""IF11120's tariff rates: the rate in force wins over the one it replaced, ended, or was announced instead of."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2031\n\n## Tariffs\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _rates(paragraph: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items() if "tariffs." in fact_id}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japanese cars and auto parts, which faced a combined 32.5% duty from March, have been subject to a 17.5% "
        "Section 232 tariff since October 1, 2030.",
        "The Section 232 tariff on Japanese autos stays at 17.5%, the negotiated rate, down from the 32.5% (30% plus "
        "the 2.5% MFN duty) charged between March and September 2030.",
        "Under the deal, autos from Japan face a 17.5% Section 232 tariff, MFN included, since October 2030, in "
        "place of 32.5%.",
    ],
)
def test_the_auto_rate_now_wins_over_the_one_it_replaced(paragraph: str) -> None:
    """The rate its clause says is in force, not the one 'faced from March', 'down from', or 'in place of'."""
    assert _rates(paragraph)["tariffs.section232_autos"] == 17.5


@pytest.mark.parametrize(
    "paragraph",
    [
        "Under IEEPA, most imports from Japan faced an 18% tariff in 2030. The 18% IEEPA tariff that had applied to "
        "most imports from Japan since June 2030 was voided. Since March 2, 2031, a 12% surcharge under Section 122 "
        "has been the tariff on most imports from Japan.",
        "Under the 2030 framework, most Japanese goods paid an 18% tariff under IEEPA. Since March 2, 2031, most "
        "imports from Japan have been subject to a 12% tariff imposed under Section 301.",
    ],
)
def test_the_rate_on_most_imports_now_wins_over_an_ended_or_past_one(paragraph: str) -> None:
    """'had applied ... was voided' and 'goods paid' are past; 'Since March 2, 2031, ... has been' is the rate now."""
    rates = _rates(paragraph)
    assert rates["tariffs.us_tariff_most_imports"] == 12
    assert rates["tariffs.ieepa_rate"] == 18


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Administration threatened a 40% Section 232 tariff on Japanese autos in 2030.",
        "Commerce recommended Section 232 tariffs of up to 30% on autos from Japan.",
    ],
)
def test_a_threatened_or_recommended_auto_rate_is_not_read(paragraph: str) -> None:
    """A rate threatened or recommended was never applied: no Section 232 rate."""
    assert "tariffs.section232_autos" not in _rates(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "fact", "value"),
    [
        ("Most imports from Japan are now subject to a 12% tariff under Section 301, in force since March 2, 2031.",
         "tariffs.us_tariff_most_imports", 12),
        ("The 2030 framework set an 18% IEEPA tariff on most imports from Japan, which took effect in June 2030.",
         "tariffs.ieepa_rate", 18),
        # A framework's headline rate gives way to the rate said to apply now, wherever the two stand.
        ("The 2030 framework set an 18% rate on most imports from Japan. Since March 2031 the tariff on most imports "
         "from Japan has been 12%.", "tariffs.us_tariff_most_imports", 12),
        ("Since April 2031, most Japanese goods have faced a 12% tariff. The accord fixed the tariff on most imports "
         "from Japan at 18%.", "tariffs.us_tariff_most_imports", 12),
        ("After the Supreme Court struck down the IEEPA tariffs on February 3, 2031, a surcharge applied until it "
         "expired on March 1, 2031.", "tariffs.ieepa_ruling", "2031-02-03"),
    ],
)  # fmt: skip
def test_rates_and_the_ruling_in_other_word_orders(paragraph: str, fact: str, value: object) -> None:
    """'are now subject to', 'an 18% IEEPA tariff on most imports', 'struck down ... on <date>' beside another date."""
    assert _rates(paragraph)[fact] == value


def test_a_ruling_awaited_is_not_read() -> None:
    """A Supreme Court decision still expected dates nothing."""
    paragraph = "The Supreme Court heard arguments on IEEPA tariffs on November 5, 2030; a ruling is expected soon."
    assert "tariffs.ieepa_ruling" not in _rates(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "fact", "value"),
    [
        ("A tariff of 12% is now charged on most goods that the United States imports from Japan. It is imposed "
         "under the International Emergency Economic Powers Act (IEEPA).", "tariffs.ieepa_rate", 12),
        ("In 2030 the two countries agreed a deal under which the IEEPA rate on most Japanese goods was fixed at 12%.",
         "tariffs.ieepa_rate", 12),
        ("For Japanese cars, the Section 232 tariff was lowered to 17.5% on March 2. From June until that date, "
         "Japanese cars paid 32.5%, the 30% Section 232 tariff plus the 2.5% MFN duty.", "tariffs.section232_autos",
         17.5),
        ("That rate was collected until the Supreme Court decided, on February 3, 2031, that IEEPA does not "
         "authorize tariffs.", "tariffs.ieepa_ruling", "2031-02-03"),
    ],
)  # fmt: skip
def test_rates_carried_fixed_or_lowered(paragraph: str, fact: str, value: object) -> None:
    """'It is imposed under IEEPA' names the rate before it; 'was fixed at', 'was lowered to' give the rate."""
    assert _rates(paragraph)[fact] == value


def test_the_auto_rate_named_by_the_sentence_before() -> None:
    """'rests on Section 232 rather than IEEPA. Japanese vehicles are still charged X%, compared with Y%'."""
    paragraph = (
        "Cars were untouched by the ruling, since their tariff rests on Section 232 rather than IEEPA. Japanese "
        "vehicles and parts are still charged 17.5%, compared with 32.5% before the deal took effect."
    )
    assert _rates(paragraph)["tariffs.section232_autos"] == 17.5


@pytest.mark.parametrize(
    "paragraph",
    [
        "In return, the United States set the tariff on most Japanese goods at 16%, MFN included. That rate, imposed "
        "under IEEPA, has been collected since June 2, 2030.",
        "Washington fixed the tariff on imports from Japan at 16%. The rate, imposed under IEEPA, applies to most "
        "goods.",
        "The tariff on most Japanese goods stands at 16%. It is imposed under IEEPA.",
    ],
)
def test_a_rate_set_at_a_level_takes_its_authority_from_the_sentence_after(paragraph: str) -> None:
    """'Set the tariff on most Japanese goods at 16%' then 'That rate, imposed under IEEPA': the IEEPA rate."""
    rates = _rates(paragraph)
    assert (rates["tariffs.us_tariff_most_imports"], rates["tariffs.ieepa_rate"]) == (16, 16)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The United States had set the tariff on most Japanese goods at 24% in April, but suspended it.",
        "The United States set the tariff on most Japanese goods at 24% in April and then paused it for 90 days.",
        "Washington raised the tariff on imports from Japan to 24%, but later withdrew it.",
    ],
)
def test_a_rate_set_and_undone_in_one_sentence_is_not_in_force(paragraph: str) -> None:
    """'Had set ... at 24%', '..., but suspended it', 'and then paused it': no tariff on most imports."""
    assert "tariffs.us_tariff_most_imports" not in _rates(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "fact"),
    [
        ("The April 2, 2031, announcement set a 24% reciprocal rate for Japan, but a 12% rate has applied since April "
         "9 pending talks.", "tariffs.ieepa_rate"),
        ("A 25% tariff on imports from Japan was announced on March 7, 2031, to take effect April 1, but the rate that "
         "applies now is 16%.", "tariffs.us_tariff_most_imports"),
        ("Until the framework, which set 16%, most imports from Japan had faced a 12% rate; the 24% rate due April 1 "
         "never took effect.", "tariffs.us_tariff_most_imports"),
    ],
)  # fmt: skip
def test_a_rate_told_as_set_before_a_turn_to_the_rate_now_gives_way(paragraph: str, fact: str) -> None:
    """'set a 24% rate ..., but a 12% rate has applied since', 'Until the framework, ... had faced a 12% rate': the
    rate told before the turn (or in the time before the event) is not the one in force, and alone it is not read."""
    assert fact not in _rates(paragraph)
