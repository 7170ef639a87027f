"""The learned scorer: a declared fact the rules give no value is read when its best candidate scores high enough."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import FIXTURES, Run
from usjapan_facts import catalog
from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.extract.declared import declarations
from usjapan_facts.extract.learned import WEIGHTS
from usjapan_facts.facts import CountFact

BRIEF_2022 = FIXTURES / "IF10199-2022-07-21.md"
TROOPS = (
    "The U.S.-Japan mutual defense treaty grants the United States the right to base U.S. troops—currently numbering "
    "around 54,000—and other military assets on Japanese territory in return for a U.S. pledge to protect Japan."
)
# A table of three allies' figures: the rules read each column's cell, so their readings disagree.
ALLIES_TABLE = """**Table 2. U.S. Forces in Three Allies**

| Measure | South Korea | Japan | Germany |
| --- | --- | --- | --- |
| U.S. personnel (approx.) | 28,500 | 54,000 | 35,000 |

"""


def _with_table(troops: str) -> str:
    text = BRIEF_2022.read_text("utf-8")
    assert TROOPS in text
    anchor = "Japan's GDP increased in 2021 by 2.2%"
    return text.replace(TROOPS, troops).replace(anchor, ALLIES_TABLE + anchor, 1)


def _brief(paragraph: str) -> str:
    return f"# U.S.-Japan Relations\n\nUpdated May 1, 2025\n\n## The Alliance\n\n{paragraph}\n"


PRESENCE = (
    "Japan anchors U.S. posture in Asia. The U.S. military presence, numbering 55,000 or thereabouts, includes the "
    "only U.S. carrier homeported outside the country."
)


def test_a_value_no_rule_reads_is_read_by_the_scorer_with_a_note(tmp_path: Path, run: Run) -> None:
    """'The U.S. military presence, numbering 55,000 or thereabouts': no rule reads the troop count from it, the scorer
    is sure of it; the snapshot's note says so, with the probability, and `extract` prints it."""
    fact = extract_snapshot(_brief(PRESENCE)).snapshot.facts["alliance.us_troops_in_japan"]
    assert isinstance(fact, CountFact)
    assert (fact.value, fact.qualifier) == (55000, "about")
    assert str(fact.quote).startswith("The U.S. military presence, numbering 55,000")
    assert str(fact.note).startswith("read by the learned scorer (p = 0.9")
    (tmp_path / "brief.md").write_text(_brief(PRESENCE), encoding="utf-8")
    result = run(f"usjapan-facts extract {tmp_path / 'brief.md'}")
    assert result.code == 0, result.stderr
    shown = json.loads(result.stdout)["facts"]["alliance.us_troops_in_japan"]
    assert shown["value"] == 55000
    assert shown["note"].startswith("read by the learned scorer")


def test_the_scorer_never_reads_a_value_the_rules_refuse() -> None:
    """The same sentence told of a past year, or after a sentence on another country: the rules' own reasons to
    refuse a value stand for the scorer too."""
    for paragraph in (
        PRESENCE.replace("The U.S. military presence,", "In 2010, the U.S. military presence,").replace(
            "includes", "included"
        ),
        PRESENCE.replace(
            "The U.S. military presence, numbering", "Before 2012, the U.S. military presence, then at"
        ).replace("includes", "included"),
        "South Korea anchors U.S. posture on the peninsula. The U.S. military presence, numbering 28,500 or "
        "thereabouts, includes an Army division.",
    ):
        try:
            facts = extract_snapshot(_brief(paragraph)).snapshot.facts
        except ExtractError:  # no fact read at all
            facts = {}
        assert "alliance.us_troops_in_japan" not in facts, paragraph


def test_a_fact_the_rules_read_is_never_read_again_by_the_scorer() -> None:
    """Every fact of the 2022 brief is read by the rules: none carries the scorer's note."""
    facts = extract_snapshot(BRIEF_2022.read_text("utf-8")).snapshot.facts
    assert facts["alliance.us_troops_in_japan"].value == 54000
    assert not [fact_id for fact_id, fact in facts.items() if "learned scorer" in str(getattr(fact, "note", ""))]


def test_a_fact_the_rules_disagree_on_is_left_out_not_decided_by_the_scorer() -> None:
    """Sentences that disagree leave the fact out with a warning (precision first): the scorer reads only facts no rule
    read at all, never one the rules read two ways (here a table of three allies' troops beside the prose)."""
    troops = (
        "The mutual defense treaty lets the United States base forces in Japan. Around 54,000 U.S. military personnel "
        "are stationed there, nearly double the South Korean figure (Table 2)."
    )
    extraction = extract_snapshot(_with_table(troops))
    assert "alliance.us_troops_in_japan" not in extraction.snapshot.facts
    assert any(warning.startswith("alliance.us_troops_in_japan: sentences disagree") for warning in extraction.warnings)


def test_the_shipped_weights_name_only_declared_facts_and_set_a_high_threshold() -> None:
    """The weights are data trained on the benchmark sets: each fact they name is a declared fact of a catalogue
    shipped today (a renamed fact would otherwise lose its weights silently), and the threshold is a high one."""
    shipped = json.loads(WEIGHTS.read_text("utf-8"))
    assert 0.9 < shipped["threshold"] < 1
    named = {name.removeprefix("fact=").split("|")[0] for name in shipped["weights"] if name.startswith("fact=")}
    named |= {name.split("|")[0] for name in shipped["weights"] if "|" in name}
    declared = {fact_id for brief in catalog.available() for fact_id in declarations(brief)}
    assert named
    assert named <= declared, named - declared
    assert set(shipped["held_out"]).isdisjoint(shipped["trained_on"])
