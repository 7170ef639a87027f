"""Unit ids resolved once, at the door, into a `UnitRef`: every kind, bad ids, and what a walk costs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from tests.conftest import Run
from usjapan_facts import catalog, fact_history
from usjapan_facts.catalog import Catalogue, UnitRef
from usjapan_facts.errors import UnknownFactError
from usjapan_facts.store import SnapshotStore


@pytest.mark.parametrize(
    ("unit_id", "kind", "group", "slug", "label", "section", "fact_kind"),
    [
        ("alliance.us_troops_in_japan", "fact", "alliance", "us_troops_in_japan", "U.S. troops in Japan", "Alliance",
         "count"),
        ("report.authors", "metadata", "report", "authors", None, "Report", "authors"),
        ("report.updated", "metadata", "report", "updated", None, "Report", "date"),
        ("elections.upper_house_2022", "election", "elections", "upper_house_2022", "upper house 2022", "Elections",
         None),
        ("events.abe_assassination", "event", "events", "abe_assassination", "abe assassination", "Events", None),
    ],
)  # fmt: skip
def test_each_kind_of_id_resolves_to_its_kind_entry_and_slug(
    unit_id: str, kind: str, group: str, slug: str, label: str | None, section: str, fact_kind: str | None
) -> None:
    """A fact, metadata, an election and an event each resolve to their kind, catalogue entry, slug and section."""
    catalogue = catalog.load("IF10199")
    ref = catalogue.resolve(unit_id)
    assert (ref.id, ref.kind, ref.group, ref.slug, ref.section) == (unit_id, kind, group, slug, section)
    assert ref.fact_kind == fact_kind
    assert ref.label == (label or catalogue.by_id[unit_id].label)
    assert ref.spec is (catalogue.by_id[unit_id] if kind in ("fact", "metadata") else None)
    assert ref.in_collection == (kind in ("election", "event"))


def test_an_id_is_resolved_once_per_catalogue_and_kept() -> None:
    """Resolving an id again gives the same ref, without asking the catalogue for the entry again."""
    catalogue = catalog.parse(catalog.BRIEFS_DIR.joinpath("IF10199", "catalog.toml").read_text("utf-8"), "test")
    first = catalogue.resolve("leaders.us_president")
    assert catalogue.resolve("leaders.us_president") is first
    assert isinstance(first, UnitRef)
    assert first.family_first is catalogue.by_id["leaders.us_president"].family_first


@pytest.mark.parametrize(
    ("unit_id", "suggestion"),
    [
        ("alliance.troops", "alliance.us_troops_in_japan"),
        ("elections", None),
        ("elections.Upper House", None),
        ("events.", None),
        ("report.date", None),
        ("nonsense", None),
    ],
)
def test_an_id_that_names_nothing_raises_unknown_fact_error(unit_id: str, suggestion: str | None) -> None:
    """An id that is no fact, metadata, election or event slug is refused, with the nearest ids when there are any."""
    with pytest.raises(UnknownFactError) as raised:
        catalog.load("IF10199").resolve(unit_id)
    assert raised.value.fact_id == unit_id
    if suggestion is not None:
        assert suggestion in raised.value.suggestions


@pytest.mark.parametrize(
    ("command", "unit_id"),
    [
        ("usjapan-facts history alliance.troops", "alliance.troops"),
        ("usjapan-facts history elections", "elections"),
        ("usjapan-facts history 'events.Abe Assassination'", "events.Abe Assassination"),
        ("usjapan-facts show 2022-07-21 report.date", "report.date"),
        ("usjapan-facts show 2022-07-21 elections.upper-house", "elections.upper-house"),
    ],
)
def test_a_bad_id_on_the_command_line_exits_2_with_one_line_naming_it(run: Run, command: str, unit_id: str) -> None:
    """The CLI resolves the id where it enters: exit 2, nothing on stdout, one stderr line naming the id."""
    result = run(command)
    assert result.code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"usjapan-facts: error: unknown fact id {unit_id!r}"), lines
    assert "Traceback" not in result.stderr


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[tuple[str, str]]]:
    """Count every catalogue resolution and entry lookup by id, on fresh catalogues (nothing resolved yet)."""
    counts: Counter[tuple[str, str]] = Counter()
    resolve, get = Catalogue.resolve, Catalogue.get

    def counting_resolve(self: Catalogue, unit_id: str) -> UnitRef:
        counts["resolve", unit_id] += 1
        return resolve(self, unit_id)

    def counting_get(self: Catalogue, fact_id: str) -> catalog.FactSpec:
        counts["get", fact_id] += 1
        return get(self, fact_id)

    catalog.load.cache_clear()
    monkeypatch.setattr(Catalogue, "resolve", counting_resolve)
    monkeypatch.setattr(Catalogue, "get", counting_get)
    yield counts
    catalog.load.cache_clear()


@pytest.mark.parametrize("fact_id", ["alliance.us_troops_in_japan", "leaders.japan_prime_minister", "report.title"])
def test_history_resolves_the_catalogue_entry_once_over_all_versions(
    run: Run, lookups: Counter[tuple[str, str]], fact_id: str
) -> None:
    """`history FACT` over every shipped version asks the catalogue for the fact once, where the id enters."""
    result = run(f"usjapan-facts history {fact_id}")
    assert result.code == 0, result.stderr
    assert len(result.stdout.splitlines()) >= 22  # every shipped version was walked
    assert (lookups["resolve", fact_id], lookups["get", fact_id]) == (1, 1)


def test_fact_history_resolves_a_fact_id_once_through_the_api(
    real_store: SnapshotStore, lookups: Counter[tuple[str, str]]
) -> None:
    """The library's `fact_history`, given an id, resolves it once for the whole walk; a ref not at all."""
    store = SnapshotStore(real_store.root, brief=real_store.brief)
    entries = list(fact_history(store, "alliance.us_troops_in_japan"))
    assert len(entries) == len(store.versions())
    assert (lookups["resolve", "alliance.us_troops_in_japan"], lookups["get", "alliance.us_troops_in_japan"]) == (1, 1)
    ref = store.catalogue.resolve("trade.us_exports_to_japan")
    lookups.clear()
    assert len(list(fact_history(store, ref))) == len(entries)
    assert lookups["resolve", ref.id] == lookups["get", ref.id] == 0
