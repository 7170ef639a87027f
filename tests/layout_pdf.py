"""Lay a Markdown brief out as a two-column PDF (fpdf2), and read it back with `pdftotext -layout`.

The page: a title block across both columns, headings, paragraphs flowed down the left column, then the right,
then the next page, an optional boxed bar chart (caption, axis ticks, years, legend, source line), the author
lines, and a footer on every page ("IF10199 · VERSION 49", the CRS address, a page number).
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype/liberation")
WIDTH, HEIGHT, MARGIN, GAP = 215.9, 279.4, 17.0, 7.0
BOTTOM, LINE = HEIGHT - 24.0, 4.3


def available() -> bool:
    """Tell whether this machine can make and read such PDFs (fpdf2, the fonts, poppler's pdftotext)."""
    try:
        import fpdf  # noqa: F401
    except ImportError:
        return False
    return shutil.which("pdftotext") is not None and (FONTS / "LiberationSans-Regular.ttf").exists()


def _blocks(markdown: str) -> tuple[str, str, list[tuple[str, str]]]:
    title, cover, blocks = "", "", []
    for chunk in re.split(r"\n\s*\n", markdown):
        text = " ".join(chunk.split()).replace("\\$", "$")
        if not text:
            continue
        if text.startswith("## ") and not title:
            title = text[3:]
        elif text.startswith(("---", "|", "<", "!")):
            continue
        elif text.startswith("Updated "):
            cover = text
        elif text.startswith("#"):
            blocks.append(("heading", text.lstrip("# ")))
        elif author := re.match(r"\*\*([^*]+)\*\*, (.+)$", text):
            blocks.append(("author", f"{author.group(1)}\n{author.group(2)}"))
        else:
            blocks.append(("paragraph", text.replace("**", "")))
    return title, cover, blocks


def two_column_pdf(markdown: str, path: Path, *, figure_after: int | None = None, gap: float = GAP) -> Path:
    """Write `markdown` as a two-column brief at `path`, its columns `gap` mm apart; a figure follows
    paragraph number `figure_after`."""
    path.write_bytes(_drawn(markdown, figure_after, gap))
    return path


@functools.cache  # several tests lay out the same brief: a quarter of a second of fpdf2 each time
def _drawn(markdown: str, figure_after: int | None, gap: float) -> bytes:  # noqa: PLR0915 (one page drawn top to bottom)
    from fpdf import FPDF

    title, cover, blocks = _blocks(markdown)
    column_width = (WIDTH - 2 * MARGIN - gap) / 2
    pdf = FPDF(unit="mm", format="Letter")
    pdf.set_auto_page_break(False)
    for style, name in (("", "Regular"), ("B", "Bold")):
        pdf.add_font("Sans", style, str(FONTS / f"LiberationSans-{name}.ttf"))
    state = {"column": 0, "y": 41.0, "top": 41.0}

    def footer() -> None:
        pdf.set_font("Sans", "", 7.5)
        pdf.set_xy(MARGIN, HEIGHT - 15)
        pdf.cell(column_width, 4, "IF10199 · VERSION 49")
        pdf.set_xy(WIDTH / 2 - 5, HEIGHT - 15)
        pdf.cell(10, 4, str(pdf.page_no()), align="C")
        pdf.set_xy(WIDTH - MARGIN - column_width, HEIGHT - 15)
        pdf.cell(column_width, 4, "https://crsreports.congress.gov", align="R")

    def room(height: float) -> None:
        if state["y"] + height <= BOTTOM:
            return
        if state["column"] == 0:
            state["column"] = 1
        else:
            footer()
            pdf.add_page()
            state["column"], state["top"] = 0, 18.0
        state["y"] = state["top"]

    def put(text: str, style: str = "", size: float = 9.5) -> None:
        pdf.set_font("Sans", style, size)
        lines: list[str] = pdf.multi_cell(column_width, LINE, text, dry_run=True, output="LINES")  # type: ignore[assignment]
        for line in lines:
            room(LINE)
            pdf.set_xy(MARGIN + state["column"] * (column_width + gap), state["y"])
            pdf.cell(column_width, LINE, line)
            state["y"] += LINE

    def chart() -> None:
        room(70)
        x, y = MARGIN + state["column"] * (column_width + gap), state["y"]
        put("Figure 2. Japan's Trade with the United States, 2017-2021", "B")
        pdf.set_font("Sans", "", 6.5)
        for number, tick in enumerate((200, 150, 100, 50, 0)):
            pdf.set_xy(x + 1, state["y"] + 2 + 9 * number)
            pdf.cell(8, 3, str(tick), align="R")
        for number, year in enumerate(range(2017, 2022)):
            pdf.set_fill_color(60, 110, 170)
            pdf.rect(x + 14 + 14 * number, state["y"] + 38 - 4 * number, 5, 4 + 4 * number, style="F")
            pdf.set_xy(x + 12 + 14 * number, state["y"] + 44)
            pdf.cell(10, 3, str(year), align="C")
        pdf.set_xy(x + 14, state["y"] + 49)
        pdf.cell(30, 3, "U.S. exports to Japan")
        pdf.set_xy(x + 50, state["y"] + 49)
        pdf.cell(30, 3, "U.S. imports from Japan")
        state["y"] += 55
        put("Source: CRS, with data from the U.S. Census Bureau.", "", 7.5)
        pdf.rect(x, y, column_width, state["y"] - y + 1)
        state["y"] += 4

    pdf.add_page()
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(MARGIN, 14)
    pdf.cell(60, 5, "CRS In Focus")
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(WIDTH - MARGIN - 80, 14)
    pdf.cell(80, 5, cover, align="R")
    pdf.set_font("Sans", "B", 20)
    pdf.set_xy(MARGIN, 22)
    pdf.cell(WIDTH - 2 * MARGIN, 11, title)
    paragraphs = 0
    for kind, text in blocks:
        if kind == "heading":
            room(3 * LINE + 2)
            state["y"] += 1.5
            put(text, "B", 11)
        elif kind == "author":
            name, role = text.split("\n")
            room(2 * LINE)
            put(name, "B")
            put(role)
        else:
            put(text)
            paragraphs += 1
            if paragraphs == figure_after:
                state["y"] += 2
                chart()
        state["y"] += 2.2
    footer()
    return bytes(pdf.output())


def layout_text(pdf: Path) -> str:
    """Return `pdftotext -layout` of `pdf`."""
    result = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")
