"""The catalogues as data: each brief's file parses, keeps every released id and kind, and refuses bad entries."""

from __future__ import annotations

import pytest

from tests.conftest import FROZEN
from usjapan_facts import catalog
from usjapan_facts.errors import UnknownFactError

FROZEN_BRIEFS = sorted(path.parent.name for path in (FROZEN / "briefs").glob("*/catalog.toml"))
VALID = """
[brief]
id = "X1"
title = "A brief"

[sections]
report = "Report"
trade = "Trade"
elections = "Elections"
events = "Events"

[[fact]]
id = "trade.rank"
label = "A rank"
kind = "rank"
"""


@pytest.mark.parametrize("brief", catalog.available())
def test_every_shipped_catalogue_loads_with_unique_ids_in_known_sections(brief: str) -> None:
    """Each briefs/<ID>/catalog.toml names its brief, and every fact sits in a declared section."""
    catalogue = catalog.load(brief)
    assert catalogue.brief == brief
    assert catalogue.facts
    assert len(catalogue.by_id) == len(catalogue.specs)
    assert all(spec.section in catalogue.sections.values() for spec in catalogue.specs)


def test_both_briefs_are_shipped() -> None:
    """IF10199 and IF11120 each have a catalogue."""
    assert {"IF10199", "IF11120"} <= set(catalog.available())


@pytest.mark.parametrize("brief", FROZEN_BRIEFS)
def test_every_released_id_keeps_its_kind_in_the_shipped_catalogue(brief: str) -> None:
    """Each fact of the frozen copy (the ids already released) is still in the catalogue, with the same kind."""
    frozen = catalog.parse((FROZEN / "briefs" / brief / "catalog.toml").read_text(encoding="utf-8"), brief)
    shipped = catalog.load(brief)
    assert frozen.brief == shipped.brief
    for spec in frozen.specs:
        assert spec.id in shipped.by_id, f"{brief}: released id {spec.id} was removed or renamed"
        assert shipped.by_id[spec.id].kind == spec.kind, f"{brief}: released id {spec.id} changed its kind"


def test_the_frozen_copy_covers_every_shipped_brief() -> None:
    """A brief added to the package gets its frozen copy too, so its ids are held to the contract."""
    assert set(FROZEN_BRIEFS) == set(catalog.available())


def test_a_catalogue_is_parsed_from_toml() -> None:
    """A minimal catalogue parses into specs with their section titles."""
    parsed = catalog.parse(VALID, "x.toml")
    assert (parsed.brief, parsed.get("trade.rank").section, parsed.get("trade.rank").kind) == ("X1", "Trade", "rank")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('kind = "rank"', 'kind = "colour"'), "has kind 'colour'"),
        (('id = "trade.rank"', 'id = "nowhere.rank"'), "is not SECTION.NAME"),
        (('id = "trade.rank"', 'id = "trade"'), "is not SECTION.NAME"),
        (('id = "trade.rank"', 'id = "report.crs_version"'), "says only its id, title, updated, authors of itself"),
        (('label = "A rank"', 'label = "A rank"\nunit = "x"'), "needs id, label and kind"),
        (('kind = "rank"', 'kind = "rank"\ninvariant = "yes"'), "true or false"),
        (('kind = "rank"', 'kind = "rank"\ndeadline = true'), "a deadline is a fact of kind date or year"),
        (('kind = "rank"', 'kind = "rank"\nthreshold = -0.1'), "threshold is a share of the old value"),
        (('kind = "rank"', 'kind = "text"\nthreshold = 0.1'), "a threshold is for a number"),
        (('[brief]\nid = "X1"', '[brief]\nname = "X1"'), "needs an id and a title"),
        (('events = "Events"', ""), "elections and events included"),
        (('title = "A brief"', 'title = "A brief'), "not valid TOML"),
        (("[[fact]]", '[[fact]]\nid = "trade.rank"\nlabel = "Again"\nkind = "rank"\n\n[[fact]]'), "declared twice"),
    ],
)
def test_a_malformed_catalogue_is_refused_naming_the_file(change: tuple[str, str], message: str) -> None:
    """Bad kinds, ids outside the sections, metadata a snapshot lacks, unknown keys, duplicates, bad TOML: refused."""
    with pytest.raises(catalog.CatalogueError, match=message) as caught:
        catalog.parse(VALID.replace(*change), "briefs/X1/catalog.toml")
    assert "briefs/X1/catalog.toml" in str(caught.value)


@pytest.mark.parametrize("name", ["IF00000", "../IF10199", ".hidden"])
def test_an_unknown_brief_is_refused_naming_the_known_ones(name: str) -> None:
    """Asking for a brief without a catalogue says which briefs there are."""
    with pytest.raises(catalog.CatalogueError, match="IF10199, IF11120"):
        catalog.load(name)


def test_an_unknown_fact_id_is_refused() -> None:
    """A catalogue lookup of an id it does not declare raises UnknownFactError."""
    with pytest.raises(UnknownFactError):
        catalog.load("IF11120").get("alliance.us_troops_in_japan")
