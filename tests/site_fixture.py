"""Three invented versions of the brief for the site's browser tests: two Markdown texts and a two-page PDF.

The sentences are written for these tests in the brief's register; none is copied from the brief. Planted
for the tests: 'steady' is deleted and 'quarterly' inserted between the first two versions; the third
version, a PDF, states the troops on page 1 (left column) and the prime minister on page 2 (right column).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

PDF_URL = "https://example.org/crs/IF10199.3.pdf"
DELETED, INSERTED = "steady", "quarterly"

FIRST = """Updated March 1, 2023

## U.S.-Japan Relations

### Overview

Japan, a U.S. treaty ally since 1951, is a close U.S. partner on security and trade. The alliance lets the \
United States base U.S. troops, currently numbering around 54,000, on Japanese territory. Japan is the \
fourth-largest overall U.S. trading partner and a leading source of investment.

Japanese Prime Minister Kishida Fumio has pledged to deepen security ties with Washington. Tokyo and \
Washington meet often in regional forums to compare notes on maritime patrols.

### Defense Spending

Kishida supports raising Japan's defense spending to 2% of its GDP, in line with NATO countries. Planners in \
Tokyo expect a slow and steady build-up of new capabilities.
"""

SECOND = """Updated May 1, 2024

## U.S.-Japan Relations

### Overview

Japan, a U.S. treaty ally since 1951, is a close U.S. partner on security and trade. The alliance lets the \
United States base U.S. troops, currently numbering over 50,000, on Japanese territory.

Japanese Prime Minister Kishida Fumio has pledged to deepen security ties with Washington. Tokyo and \
Washington meet quarterly in regional forums to compare notes on maritime patrols.

### Defense Spending

Kishida supports raising Japan's defense spending to 2% of its GDP, in line with NATO countries. Planners in \
Tokyo expect a slow build-up of new capabilities.
"""

THIRD_PAGES = (
    (
        "Japan, a U.S. treaty ally since 1951, is a close U.S. partner on security and trade. The alliance lets "
        "the United States base U.S. troops, currently numbering around 55,000, on Japanese territory.",
        "Tokyo and Washington meet quarterly in regional forums to compare notes on maritime patrols. Officials "
        "describe the talks as frank and useful.",
    ),
    (
        "Planners in Tokyo expect a slow build-up of new capabilities. Budget debates in the Diet focus on "
        "how to pay for them.",
        "Japanese Prime Minister Ishiba Shigeru has pledged to deepen security ties with Washington. He "
        "took office after a party leadership race.",
    ),
)


def write_versions(folder: Path) -> tuple[Path, Path, Path]:
    """Write the three versions (two Markdown files, one PDF) into `folder`; return their paths, oldest first."""
    first, second = folder / "2023.md", folder / "2024.md"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    return first, second, _pdf(folder / "2025.pdf")


def _pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_font("Helvetica", size=9)
    for number, (left, right) in enumerate(THIRD_PAGES, 1):
        pdf.add_page()
        top = 32
        if number == 1:
            pdf.text(15, 15, "Updated September 1, 2025")
            pdf.text(15, 22, "U.S.-Japan Relations")
        lines = (textwrap.wrap(left, 56), textwrap.wrap(right, 56))
        for row in range(max(map(len, lines))):
            for column, x in zip(lines, (15, 112), strict=True):
                if row < len(column):
                    pdf.text(x, top + 4.5 * row, column[row])
    pdf.output(str(path))
    return path
