"""The brief's hedges: the words before a value ('roughly', 'in excess of', 'an estimated') and after it ('or so'),
each normalised to a qualifier. Pure, no I/O."""

from __future__ import annotations

import re
from typing import Literal, TypeVar

from usjapan_facts.extract.word_choice import any_of

Qualifier = Literal["exact", "about", "over", "under", "nearly", "at_least", "among_top"]

_STATED = (" cost is", " value is", " price is")
_LABELS = (" value:", " cost:", " price:", " total:")
"""A label's noun before its value: '(estimated value: $2.35 billion)'."""
_ESTIMATES: tuple[tuple[str, Qualifier], ...] = tuple(
    (f"{article}{word}{noun}", "about")
    for noun in (" cost of", " value of", " price of", " total of", " at", "", *_STATED, *_LABELS)
    for article in ("valued at an ", "an ", "a ", "the ", "")
    for word in ("estimated", "projected", "est.", "approx.")
    if article.endswith("an ") == (word == "estimated") or article in ("the ", "")
    if not noun.endswith((" is", ":")) or article in ("the ", "")
    if not word.endswith(".") or article == ""
)
"""An estimate of the value itself, right before it: 'an estimated $2 billion', 'at a projected cost of $5 billion',
'Its estimated value is $2.35 billion', a label's ('(estimated value: $2.35 billion)', 'est. cost: $1 billion');
each article with the words it can come before: no 'an projected', no 'the est.'."""

_SIDES: tuple[tuple[str, Qualifier], ...] = (
    ("under", "under"),
    ("below", "under"),
    ("over", "over"),
    ("above", "over"),
)
"""Which side of a figure a degree word puts the value: 'a little under', 'well above'."""
_MARGIN_SIDES: tuple[tuple[str, Qualifier], ...] = (
    *_SIDES,
    ("less than", "under"),
    ("fewer than", "under"),
    ("more than", "over"),
    ("better than", "over"),
)
"""The side a small margin stands on: 'a shade under $70 billion', 'a touch over', 'a hair less than', 'a little
better than two-thirds'."""

_WIDE_DEGREES = ("comfortably", "safely", "far", "substantially", "considerably", "significantly", "marginally")
"""Degree words that leave a value on its side of a figure: 'comfortably above two-thirds', 'far below 1%'."""
_PASSED = (
    *(f"{verb}{tense}" for verb in ("pass", "cross") for tense in ("ed", "es", "ing")),
    *(f"{verb} through" for verb in ("broke", "broken", "breaks", "breaking")),
    *(f"{verb} past" for verb in ("went", "gone", "moved", "pushed", "climbed", "rose", "risen", "grew", "edged")),
)
"""Verbs of passing a level, which leave the value beyond it: 'had passed $700 billion', 'broke through 50%'."""
_FRACTION_OF = tuple(
    f"{degree}fraction of" for degree in ("a ", "a small ", "a tiny ", "a mere ", "just a ", "only a ")
)
"""A fraction of a figure is under it: 'a fraction of 1% of Japan's land'."""

_APPROXIMATIONS = (
    *(f"in the {noun} of" for noun in ("neighbourhood", "neighborhood", "region", "vicinity", "range", "ballpark")),
    "around",
    "about",
    "near",
)
"""The words that put a value near a figure, on neither side ('in the vicinity of', 'around')."""

