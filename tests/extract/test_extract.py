"""The extractor: the 2022-07-21 text fact by fact, the same text as HTML, reworded variants, and garbage."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import BRIEF_2022, FIXTURES
from usjapan_facts import catalog
from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.store import SnapshotStore

CONTEXT_FIELDS = ("value", "qualifier", "period", "by", "per", "previous", "baseline")
VARIANTS = sorted(path for path in (FIXTURES / "variants").iterdir() if not path.name.endswith(".expected.json"))


def _fields(fact: Any) -> dict[str, Any]:
    data = fact.model_dump(mode="json", exclude_none=True)
    return {key: data[key] for key in CONTEXT_FIELDS if key in data}


@pytest.fixture(scope="module")
def extracted_2022() -> Any:
    return extract_snapshot(BRIEF_2022.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fact_id", [spec.id for spec in catalog.load("IF10199").facts])
def test_2022_text_gives_each_stored_fact_with_its_sentence(
    extracted_2022: Any, real_store: SnapshotStore, fact_id: str
) -> None:
    """Every fact the 2022-07-21 version states comes out with the stored value, quote and section."""
    stored = real_store.load("2022-07-21").facts.get(fact_id)
    found = extracted_2022.snapshot.facts.get(fact_id)
    if stored is None:
        assert found is None
        assert fact_id in extracted_2022.not_found
        return
    assert found is not None, f"{fact_id} not found"
    assert _fields(found) == _fields(stored)
    assert (found.quote, found.section) == (stored.quote, stored.section)


def test_2022_text_gives_its_date_authors_elections_and_event(extracted_2022: Any, real_store: SnapshotStore) -> None:
    """Cover date, authors, the held Upper House election, the upcoming Okinawa race and Abe's assassination."""
    snapshot, stored = extracted_2022.snapshot, real_store.load("2022-07-21")
    assert (snapshot.updated, snapshot.coverage, snapshot.text_sha256) == (
        dt.date(2022, 7, 21),
        "full",
        stored.text_sha256,
    )
    assert snapshot.authors == stored.authors
    assert {slug: (e.body, e.date, e.status) for slug, e in snapshot.elections.items()} == {
        slug: (e.body, e.date, e.status) for slug, e in stored.elections.items()
    }
    okinawa = snapshot.elections["okinawa_governor_2022"].candidates
    assert {name: (c.party, c.incumbent) for name, c in okinawa.items()} == {
        "Denny Tamaki": (None, True),
        "Atsushi Sakima": ("LDP", False),
    }
    assert {slug: (e.what, e.date) for slug, e in snapshot.events.items()} == {
        slug: (e.what, e.date) for slug, e in stored.events.items()
    }
    assert extracted_2022.warnings == ()


def test_html_gives_the_same_snapshot(extracted_2022: Any) -> None:
    """The brief as a web page (navigation, bold authors, a figure table) reads as the Markdown does."""
    html = extract_snapshot((FIXTURES / "IF10199-2022-07-21.html").read_text(encoding="utf-8")).snapshot
    markdown = extracted_2022.snapshot
    assert html.facts == markdown.facts
    assert (html.elections, html.events, html.authors) == (markdown.elections, markdown.events, markdown.authors)


@pytest.mark.parametrize("path", VARIANTS, ids=[path.name for path in VARIANTS])
def test_reworded_variant_gives_no_wrong_value(path: Path) -> None:
    """Each rewording of the brief gives exactly its expected facts: none wrong, none extra, none missing."""
    expected = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json").read_text(encoding="utf-8"))
    result = extract_snapshot(path.read_text(encoding="utf-8"))
    assert result.snapshot.updated.isoformat() == expected["updated"]
    found = {fact_id: _fields(fact) for fact_id, fact in result.snapshot.facts.items()}
    assert found == expected["facts"]
    warned = sorted(warning.split(":", 1)[0] for warning in result.warnings)
    assert warned == sorted(expected.get("warnings", []))


def test_disagreeing_sentences_leave_the_fact_out_with_a_warning() -> None:
    """Two different troop figures: neither is kept, and the warning quotes both."""
    text = (
        "Updated July 1, 2024\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1951. "
        "Around 50,000 U.S. troops are in Japan. Japan hosts 54,000 U.S. troops."
    )
    result = extract_snapshot(text)
    assert "alliance.us_troops_in_japan" in result.not_found
    assert "50000" in result.warnings[0]
    assert "54000" in result.warnings[0]


def test_updated_option_is_used_when_the_text_has_no_cover_date() -> None:
    """Without a cover date, `updated=` dates the snapshot; with neither, the error names it (the CLI: --updated)."""
    text = "Around 50,000 U.S. troops are in Japan."
    assert extract_snapshot(text, updated=dt.date(2024, 1, 2)).snapshot.updated == dt.date(2024, 1, 2)
    with pytest.raises(ExtractError, match=r"pass updated=") as caught:
        extract_snapshot(text)
    assert "--updated" in caught.value.for_cli()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        (
            "Updated July 1, 2024\n\n## U.S.-South Korea Relations\n\nAbout 28,500 U.S. troops are in Korea.",
            "South Korea",
        ),
        ("Updated July 1, 2024\n\nNothing of interest is said here.", "no fact of the catalogue"),
    ],
)
def test_garbage_is_a_clear_error(text: str, message: str) -> None:
    """Empty text, another report, or a text without facts: an ExtractError that says which."""
    with pytest.raises(ExtractError, match=message):
        extract_snapshot(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_raises_anything_but_extract_error(text: str) -> None:
    """Any text gives a snapshot or an ExtractError, nothing else."""
    with contextlib.suppress(ExtractError):
        extract_snapshot(text, updated=dt.date(2024, 1, 1))


WORDS = ("Japan", "troops", "around", "54,000", "Prime Minister", "Kishida", "Fumio", "$2 billion", "per year",
         "Okinawa", "25%", "of", "facilities", "fourth-largest", "trading partner", "U.S.", "election", "held",
         "July 8, 2022", "September 2022", ".", ",", "Upper House", "from 57% to 60%", "President",
         "Biden")  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_brief_vocabulary_in_any_order_never_raises(text: str) -> None:
    """The brief's own words shuffled give a snapshot or an ExtractError; every quote is from the text."""
    try:
        result = extract_snapshot(text, updated=dt.date(2024, 1, 1))
    except ExtractError:
        return
    for fact in result.snapshot.facts.values():
        assert fact.quote is not None
        assert fact.quote in " ".join(text.split())
