"""A chart of one numeric fact over time (needs the optional extra `usjapan-facts[plot]`)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path

from usjapan_facts.errors import FactsError
from usjapan_facts.history import HistoryEntry

FORMATS = (".png", ".svg")


class PlotError(FactsError):
    """The chart cannot be drawn: matplotlib is missing, the fact is not numeric, or the file type is unknown."""


def plot_history(entries: Sequence[HistoryEntry], path: Path) -> None:
    """Draw the fact's numeric values by version date into a PNG or SVG file; unknowns are left as gaps."""
    if path.suffix.lower() not in FORMATS:
        raise PlotError(f"{path}: the chart is written as PNG or SVG; name the file .png or .svg")
    values = [entry.view.number for entry in entries]
    if not entries or all(value is None for value in values):
        fact_id = entries[0].view.fact_id if entries else "this fact"
        raise PlotError(
            f"{fact_id} has no numeric value in any version; only counts, money, percents, ranks and years plot"
        )
    try:
        import matplotlib as mpl

        mpl.use("Agg")
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotError("plotting needs matplotlib: pip install 'usjapan-facts[plot]'") from None
    dates = [dt.date.fromisoformat(entry.view.version) for entry in entries]
    numbers = [math.nan if value is None else value for value in values]
    figure, axes = plt.subplots(figsize=(9, 4.5))
    days = mdates.date2num(dates)  # type: ignore[no-untyped-call]  # matplotlib leaves it unannotated
    axes.plot(days, numbers, marker="o", linestyle="-")  # NaN breaks the line: a gap where unknown
    axes.xaxis_date()
    first = entries[0].view
    axes.set_title(f"{first.label} ({first.fact_id})")
    axes.set_xlabel("version of IF10199")
    axes.grid(visible=True, alpha=0.3)
    figure.autofmt_xdate()
    try:
        figure.savefig(path)
    except OSError as exc:
        raise PlotError(f"{path}: cannot write the chart ({exc.strerror})") from None
    finally:
        plt.close(figure)
