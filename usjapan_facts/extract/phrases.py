"""A brief's named phrases (`[phrases]` in its `meaning.toml`): each list of words written once and named, then asked
for as `@name` by any declaration, alone as an entry of a pattern list or inside a pattern ('Japan and
@other_countries')."""

from __future__ import annotations

import re
from typing import Any

from usjapan_facts.catalog import CatalogueError
from usjapan_facts.extract.japan import OTHER_COUNTRIES

PHRASE = "@"
"""A pattern list's entry `@name` stands for the patterns of the phrase `name` (no pattern of ours starts so)."""


def patterns(words: Any, what: str) -> tuple[str, ...]:
    if isinstance(words, str):
        words = [words]
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise CatalogueError(f"{what} is a list of patterns")
    return tuple(words)


def phrases_of(data: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    """The brief's named phrases (`[phrases]`), each written once, and `@other_countries` (`japan.OTHER_COUNTRIES`)."""
    table = data.get("phrases", {})
    if not isinstance(table, dict):
        raise CatalogueError(f"{where}: phrases is a table of named patterns")
    phrases: dict[str, tuple[str, ...]] = {"other_countries": (OTHER_COUNTRIES,)}
    for name, words in table.items():  # a phrase may name one written before it ('Japan\s+and\s+@other_countries')
        written = list(patterns(words, f"{where}: phrases.{name}"))
        phrases[name] = words_of({name: written}, name, f"{where}: phrases", phrases)
    return phrases


def words_of(entry: dict[str, Any], key: str, where: str, phrases: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The patterns of one key, each `@name` replaced by the patterns of the named phrase (one inside a pattern, as
    'Japan and @other_countries', by the phrase's alternatives)."""
    words: list[str] = []
    for word in patterns(entry.get(key, []), f"{where}: {key}"):
        if not word.startswith(PHRASE):
            words.append(_INLINE.sub(lambda named: _inline(named.group(1), phrases, f"{where}: {key}"), word))
        elif word[1:] in phrases:
            words.extend(phrases[word[1:]])
        else:
            raise CatalogueError(f"{where}: {key}: no phrase named {word[1:]!r} in [phrases]")
    return tuple(words)


_INLINE = re.compile(r"@([a-z_]+)")


def _inline(name: str, phrases: dict[str, tuple[str, ...]], where: str) -> str:
    if name not in phrases:
        raise CatalogueError(f"{where}: no phrase named {name!r} in [phrases]")
    return "(?:" + "|".join(phrases[name]) + ")"
