"""The geometry of a fact's chart, with the diff's semantics: the template only draws what this decides.

A value holds from its version until the next version that knew the fact, so it is drawn as a step;
a bound ("over 50,000", "under 5%") is a shaded band from the figure toward where the truth lies, held
like a value and labelled, with no marker where a value would sit; the period after a version that did
not record the fact is shaded as unknown, never drawn as a value; ranks put 1 at the top.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from usjapan_facts.history import HistoryEntry
from usjapan_facts.values import format_money, format_number

WIDTH, HEIGHT = 900, 420
LEFT, RIGHT, TOP, BOTTOM = 110, 24, 24, 72
UNITS = {
    "count": "number",
    "money": "US dollars",
    "percent": "percent",
    "rank": "rank (1 = first)",
    "year": "year",
}
"""The unit of the y axis's title, by kind of fact."""
LOWER_BOUNDS = frozenset({"over", "at_least"})
"""Qualifiers that say the value is at least the figure: the truth lies above it."""
UPPER_BOUNDS = frozenset({"under", "nearly"})
"""Qualifiers that say the value is at most the figure: the truth lies below it."""


@dataclass(frozen=True)
class Point:
    """One stated value: where it sits and how its marker reads (exact, approximate, lower or upper bound)."""

    version: str
    x: float
    y: float
    value: float
    label: str
    marker: str


@dataclass(frozen=True)
class Tick:
    """A mark on an axis: its position and its label."""

    at: float
    label: str


@dataclass(frozen=True)
class Gap:
    """A version that did not record the fact (unknown) or whose full text does not state it, to the next."""

    version: str
    x: float
    x_end: float
    status: str


@dataclass(frozen=True)
class Band:
    """A run of versions that give the same bound: shaded from the figure toward where the value lies."""

    versions: tuple[str, ...]
    x: float
    x_end: float
    y_bound: float
    """Where the figure sits: the band's edge, a bracket, never a point."""
    y_far: float
    """The band's other edge: the plot's top for a lower bound, its bottom for an upper one."""
    label: str
    marker: str


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
    bands: tuple[Band, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    inverted: bool
    """Ranks: 1 at the top."""
    title: str
    description: str
    x_title: str
    y_title: str


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


def _y_range(values: Sequence[float], *, inverted: bool) -> tuple[float, float, float]:
    """The y axis's lowest and highest tick and the step between ticks."""
    if inverted:
        # Positions: 1 at the top, one tick per place, a place of room below the lowest rank.
        low, high = 1.0, max(values) + 1
        return low, high, 1.0 if high - low <= 10 else float(math.ceil(_nice_step(high - low)))
    low, high = min(*values, 0.0), max(values)
    step = _nice_step(high - low)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step + (step if high == low else 0)
    if max(values) >= high:
        high += step  # a figure on the top line would read as the frame, not as a value
    return low, high, step


def build_chart(entries: Sequence[HistoryEntry]) -> Chart | None:
    """Lay out the chart of a numeric fact, or return None when no version gives it a number."""
    numbered = [entry for entry in entries if entry.view.status == "stated" and entry.view.number is not None]
    if not numbered:
        return None
    kind = entries[0].view.kind
    inverted = kind == "rank"
    values = [entry.view.number for entry in numbered if entry.view.number is not None]
    low, high, step = _y_range(values, inverted=inverted)
    left, top, right, bottom = LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM
    days = [dt.date.fromisoformat(entry.view.version).toordinal() for entry in entries]
    first, last = days[0], max(days[-1], days[0] + 1)

    def x_of(day: int) -> float:
        return round(left + (day - first) / (last - first) * (right - left), 2)

    def y_of(value: float) -> float:
        share = (value - low) / (high - low)
        return round(top + share * (bottom - top) if inverted else bottom - share * (bottom - top), 2)

    xs = [x_of(day) for day in days]
    ends = [*xs[1:], float(right)]
    points: list[Point] = []
    gaps: list[Gap] = []
    bands: list[Band] = []
    steps: list[str] = []
    run: list[Point] = []
    for entry, x, x_end in zip(entries, xs, ends, strict=True):
        view = entry.view
        marker = _marker(getattr(view.item, "qualifier", None)) if view.status == "stated" else ""
        if view.status != "stated" or view.number is None or marker in ("lower", "upper"):
            # A value holds until the next version; up to a bound's version it is drawn, into an unknown not.
            held = f" H {x}" if run and view.status == "stated" and view.number is not None else ""
            if len(run) > 1 or held:
                steps.append(_step_path(run) + held)
            run = []
        if view.status != "stated" or view.number is None:
            gaps.append(Gap(view.version, x, max(x_end, x + 6), view.status))
            continue
        point = Point(view.version, x, y_of(view.number), view.number, view.display, marker)
        points.append(point)
        if marker in ("lower", "upper"):
            bands.append(_band(bands, point, x_end, top if (marker == "lower") != inverted else bottom))
            continue
        run.append(point)
    if len(run) > 1:
        steps.append(_step_path(run))
    y_ticks = [Tick(y_of(value), _axis_label(kind, value)) for value in _tick_values(low, high, step)]
    years = range(dt.date.fromordinal(first).year + 1, dt.date.fromordinal(last).year + 1)
    x_ticks = [Tick(x_of(dt.date(year, 1, 1).toordinal()), str(year)) for year in years]
    label = entries[0].view.label
    merged = tuple(band for index, band in enumerate(bands) if index == len(bands) - 1 or bands[index + 1].x != band.x)
    return Chart(
        WIDTH, HEIGHT, (left, top, right, bottom), tuple(points), tuple(steps), tuple(gaps), merged,
        tuple(x_ticks), tuple(y_ticks), inverted, f"{label}, version by version",
        _description(entries, points, merged, gaps), "Version of the brief (cover date)",
        f"{label} ({UNITS.get(kind, kind)})",
    )  # fmt: skip


def _tick_values(low: float, high: float, step: float) -> list[float]:
    values = []
    value = low
    while value <= high + step / 1000:
        values.append(value)
        value += step
    return values


def _band(bands: list[Band], point: Point, x_end: float, far: float) -> Band:
    """A bound's band; one that goes on the band before it (same bound, next version) extends that one."""
    band = Band((point.version,), point.x, max(x_end, point.x + 8), point.y, far, point.label, point.marker)
    before = bands[-1] if bands else None
    if before is not None and before.x_end == point.x and (before.y_bound, before.label) == (point.y, point.label):
        return Band((*before.versions, point.version), before.x, band.x_end, point.y, far, point.label, point.marker)
    return band


def _description(
    entries: Sequence[HistoryEntry], points: Sequence[Point], bands: Sequence[Band], gaps: Sequence[Gap]
) -> str:
    first, last = entries[0].view.version, entries[-1].view.version
    text = f"{len(entries)} versions from {first} to {last}; {len(points)} state a figure"
    if bands:
        text += f", {sum(len(band.versions) for band in bands)} of them only a bound (shaded from the figure)"
    unknown = sum(1 for gap in gaps if gap.status == "unknown")
    if unknown:
        text += f"; {unknown} did not record it (shaded grey)"
    if points:
        text += f". Last figure: {points[-1].label} ({points[-1].version})."
    return text


def _step_path(run: Sequence[Point]) -> str:
    """Hold each value until the next version, then move: M x0 y0 H x1 V y1 H x2 V y2 ..."""
    parts = [f"M {run[0].x} {run[0].y}"]
    for point in run[1:]:
        parts.append(f"H {point.x} V {point.y}")
    return " ".join(parts)
