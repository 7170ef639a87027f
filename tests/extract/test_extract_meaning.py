"""Facts declared by meaning: one reader for every declared fact, and a new fact added with data alone."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from usjapan_facts import catalog
from usjapan_facts.extract import extract_snapshot
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.declared import KEYS, declarations
from usjapan_facts.extract.reader import _reader
from usjapan_facts.extract.values import amounts, counts, percents, ranks

COVER = "# U.S.-Japan Relations\n\nUpdated June 1, 2024\n\n## Overview\n\n"

NEW_FACT = """
[[fact]]
id = "alliance.us_bases_in_japan"
label = "U.S. military bases in Japan"
kind = "count"
"""
NEW_DECLARATION = """
[fact."alliance.us_bases_in_japan"]
value = "count"
needs = ["bases", "installations"]
subject = ['\\bJapan']
unit = ['(?:U\\.S\\.\\s+)?(?:military\\s+)?(?:bases|installations)\\b']
min = 10
"""


def _clear_caches() -> None:
    for cached in (catalog.load, catalog.available, declarations, _reader):
        cached.cache_clear()


@pytest.fixture
def briefs_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped briefs' data that a test may add facts to; the caches forget it afterwards."""
    copy = tmp_path / "briefs"
    shutil.copytree(catalog.BRIEFS_DIR, copy)
    monkeypatch.setattr(catalog, "BRIEFS_DIR", copy)
    _clear_caches()
    yield copy
    monkeypatch.undo()
    _clear_caches()


def _facts(body: str) -> dict[str, dict[str, object]]:
    snapshot = extract_snapshot(COVER + body, updated=dt.date(2024, 6, 1)).snapshot
    return {fact_id: fact.model_dump(mode="json", exclude_none=True) for fact_id, fact in snapshot.facts.items()}


