"""IF11120's rate in force when the text tells the ruling that voided the authority a rate was set under, a rate told
in an apposition of the rate another replaced, and the agreements a plural word after a list stands for.

A framework's IEEPA rate on most goods, told in a brief dated after the ruling that voided IEEPA, gives way to the
Section 122 surcharge that followed it; alone, or before the ruling, it stands. 'in place of 27.5%, the 25% Section 232
duty plus the 2.5% MFN rate' tells the replaced rate's parts, not the autos' rate now. 'the pair' after a list of the
two agreements, one an item, stands for both.
"""

from __future__ import annotations

from typing import Any

from usjapan_facts.extract import extract_snapshot

ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _values(paragraph: str, updated: str = "March 16, 2031") -> dict[str, Any]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Tariffs\n\n"
    facts = extract_snapshot(cover + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


RULING = (
    "On March 2, 2031, the Supreme Court held that the International Emergency Economic Powers Act (IEEPA) gives the "
    "President no authority to impose tariffs. "
)
TERMS = (
    "\n\nThe deal's main terms were:\n\n"
    "- a single IEEPA rate of 18% on most Japanese goods, inclusive of MFN duties, effective June 3, 2030;\n"
    "- Japanese purchases of 40 Boeing aircraft.\n"
)


def test_an_ieepa_rate_on_most_goods_gives_way_to_the_surcharge_after_the_ruling() -> None:
    """'a single IEEPA rate of 18% on most Japanese goods' after the ruling on IEEPA: the surcharge's 12% now."""
    facts = _values(
        RULING + "Five days later, a proclamation under Section 122 of the Trade Act of 1974 put a temporary "
        "surcharge of twelve percent on most imports, those from Japan among them." + TERMS
    )
    assert facts["tariffs.us_tariff_most_imports"] == 12
    assert facts["tariffs.ieepa_rate"] == 18


def test_the_surcharge_that_took_the_voided_rates_place_is_the_rate_now() -> None:
    """'In its place, the President imposed a twelve percent surcharge under Section 122': the rate on most goods."""
    facts = _values(
        "The 18% IEEPA tariff the deal applied to most Japanese goods was struck down by the Supreme Court on March 2, "
        "2031. In its place, the President imposed a twelve percent surcharge under Section 122 of the Trade Act of "
        "1974, effective March 6."
    )
    assert facts["tariffs.us_tariff_most_imports"] == 12


def test_without_the_ruling_the_ieepa_rate_on_most_goods_stands() -> None:
    """No ruling told: the framework's 18% on most goods is the rate on most goods."""
    facts = _values(TERMS.strip())
    assert facts["tariffs.us_tariff_most_imports"] == 18


def test_a_ruling_only_pending_voids_no_rate() -> None:
    """'The Supreme Court heard arguments on whether IEEPA ...': no ruling made, the 18% stands."""
    facts = _values(
        "The Supreme Court heard arguments on whether IEEPA authorizes tariffs; a ruling is expected soon." + TERMS
    )
    assert facts["tariffs.us_tariff_most_imports"] == 18


def test_an_ended_surcharge_is_not_taken_as_the_rate_now() -> None:
    """'The Section 122 surcharge expired on August 1, 2031': the surcharge is not the rate in force."""
    facts = _values(
        "The 18% IEEPA tariff the deal applied to most Japanese goods was struck down by the Supreme Court on March 2, "
        "2031. In its place, the President imposed a twelve percent surcharge under Section 122 of the Trade Act of "
        "1974. The Section 122 surcharge expired on August 1, 2031.",
        updated="October 6, 2031",
    )
    assert facts.get("tariffs.us_tariff_most_imports") != 12


def test_a_rate_in_apposition_of_a_replaced_rate_is_not_the_autos_rate() -> None:
    """'in place of 27.5%, the 25% Section 232 duty plus the 2.5% MFN rate': 25% is the replaced rate's part; the
    autos pay 15%."""
    facts = _values(
        "The deal's terms included:\n\n"
        "- an all-in Section 232 rate of 15% on Japanese cars and auto parts, which took effect June 16 in place of "
        "27.5%, the 25% Section 232 duty plus the 2.5% MFN rate;\n"
        "- Japanese purchases of 40 Boeing aircraft.\n\n"
        "Japanese cars and parts still pay 15% under that authority, while steel and copper face 50%."
    )
    assert facts["tariffs.section232_autos"] == 15


def test_the_pair_after_a_list_of_the_two_agreements_stands_for_both() -> None:
    """'the pair entered into force on the first day of 2020' after a list whose items are the two agreements."""
    facts = _values(
        "Two texts resulted, and the envoys signed them in Washington on October 7, 2019:\n\n"
        "- the U.S.-Japan Trade Agreement (USJTA), under which Japan cut tariffs on U.S. farm goods to the levels "
        "CPTPP members enjoy;\n"
        "- the U.S.-Japan Digital Trade Agreement (DTA), which bars customs duties on electronic transmissions.\n\n"
        "After the Diet approved them in December, the pair entered into force on the first day of 2020.",
        updated="March 16, 2021",
    )
    assert facts["agreements.usjta_in_force"] == "2020-01-01"
    assert facts["agreements.digital_trade_in_force"] == "2020-01-01"


def test_the_rate_the_surcharge_replaced_is_the_voided_authoritys_rate() -> None:
    """'a 12% surcharge under Section 122 instead of the 18% IEEPA rate' after the ruling: IEEPA's rate was 18%."""
    facts = _values(
        RULING + "Since March 6, 2031, most U.S. imports from Japan have paid a 12% surcharge under Section 122 of "
        "the Trade Act of 1974 instead of the 18% IEEPA rate they had paid since June 3, 2030."
    )
    assert facts["tariffs.ieepa_rate"] == 18
    assert facts["tariffs.us_tariff_most_imports"] == 12


def test_a_replaced_rate_named_by_no_authority_is_not_the_ieepa_rate() -> None:
    """'instead of the 18% the deal set' names no authority: no IEEPA rate is read from it."""
    facts = _values(
        RULING + "Since March 6, 2031, most U.S. imports from Japan have paid a 12% surcharge under Section 122 "
        "instead of the 18% the deal set under IEEPA."
    )
    assert "tariffs.ieepa_rate" not in facts


def test_a_voided_rate_alone_is_no_rate_in_force() -> None:
    """'That tariff was invalidated by the Supreme Court' after the IEEPA tariff on most goods, with no rate that
    followed read: no rate on most goods, rather than the voided 18%."""
    facts = _values(
        "Under the 2030 deal, an 18% IEEPA tariff covered most Japanese products. That tariff was invalidated by the "
        "Supreme Court on March 2, 2031."
    )
    assert facts.get("tariffs.us_tariff_most_imports") != 18


def test_the_courts_decision_names_the_ruling_and_the_surcharge_instead_is_the_rate_now() -> None:
    """'The Court's March 2, 2031, decision held IEEPA tariffs unlawful. The 18% rate on most Japanese goods ... is no
    longer collected; instead, a 12% Section 122 surcharge applies': 12% on most goods."""
    facts = _values(
        "The Court's March 2, 2031, decision held IEEPA tariffs unlawful. The 18% rate on most Japanese goods agreed "
        "in the framework is no longer collected; instead, a 12% Section 122 surcharge applies."
    )
    assert facts["tariffs.us_tariff_most_imports"] == 12


def test_a_ruling_of_the_court_of_international_trade_stayed_voids_no_rate() -> None:
    """'The Court of International Trade held the IEEPA tariffs unlawful ..., but the ruling was stayed on appeal': the
    18% IEEPA rate on most goods stands."""
    facts = _values(
        "The Court of International Trade held the IEEPA tariffs unlawful in May 2030, but the ruling was stayed on "
        "appeal, and most Japanese goods still pay the 18% IEEPA rate."
    )
    assert facts["tariffs.us_tariff_most_imports"] == 18


def test_another_countrys_replaced_rate_and_surcharge_are_not_japans() -> None:
    """'Brazil's goods have faced a 12% Section 122 surcharge in place of the 50% IEEPA rate': neither is Japan's."""
    facts = _values(
        RULING + "Since then, Brazil's goods have faced a 12% Section 122 surcharge in place of the 50% IEEPA rate."
    )
    assert "tariffs.ieepa_rate" not in facts
    assert "tariffs.us_tariff_most_imports" not in facts


def test_a_ruling_that_upholds_the_authority_voids_no_rate() -> None:
    """'the Supreme Court found that the IEEPA tariffs were within the President's powers': no rate voided, the 18%
    on most goods stands."""
    facts = _values(
        "On March 2, 2031, the Supreme Court found that the IEEPA tariffs were within the President's powers." + TERMS
    )
    assert facts.get("tariffs.us_tariff_most_imports") == 18
