"""The three outcomes of a fact in a full text (found, mentioned but not read, not mentioned), through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, Run
from usjapan_facts import catalog
from usjapan_facts.catalog import CatalogueError
from usjapan_facts.extract import extract_snapshot, parse_text
from usjapan_facts.extract.mentions import mentioned_facts
from usjapan_facts.model import Snapshot

BRIEF_2022 = FIXTURES / "IF10199-2022-07-21.md"
UKRAINE = "Japanese Prime Minister Kishida Fumio acted quickly"


def _next_version(text: str) -> str:
    """The 2022 brief a week later, with the Ukraine aid paragraph gone and the troop figure left unsaid."""
    paragraphs = [part for part in text.split("\n\n") if not part.startswith(UKRAINE)]
    return (
        "\n\n".join(paragraphs)
        .replace("Updated July 21, 2022", "Updated August 1, 2022")
        .replace("related to Russia's invasion of Ukraine", "related to the war in Europe")
        .replace("troops—currently numbering around 54,000—and", "troops—in numbers it does not disclose—and")
    )


@pytest.fixture
def scratch(tmp_path: Path, run: Run) -> Path:
    """A store holding the 2022 brief as extracted, and the next version's text beside it."""
    store = tmp_path / "store"
    assert run(f"usjapan-facts --snapshots-dir {store} extract {BRIEF_2022} --save").code == 0
    (tmp_path / "next.md").write_text(_next_version(BRIEF_2022.read_text("utf-8")), encoding="utf-8")
    return tmp_path


def test_full_text_tracks_what_it_does_not_mention_and_names_what_it_could_not_read() -> None:
    """A whole brief: facts found, facts mentioned but not read (unknown), facts not mentioned (not stated)."""
    extraction = extract_snapshot(_next_version(BRIEF_2022.read_text("utf-8")))
    snapshot = extraction.snapshot
    assert extraction.full
    assert snapshot.coverage == "full"
    assert "alliance.us_troops_in_japan" in extraction.mentioned
    assert snapshot.fact_status("alliance.us_troops_in_japan") == "unknown"
    assert {"diplomacy.ukraine_humanitarian_aid", "diplomacy.ukraine_financial_support"} <= set(
        extraction.not_mentioned
    )
    assert snapshot.fact_status("diplomacy.ukraine_financial_support") == "not_stated"
    assert snapshot.unread == list(extraction.mentioned)
    assert set(extraction.found) | set(extraction.mentioned) | set(extraction.not_mentioned) == {
        spec.id for spec in catalog.load("IF10199").facts
    }


def test_an_excerpt_leaves_every_fact_it_does_not_find_unknown() -> None:
    """A few paragraphs of the brief are no full text: nothing it lacks is read as not stated."""
    excerpt = "\n\n".join(BRIEF_2022.read_text("utf-8").split("\n\n")[:6])
    extraction = extract_snapshot(excerpt)
    snapshot = extraction.snapshot
    assert not extraction.full
    assert snapshot.coverage == "excerpt"
    assert snapshot.tracked == []
    assert extraction.found
    assert all(snapshot.fact_status(fact_id) == "unknown" for fact_id in extraction.not_found)


def test_check_brief_reports_a_fact_the_full_text_no_longer_mentions_removed(scratch: Path, run: Run) -> None:
    """check --brief: the Ukraine aid the text dropped is removed; the troops it mentions unread stay unknown."""
    store = scratch / "store"
    result = run(f"usjapan-facts --snapshots-dir {store} check --brief {scratch / 'next.md'} --as-of 2022-08-02")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    removed = [line for line in lines if "-> (not stated)" in line]
    assert any("diplomacy.ukraine_humanitarian_aid" in line for line in removed)
    assert not any("alliance.us_troops_in_japan" in line for line in removed)
    assert "  alliance.us_troops_in_japan  U.S. troops in Japan" in lines
    assert any(line.startswith("mentioned but not read: ") for line in lines)


