"""Another country's trade with Japan is never the U.S. flow, in either brief: 'China's imports from Japan reached
$150 billion' is China's, whoever reads it."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVERS = {
    "IF10199": "# U.S.-Japan Relations\n\nUpdated May 4, 2031\n\n## Trade\n\n",
    "IF11120": "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2031\n\n## Trade\n\n",
}
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
US = "U.S. imports from Japan were $148.2 billion in 2030."


def _flows(brief: str, paragraph: str) -> dict[str, object]:
    facts = extract_snapshot(COVERS[brief] + ANCHOR + paragraph + "\n", brief=brief).snapshot.facts
    return {fact_id: fact.value for fact_id, fact in facts.items() if fact_id.startswith("trade.us_")}


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
@pytest.mark.parametrize(
    "paragraph",
    [
        "China's imports from Japan reached $151.7 billion in 2030.",
        "South Korea imported $51.7 billion of goods and services from Japan in 2030.",
    ],
)
def test_another_countrys_flow_with_japan_is_not_the_us_one(brief: str, paragraph: str) -> None:
    assert _flows(brief, f"{paragraph} {US}") == {"trade.us_imports_from_japan": 148_200_000_000}
