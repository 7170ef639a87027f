"""Render the 2022-07-21 brief's Markdown as a web page, the way report sites serve it, for the HTML tests.

Run by hand from the repository root: python scripts/render_html.py
It writes tests/fixtures/IF10199-2022-07-21.html: a page with navigation, the brief as headings and
paragraphs (page-break fragments left as separate paragraphs), authors in bold, the figure as a table.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "fixtures" / "IF10199-2022-07-21.md"
TARGET = ROOT / "tests" / "fixtures" / "IF10199-2022-07-21.html"
FIGURE_ROWS = (("Partner", "Exports", "Imports"), ("Canada", "307.6", "357.2"), ("Japan", "74.6", "135.1"))


def inline(text: str) -> str:
    escaped = html.escape(text.replace("\\$", "$"), quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)


def render(markdown: str) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>U.S.-Japan Relations - EveryCRSReport.com</title>',
        "<style>body { font-family: serif; }</style></head><body>",
        '<nav><a href="/">EveryCRSReport.com</a> | <a href="/reports">All reports</a></nav>',
        "<article>",
    ]
    for block in re.split(r"\n\s*\n", markdown.strip()):
        block = " ".join(line.strip() for line in block.splitlines() if line.strip())
        if not block:
            continue
        heading = re.match(r"^(#{1,6})\s+(.*)$", block)
        if heading:
            level = len(heading.group(1))
            parts.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif block == "---":
            parts.append("<hr>")
        elif block.startswith("**Figure"):
            parts.append(f"<figure><figcaption>{inline(block)}</figcaption><table>")
            parts += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in FIGURE_ROWS]
            parts.append("</table></figure>")
        else:
            parts.append(f"<p>{inline(block)}</p>")
    parts += ["</article>", "<footer>Provided by EveryCRSReport.com</footer>", "</body></html>"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")
    print(TARGET)
