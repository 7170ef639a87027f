"""A chart of one numeric fact over time (needs the optional extra `usjapan-facts[plot]`).

The chart says what the brief claims: a value holds as a step from the version that recorded it to
the next one that did; a bound ("over 50,000", "under 50%") is drawn as a one-sided marker pointing
the way the value may lie, never as a point; ranks run from 1 at the top, in whole numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from usjapan_facts.bounds import TOP_RANKS
from usjapan_facts.errors import FactsError
from usjapan_facts.history import HistoryEntry
from usjapan_facts.values import format_money, format_number

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = (".png", ".svg")
# Which way a claim leaves its figure open, in numbers: above (a lower bound), below (an upper bound), or neither.
_OPEN_SIDE = {"over": "above", "at_least": "above", "under": "below", "nearly": "below", "among_top": "below"}
_LEGEND = {"point": "stated", "above": "a lower bound (over, at least)", "below": "an upper bound (under, nearly)"}
_RANK_LEGEND = {**_LEGEND, "below": f"among the top ({TOP_RANKS}th or better)"}


class PlotError(FactsError):
    """The chart cannot be drawn: matplotlib is missing, the fact is not numeric, or the file type is unknown."""


def _claim(entry: HistoryEntry) -> tuple[float, str] | None:
    """The figure an entry plots and which side it is open on; `among_top` plots as 'top ten or better'."""
    qualifier = getattr(entry.view.item, "qualifier", "exact")
    if entry.view.number is None:
        return (float(TOP_RANKS), "below") if qualifier == "among_top" else None
    return entry.view.number, _OPEN_SIDE.get(qualifier, "point")


def _tick_formatter(kind: str) -> Any:
    if kind == "money":
        return lambda value, _: format_money(value)
    if kind == "percent":
        return lambda value, _: f"{format_number(round(value, 3))}%"
    if kind == "year":
        return lambda value, _: f"{value:.0f}"  # a year takes no thousands separator
    return lambda value, _: format_number(round(value, 3))


def draw_history(entries: Sequence[HistoryEntry]) -> Figure:
    """Draw the fact's values by version date: steps between the versions that recorded it, bounds as bounds."""
    claims = [_claim(entry) for entry in entries]
    if not entries or all(claim is None for claim in claims):
        fact_id = entries[0].view.fact_id if entries else "this fact"
        raise PlotError(
            f"{fact_id} has no numeric value in any version; only counts, money, percents, ranks and years plot"
        )
    try:
        import matplotlib as mpl

        mpl.use("Agg")
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter, MaxNLocator
    except ImportError:
        raise PlotError("plotting needs matplotlib: pip install 'usjapan-facts[plot]'") from None
    first = entries[0].view
    rank = first.kind == "rank"
    # Only versions that recorded the fact move the line; 'not stated' breaks it; unknowns are passed over.
    recorded = [(entry, claim) for entry, claim in zip(entries, claims, strict=True) if entry.view.status != "unknown"]
    days = mdates.date2num([dt.date.fromisoformat(entry.view.version) for entry, _ in recorded])  # type: ignore[no-untyped-call]
    # The line joins stated figures only: a bound is not a value to draw a line through.
    numbers = [claim[0] if claim and claim[1] == "point" else math.nan for _, claim in recorded]
    figure, axes = plt.subplots(figsize=(9, 4.5))
    axes.step(days, numbers, where="post", color="tab:blue", linewidth=1.5)
    legend = _RANK_LEGEND if rank else _LEGEND
    for side, marker in (("point", "o"), ("above", "v" if rank else "^"), ("below", "^" if rank else "v")):
        # On a rank axis 1 is at the top, so 'a smaller number' points up.
        chosen = [(day, claim[0]) for day, (_, claim) in zip(days, recorded, strict=True) if claim and claim[1] == side]
        if chosen:
            axes.plot(*zip(*chosen, strict=True), linestyle="none", marker=marker, markersize=8,
                      color="tab:blue", label=legend[side])  # fmt: skip
    axes.xaxis_date()
    axes.yaxis.set_major_formatter(FuncFormatter(_tick_formatter(first.kind)))
    if rank:
        lowest = math.ceil(max(axes.get_ylim()))
        axes.set_ylim(lowest + 0.5, 0.5)  # 1st at the top
        if lowest <= 12:
            axes.set_yticks(range(1, lowest + 1))
        else:
            axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(f"{first.label} ({first.fact_id})")
    axes.set_xlabel("version")
    axes.grid(visible=True, alpha=0.3)
    axes.legend(loc="best", fontsize="small")
    figure.autofmt_xdate()
    return figure


def plot_history(entries: Sequence[HistoryEntry], path: Path) -> None:
    """Draw the fact's chart into a PNG or SVG file."""
    if path.suffix.lower() not in FORMATS:
        raise PlotError(f"{path}: the chart is written as PNG or SVG; name the file .png or .svg")
    figure = draw_history(entries)
    import matplotlib.pyplot as plt

    from usjapan_facts.writing import replacing

    try:
        with replacing(path) as temp:
            figure.savefig(temp, format=path.suffix.lower().lstrip("."))
    except OSError as exc:
        raise PlotError(f"{path}: cannot write the chart ({exc.strerror})") from None
    finally:
        plt.close(figure)
