"""The report of `diff --text`: two versions' kept texts compared word by word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from usjapan_facts.report.registry import Rendered, Style, plain
from usjapan_facts.textdiff import render_terminal

if TYPE_CHECKING:
    from usjapan_facts.report.results import TextComparison


def comparison_text(comparison: TextComparison, style: Style) -> Rendered:
    """The changed lines and a line around each: [-deleted-] and {+inserted+}, or red and green when styled."""
    heading = f"--- {comparison.old_version}\n+++ {comparison.new_version}\n"
    # Unstyled, the marks must show what changed; styled, the colours do.
    return Rendered((heading, render_terminal(comparison.rows, style=None if style is plain else style)))
