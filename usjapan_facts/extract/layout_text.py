"""Split text from `pdftotext -layout` of the brief's two-column pages into its columns, in reading order.

`pdftotext -layout` prints each page as it looks: the left column's line and the right column's line level
with it share one line of text, apart by a run of spaces. On each page the gutter is the band of character
positions that no line of prose crosses; each line is cut there, and the page is read as its title block,
then the left column, then the right one (a line that crosses the gutter, as a wide figure does, ends the
columns above it). Page headers, footers and numbers are dropped, a figure's axis ticks and legend too
(its caption and source line are kept as captions), and each paragraph comes out on one line, with the
line breaks inside it undone (`column_lines`). Text without such a gutter is returned as it is. Pure, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from usjapan_facts.extract.column_lines import paragraphs
from usjapan_facts.extract.line_joins import AUTHOR_NAME, AUTHOR_ROLE
from usjapan_facts.extract.pdf_layout import wordy
from usjapan_facts.extract.typography import plain_letters

_SEGMENT = re.compile(r"\S+(?: \S+)*")
"""A run of words one space apart: on a layout line, each column's text (and each footer) is one."""
_CHROME = re.compile(
    r"https?://\S*crsreports\S*|(?:www\.)?crsreports\.congress\.gov\S*|www\.crs\.gov"
    r"|(?:IF|R|RL|RS|IN)\d{4,5}\s*[·•|\-\u2013\u2014]?\s*(?:VERSION|Version)\s+\d+",
)
"""Footer segments printed on every page, wherever they sit."""
_EDGE_CHROME = re.compile(
    r"(?:Page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?|Congressional Research Service(?:\s+\d{1,3})?|CRS In Focus|"
    r"In Focus|CRS Insight|Informing the legislative debate since 1914",
    re.IGNORECASE,
)
"""Segments that are page chrome only at a page's top or bottom (a page number, the agency's name)."""
EDGE_LINES = 3
_FIGURE_CELL = re.compile(r"(?<=\s\s)[-\u2212$(]*\d[\d,.]*%?\)?(?=\s|$)")
MIN_ROW_FIGURES = 2
"""A line with this many figures apart by runs of spaces after its label is a table's row."""
MIN_GUTTER = 2
_GAP = re.compile(r" {4,}")
_BESIDE = re.compile(r" {2,}(?=\S)")
MIN_RIGHT = 30
"""Between a line's prose and the right column's text beside it, on a page read whole."""
MIN_SIDE_BY_SIDE = 3
SIDE_BY_SIDE_SHARE = 0.1
"""Of a page's lines, the share that must have text on each side of the gutter for it to be read as two."""
SPLIT_SLACK = 3
MAX_WIDTH = 400
"""`pdftotext -layout` prints a letter page in some 130 to 200 characters; a wider line is no page's."""
MAX_GUTTERS = 40
"""Candidate gutters weighed per page: a page of prose has a few; a page that has more is no layout."""


