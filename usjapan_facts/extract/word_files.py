"""The briefs' words as data (`briefs/*.toml`, `briefs/<brief>/*.toml`), each file read and parsed once a process.

The readers by roles compile their lexicons from these files; two may share one (`tariff_roles.toml` gives the tariff
concepts and the headline words), and it is read once for both. Pure apart from reading the package's own files.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def word_file(*parts: str) -> dict[str, Any] | None:
    """The parsed file at `briefs/<parts...>`, or None where the brief has none (`word_file('IF11120',
    'chamber_roles.toml')`). Read only: every caller gets the same mapping."""
    path = resources.files("usjapan_facts").joinpath("briefs", *parts)
    if not path.is_file():
        return None
    return tomllib.loads(path.read_text(encoding="utf-8"))


__all__ = ["word_file"]
