"""A figure whose caption has a sentence set under it, then its labels, in a column of layout text.

The class: a sentence under a figure's caption ('By total goods trade, Japan was ...') once ended the figure, so
its axis ticks, years and legend ran on as prose into the heading below the source line, which was lost, and the
section's sentences were filed under the heading before. The sentence is read on its own; the labels are dropped.
Every sentence is invented.
"""

from __future__ import annotations

from tests.layout_brief import side_by_side
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.brief_text import normalised_text

LEFT = [
    "Japan is the third-largest market for U.S. exports, and",
    "U.S. goods exports to Japan were valued at $81.2 billion",
    "in 2032, while $150.3 billion in goods was imported from",
    "Japan. Its firms are the largest foreign investors in the",
    "United States, and its holdings of Treasury securities",
    "are second only to those of another Asian economy, which",
    "has reduced its own holdings for several years in a row.",
    "Officials on both sides expect trade to grow again soon.",
]
RIGHT = [
    "Figure 1. U.S. Goods Trade with Japan, 2028-2032.",
    "By total goods trade, Japan was the fifth-largest U.S.",
    "partner in 2032, behind Canada, Mexico, and China.",
    "",
    "$ billions",
    "  160",
    "   80",
    "    0",
    "       2028     2029     2030     2031     2032",
    "       U.S. goods exports to Japan   U.S. goods imports from Japan",
    "Source: U.S. Census Bureau; goods only.",
    "",
    "The Economy",
    "Growth has been slow. Real GDP grew 0.7% in 2032, after",
    "a contraction of 0.3% in 2031, as exports recovered.",
]


def test_a_sentence_under_a_figures_caption_leaves_its_labels_out_and_the_heading_below() -> None:
    text = "Updated March 3, 2033\n\nU.S.-Japan Relations\n\n" + side_by_side(LEFT, RIGHT)
    lines = normalised_text(text).splitlines()
    assert (
        "By total goods trade, Japan was the fifth-largest U.S. partner in 2032, behind Canada, Mexico, and China."
        in lines
    )
    assert lines[lines.index("## The Economy") + 1] == "Growth has been slow."
    assert not any("$ billions" in line or "2029 2030" in line for line in lines)
    growth = extract_snapshot(text, brief="IF10199").snapshot.facts["economy.gdp_growth"]
    assert (growth.value, growth.section) == ({"2032": 0.7, "2031": -0.3}, "The Economy")
