"""Every fact's example sentences, from tests/examples/<BRIEF>.toml, read by its rule as they say.

Each brief's file holds, per catalogue fact, sentences that state it (with the fields the extractor
must read) and sentences that must not yield it (another country's figure, a former leader...). One
parametrised test runs them all; adding a fact means adding its entry, its rule and its examples.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from usjapan_facts import catalog
from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.extract.brief_rules import rules_for

EXAMPLES = Path(__file__).parents[1] / "examples"
DEFAULT_UPDATED = dt.date(2024, 6, 1)


def _examples(brief: str) -> list[dict[str, Any]]:
    path = EXAMPLES / f"{brief}.toml"
    entries: list[dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8")).get("example", [])
    return entries


CASES = [
    pytest.param(brief, entry, id=f"{brief}-{entry['fact']}-{index}")
    for brief in catalog.available()
    for index, entry in enumerate(_examples(brief))
]


def _document(title: str, text: str, updated: dt.date) -> str:
    return f"# {title}\n\nUpdated {updated:%B} {updated.day}, {updated.year}\n\n## Overview\n\n{text}\n"


@pytest.mark.parametrize(("brief", "entry"), CASES)
def test_example_sentence_is_read_as_it_says(brief: str, entry: dict[str, Any]) -> None:
    """A sentence that states the fact yields its fields; a sentence that does not yields nothing for it."""
    catalogue = catalog.load(brief)
    updated = entry.get("updated", DEFAULT_UPDATED)
    try:
        facts = extract_snapshot(_document(catalogue.title, entry["text"], updated), brief=brief).snapshot.facts
    except ExtractError:
        facts = {}
    expected = entry["expect"]
    if expected is False:
        assert entry["fact"] not in facts, facts.get(entry["fact"])
        return
    assert entry["fact"] in facts, f"not read from: {entry['text']}"
    read = facts[entry["fact"]].model_dump(mode="json", exclude_none=True)
    assert {key: read.get(key) for key in expected} == expected


@pytest.mark.parametrize("brief", catalog.available())
def test_every_fact_has_a_rule_and_examples_and_every_rule_a_fact(brief: str) -> None:
    """The catalogue, the rules and the examples name the same facts: each fact has a sentence for and against."""
    facts = {spec.id for spec in catalog.load(brief).facts}
    assert set(rules_for(brief).rules) == facts
    entries = _examples(brief)
    assert {entry["fact"] for entry in entries} <= facts
    stated = {entry["fact"] for entry in entries if entry["expect"] is not False}
    refused = {entry["fact"] for entry in entries if entry["expect"] is False}
    assert sorted(facts - stated) == [], "facts without an example that states them"
    assert sorted(facts - refused) == [], "facts without an example that must not yield them"
