"""The lexicon of the reader of deeds by roles (`deed_roles`), read from `briefs/deed_roles.toml`: each fact's roles,
the deeds, who does them, the agreements' names, the other deals and instruments, and the words that stand for an
agreement named before. Pure, no I/O but the package's own data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from usjapan_facts.extract.word_files import word_file

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


@dataclass(frozen=True)
class DeedFact:
    """One fact's roles: the agreements its deed must be done to, the deeds that date it, its years and its ways."""

    names: frozenset[str]
    along: frozenset[str]
    """Names that may stand beside the fact's own, whose deed fell on the same day ('the USJTA and the DTA')."""
    deeds: tuple[str, ...]
    """Its deed, and a second one that dates it too ('reached a deal' beside 'announced')."""
    since: int
    until: int | None
    common: bool
    japan: bool
    deal: bool
    latest: bool
    month: bool
    """Whether the fact is dated at least to its month: a year alone is too coarse."""
    exclude: re.Pattern[str] | None
    """Words that, in the deed's stretch of its clause, make it another deed ('talks on a successor')."""


@dataclass(frozen=True)
class Lexicon:
    facts: dict[str, DeedFact]
    deeds: dict[str, re.Pattern[str]]
    agents: re.Pattern[str]
    """Who does a deed: the two governments, their officials, a leader."""
    data: dict[str, Any]
    """The file's other tables: the names, the other deals and instruments, the words standing for one."""


@cache
def lexicon() -> Lexicon:
    """The lexicon of deeds and the facts they date."""
    data = word_file("deed_roles.toml") or {}
    facts = {
        fact_id: DeedFact(
            frozenset(entry["names"]),
            frozenset(entry.get("along", ())),
            (entry["deed"], *([entry["also"]] if "also" in entry else [])),
            entry["since"],
            entry.get("until"),
            entry.get("common", False),
            entry.get("japan", False),
            entry.get("deal", False),
            entry.get("latest", False),
            entry.get("month", False),
            re.compile("|".join(entry["exclude"]), I) if "exclude" in entry else None,
        )
        for fact_id, entry in data["fact"].items()
    }
    deeds = {kind: re.compile("|".join(words), I) for kind, words in data["deeds"].items()}
    return Lexicon(facts, deeds, re.compile("|".join(data["agents"]["words"]), I), data)


__all__ = ["DeedFact", "Lexicon", "lexicon"]
