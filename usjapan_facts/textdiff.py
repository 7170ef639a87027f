"""A word-level comparison of two versions' texts: sentences matched first, then the words of those that differ.

Texts are as the store keeps them (one sentence or heading a line). Matching lines first and words only
within the lines that differ keeps a 20,000-word pair well under a second with difflib, and keeps a
change inside its sentence (benchmarks/bench_textdiff.py measures both, against diff-match-patch).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "delete", "insert"]
TOKEN = re.compile(r"\s+|\d+(?:[.,]\d+)*|\w+|[^\w\s]")
"""Figures (54,000 and 2.5 whole), words, single punctuation marks and runs of space: what a change marks."""
LOOKAHEAD = 8
"""How many lines ahead a changed sentence looks for its counterpart before it counts as deleted."""
SIMILAR = 0.5
"""Two sentences at least this alike (difflib's ratio of their words) are one sentence reworded."""


@dataclass(frozen=True)
class Piece:
    """A stretch of text that both versions share, or that one of them alone has."""

    op: Op
    text: str


@dataclass(frozen=True)
class Row:
    """One sentence both versions give alike, or a block of sentences that differ, word by word."""

    same: bool
    old_lines: range
    """Line numbers (from 0) of the old text this row shows."""
    new_lines: range
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        """The row as the new version reads it."""
        return "".join(piece.text for piece in self.pieces if piece.op != "delete")


def lines_of(text: str) -> list[str]:
    """The text's non-empty lines, stripped: what is compared."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _merged(pieces: Sequence[Piece]) -> tuple[Piece, ...]:
    # A lone space between two changes reads as part of them: "[-a b-]{+c d+}", not "[-a-]{+c+} [-b-]{+d+}".
    absorbed: list[Piece] = []
    for index, piece in enumerate(pieces):
        between = 0 < index < len(pieces) - 1 and pieces[index - 1].op != "equal" != pieces[index + 1].op
        if piece.op == "equal" and between and not piece.text.strip() and len(piece.text) < 3:
            absorbed += [Piece("delete", piece.text), Piece("insert", piece.text)]
            continue
        absorbed.append(piece)
    # Deletions before insertions within each changed stretch, then neighbours of one kind joined.
    ordered: list[Piece] = []
    run: list[Piece] = []
    for piece in [*absorbed, Piece("equal", "")]:
        if piece.op != "equal":
            run.append(piece)
            continue
        for op in ("delete", "insert"):
            text = "".join(p.text for p in run if p.op == op)
            if text:
                ordered.append(Piece(op, text))
        run = []
        if piece.text:
            ordered.append(piece)
    joined: list[Piece] = []
    for piece in ordered:
        if joined and joined[-1].op == piece.op:
            joined[-1] = Piece(piece.op, joined[-1].text + piece.text)
        else:
            joined.append(piece)
    return tuple(_slid(joined))


def _slid(pieces: list[Piece]) -> list[Piece]:
    # An insertion (or deletion) alone between shared text reads better starting at a word than at a space:
    # "and[ lasting] praise" is the same change as "and [lasting ]praise", which a reader sees as one word.
    for index in range(1, len(pieces) - 1):
        before, piece, after = pieces[index - 1 : index + 2]
        if before.op != "equal" or after.op != "equal" or piece.op == "equal":
            continue
        text, rest, shared = piece.text, after.text, before.text
        while text[:1].isspace() and rest[:1] == text[:1] and text.strip():
            shared, text, rest = shared + text[0], text[1:] + text[0], rest[1:]
        pieces[index - 1 : index + 2] = [Piece("equal", shared), Piece(piece.op, text), Piece("equal", rest)]
    return [piece for piece in pieces if piece.text]


def word_diff(old: str, new: str) -> tuple[Piece, ...]:
    """Compare two stretches of text word by word."""
    a, b = TOKEN.findall(old), TOKEN.findall(new)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("delete", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("insert", "".join(b[j1:j2])))
    return _merged(pieces)


def _alike(old: str, new: str) -> float:
    matcher = difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False)
    return matcher.ratio() if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR else 0.0


def _block(old: Sequence[str], new: Sequence[str], i1: int, j1: int) -> Iterator[Row]:
    """Pair each old sentence with the most alike new one close after it; the rest are whole insertions or deletions."""
    j = 0
    for i, before in enumerate(old):
        window = range(j, min(j + LOOKAHEAD, len(new)))
        scores = [(_alike(before, new[k]), k) for k in window]
        score, best = max(scores, default=(0.0, -1))
        if score < SIMILAR:
            yield Row(False, range(i1 + i, i1 + i + 1), range(j1 + j, j1 + j), (Piece("delete", before),))
            continue
        for k in range(j, best):
            yield Row(False, range(i1 + i, i1 + i), range(j1 + k, j1 + k + 1), (Piece("insert", new[k]),))
        yield Row(False, range(i1 + i, i1 + i + 1), range(j1 + best, j1 + best + 1), word_diff(before, new[best]))
        j = best + 1
    for k in range(j, len(new)):
        yield Row(False, range(i1 + len(old), i1 + len(old)), range(j1 + k, j1 + k + 1), (Piece("insert", new[k]),))


def text_diff(old_text: str, new_text: str) -> list[Row]:
    """Compare two texts: a row per shared sentence, and rows of word-marked changes where they differ."""
    old, new = lines_of(old_text), lines_of(new_text)
    rows: list[Row] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            rows += [
                Row(True, range(i, i + 1), range(j, j + 1), (Piece("equal", old[i]),))
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            ]
        else:
            rows += _block(old[i1:i2], new[j1:j2], i1, j1)
    return rows


Style = Callable[..., str]


def render_terminal(rows: Sequence[Row], *, style: Style | None = None, context: int = 1) -> str:
    """Print the rows that differ, with `context` shared sentences around each and the rest folded.

    With `style` (click.style on a colour terminal) deletions are red and insertions green; without it
    they are marked [-deleted-] and {+inserted+}, as `git diff --word-diff=plain` does.
    """
    near = {index + shift for index, row in enumerate(rows) if not row.same for shift in range(-context, context + 1)}
    lines: list[str] = []
    folded = 0
    for index, row in enumerate(rows):
        if index not in near:
            folded += 1
            continue
        if folded:
            lines.append(f"  ... {folded} unchanged line{'s' if folded != 1 else ''} ...")
            folded = 0
        ops = {piece.op for piece in row.pieces}
        mark = "  " if row.same else "- " if ops == {"delete"} else "+ " if ops == {"insert"} else "~ "
        lines.append(mark + "".join(_marked(piece, style) for piece in row.pieces))
    if folded:
        lines.append(f"  ... {folded} unchanged line{'s' if folded != 1 else ''} ...")
    return "\n".join(lines) + "\n" if lines else ""


def _marked(piece: Piece, style: Style | None) -> str:
    if piece.op == "equal":
        return piece.text
    if style is None:
        return f"[-{piece.text}-]" if piece.op == "delete" else f"{{+{piece.text}+}}"
    if piece.op == "delete":
        return style(piece.text, fg="red", strikethrough=True)
    return style(piece.text, fg="green", underline=True)