def _blank_chrome(lines: list[str]) -> list[str]:
    """Blank out (keeping every position) the footers, headers and page numbers of one page."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    edges = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])
    out = []
    for index, line in enumerate(lines):
        # A table's row at the page's top or bottom keeps its last figure ('Goods  67.7  75.0  4'): no page number.
        edge = index in edges and len(_FIGURE_CELL.findall(line)) < MIN_ROW_FIGURES
        for segment in _SEGMENT.finditer(line):
            word = segment.group()
            if _CHROME.fullmatch(word) or (edge and _EDGE_CHROME.fullmatch(word)):
                line = line[: segment.start()] + " " * len(word) + line[segment.end() :]
        out.append(line.rstrip())
    return out


def _occupancy(lines: list[str], width: int) -> list[int]:
    """Count, for each character position, the lines with text there (a difference array: linear in segments)."""
    steps = [0] * (width + 2)
    for line in lines:
        for segment in _SEGMENT.finditer(line):
            steps[segment.start()] += 1
            steps[segment.end()] -= 1
    counts, total = [], 0
    for step in steps[: width + 1]:
        total += step
        counts.append(total)
    return counts


def _split_at(line: str, start: int, end: int, right_at: int | None = None) -> tuple[str, str] | None:
    """Cut `line` at the gutter [start, end): its left and right text, or None when its words cross the gutter.

    With `right_at`, where the right column's lines start, a line that ends before it (its last letter may stand
    right before it, as a figure's legend set in small type does) is all left column (a long line may reach into
    the gutter) and one that starts in the gutter is all right column.
    """
    if not line[start:end].strip():
        right = line[end:]
        if right_at is not None and right.strip() and end + len(right) - len(right.lstrip()) < right_at - SPLIT_SLACK:
            # A left column's table, its last column of figures short of the right column: the right column's
            # text level with its row (an author's role beside its header) still starts where that column does.
            gaps = _BESIDE.finditer(line, end)
            beside = next((gap for gap in gaps if abs(gap.end() - right_at) <= SPLIT_SLACK), None)
            if beside is None:
                return line.strip(), ""
            return line[: beside.start()].strip(), line[beside.end() :].strip()
        return line[:start].strip(), right.strip()
    if right_at is not None:
        if len(line.rstrip()) <= right_at:
            return line.strip(), ""
        if len(line) - len(line.lstrip()) >= start:
            return "", line.strip()
    # A line that pokes into the gutter by a character or two still shows a run of spaces near it.
    best: tuple[int, re.Match[str]] | None = None
    for gap in re.finditer(r" {2,}", line):
        distance = max(start - SPLIT_SLACK - gap.end(), gap.start() - end - SPLIT_SLACK, 0)
        if distance == 0 and (best is None or abs(gap.start() - start) < best[0]):
            best = (abs(gap.start() - start), gap)
    if best is None:
        return None
    return line[: best[1].start()].strip(), line[best[1].end() :].strip()


def find_gutter(lines: list[str]) -> tuple[int, int] | None:
    """Find the band of positions between a page's two columns, or None for a page of one column."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < MIN_SIDE_BY_SIDE:
        return None
    width = max(len(line) for line in filled)
    if width > MAX_WIDTH:
        return None
    counts = _occupancy(filled, width)
    # A title or a wide figure may cross the gutter: a few lines that do are allowed.
    allowed = max(1, len(filled) // 15)
    # The gutter is sought in the page's middle; a line or two run out far past the page's edge (a figure's source
    # line unwrapped) moves the middle, so it is sought again where the other lines end.
    reach = sorted(len(line) for line in filled)[-1 - allowed]
    found = _gutter_within(filled, counts, allowed, width)
    return found if found or reach * 3 > width * 2 else _gutter_within(filled, counts, allowed, reach)


def _gutter_within(filled: list[str], counts: list[int], allowed: int, width: int) -> tuple[int, int] | None:
    """The band of positions in the middle half of `width` that the fewest lines cross and most prose flanks."""
    best: tuple[int, int, int] | None = None
    position, weighed = width // 4, 0
    while position < 3 * width // 4 and weighed < MAX_GUTTERS:
        if counts[position] > allowed:
            position += 1
            continue
        end = position
        while end < width and counts[end] <= allowed:
            end += 1
        if end - position >= MIN_GUTTER:
            weighed += 1
            parts = [split for line in filled if (split := _split_at(line, position, end))]
            # Text on both sides: a column may run alone for most of a page (the last one often does).
            # Prose on both sides: a table's columns of figures are no page's columns.
            sides = min(sum(1 for left, _ in parts if wordy(left)), sum(1 for _, right in parts if wordy(right)))
            if best is None or sides > best[0]:
                best = (sides, position, end)
        position = end + 1
    if best is None or best[0] < max(MIN_SIDE_BY_SIDE, SIDE_BY_SIDE_SHARE * len(filled)):
        return None
    return best[1], best[2]


def _right_start(lines: list[str], gutter: tuple[int, int]) -> int:
    """The position where the right column's lines most often start."""
    starts = Counter(
        len(line) - len(line[gutter[1] :].lstrip())
        for line in lines
        if line[gutter[1] :].strip() and not line[gutter[0] : gutter[1]].strip()
    )
    return starts.most_common(1)[0][0] if starts else gutter[1]


def _page_lines(lines: list[str], gutter: tuple[int, int], *, first: bool) -> Iterator[str]:
    """Yield one page's lines in reading order: the title block, then each band's left and right column."""
    right_at = _right_start(lines, gutter)
    left: list[str] = []
    right: list[str] = []
    title_block = first
    for line in lines:
        if not line.strip():
            continue
        parts = _split_at(line, *gutter, right_at)
        if parts is None:
            # A line across both columns (a title, a wide figure): the columns above it are read first.
            yield from (*left, "", *right, "", line.strip(), "")
            left, right = [], []
            continue
        if title_block and not (parts[1] and abs(line.find(parts[1], gutter[0]) - right_at) <= SPLIT_SLACK):
            # The first page's title block ("CRS In Focus", "Updated March 28, 2025"): each piece on its own.
            for segment in _SEGMENT.finditer(line):
                yield from (segment.group(), "")
            continue
        title_block = False
        if parts[0]:
            left.append(parts[0])
        if parts[1]:
            right.append(parts[1])
    yield from (*left, "", *right, "")


def _beside_authors(lines: list[str]) -> tuple[list[str], list[str]]:
    """A page read whole, too few of its lines side by side for a gutter: where the right column holds only the
    authors' names and roles (the last page), they are set apart after the prose, not run into its sentences.
    Return the prose's lines and the authors' lines."""
    prose: list[str] = []
    authors: list[str] = []
    for line in (line.rstrip() for line in lines):
        # The author's text beside the prose, or alone on its line far to the right.
        indent = len(line) - len(line.lstrip())
        gap = _GAP.search(line, indent)
        head, tail = (line[:indent], line[indent:]) if indent >= MIN_RIGHT else ("", "")
        if gap:
            head, tail = line[: gap.start()], line[gap.end() :]
        if tail and (AUTHOR_NAME.fullmatch(tail) or AUTHOR_ROLE.fullmatch(tail)):
            prose.extend([head.strip()] if head.strip() else [])
            authors.append(tail)
        else:
            prose.append(line.strip())
    return prose, authors


def split_layout(text: str) -> str:
    """Return `text` read column by column if it is a two-column `pdftotext -layout` text, else unchanged."""
    if "   " not in text:
        return text
    pages = [_blank_chrome(page.expandtabs().split("\n")) for page in text.split("\f")]
    gutters = [find_gutter(page) for page in pages]
    apart = [_beside_authors(page) if gutter is None else ([], []) for page, gutter in zip(pages, gutters, strict=True)]
    if not any(gutters):  # one column throughout: read as it is, the authors beside a one-page brief's prose apart
        if not any(authors for _, authors in apart):
            return text
        return "\f".join("\n".join([*prose, "", *authors]) for prose, authors in apart) + "\n"
    lines: list[str] = []
    for page, gutter, (prose, authors) in zip(pages, gutters, apart, strict=True):
        if gutter is None:
            lines.extend([*prose, "", *authors] if authors else prose)
        else:
            lines.extend(_page_lines(page, gutter, first=not lines))
        lines.append("")
    # Ligatures are spelt out once the columns are apart (spelling them out earlier would shift the right one).
    return "\n\n".join(paragraphs([plain_letters(line) for line in lines])) + "\n"
