"""Japan's investment pledge said by what it provides or finances, or still to be made: 'Japan would provide $X for
investment in the United States', 'remains committed to financing $X in U.S. projects', 'committed to $X in investment
in the United States, to be made before 2030'.

Every sentence is invented for the test; each trap is a company's plan, another destination or a demand.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

PLEDGE = "trade.japan_investment_pledge"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Under the deal, Japan would provide $600 billion for investment in the United States.", 600000000000),
        ("Tokyo remains committed to financing $600 billion in U.S. projects chosen by Washington.", 600000000000),
        ("In exchange, Japan committed to $600 billion in investment in the United States, to be made before 2030.",
         600000000000),
        ("The deal includes $600 billion in Japanese investment directed toward U.S. projects.", 600000000000),
    ],
)  # fmt: skip
def test_a_pledge_said_by_what_it_provides_or_finances_is_read(sentence: str, value: int) -> None:
    """The amount Japan is to provide, finance or invest in the United States, even one still to be made."""
    assert facts_in(sentence)[PLEDGE] == (value, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Japan Bank for International Cooperation will finance $12 billion in Indonesian energy projects.",
        "Japanese automakers plan to invest $15 billion in U.S. projects.",
        "The United States wants Japan to provide $1 trillion for investment in the United States.",
    ],
)
def test_a_company_plan_another_destination_or_a_demand_is_no_pledge(sentence: str) -> None:
    """Money for another country, a company's plan, or what Washington asks for is not Japan's pledge."""
    assert PLEDGE not in facts_in(sentence)


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo's pledge is the headline, though Honda's own commitment of $15 billion for U.S. plants came first.",
        "Analysts set the government's pledge beside SoftBank's investment plan of $100 billion in the United States.",
        "Brussels committed $600 billion for investment in the United States under its own framework.",
        "The EU struck its deal days later; Brussels pledged some $600 billion of new investment in U.S. industries.",
    ],
)
def test_a_pledge_named_as_a_company_s_or_the_eu_s_is_not_japan_s(brief: str, sentence: str) -> None:
    """An amount a sentence gives as a company's own plan or commitment, or as the EU's (named by its seat), is no
    reading of Japan's pledge in either brief."""
    facts = facts_in(sentence, brief)
    assert "trade.japan_investment_pledge" not in facts
    assert "framework.investment_pledge" not in facts