def test_a_fact_declared_in_data_alone_is_read_with_no_code(briefs_copy: Path) -> None:
    """A catalogue entry and a declaration, and no rule, make a new fact read from a sentence and refused in another."""
    with (briefs_copy / "IF10199" / "catalog.toml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_FACT)
    with (briefs_copy / "IF10199" / "meaning.toml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_DECLARATION)
    found = _facts("Japan hosts some 85 U.S. military bases, most of them on Okinawa.")
    assert found["alliance.us_bases_in_japan"]["value"] == 85
    assert found["alliance.us_bases_in_japan"]["qualifier"] == "about"
    refused = _facts("South Korea hosts some 70 U.S. military bases. Japan has been a U.S. treaty ally since 1952.")
    assert "alliance.us_bases_in_japan" not in refused


def test_a_declaration_with_an_unknown_key_is_refused_naming_the_fact(briefs_copy: Path) -> None:
    """A misspelt key in meaning.toml is an error that names the file and the fact, not a silent miss."""
    with (briefs_copy / "IF10199" / "meaning.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[fact."alliance.us_bases_in_japan"]\nvalue = "count"\nsubjct = ["Japan"]\n')
    with pytest.raises(catalog.CatalogueError, match=r"meaning\.toml: alliance\.us_bases_in_japan"):
        declarations("IF10199")


def test_a_declared_pattern_that_does_not_compile_is_refused_naming_the_fact(briefs_copy: Path) -> None:
    """A broken pattern in meaning.toml stops extraction with an error naming the file, the fact and the key."""
    with (briefs_copy / "IF10199" / "catalog.toml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_FACT)
    with (briefs_copy / "IF10199" / "meaning.toml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_DECLARATION.replace("subject = ['\\bJapan']", "subject = ['\\bJapan(']"))
    with pytest.raises(
        catalog.CatalogueError, match=r"meaning\.toml: alliance\.us_bases_in_japan: subject: not a valid"
    ):
        _facts("Japan hosts some 85 U.S. military bases, most of them on Okinawa.")


def test_a_named_phrase_stands_for_its_patterns_in_every_declaration_that_names_it(briefs_copy: Path) -> None:
    """'@name' in a pattern list reads as the patterns of [phrases].name: here the units of a new fact, which a
    sentence must then hold; the phrase's other words rule a value out where the declaration excludes them."""
    with (briefs_copy / "IF10199" / "catalog.toml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_FACT)
    meaning = briefs_copy / "IF10199" / "meaning.toml"
    declared = NEW_DECLARATION.replace(
        "unit = ['(?:U\\.S\\.\\s+)?(?:military\\s+)?(?:bases|installations)\\b']",
        "unit = ['@sites']\nexclude = ['@not_now']",
    )
    assert "@sites" in declared
    phrases = (
        "[phrases]\nsites = ['(?:U\\.S\\.\\s+)?(?:military\\s+)?bases\\b', 'installations\\b']\n"
        "not_now = ['\\bonce\\b']\n"
    )
    shipped = meaning.read_text(encoding="utf-8")  # the brief's own phrases, if it has some, are kept beside these
    shipped = shipped.replace("[phrases]\n", phrases, 1) if "[phrases]\n" in shipped else f"{phrases}\n{shipped}"
    meaning.write_text(shipped + declared, encoding="utf-8")
    assert _facts("Japan hosts some 85 U.S. military bases.")["alliance.us_bases_in_japan"]["value"] == 85
    assert _facts("Japan hosts 85 installations.")["alliance.us_bases_in_japan"]["value"] == 85
    once = _facts("Japan once hosted some 85 U.S. military bases. Japan has been a U.S. treaty ally since 1952.")
    assert "alliance.us_bases_in_japan" not in once


@pytest.mark.parametrize("subject", ["'@japan_first'", "'\\bJapan\\s+@japan_first'"], ids=["alone", "inside"])
def test_a_pattern_naming_a_phrase_that_does_not_exist_is_refused_naming_the_fact(
    briefs_copy: Path, subject: str
) -> None:
    """'@name' with no such phrase, alone or inside a pattern, is an error naming the file, the fact, the key and the
    phrase, not a pattern."""
    with (briefs_copy / "IF10199" / "meaning.toml").open("a", encoding="utf-8") as handle:
        handle.write(NEW_DECLARATION.replace("subject = ['\\bJapan']", f"subject = [{subject}]"))
    with pytest.raises(
        catalog.CatalogueError,
        match=r"meaning\.toml: alliance\.us_bases_in_japan: subject: no phrase named 'japan_first' in \[phrases\]",
    ):
        declarations("IF10199")


@pytest.mark.parametrize("brief", ["IF10199", "IF11120"])
def test_every_shipped_declaration_compiles(brief: str) -> None:
    """Each pattern of each shipped declaration compiles, alone and as the units and cues tried beside a value."""
    for declaration in declarations(brief).values():
        for patterns in (
            declaration.subject, declaration.clause, declaration.unit, declaration.cue, declaration.exclude,
            declaration.past, declaration.rival, declaration.row, declaration.table,
        ):  # fmt: skip
            assert all(pattern.pattern for pattern in patterns)
        assert bool(declaration.unit_near) == bool(declaration.unit)
        assert bool(declaration.cue_near) == bool(declaration.cue)


def test_the_declared_facts_page_explains_every_key_a_declaration_may_hold() -> None:
    """docs/declared-facts.md has a row for each key `meaning.toml` accepts, so a contributor can learn them all."""
    page = (Path(__file__).resolve().parents[2] / "docs" / "declared-facts.md").read_text(encoding="utf-8")
    explained = {key for row in re.findall(r"^\| (`.+?`) \|", page, re.M) for key in re.findall(r"`(\w+)`", row)}
    assert KEYS - explained == set()


def test_the_subject_carries_over_from_the_sentence_before() -> None:
    """'It is also ...' states a fact whose subject, Japan, the sentence before names."""
    found = _facts(
        "Japan is a leading buyer of U.S. beef. It is also the third-largest source of FDI in the United States."
    )
    assert found["trade.fdi_source_rank"]["value"] == 3


def test_a_carried_subject_is_not_taken_by_a_sentence_about_something_else() -> None:
    """'They' after a sentence on South Korea is not Japan's: the value is left out."""
    found = _facts(
        "Japan has been a U.S. treaty ally since 1952. South Korea is a major investor. "
        "It is the second-largest source of FDI in the United States."
    )
    assert found["alliance.treaty_ally_since"]["value"] == 1952
    assert "trade.fdi_source_rank" not in found


def test_a_value_is_tied_to_its_own_clause_not_to_the_nearest_number() -> None:
    """Of '9,000 Marines ... 4,000 of them ... to Guam', the Guam relocation is 4,000."""
    found = _facts("Some 9,000 Marines are to leave Okinawa; roughly 4,000 of them are to move to Guam by 2028.")
    assert found["alliance.marines_relocating_to_guam"]["value"] == 4000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than fifty thousand", (50000, "over")),
        ("about twenty-eight thousand five hundred", (28500, "about")),
        ("just over 9 thousand", (9000, "over")),
        ("some 54,000", (54000, "about")),
        ("half a dozen", (6, "exact")),
        ("the better part of 55,000", (55000, "nearly")),
    ],
)
def test_counts_are_read_in_figures_and_words_with_their_hedge(text: str, expected: tuple[int, str]) -> None:
    """Number words compose ('twenty-eight thousand five hundred') and keep the hedge before them."""
    [found] = counts(text + " troops")
    assert (found.value, found.qualifier) == expected


def test_percents_and_amounts_are_read_in_words() -> None:
    """'sixty percent', 'about a quarter of' and 'roughly two billion dollars' are values like '60%'."""
    assert [(c.value, c.qualifier) for c in percents("sixty percent and about a quarter of them")] == [
        (60, "exact"),
        (25, "about"),
    ]
    assert [(c.value, c.qualifier) for c in amounts("roughly two billion dollars, or $1.9 billion")] == [
        (2000000000, "about"),
        (1900000000, "exact"),
    ]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("the single largest source", 1),
        ("ranked fifth among U.S. export markets", 5),
        ("second only to China as a holder", 2),
        ("hold more U.S. Treasury securities than investors from any other country", 1),
        ("the most of any country", 1),
        ("the sixth-largest partner", 6),
    ],
)
def test_ranks_are_read_in_any_form(text: str, rank: int) -> None:
    """Ordinals, 'single largest', 'second only to', 'more ... than any other' all give a rank."""
    assert [candidate.value for candidate in ranks(text)] == [rank]


def test_clauses_split_at_joins_but_not_at_an_abbreviation() -> None:
    """'(FDI)' and '(roughly $1.4 billion)' stay in their clause; '; ' and ', while' start a new one."""
    text = "Japanese FDI (FDI) was $1 billion (roughly $1.4 billion) in 2020; exports fell, while imports rose."
    assert [text[start:end].strip(" ;,") for start, end in clauses(text)] == [
        "Japanese FDI (FDI) was $1 billion (roughly $1.4 billion) in 2020",
        "exports fell",
        "while imports rose.",
    ]
