"""A case-blind pattern's possible first characters, looked for before the pattern is tried at a place.

With re.IGNORECASE the engine cannot skip a place on a match's first character, and tries every alternative at
every place; a look-ahead for the characters any match can start with turns most places down at once (the same
matches, faster). `gate_patterns` gives every module of the package such a twin of each of its case-blind patterns,
once they are imported; the rest is pure, no I/O.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_WIDEST = 10
"""The most characters a range may span: a look-ahead for a wider set ('[A-Z]', a word character) turns too few places
down to pay for itself."""


class _UnknownError(Exception):
    """A pattern whose first characters are not worked out here (any character, a negated set, a back-reference)."""


def _escaped(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "]\\^-" else "\\" + chr(code)


def _set(items: list[tuple[Any, Any]]) -> str:
    written = []
    for op, av in items:
        if op is c.LITERAL:
            written.append(_escaped(av))
        elif op is c.RANGE and av[1] - av[0] < _WIDEST:
            written.append(f"{_escaped(av[0])}-{_escaped(av[1])}")
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            written.append(r"\d")
        else:
            raise _UnknownError
    return "".join(written)


def _first(items: Any) -> tuple[str, bool]:
    """The characters a match of `items` (a parsed sequence) may start with, and whether it may match nothing."""
    chars = ""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a boundary or a look-around takes no character: the first is the next item's
        if op is c.LITERAL:
            return chars + _escaped(av), False
        if op is c.IN:
            return chars + _set(av), False
        if op is c.SUBPATTERN:
            first, empty = _first(av[-1])
        elif op is c.BRANCH:
            found = [_first(branch) for branch in av[1]]
            first, empty = "".join(one for one, _ in found), any(empty for _, empty in found)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is c.ATOMIC_GROUP:
            first, empty = _first(av)
        else:
            raise _UnknownError
        chars += first
        if not empty:
            return chars, False
    return chars, True


def first_gated(pattern: str, flags: int = re.IGNORECASE) -> str:
    """`pattern` behind a look-ahead for the characters its matches may start with, when they can be worked out and
    it cannot match nothing; else `pattern` as it is. Only a case-blind pattern gains: a case-sensitive one starting
    with a literal is skipped to by the engine already."""
    if not flags & re.IGNORECASE:
        return pattern
    try:
        first, empty = _first(_parser.parse(pattern, flags))
        gated = f"(?=[{first}])(?:{pattern})"
        re.compile(gated, flags)
    except (_UnknownError, re.error, RecursionError):
        return pattern
    return pattern if empty or not first else gated


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` as written (split at each `|` outside a group, a set or an escape)."""
    parts, depth, start, at, in_set = [], 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 1
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set, at = True, at + (pattern[at + 1 : at + 2] == "^")
            at += pattern[at + 1 : at + 2] == "]"  # a set opening on ']' holds it
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*parts, pattern[start:]]


def each_gated(pattern: str, flags: int = re.IGNORECASE) -> str:
    """`pattern` (an alternation) with each alternative behind the look-ahead for its own first characters: where a scan
    tries many alternatives at each place it stops, each turns the place down at once (the same matches, faster). The
    alternatives are kept as they are where one of them is no pattern of its own (the split is not the engine's)."""
    parts = _alternatives(pattern)
    try:
        for part in parts:
            re.compile(part, flags)
    except re.error:
        return pattern
    return "|".join(first_gated(part, flags) for part in parts)


_GATED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
"""Each pattern gated so far, by its identity: the pattern (kept, so that its identity is never another's) and its
gated twin, which every module that imported it is given."""


def _held(value: object, depth: int = 3) -> Iterator[object]:
    """What a collection or a dataclass's instance holds, to `depth` levels down."""
    if depth == 0:
        return
    if isinstance(value, dict):
        value = list(value.values())
    elif hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        value = [getattr(value, name, None) for name in value.__dataclass_fields__]
    if isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield item
            yield from _held(item, depth - 1)


def gate_patterns(package: str) -> None:
    """Put each case-blind pattern that a module of `package` binds to a name of its own behind the look-ahead for its
    first characters (`first_gated`): the same matches, in about half the time where most places cannot start one.

    Asked once the modules are imported (a brief's rules are imported when first asked for); a pattern is compiled
    again once, and every module that imported it is given the same twin. A pattern that a module's collection or
    object also holds is left as it is, so that a test of which pattern matched (`match.re in _HOSTLESS`) still holds,
    as is one written verbose (where a comment may swallow the group's end) or one no look-ahead is found for."""
    modules = [module for name, module in list(sys.modules.items()) if module and name.startswith(f"{package}.")]
    twins = {id(twin) for _, twin in _GATED.values()}
    kept = {id(item) for module in modules for value in vars(module).values() for item in _held(value)}
    for module in modules:
        for key, value in list(vars(module).items()):
            if not isinstance(value, re.Pattern) or id(value) in twins or id(value) in kept:
                continue
            if id(value) not in _GATED:
                _GATED[id(value)] = (value, gated(value))
                twins.add(id(_GATED[id(value)][1]))
            setattr(module, key, _GATED[id(value)][1])


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` compiled again behind its look-ahead, or itself where none is found or it is written verbose."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern
    written = first_gated(pattern.pattern, pattern.flags)
    return pattern if written == pattern.pattern else re.compile(written, pattern.flags)
