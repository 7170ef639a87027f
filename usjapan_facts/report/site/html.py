"""HTML the site repeats thousands of times, joined in Python: the brief's sentences, history rows, chart marks.

A fact page of a 5,000-version store holds 5,000 rows; through Jinja's loop and macro calls they cost
seconds, joined here they cost a fraction. Every value from a snapshot passes through markupsafe's
`escape`, as Jinja's autoescaping would pass it, so the bytes are those the templates wrote before;
numbers (coordinates) are ours. f-strings, not `Markup.format`, which escapes too but costs five times more.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markupsafe import Markup, escape

from usjapan_facts.history import HistoryEntry
from usjapan_facts.report.site.chart import Chart
from usjapan_facts.report.site.words import Words


@lru_cache(maxsize=16384)
def _escaped(text: str) -> str:
    # Dates, statuses and values recur on every fact's page and chart: each is escaped once. str() first:
    # a cached Markup would otherwise pass unescaped for a plain string equal to it.
    return str(escape(str(text)))


def said(words: Words | None, fact_id: str) -> Markup:
    """A sentence of the brief with the version it comes from and its PDF page, or nothing without one."""
    if not words:
        return Markup("")
    carried = " carried" if words.carried else ""
    version = escape(words.version)
    caption = f"Last recorded {version}; the brief then said" if words.carried else f"The brief, {version}"
    if words.pdf_link:
        caption += f' (<a class="pdf-page" href="{escape(words.pdf_link)}">PDF page {escape(words.page)}</a>)'
    elif words.page:
        caption += f" (PDF page {escape(words.page)})"
    return Markup(  # noqa: S704 -- every value in it passed through escape() above or here
        f'<figure class="words{carried}" data-version="{version}" data-fact="{escape(fact_id)}">\n'
        f"<figcaption>{caption}:</figcaption>\n"
        f'<blockquote class="quote">{escape(words.text)}</blockquote>\n'
        "</figure>\n"
    )


_ABSENT = {
    "not_stated": '<td class="value absent">not stated</td>\n',
    "unknown": '<td class="value absent">unknown (not recorded)</td>\n',
}


def history_rows(entries: Sequence[HistoryEntry], words: Sequence[Words | None], fact_id: str) -> Markup:
    """The rows of a fact's history table, a version each: its date, value, whether it changed, its sentence."""
    parts: list[str] = []
    add = parts.append
    for entry, sentence in zip(entries, words, strict=True):
        view = entry.view
        version, status = _escaped(view.version), _escaped(view.status)
        changed = " changed" if entry.changed else ""
        add(f'<tr class="{status}{changed}" data-version="{version}" data-status="{status}">\n')
        add(f'<td><a href="../versions/{version}.html">{version}</a></td>\n')
        if view.status == "stated":
            add(f'<td class="value">{_escaped(view.display)}</td>\n')
        else:
            add(_ABSENT.get(view.status, _ABSENT["unknown"]))
        add(f"<td>{'changed' if entry.changed else ''}</td>\n")
        add(f'<td class="quote">{said(sentence, fact_id) if sentence else ""}</td>\n</tr>\n')
    return Markup("".join(parts))  # noqa: S704 -- every value in it passed through escape()


def chart_gaps(chart: Chart) -> Markup:
    """The chart's shaded spans of versions that did not state the fact, each titled with its version."""
    top, bottom = chart.plot[1], chart.plot[3]
    parts = []
    for gap in chart.gaps:
        words = "not stated" if gap.status == "not_stated" else "unknown (not recorded)"
        version, status = _escaped(gap.version), _escaped(gap.status)
        parts.append(
            f'<rect class="gap {status}" data-version="{version}" x="{gap.x}" y="{top}" '
            f'width="{gap.x_end - gap.x}" height="{bottom - top}"><title>{version}: {words}</title></rect>\n'
        )
    return Markup("".join(parts))  # noqa: S704 -- every value in it passed through escape()


def chart_points(chart: Chart) -> Markup:
    """The chart's markers, a stated value each, titled with its version and value; a bound's has no circle."""
    parts = []
    for point in chart.points:
        version, marker = _escaped(point.version), _escaped(point.marker)
        parts.append(
            f'<g class="point {marker}" data-version="{version}" data-value="{point.value}" data-y="{point.y}">\n'
            f"<title>{version}: {_escaped(point.label)}</title>\n"
        )
        if point.marker not in ("lower", "upper"):
            parts.append(f'<circle cx="{point.x}" cy="{point.y}" r="5.5"/>\n')
        parts.append("</g>\n")
    return Markup("".join(parts))  # noqa: S704 -- every value in it passed through escape()


def chart_bands(chart: Chart) -> Markup:
    """The chart's bounds: a band each, shaded from the figure toward the value, with a bracket and a label."""
    parts = []
    for band in chart.bands:
        y0, y1 = min(band.y_bound, band.y_far), max(band.y_bound, band.y_far)
        above = band.y_far < band.y_bound
        tip, label_y = band.y_bound + (-8 if above else 8), band.y_bound + (-10 if above else 20)
        marker, label = escape(band.marker), escape(band.label)
        parts.append(
            f'<g class="band {marker}" data-versions="{escape(" ".join(band.versions))}" '
            f'data-bound-y="{band.y_bound}" data-far-y="{band.y_far}">\n'
            f"<title>{escape(', '.join(band.versions))}: {label}</title>\n"
            f'<rect x="{band.x}" y="{y0}" width="{band.x_end - band.x}" height="{y1 - y0}"/>\n'
            f'<path class="bracket" d="M {band.x} {tip} V {band.y_bound} H {band.x_end} V {tip}"/>\n'
            f'<text x="{band.x + 6}" y="{label_y}">{label}</text>\n'
            "</g>\n"
        )
    return Markup("".join(parts))  # noqa: S704 -- every value in it passed through escape()
