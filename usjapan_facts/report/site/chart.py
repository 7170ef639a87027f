"""The geometry of a fact's chart, with the diff's semantics: the template only draws what this decides.

A value holds from its version until the next version that knew the fact, so it is drawn as a step;
a bound ("over 50,000", "under 5%") is drawn as a one-sided marker pointing the way the truth lies;
a version that did not record the fact is a gap, never a value; ranks put 1 at the top.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from usjapan_facts.history import HistoryEntry
from usjapan_facts.values import format_money, format_number

WIDTH, HEIGHT = 760, 320
LEFT, RIGHT, TOP, BOTTOM = 86, 24, 24, 56
LOWER_BOUNDS = frozenset({"over", "at_least"})
"""Qualifiers that say the value is at least the figure: the truth lies above it."""
UPPER_BOUNDS = frozenset({"under", "nearly"})
"""Qualifiers that say the value is at most the figure: the truth lies below it."""
ARROW = 18


@dataclass(frozen=True)
class Point:
    """One stated value: where it sits and how its marker reads (exact, approximate, lower or upper bound)."""

    version: str
    x: float
    y: float
    value: float
    label: str
    marker: str
    arrow_to: float | None = None
    """For a bound, the y the arrow points to: the side of the figure where the value lies."""


@dataclass(frozen=True)
class Tick:
    """A mark on an axis: its position and its label."""

    at: float
    label: str


@dataclass(frozen=True)
class Gap:
    """A version that did not record the fact (unknown) or whose full text does not state it."""

    version: str
    x: float
    status: str


@dataclass(frozen=True)
class Chart:
    """Everything the SVG template draws for one fact."""

    width: int
    height: int
    plot: tuple[float, float, float, float]
    """Left, top, right, bottom of the plotting area."""
    points: tuple[Point, ...]
    steps: tuple[str, ...]
    """One SVG path per run of versions that all knew the fact: horizontal holds, vertical moves."""
    gaps: tuple[Gap, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    inverted: bool
    """Ranks: 1 at the top."""
    title: str


def _marker(qualifier: str | None) -> str:
    if qualifier in LOWER_BOUNDS:
        return "lower"
    if qualifier in UPPER_BOUNDS:
        return "upper"
    return "approx" if qualifier == "about" else "exact"


def _nice_step(span: float) -> float:
    raw = span / 4 or 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    return float(next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= raw))


def _axis_label(kind: str, value: float) -> str:
    if kind == "money":
        return format_money(value)
    if kind == "percent":
        return f"{format_number(value)}%"
    return format_number(value)


def build_chart(entries: Sequence[HistoryEntry]) -> Chart | None:
    """Lay out the chart of a numeric fact, or return None when no version gives it a number."""
    numbered = [entry for entry in entries if entry.view.status == "stated" and entry.view.number is not None]
    if not numbered:
        return None
    kind = entries[0].view.kind
    inverted = kind == "rank"
    values = [entry.view.number for entry in numbered if entry.view.number is not None]
    if inverted:
        # Positions: 1 at the top, one tick per place, a place of room below the lowest rank.
        low, high = 1.0, max(values) + 1
        step = 1.0 if high - low <= 10 else float(math.ceil(_nice_step(high - low)))
    else:
        low, high = min(*values, 0.0), max(values)
        step = _nice_step(high - low)
        low, high = math.floor(low / step) * step, math.ceil(high / step) * step + (step if high == low else 0)
    left, top, right, bottom = LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM
    days = [dt.date.fromisoformat(entry.view.version).toordinal() for entry in entries]
    first, last = days[0], max(days[-1], days[0] + 1)

    def x_of(day: int) -> float:
        return round(left + (day - first) / (last - first) * (right - left), 2)

    def y_of(value: float) -> float:
        share = (value - low) / (high - low)
        return round(top + share * (bottom - top) if inverted else bottom - share * (bottom - top), 2)

    points: list[Point] = []
    gaps: list[Gap] = []
    steps: list[str] = []
    run: list[Point] = []
    for entry, day in zip(entries, days, strict=True):
        view = entry.view
        if view.status != "stated" or view.number is None:
            gaps.append(Gap(view.version, x_of(day), view.status))
            if len(run) > 1:
                steps.append(_step_path(run))
            run = []
            continue
        marker = _marker(getattr(view.item, "qualifier", None))
        arrow = None
        if marker in ("lower", "upper"):
            toward = 1 if marker == "lower" else -1
            arrow = round(y_of(view.number) + (toward * ARROW if inverted else -toward * ARROW), 2)
        point = Point(view.version, x_of(day), y_of(view.number), view.number, view.display, marker, arrow)
        points.append(point)
        run.append(point)
    if len(run) > 1:
        steps.append(_step_path(run))
    y_ticks = []
    value = low
    while value <= high + step / 1000:
        y_ticks.append(Tick(y_of(value), _axis_label(kind, value)))
        value += step
    years = range(dt.date.fromordinal(first).year + 1, dt.date.fromordinal(last).year + 1)
    x_ticks = [Tick(x_of(dt.date(year, 1, 1).toordinal()), str(year)) for year in years]
    return Chart(
        WIDTH, HEIGHT, (left, top, right, bottom), tuple(points), tuple(steps), tuple(gaps), tuple(x_ticks),
        tuple(y_ticks), inverted, f"{entries[0].view.label} over the versions",
    )  # fmt: skip


def _step_path(run: Sequence[Point]) -> str:
    """Hold each value until the next version, then move: M x0 y0 H x1 V y1 H x2 V y2 ..."""
    parts = [f"M {run[0].x} {run[0].y}"]
    for point in run[1:]:
        parts.append(f"H {point.x} V {point.y}")
    return " ".join(parts)
