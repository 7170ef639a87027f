"""What a deed is done to, for the reader of deeds by roles (`deed_roles`): the agreements a text names, the other
deals and instruments it names, and the words that stand for an agreement named before ('it', 'both texts', 'the
deal'), each where it stands; and what such a word points back to. Pure, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from usjapan_facts.extract.deed_lexicon import lexicon
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
BACK = 3
"""How many sentences back a word standing for an agreement looks for the one it stands for."""


@dataclass(frozen=True)
class Thing:
    """One thing a text names: an agreement ('name', with its names), another deal ('other'), an instrument or a part
    of an agreement ('thing'), or a word standing for one named before ('plural', 'singular', 'deal')."""

    kind: str
    names: frozenset[str]
    start: int
    end: int


@cache
def _words() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    data = lexicon().data
    names = tuple((name, re.compile("|".join(words), I)) for name, words in data["names"].items())
    others = {kind: re.compile("|".join(words), I) for kind, words in data["others"].items()}
    carriers = {kind: re.compile("|".join(words), I) for kind, words in data["carriers"].items()}
    return names, others, carriers


_POSSESSIVE = re.compile(
    r"[\u2019']s\s+(?!(?:October|January|March|July|[A-Z][a-z]+\s+\d)|(?:\S+\s+){0,3}?(?:signing|signature|entry|announcement)\b)"
)
"""A name as the possessor of another thing ('the USJTA's second round of tariff cuts'), not of its own deed ('the
USJTA's entry into force')."""


@lru_cache(maxsize=2048)
def things_in(text: str) -> tuple[Thing, ...]:
    """The things a text names, in order; another deal's name is never read as one of the agreements' ('the
    Indo-Pacific Economic Framework' is no framework of the brief's), a part of an agreement or an instrument never as
    the agreement ('a new tariff-rate quota under the USJTA'), and a word standing for one never inside a name."""
    names, others, carriers = _words()
    found: list[Thing] = []

    def free(start: int, end: int) -> bool:
        return not any(start < thing.end and end > thing.start for thing in found)

    found += [
        Thing("other", frozenset(), m.start(), m.end()) for m in others["deals"].finditer(text) if free(*m.span())
    ]
    named: dict[tuple[int, int], set[str]] = {}
    for name, pattern in names:
        for match in pattern.finditer(text):
            if free(*match.span()):
                named.setdefault(match.span(), set()).add(name)
    for (start, end), which in sorted(named.items()):
        if free(start, end):
            possessor = _POSSESSIVE.match(text, end) is not None
            found.append(Thing("thing" if possessor else "name", frozenset(which), start, end))
    for kind in ("parts", "instruments"):
        found += [
            Thing("thing", frozenset(), m.start(), m.end()) for m in others[kind].finditer(text) if free(*m.span())
        ]
    for kind in ("plural", "singular", "deal"):
        found += [
            Thing(kind, frozenset(), m.start(), m.end()) for m in carriers[kind].finditer(text) if free(*m.span())
        ]
    return tuple(sorted(found, key=lambda thing: thing.start))


def _named(things: tuple[Thing, ...] | list[Thing]) -> frozenset[str] | None:
    """The names the nearest of `things` (the last) gives with those coordinated before it, or None when it is another
    deal; an empty set when it stands for one named before."""
    if not things:
        return frozenset()
    last = things[-1]
    if last.kind == "other":
        return None
    if last.kind != "name":
        return frozenset()
    names = set(last.names)
    for thing in reversed(things[:-1]):
        if thing.kind != "name" or last.start - thing.end > 40:
            break
        names |= thing.names
    return frozenset(names)


def carried_names(
    sentences: list[Sentence], index: int, before: str, fallback: frozenset[str], *, plural: bool = False
) -> frozenset[str] | None:
    """What a word standing for an agreement after `before` (the words of sentence `index` before it) points back to:
    the nearest agreement the text names before it, else the nearest sentence before it under the same heading (three
    at most) that names one, else the heading; never past another deal or a sentence naming another country's. With
    none named, `fallback` (the fact's own, for a word the fact takes as its own: 'the agreements' for the brief's
    pair, 'a deal' for the framework). A `plural` word ('the pair', 'them') stands for more than one: where the nearest
    sentence naming an agreement names one alone (a list's last item), the sentences before it add theirs."""
    names = _named([thing for thing in things_in(before) if thing.kind in ("name", "other")])
    if names is None:
        return None
    if names:
        return names
    sentence = sentences[index]
    for back in range(index - 1, max(-1, index - 1 - BACK), -1):
        if sentences[back].section != sentence.section:
            break
        things = [thing for thing in things_in(sentences[back].text) if thing.kind in ("name", "other")]
        if names:  # 'the pair' after a list's last item: the item before it adds the agreement it opens with
            return names | things[0].names if things and things[0].kind == "name" else names
        if any(thing.kind == "other" for thing in things):
            return None
        if things and (found := frozenset(name for thing in things for name in thing.names)):
            if not plural or len(found) > 1 or "pair" in found:
                return found
            names = found
    if names:
        return names
    heading = [thing for thing in things_in(sentence.section) if thing.kind in ("name", "other")]
    if heading:
        return _named(heading)
    return fallback if fallback and not ANOTHER_COUNTRY.search(sentence.text) else None


__all__ = ["BACK", "Thing", "carried_names", "things_in"]
