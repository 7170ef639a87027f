"""Renderers: colour, the 'unknown' footer, Markdown truncation and GitHub escaping (whole reports: test_golden.py)."""

from __future__ import annotations

import math
from typing import Any

import click

from usjapan_facts.diff import SnapshotDiff, diff_versions
from usjapan_facts.report.render import (
    diff_json,
    escape_data,
    escape_property,
    render_github,
    render_markdown,
    render_text,
)
from usjapan_facts.store import SnapshotStore

PAIRS = [("2021-05-12", "2021-12-03"), ("2022-07-21", "2026-10-01"), ("2024-11-05", "2026-10-01")]


def real_diff(store: SnapshotStore, old: str, new: str) -> SnapshotDiff:
    return diff_versions(store, old, new)


def test_text_report_colours_only_when_asked(real_store: SnapshotStore) -> None:
    """Colour codes appear with color=True and never otherwise."""
    result = real_diff(real_store, *PAIRS[0])
    assert "\x1b[" in render_text(result, style=click.style)
    assert "\x1b[" not in render_text(result)


def test_no_changes_text_still_says_what_could_not_be_seen(real_store: SnapshotStore) -> None:
    """An empty diff says 'no changes' and how many facts each side did not know, never nothing at all."""
    diff = real_diff(real_store, "2024-08-01", "2024-11-05")
    total = len(real_store.catalogue.facts)
    old, new = len(diff.unknown_old), len(diff.unknown_new)
    assert new == total - 1  # the summary recorded one fact
    assert render_text(diff) == (
        "IF10199 2024-08-01 -> 2024-11-05: no changes\n\n"
        f"unknown: {old} of {total} catalogue facts as of 2024-08-01, {new} of {total} in 2024-11-05 "
        "(a change there cannot be seen)\n"
    )


def test_the_unknown_footer_counts_the_shipped_catalogue(real_store: SnapshotStore) -> None:
    """The footer's last line counts, of every fact in the shipped catalogue, those an excerpt did not record."""
    diff = real_diff(real_store, "2021-05-12", "2021-12-03")
    total = len(real_store.catalogue.facts)
    recorded = len(real_store.load("2021-12-03").facts)
    footer = render_text(diff).splitlines()[-1]
    assert footer.startswith(f"unknown: {len(diff.unknown_old)} of {total} catalogue facts as of 2021-05-12, ")
    assert footer.endswith(f", {total - recorded} of {total} in 2021-12-03 (a change there cannot be seen)")


def test_old_value_from_an_earlier_version_says_when_it_was_last_recorded(real_store: SnapshotStore) -> None:
    """`diff 2024-11-05 latest`: the prime minister was last recorded 2024-06-05, and every format says so."""
    result = real_diff(real_store, "2024-11-05", "2026-10-01")
    line = "Prime Minister of Japan: Kishida Fumio -> Takaichi Sanae (last recorded 2024-06-05)"
    assert line in render_text(result)
    assert line in render_github(result)
    assert "Kishida Fumio (last recorded 2024-06-05) | Takaichi Sanae |" in render_markdown(result)
    [change] = [c for c in diff_json(result)["changes"] if c["fact_id"] == "leaders.japan_prime_minister"]
    assert change["old_version"] == "2024-06-05"


def test_markdown_is_cut_by_severity_under_the_limit(real_store: SnapshotStore) -> None:
    """A small limit keeps the most severe rows and says how many were left out."""
    result = real_diff(real_store, *PAIRS[1])
    full = render_markdown(result)
    short = render_markdown(result, limit=1500)
    assert len(short) <= 1500 < len(full)
    rows = [line for line in short.splitlines() if line.startswith("| major") or line.startswith("| minor")]
    assert rows
    assert rows[0].startswith("| major")
    assert "more changes not shown" in short.splitlines()[-1]


def test_markdown_escapes_pipes_and_html() -> None:
    """A cell cannot break the table or inject HTML."""
    from usjapan_facts.report.render import _cell

    assert _cell("a | b <script>") == "a \\| b &lt;script&gt;"


def test_github_escaping_follows_workflow_command_rules() -> None:
    """Data escapes %, CR, LF; properties also ':' and ','."""
    assert escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_lines_are_workflow_commands(real_store: SnapshotStore) -> None:
    """Every line is ::error/::warning/::notice with an escaped title and one-line message."""
    for line in render_github(real_diff(real_store, *PAIRS[1])).splitlines():
        level, rest = line[2:].split(" ", 1)
        assert level in ("error", "warning", "notice")
        properties, message = rest.split("::", 1)
        assert properties.startswith("title=")
        assert "," not in properties
        assert ":" not in properties.removeprefix("title=")
        assert "\r" not in message


# Charts ---------------------------------------------------------------------------------------------


def _chart(store: SnapshotStore, fact_id: str) -> Any:
    from usjapan_facts.history import fact_history
    from usjapan_facts.report.plot import draw_history

    return draw_history(list(fact_history(store, fact_id)))


def test_chart_holds_values_as_steps_and_draws_bounds_as_one_sided_markers(real_store: SnapshotStore) -> None:
    """Troops: a stepped line through stated figures; the six 'over 50,000' versions as '^' markers, not points."""
    import matplotlib.pyplot as plt

    figure = _chart(real_store, "alliance.us_troops_in_japan")
    axes = figure.axes[0]
    [line, *markers] = axes.get_lines()
    assert line.get_drawstyle() == "steps-post"
    bounds = {marker.get_marker(): list(marker.get_ydata()) for marker in markers}
    assert bounds["^"] == [50000] * 6
    assert sum(1 for y in line.get_ydata() if math.isnan(y)) == 6  # the line breaks at the bounds
    figure.canvas.draw()
    assert "50,000" in [label.get_text() for label in axes.get_yticklabels()]
    plt.close(figure)


def test_rank_chart_has_first_at_the_top_in_whole_numbers(real_store: SnapshotStore) -> None:
    """A rank axis runs down from 1 in whole numbers; 'among the top' points towards 1."""
    import matplotlib.pyplot as plt

    figure = _chart(real_store, "trade.fdi_source_rank")
    axes = figure.axes[0]
    assert axes.yaxis_inverted()
    ticks = list(axes.get_yticks())
    assert ticks[0] == 1
    assert all(float(tick).is_integer() for tick in ticks)
    assert "^" in {marker.get_marker() for marker in axes.get_lines()[1:]}
    plt.close(figure)


def test_money_chart_labels_its_axis_in_dollars(real_store: SnapshotStore) -> None:
    """Money ticks read like the brief: '$2 billion', not 2e9."""
    import matplotlib.pyplot as plt

    figure = _chart(real_store, "alliance.host_nation_support_per_year")
    figure.canvas.draw()
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert "$2 billion" in labels
    plt.close(figure)
