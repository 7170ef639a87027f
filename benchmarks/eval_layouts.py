"""Measure extraction across the layouts a reader hands it, against the facts of the same text as Markdown.

Run by hand from the repository root (needs fpdf2, the Liberation fonts and poppler's pdftotext):

    python benchmarks/eval_layouts.py [MARKDOWN ...] [--dev DIR] [--gaps 7 3]

For each Markdown brief (default: the 2022-07-21 fixture, and the Markdown texts of `--dev`, the shared
extract-dev folder when it is there) it lays the text out as a two-column PDF with a figure
(`tests/layout_pdf.py`, at each `--gaps` gutter width in mm) and extracts: the Markdown, the PDF
(pdfminer.six), its `pdftotext -layout` text, and the layout text of the same text typeset (ligatures,
curly quotes, non-breaking spaces, words broken at soft hyphens). The dev folder's own PDF and layout
text of D4 are read too. Per layout: facts found with the Markdown's value, wrong (another value, or a
fact the Markdown lacks), missed, and facts mentioned but not read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import layout_pdf
from usjapan_facts.extract import ExtractError, Extraction, extract_snapshot
from usjapan_facts.extract.pdf import pdf_text

DEV = Path("/work/shared/extract-dev")
TYPESET = {"fi": "\ufb01", "fl": "\ufb02", "'": "\u2019", ' "': " \u201c", '" ': "\u201d ", ", ": ",\u00a0"}


def _brief(path: Path, text: str) -> str:
    return "IF11120" if "IF11120" in path.name or "Japan Trade" in text[:400] else "IF10199"


def _values(extraction: Extraction) -> dict[str, Any]:
    return {
        fact_id: fact.model_dump(exclude={"quote", "section", "note"})
        for fact_id, fact in extraction.snapshot.facts.items()
    }


def _extract(text: str, brief: str, updated: dt.date | None) -> Extraction | None:
    try:
        return extract_snapshot(text, brief=brief, updated=updated)
    except ExtractError:
        return None


def _row(name: str, layout: str, got: Extraction | None, reference: dict[str, Any]) -> str:
    values = _values(got) if got else {}
    same = sum(1 for fact_id, value in values.items() if reference.get(fact_id) == value)
    wrong = len(values) - same
    unread = len(got.mentioned) if got else 0
    return f"{name:<28} {layout:<10} {same:>3}/{len(reference):<3} {wrong:>5} {len(reference) - same:>6} {unread:>6}"


def _typeset(text: str) -> str:
    """The text as a typesetter prints it: ligatures, curly quotes, non-breaking spaces, soft hyphens."""
    for plain, fancy in TYPESET.items():
        text = text.replace(plain, fancy)
    # A soft hyphen in the middle of each long word: the PDF breaks words there, with a hyphen at the line's end.
    return re.sub(r"\b([a-z]{5})([a-z]{5,})\b", "\\1\u00ad\\2", text)


def evaluate(path: Path, work: Path, gaps: list[float]) -> list[str]:
    """Rows for one Markdown brief: the Markdown itself, then each layout made from it (at each gutter width)."""
    markdown = path.read_text("utf-8")
    brief = _brief(path, markdown)
    cover = re.search(r"Updated (\w+ \d{1,2}, \d{4})", markdown)
    updated = dt.datetime.strptime(cover.group(1), "%B %d, %Y").date() if cover else None
    clean = _extract(markdown, brief, updated)
    reference = _values(clean) if clean else {}
    name = path.name[:28]
    rows = [_row(name, "markdown", clean, reference)]
    for gap in gaps:
        pdf = layout_pdf.two_column_pdf(markdown, work / f"{path.stem}.pdf", figure_after=6, gap=gap)
        layout = layout_pdf.layout_text(pdf)
        width = "" if gap == layout_pdf.GAP else f" {gap:g}mm"
        rows.append(_row(name, f"pdf{width}", _extract(pdf_text(pdf.read_bytes()), brief, updated), reference))
        rows.append(_row(name, f"layout{width}", _extract(layout, brief, updated), reference))
    typeset = layout_pdf.two_column_pdf(_typeset(markdown), work / f"{path.stem}-typeset.pdf", figure_after=6)
    rows.append(_row(name, "typeset", _extract(layout_pdf.layout_text(typeset), brief, updated), reference))
    stem = path.name.removesuffix(".clean.md")
    for given, kind in (
        (path.with_name(f"{stem}.pdf"), "their pdf"),
        (path.with_name(f"{stem}.layout.txt"), "their txt"),
    ):
        if path.name.endswith(".clean.md") and given.exists():
            text = pdf_text(given.read_bytes()) if kind == "their pdf" else given.read_text("utf-8")
            rows.append(_row(name, kind, _extract(text, brief, updated), reference))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("markdown", nargs="*", type=Path)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument(
        "--gaps", type=float, nargs="+", default=[layout_pdf.GAP, 3.0], help="gutter widths in mm (default: 7 3)"
    )
    args = parser.parse_args()
    if not layout_pdf.available():
        print("needs fpdf2, the Liberation fonts and pdftotext", file=sys.stderr)
        return 2
    paths = args.markdown or [ROOT / "tests" / "fixtures" / "IF10199-2022-07-21.md"]
    if not args.markdown and args.dev.is_dir():
        paths += sorted(args.dev.glob("D*.md"))
    print(f"{'text':<28} {'layout':<10} {'found':>7} {'wrong':>5} {'missed':>6} {'unread':>6}")
    with tempfile.TemporaryDirectory() as work:
        for path in paths:
            for row in evaluate(path, Path(work), args.gaps):
                print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
