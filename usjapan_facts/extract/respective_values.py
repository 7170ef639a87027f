"""Figures paired 'respectively' with the places, years or names listed beside them, restated as the plain sentences
they stand for: 'approximately 4,000 and 2,700 Marines are bound for Guam and Hawaii, respectively' is
'approximately 4,000 Marines are bound for Guam' and 'approximately 2,700 Marines are bound for Hawaii'; 'Hawaii and
Guam are to receive 2,700 and 4,000' likewise; 'growth of 2.2% and 0.3% for 2017 and 2018, respectively' is a
sentence for each year. The figures pair in order with the list nearer the pairing word's side, and only when the
two lists have as many items (two or three). Each restated sentence is read as the sentence is, so a figure goes
only to the subject it is paired with. Ranks are paired by `gapped`. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_HEDGE = r"(?:(?:about|approximately|roughly|some|around|nearly|almost|over|under|more\s+than|less\s+than)\s+)?"
_FIGURE = (  # digits bounded, so a long run of them is matched once, not split every way
    rf"{_HEDGE}(?:[-\u2212]|minus\s+)?[$\u00a5]?(?<![\d,])(?:\d{{1,3}}(?:,\d{{3}}){{1,4}}|\d{{1,7}})(?:\.\d+)?(?![\d,]\d)"
    r"(?:\s*(?:%|percent\b)|\s+(?:billion|million|trillion)\b)?"
)
_NAME = r"(?:(?:19|20)\d\d|(?-i:[A-Z][\w.'\u2019-]*)(?:\s+(?-i:[A-Z][\w.'\u2019-]*)){0,2})"


def _run(item: str) -> str:
    """A list of two or three items: 'A and B', 'A, B, and C'."""
    return rf"(?:{item})(?:,\s+(?:{item}))?,?\s+and\s+(?:{item})"


_FIGURES = re.compile(_run(_FIGURE), I)
_NAMES = re.compile(rf"(?<![\w$\u00a5.,-])(?:{_run(_NAME)})(?![\w%$-])")
_PAIRING = re.compile(r",?\s+respectively\b", I)
_ONE_FIGURE = re.compile(_FIGURE, I)
_PLURAL = re.compile(r"^(\s+)(are|were|have)\b", I)
_SINGULAR = {"are": "is", "were": "was", "have": "has"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEDGED = re.compile(_HEDGE, I)
_SPLIT = re.compile(r",?\s+and\s+|,\s+")


_SHARED_HEAD = re.compile(r"\b(?P<one>lower|upper)\s+and\s+(?P<two>upper|lower)\s+(?:chambers|houses)\b", I)
"""Two chambers sharing one head noun ('the lower and upper chambers'): each restated by its own name."""


def _chambers(found: re.Match[str]) -> str:
    return f"{found.group('one').title()} House and {found.group('two').title()} House"


def _items(run: str) -> list[str]:
    return [item for item in _SPLIT.split(run) if item]


def respective(text: str) -> list[str]:
    """The plain sentences a sentence pairing figures with names 'respectively' stands for, [] if it pairs none."""
    pairing = _PAIRING.search(text) if may_hold(text, ("respectively",)) else None  # each match holds the word
    if pairing is None:
        return []
    text = _SHARED_HEAD.sub(_chambers, text)  # 'the lower and upper chambers': 'the Lower House and Upper House'
    pairing = _PAIRING.search(text) or pairing
    clause_start = text.rfind(";", 0, pairing.start()) + 1
    clause_end = text.find(";", pairing.end())
    clause_end = len(text) if clause_end < 0 else clause_end
    figures = [
        match
        for match in _FIGURES.finditer(text, clause_start, pairing.start())
        if not all(_YEAR.fullmatch(item) for item in _items(match.group(0)))
    ]
    if len(figures) != 1:
        return []
    run = figures[0]
    names = [
        match
        for match in _NAMES.finditer(text, clause_start, pairing.start())
        if match.end() <= run.start() or match.start() >= run.end()
    ]
    if len(names) != 1:
        return []
    listed = names[0]
    values, places = _items(run.group(0)), _items(listed.group(0))
    if len(values) != len(places) or len(values) < 2 or any(not _ONE_FIGURE.fullmatch(v) for v in values):
        return []
    sentences = []
    hedge = _HEDGED.match(values[0])
    if hedge is not None and hedge.group(0):  # 'approximately 4,000 and 2,700': the hedge is each figure's
        values = [values[0]] + [
            value if _HEDGED.fullmatch(value.split()[0] + " ") else hedge.group(0) + value for value in values[1:]
        ]
    for value, place in zip(values, places, strict=True):
        spans = sorted([(run.start(), run.end(), value), (listed.start(), listed.end(), place)])
        out, at = [], clause_start
        for start, end, word in spans:
            out += [text[at:start], word]
            at = end
        out.append(text[at : pairing.start()])
        if listed.end() <= run.start():  # 'Guam and Hawaii are to absorb ...': one of them is
            out[2] = _PLURAL.sub(lambda verb: verb.group(1) + _SINGULAR[verb.group(2).lower()], out[2], count=1)
        sentences.append(text[:clause_start] + "".join(out) + text[pairing.end() : clause_end] + text[clause_end:])
    return sentences


__all__ = ["respective"]
