"""Measure the column reader on two-column pages laid out from whole briefs, and on single-column wraps.

Run by hand from the repository root:

    python benchmarks/eval_columns.py [MARKDOWN ...] [--seeds 20]

Each Markdown brief (default: the 2022-07-21 fixture and the variants) is laid out as a PDF's text comes
out: its paragraphs wrapped to a column's width, set at heights (a paragraph break leaves space, a heading
more, now and then a figure's caption, blank space and source line), two columns a page, and the lines of
each page sorted by height, the left column's first where two stand level. For each layout it reports the
share of each column's line joins that come back whole, the facts extracted against those extracted from
the Markdown itself (wrong values and facts kept), and, for the same briefs hard-wrapped as one column,
how many texts the reader changed (it must change none), at widths of 30 to 100 characters, every other one
with blank lines between paragraphs.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

from usjapan_facts.extract import ExtractError, extract_snapshot
from usjapan_facts.extract.columns import reassemble_columns
from usjapan_facts.extract.text import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
DEFAULT = [FIXTURES / "IF10199-2022-07-21.md", *sorted((FIXTURES / "variants").glob("*.md"))]
COVER = re.compile(r"^Updated \w+ \d{1,2}, \d{4}$")
Block = tuple[str, str]


def blocks(markdown: str) -> tuple[str, list[Block]]:
    """The cover line and the brief's headings and whole paragraphs (a paragraph cut at a page break joined)."""
    cover, out = "", []
    for part in re.split(r"\n\s*\n", normalise(markdown)):
        text = " ".join(part.split()).replace("\\$", "$")
        if not text or text.startswith(("|", "<", "!", "---", "**")):
            continue
        if COVER.match(text):
            cover = text
        elif text.startswith("#"):
            out.append(("heading", text.lstrip("# ")))
        elif out and out[-1][0] == "paragraph" and not re.search(r"[.!?][\"')]*$", out[-1][1]):
            out[-1] = ("paragraph", f"{out[-1][1]} {text}")
        else:
            out.append(("paragraph", text))
    return cover, out


def layout(cover: str, brief: list[Block], rng: random.Random) -> tuple[str, list[list[str]]]:
    """The page text of one random layout, and each column's lines in order."""
    width, height, gap = rng.randint(48, 64), rng.randint(40, 70), rng.choice([0.3, 0.5, 1.0])
    columns: list[list[tuple[float, str]]] = [[]]
    y = 0.0

    def place(line: str, step: float) -> None:
        nonlocal y
        if y >= height:
            columns.append([])
            y = 0.0
        columns[-1].append((y, line))
        y += step

    for kind, text in brief:
        if kind == "heading":
            y += 0.5 if y else 0.0
            place(text, 1.5)
            continue
        if rng.random() < 0.06 and y < height - 12:
            place(f"Figure {rng.randint(1, 4)}. Japan's Trade With the World", 1.5 + rng.randint(6, 14))
            place("Source: CRS with data from the Bureau of Economic Analysis.", 1.5)
        for line in textwrap.wrap(text, width + rng.randint(-3, 3)):
            place(line, 1.0)
        y += gap
    lines = [cover] if cover else []
    rights = columns[1::2] + [[]] * (len(columns) % 2)
    for left, right in zip(columns[::2], rights, strict=True):
        offset = rng.choice([0.0, 0.2, 0.5])
        page = [(y, 0, line) for y, line in left] + [(y + offset, 1, line) for y, line in right]
        lines += [line for _, _, line in sorted(page)]
    return "\n".join(lines), [[line for _, line in column] for column in columns]


def joins_kept(text: str, columns: list[list[str]]) -> tuple[int, int]:
    flat = " ".join(text.split())
    pairs = [(a, b) for column in columns for a, b in itertools.pairwise(column)]
    kept = sum(1 for a, b in pairs if f"{a} {b}" in flat or (a.endswith(("-", "—")) and f"{a}{b}" in flat))
    return kept, len(pairs)


def values(text: str) -> dict[str, Any]:
    try:
        facts = extract_snapshot(text).snapshot.facts
    except ExtractError:
        return {}
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("markdown", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--seeds", type=int, default=20)
    args = parser.parse_args()
    kept = joins = wrong = found = expected = changed = wraps = 0
    for path in args.markdown:
        source = path.read_text(encoding="utf-8")
        cover, brief = blocks(source)
        truth = values(source)
        for seed in range(args.seeds):
            rng = random.Random(seed)  # noqa: S311 - layouts, not secrets
            text, columns = layout(cover, brief, rng)
            part = joins_kept(reassemble_columns(normalise(text)), columns)
            kept, joins = kept + part[0], joins + part[1]
            read = values(text)
            wrong += sum(1 for fact_id, value in read.items() if fact_id in truth and truth[fact_id] != value)
            found += sum(1 for fact_id in truth if fact_id in read)
            expected += len(truth)
            lines = [cover] if cover else []
            width = rng.randint(30, 100)
            for kind, body in brief:
                lines += [body] if kind == "heading" else ["\n".join(textwrap.wrap(body, width))]
            single = ("\n\n" if seed % 2 else "\n").join(lines)  # paragraphs with and without blank lines
            wraps += 1
            changed += reassemble_columns(single) != single
    print(f"layouts: {len(args.markdown) * args.seeds} of {len(args.markdown)} briefs")
    print(f"line joins kept: {kept}/{joins} ({100 * kept / max(1, joins):.1f}%)")
    print(f"facts: {wrong} wrong, {found}/{expected} kept ({100 * found / max(1, expected):.1f}%)")
    print(f"single-column wraps changed: {changed}/{wraps}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
