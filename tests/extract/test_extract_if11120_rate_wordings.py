"""IF11120's tariff rates in more wordings: a rate tied to Japan by its law alone ('an all-in IEEPA tariff of 15%',
'a 15% tariff ... levied under IEEPA'), and rates in words ('levied at fifteen percent', 'twelve and a half
percent'), beside rates of other countries, of the world, of certain goods, capped or only threatened."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated March 2, 2032\n\n## Tariffs\n\n"
ANCHOR = "Japan was the sixth-largest U.S. trading partner in 2031. "


def _rates(paragraph: str) -> dict[str, Any]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items() if "tariffs." in fact_id}


@pytest.mark.parametrize(
    ("paragraph", "rate"),
    [
        ("Under the 2031 deal, most goods pay an all-in IEEPA tariff of 17% from May 3, 2031.", 17),
        ("The 17% IEEPA rate folded in the most-favored-nation duty.", 17),
        ("That surcharge followed a 17% tariff, settled on by the two governments in 2031, that the Administration "
         "collected under the International Emergency Economic Powers Act (IEEPA).", 17),
        ("Japan's reciprocal rate was set at 17% in May 2031.", 17),
        ("The IEEPA duty on Japan, levied at seventeen percent since May 3, 2031, replaced the 10% baseline.", 17),
        ("Most Japanese goods have faced a twelve and a half percent IEEPA tariff since May 3, 2031.", 12.5),
        ("A 17% levy under the IEEPA has been charged on nearly all goods from Japan since May 3, 2031.", 17),
        ("In the framework, the reciprocal rate for Japan was fixed at 17%, MFN duties included.", 17),
        ("The main rate, levied under IEEPA, has been 17% since May 3, 2031.", 17),
        # traps: another country, the world at large, certain goods, a cap, a threat, a rate announced then paused
        ("The IEEPA tariff on Chinese goods reached 145% in April 2031.", None),
        ("A 10% baseline IEEPA tariff applied to nearly all partners from April 5, 2031.", None),
        ("Washington collected a 17% tariff, levied under IEEPA, on Japanese cars and rice alike.", None),
        ("IEEPA tariffs of up to 50% were imposed on several partners.", None),
        ("The President threatened a 25% IEEPA tariff from August 1.", None),
        ("The 24% reciprocal rate announced on April 2 was suspended a week later.", None),
    ],
)  # fmt: skip
def test_the_ieepa_rate_named_by_its_law_in_any_wording(paragraph: str, rate: float | None) -> None:
    """A rate its law ties to Japan is the IEEPA rate; another country's, the world's, a product's, a threat: not."""
    assert _rates(paragraph).get("tariffs.ieepa_rate") == rate


@pytest.mark.parametrize(
    ("paragraph", "rate"),
    [
        ("Japanese cars still pay a 27% Section 232 tariff, on top of the 2.5% MFN duty, for a combined 29.5%; the "
         "17% level will apply only once the President signs a proclamation.", 27),
        ("The accord set a 17% all-in rate on Japanese autos under Section 232, and it has applied since May 9, "
         "2031.", 17),
        ("The IEEPA tariff on most Japanese goods was set at 17%. The Section 232 tariff on Japanese autos was "
         "lowered to the same level on May 9, and future tariffs on chips would be no higher than other countries'.",
         17),
        ("The IEEPA rate set for Japan is 17%. Autos and auto parts had borne a 27% Section 232 tariff since the "
         "spring; they were moved to the same 17% all-in rate on May 9.", 17),
        # traps: a rate still to come, a level only possible, a level the sentences before do not give alone
        ("The Section 232 duty on Japanese vehicles is to fall so that, with the MFN duty, it totals 17%.", None),
        ("Steel from Japan pays 50%. The Section 232 tariff on Japanese autos may be lowered to the same level.", None),
        ("Steel pays 50% and most goods 17%. The Section 232 tariff on Japanese autos was cut to the same level.",
         None),
        # traps: a rate in the past perfect, superseded since; two duties' total set after them
        ("Japanese cars had paid a 22% Section 232 tariff since March 2.", None),
        ("Since March 2, Japanese vehicles had faced a 22% Section 232 duty on top of the 2.5% MFN rate, or 24.5% all "
         "told; parts followed in April.", None),
    ],
)  # fmt: skip
def test_the_autos_rate_now_charged_in_any_wording(paragraph: str, rate: float | None) -> None:
    """The Section 232 rate charged now, or 'the same level' as the one rate before; not one still to come."""
    assert _rates(paragraph).get("tariffs.section232_autos") == rate