def test_check_json_and_markdown_name_the_facts_mentioned_but_not_read(scratch: Path, run: Run) -> None:
    """The JSON report lists them by id under `unread`; the Markdown report names each with its label."""
    store, brief = scratch / "store", scratch / "next.md"
    as_json = run(f"usjapan-facts --snapshots-dir {store} check --brief {brief} --as-of 2022-08-02 --format json")
    report = json.loads(as_json.stdout)
    assert "alliance.us_troops_in_japan" in report["unread"]
    assert "diplomacy.ukraine_humanitarian_aid" not in report["unread"]
    markdown = run(f"usjapan-facts --snapshots-dir {store} check --brief {brief} --as-of 2022-08-02 --format markdown")
    assert "U.S. troops in Japan (`alliance.us_troops_in_japan`)" in markdown.stdout


def test_a_saved_full_extraction_records_each_outcome(scratch: Path, run: Run) -> None:
    """extract --save stores the facts mentioned but not read, tracks those not mentioned; show, diff name them."""
    store = scratch / "store"
    result = run(f"usjapan-facts --snapshots-dir {store} extract {scratch / 'next.md'} --save")
    assert result.code == 0, result.stderr
    saved = json.loads((store / "2022-08-01.json").read_text("utf-8"))
    assert "alliance.us_troops_in_japan" in saved["unread"]
    assert "diplomacy.ukraine_humanitarian_aid" in saved["tracked"]
    diff = json.loads(run(f"usjapan-facts --snapshots-dir {store} diff 2022-07-21 2022-08-01 --format json").stdout)
    removed = {change["fact_id"] for change in diff["changes"] if change["kind"] == "removed"}
    assert "diplomacy.ukraine_humanitarian_aid" in removed
    assert "alliance.us_troops_in_japan" not in removed
    assert diff["unread"] == saved["unread"]
    shown = run(f"usjapan-facts --snapshots-dir {store} show 2022-08-01").stdout.split("\n\n")
    assert f"mentioned but not read: {len(saved['unread'])}" in [part.splitlines()[0] for part in shown]
    text = run(f"usjapan-facts --snapshots-dir {store} diff 2022-07-21 2022-08-01").stdout
    assert f"mentioned but not read in 2022-08-01: {', '.join(saved['unread'])}" in text.splitlines()


def test_a_fact_mentioned_but_not_read_is_never_also_stated() -> None:
    """The model refuses a snapshot whose `unread` names a fact it states or tracks."""
    with pytest.raises(ValueError, match="neither stated nor tracked"):
        Snapshot.model_validate(
            {"updated": "2022-08-01", "coverage": "full", "tracked": ["economy.yen"], "unread": ["economy.yen"]}
        )


def test_every_catalogue_fact_declares_its_subject_words() -> None:
    """Without subject words a fact could never be shown absent: each entry of both catalogues has some."""
    for brief in catalog.available():
        assert all(spec.mentions for spec in catalog.load(brief).facts), brief


def test_mentions_that_are_not_a_list_of_words_are_refused() -> None:
    """A catalogue entry whose mentions is not a list of words is an error naming the fact."""
    text = BRIEF_CATALOGUE.replace('kind = "year"', 'kind = "year"\nmentions = "treaty"')
    with pytest.raises(CatalogueError, match=r"alliance\.treaty_ally_since.*mentions"):
        catalog.parse(text, "catalog.toml")


BRIEF_CATALOGUE = """
[brief]
id = "X1"
title = "T"

[sections]
alliance = "Alliance"
elections = "Elections"
events = "Events"

[[fact]]
id = "alliance.treaty_ally_since"
label = "Treaty ally since"
kind = "year"
"""


def test_a_plural_of_a_subject_word_is_a_mention() -> None:
    """'Two supplementary budgets' is about the latest supplementary budget."""
    assert "economy.supplementary_budget" in mentioned_facts("IF10199", "The Diet passed two supplementary budgets.")
    assert "economy.supplementary_budget" not in mentioned_facts("IF10199", "The Diet passed the budget.")


