"""Reassemble text whose lines interleave the two columns of the brief's PDF page.

Text copied or converted from a two-column PDF often alternates a line of the left column with a line
of the right one, so a sentence is cut by lines of the other column. A run of short lines whose plain
reading breaks too often (a sentence that ends, then a line that goes on in lower case; a line cut
mid-sentence, then a heading) is read again as two columns: each line goes to the column it continues
best, found by a beam search that stays linear in the number of lines. Pure, no I/O.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

MIN_RUN = 6
MAX_LINE = 100
BEAM = 24
GAIN_MIN = 3.0
GAIN_PER_LINE = 0.25
LONG_RUN = 30
SWITCH = 0.3
"""A small prior for alternating columns, which is how interleaved text mostly goes."""
_TERMINAL = re.compile(r"""[.!?]["'”’)\]]*$""")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|e\.g\.|i\.e\.|etc\.|vs\.|No\.|Mr\.|Ms\.|Dr\.|St\.|Inc\.|Co\.")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs.",
        "and/or",
    ]
)


def heading_like(line: str) -> bool:
    """Tell whether a line reads as a heading: short, no sentence mark at its end, its words capitalised."""
    if len(line) > 70 or not line[:1].isupper() or _ends_sentence(line) or line.endswith((",", ";", "-", "—")):
        return False
    words = line.split()
    if len(words) > 9 or "," in line or ". " in line or words[-1].lower() in _SMALL_WORDS:
        return False
    capitalised = [word for word in words if word.lower() not in _SMALL_WORDS]
    return bool(capitalised) and all(word[:1].isupper() or word[:1].isdigit() for word in capitalised)


def _ends_sentence(line: str) -> bool:
    if not _TERMINAL.search(line):
        return False
    last = line.rsplit(None, 1)[-1].strip("\"'”’)]")
    return not _ABBREVIATION.fullmatch(last)


def _starts_lower(line: str) -> bool:
    return line[:1].islower()


class _Scorer:
    """How well one line continues another, from their ends and the text's own word pairs."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.heading = [heading_like(line) for line in lines]
        self.pairs: set[tuple[str, str]] = set()
        for line in lines:
            words = [word.lower() for word in _WORD.findall(line)]
            self.pairs.update(itertools.pairwise(words))

    def join(self, before: int, after: int) -> float:
        b = self.lines[after]
        if before < 0:
            return -1.0 if _starts_lower(b) else 0.0
        a = self.lines[before]
        if self.heading[after]:
            return 1.0 if _ends_sentence(a) or self.heading[before] else -3.0
        if self.heading[before]:
            return -3.0 if _starts_lower(b) else 1.0
        if a.endswith("-") and a[-2:-1].isalpha():
            return 2.5 if _starts_lower(b) else -0.5
        if _ends_sentence(a):
            return -3.0 if _starts_lower(b) else 1.0
        last = _WORD.findall(a[-40:])
        first = _WORD.findall(b[:40])
        bonus = 1.0 if last and first and (last[-1].lower(), first[0].lower()) in self.pairs else 0.0
        if _starts_lower(b) or b[:1] in '$(—"“':
            return 1.5 + bonus
        if b[:1].isdigit():
            return 1.0 + bonus
        return (0.5 if last and last[-1][:1].isupper() else -0.5) + bonus


def _plain_score(scorer: _Scorer) -> float:
    return scorer.join(-1, 0) + sum(scorer.join(index - 1, index) for index in range(1, len(scorer.lines)))


def _score(scorer: _Scorer, labels: list[int]) -> float:
    last = [-1, -1]
    total = 0.0
    for index, column in enumerate(labels):
        total += scorer.join(last[column], index)
        last[column] = index
    return total


def _columns(scorer: _Scorer) -> list[int]:
    """Assign each line to column 0 or 1 so that each column reads on best (a beam search over the lines)."""
    # A state is (column of the current line, index of the other column's last line).
    states: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {(0, -1): (scorer.join(-1, 0), (0,))}
    for index in range(1, len(scorer.lines)):
        following: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {}
        for (column, other), (score, path) in states.items():
            candidates = (
                ((column, other), score + scorer.join(index - 1, index), column),
                ((1 - column, index - 1), score + scorer.join(other, index) + SWITCH, 1 - column),
            )
            for state, total, chosen in candidates:
                if state not in following or following[state][0] < total:
                    following[state] = (total, (*path, chosen))
        states = dict(sorted(following.items(), key=lambda item: -item[1][0])[:BEAM])
    return list(max(states.values(), key=lambda item: item[0])[1])


def _glue(lines: list[str]) -> Iterator[str]:
    """Join a column's lines into paragraphs, a heading standing alone, a broken word made whole."""
    paragraph = ""
    for line in lines:
        if heading_like(line) and (not paragraph or _ends_sentence(paragraph)):
            if paragraph:
                yield paragraph
            yield line
            paragraph = ""
        elif paragraph.endswith(("-", "—")):
            # Briefs break lines after the hyphen of a compound ("longest-" / "serving") and after dashes.
            paragraph += line
        else:
            paragraph = f"{paragraph} {line}" if paragraph else line
    if paragraph:
        yield paragraph


def _reassembled(run: list[str]) -> list[str] | None:
    scorer = _Scorer(run)
    pairs = list(itertools.pairwise(range(len(run))))
    # A sentence that ends, then a line going on in lower case: only interleaving does that.
    restarts = sum(1 for a, b in pairs if _ends_sentence(run[a]) and _starts_lower(run[b]))
    # A line cut mid-sentence, then a heading: interleaving does that, and sometimes a wrapped name.
    cut_headings = sum(
        1 for a, b in pairs if scorer.heading[b] and not scorer.heading[a] and not _ends_sentence(run[a])
    )
    if not restarts and (cut_headings < 2 or len(run) < LONG_RUN):
        return None
    labels = _columns(scorer)
    # Read as columns only when that reads much better than the plain order, line for line.
    if _score(scorer, labels) - _plain_score(scorer) < max(GAIN_MIN, GAIN_PER_LINE * len(run)):
        return None
    out: list[str] = []
    for column in (0, 1):
        lines = [line for line, label in zip(run, labels, strict=True) if label == column]
        for paragraph in _glue(lines):
            out += [paragraph, ""]
    return out


def reassemble_columns(text: str) -> str:
    """Return `text` with each run of column-interleaved lines read as its two columns, one after the other."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        short = sum(1 for line in run if len(line) <= MAX_LINE)
        fixed = _reassembled(run) if len(run) >= MIN_RUN and short * 10 >= len(run) * 9 else None
        out.extend(fixed if fixed is not None else run)
        run.clear()

    for raw in lines:
        line = raw.strip()
        if line and not line.startswith(("#", "|", "<")):
            run.append(line)
            continue
        flush()
        out.append(raw)
    flush()
    return "\n".join(out)
