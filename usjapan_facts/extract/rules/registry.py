"""Which module holds each brief's hand-written extraction rules: a registry keyed by brief id.

A module may also declare `EVENTS`, the events the brief reports by what happened and when
(`rules.base.DatedEvent`); a brief with none declares nothing. A brief that reads elections but not the
shared events about people (an assassination) declares `READS_PERSON_EVENTS = False` beside
`READS_COLLECTIONS = True`.

A brief's module is loaded only when that brief is read, so reading IF11120 loads none of IF10199's
rules. mypy checks each module against `BriefModule` where the registry names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from usjapan_facts.extract.rules.base import Rule


class BriefModule(Protocol):
    """What a brief's extraction module declares: a rule per fact it reads by hand, its title, its collections."""

    RULES: dict[str, Rule]
    """Fact id -> the rule that reads it; facts declared in meaning.toml need none."""
    TITLE: re.Pattern[str]
    """How the brief's own title reads, wherever a site puts it."""
    READS_COLLECTIONS: bool
    """Whether the brief reports elections and events, so that their readers apply."""


def _if10199() -> BriefModule:
    from usjapan_facts.extract.rules import if10199

    return if10199


def _if11120() -> BriefModule:
    from usjapan_facts.extract.rules import if11120

    return if11120


REGISTRY: dict[str, Callable[[], BriefModule]] = {"IF10199": _if10199, "IF11120": _if11120}
"""Brief id -> the loader of its rules module. A new brief adds its module and one line here."""