def test_a_short_brief_with_its_authors_is_a_full_text() -> None:
    """A brief of under 25 sentences that ends with its authors is whole; without them, an excerpt."""
    text = BRIEF_2022.read_text("utf-8")
    # A short brief: the 20 sentences that state the 2022 brief's facts, under its cover and title.
    quotes = dict.fromkeys(fact.quote for fact in extract_snapshot(text).snapshot.facts.values() if fact.quote)
    short = "Updated July 21, 2022\n\n## U.S.-Japan Relations\n\n" + "\n\n".join(quotes)
    authors = "\n\n".join(part for part in text.split("\n\n") if part.startswith("**"))
    with_authors = extract_snapshot(f"{short}\n\n{authors}\n")
    assert len(parse_text(short).sentences) < 25
    assert with_authors.full
    assert not extract_snapshot(short).full


# The 2022 brief with its trade ranks and flows told without the words "trading partner", "exports", "imports".
TRADE_REWORDED = {
    "Japan is the fourth-largest overall U.S. trading partner and largest source": (
        "Only China, Canada, and Mexico did more business with the United States than Japan did, and Japan is the "
        "largest source"
    ),
    "In 2021, Japan was the fifth-largest U.S. trading partner for\n\nexports (\\$112.2 billion) and imports "
    "(\\$167.8 billion), and fourth-largest overall trading partner.": (
        "In 2021, Japan bought \\$112.2 billion of U.S. goods and services, a market larger than all but four, and "
        "sold the United States \\$167.8 billion."
    ),
    "Top U.S. Trade Partners, 2021": "Japan Among the Largest Economies, 2021",
    "its effect on import costs": "its effect on the cost of goods from abroad",
}


def test_trade_ranks_and_flows_told_in_other_words_are_mentioned_not_dropped(scratch: Path, run: Run) -> None:
    """A brief that tells Japan's place and the flows as business done, bought and sold still states them: each is
    found or mentioned but not read, never 'not stated', and check --brief reports none of them removed."""
    text = BRIEF_2022.read_text("utf-8")
    for old, new in TRADE_REWORDED.items():
        assert old in text, old
        text = text.replace(old, new).replace("Updated July 21, 2022", "Updated August 1, 2022")
    extraction = extract_snapshot(text)
    assert extraction.full
    trade = {"trade.overall_partner_rank", "trade.export_partner_rank", "trade.us_exports_to_japan"}
    trade |= {"trade.import_partner_rank", "trade.us_imports_from_japan"}
    assert not trade & set(extraction.not_mentioned)
    (scratch / "reworded.md").write_text(text, encoding="utf-8")
    store = scratch / "store"
    result = run(f"usjapan-facts --snapshots-dir {store} check --brief {scratch / 'reworded.md'} --as-of 2022-08-02")
    assert result.code == 0, result.stderr
    removed = [line for line in result.stdout.splitlines() if "-> (not stated)" in line]
    assert not [line for line in removed if any(fact_id in line for fact_id in trade)], removed


def test_a_prime_minister_told_only_by_the_premiership_is_mentioned_not_dropped() -> None:
    """A brief that names the office only as 'the premiership' still speaks of Japan's leader: mentioned (or found),
    never 'not stated', so check --brief would not report the prime minister removed."""
    text = re.sub(r"(?i)\b(?:prime minister|premier)s?\b\s*", "", BRIEF_2022.read_text("utf-8"))
    opening = text.index("\n\n", text.index("Overview") + 20)
    said = " The Diet installed Kishida in the premiership after his party's leadership vote."
    extraction = extract_snapshot(text[:opening] + said + text[opening:])
    assert extraction.full
    assert "leaders.japan_prime_minister" not in extraction.not_mentioned