# The brief's hedges, longest first so that "more than" wins over "more".
_HEDGES: tuple[tuple[str, Qualifier], ...] = (
    *sorted(_ESTIMATES, key=lambda hedge: -len(hedge[0])),
    # 'somewhere around 53,000', 'somewhere in the region of': 'somewhere' loosens an approximation, not its side
    *((f"somewhere {words}", "about") for words in _APPROXIMATIONS),
    *((words, "about") for words in _APPROXIMATIONS if words.startswith("in the")),
    *((f"somewhere {words}", qualifier) for words, qualifier in (*_SIDES, ("north of", "over"), ("south of", "under"))),
    ("on the order of", "about"),
    ("in the order of", "about"),
    ("something like", "about"),
    *((f"in round {unit}{comma}", "about") for unit in ("numbers", "figures", "terms") for comma in (",", "")),
    ("in excess of", "over"),
    *((f"{degree} north of", "over") for degree in ("well", "just", "a little", "slightly")),
    *((f"{degree} south of", "under") for degree in ("well", "just", "a little", "slightly")),
    *(
        (f"{degree} {word}", qualifier)
        for degree in ("well", "just", "a little", "a bit", "slightly", "somewhat", *_WIDE_DEGREES)
        for word, qualifier in _MARGIN_SIDES
    ),
    *(
        (f"{degree} {side}", qualifier)
        for degree in ("a shade", "a touch", "a hair", "a tad")
        for side, qualifier in _MARGIN_SIDES
    ),
    *((f"{adverb} {verb}", "exact") for adverb in ("seldom", "rarely", "never") for verb in ("exceeded", "topped")),
    *((f"{negation} strayed far from", "about") for negation in ("not", "never", "seldom", "rarely")),
    ("approximately", "about"),
    # A floor or a ceiling said by denying the other side: 'no fewer than 50,000' is at least 50,000, never under it.
    *((f"{negation} {word} than", "at_least") for negation in ("no", "not") for word in ("fewer", "less")),
    *(
        (f"{negation} {word} than", "exact")
        for negation in ("no", "not")
        for word in ("more", "greater", "larger", "bigger", "higher")
    ),
    ("close on", "nearly"),
    ("not quite", "nearly"),
    ("just shy of", "nearly"),
    # 'just short of $125 billion': a little under it; 'well short of' is under it, by more than a little
    *((f"{degree} short of", "nearly") for degree in ("just", "a little", "a bit", "slightly", "a shade", "a touch")),
    ("well short of", "under"),
    ("at or near", "about"),
    ("at or below", "exact"),
    ("at or under", "exact"),
    ("upward of", "over"),
    ("the better part of", "nearly"),  # before a number: 'the better part of 55,000' (before a whole, a majority)
    *((words, "over") for words in _PASSED),
    *((words, "under") for words in _FRACTION_OF),
    ("surpassed", "over"),
    ("surpasses", "over"),
    ("approaches", "nearly"),
    ("exceeded", "over"),
    ("exceeds", "over"),
    ("exceeding", "over"),
    ("exceed", "over"),
    ("surpassing", "over"),
    ("surpass", "over"),
    ("topping", "over"),
    ("topped", "over"),
    ("tops", "over"),
    ("upwards of", "over"),
    ("north of", "over"),
    ("south of", "under"),
    ("shy of", "nearly"),
    ("short of", "nearly"),
    ("better than", "over"),
    ("greater than", "over"),
    # A comparative said of the value itself: 'Okinawa, smaller than 1% of Japan's territory', 'higher than 2%'.
    *((f"{word} than", "over") for word in ("larger", "bigger", "higher")),
    *((f"{word} than", "under") for word in ("smaller", "lower")),
    ("fewer than", "under"),
    ("less than", "under"),
    ("more than", "over"),
    ("close to", "nearly"),
    ("approaching", "nearly"),
    ("at least", "at_least"),
    ("roughly", "about"),
    ("around", "about"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("about", "about"),
    ("above", "over"),
    ("below", "under"),
    ("under", "under"),
    ("over", "over"),
    ("some", "about"),
)
HEDGE = any_of((words for words, _ in _HEDGES), spaced=True)
"""Any hedge, its words parted by any space: a PDF may break 'in excess of' across lines."""


def qualifier_of(hedge: str | None) -> Qualifier:
    """Normalise the brief's hedge ('currently about', 'more than', 'nearly'...) to a qualifier."""
    if not hedge:
        return "exact"
    words = " ".join(hedge.casefold().split())
    for phrase, qualifier in _HEDGES:
        if words == phrase:
            return qualifier
    return "exact"


_AFTER_HEDGE = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|of|than)\b)[A-Za-z][\w.'-]*){0,4}?,?\s+"
    r"(?P<hedge>or\s+so|give\s+or\s+take|or\s+thereabouts|more\s+or\s+less|or\s+more|"
    r"(?:roughly|approximately)(?=\s*(?:[,.;:)]|$)))\b(?!\s+(?:than|\d))",
    re.IGNORECASE,
)
_AFTER_QUALIFIER: dict[str, Qualifier] = {"or more": "at_least"}
_BRACKETED = re.compile(
    r"\s*\(\s*(?:approx(?:\.|imately)?|about|roughly|est(?:\.|imated|imate)?|circa|ca\.)\s*\)", re.I
)
_LETTER = re.compile("[A-Za-z]")
_HEDGE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
_LEVEL_AFTER = re.compile(r"\s+(?:mark|threshold|level|line|barrier)\b", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(
    rf"\b(?P<hedge>{HEDGE})\s+the\s+\S+(?:\s+(?:thousand|million|billion|trillion|percent))?$", re.IGNORECASE
)
"""A value named as a level, its hedge before 'the': 'well above the 60% mark', 'had passed the $700 billion mark'."""
_Q = TypeVar("_Q", bound=str)


def hedged_after(text: str, end: int, qualifier: _Q) -> _Q | Qualifier:
    """The qualifier of a value with no hedge before it but one after it, its noun between: 'fifty thousand or so',
    '54,000 U.S. troops, give or take,', '54,000 troops, roughly.', '2 percent or more', '50,000+', '54,000-odd'.
    No other figure may stand between the two."""
    if qualifier != "exact":
        return qualifier
    level = _LEVEL_BEFORE.search(text[max(0, end - 90) : end]) if _LEVEL_AFTER.match(text, end) else None
    if level is not None:
        return qualifier_of(level.group("hedge"))
    if text.startswith("+", end) or text.startswith("-plus", end):
        return "over"  # '200+ Marines', '$1.2 billion-plus': read as more than it, as readers take them
    if text.startswith("-odd", end):
        return "about"  # '54,000-odd troops
    if _BRACKETED.match(text, end):
        return "about"  # 'one-quarter (approx.)', '25% (est.)': a table's mark of an estimate
    after = _AFTER_HEDGE.match(text, end)
    if after is None:
        return qualifier
    if _LETTER.search(text, end, after.start("hedge")) and not _HEDGE_ENDS.match(text, after.end()):
        return qualifier  # '54,000 troops, or so officials said': a hedge after the noun closes a phrase
    return _AFTER_QUALIFIER.get(" ".join(after.group("hedge").casefold().split()), "about")


__all__ = ["HEDGE", "Qualifier", "hedged_after", "qualifier_of"]
