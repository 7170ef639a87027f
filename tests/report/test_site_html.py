"""The site's HTML joined in Python (history rows, the brief's sentences, chart marks): escaped as Jinja escapes."""

from __future__ import annotations

from html.parser import HTMLParser

from jinja2 import Environment

from usjapan_facts.history import HistoryEntry
from usjapan_facts.lookup import FactView
from usjapan_facts.report.site.chart import Band, Chart, Gap, Point
from usjapan_facts.report.site.html import chart_bands, chart_gaps, chart_points, history_rows, said
from usjapan_facts.report.site.words import Words

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\" 's'"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#34;q&#34; &#39;s&#39;"
# The macro the site's templates used before the sentence was joined in Python: the reference for its bytes.
SAID_MACRO = """{% macro said(words, fact_id) %}
{% if words %}
<figure class="words{{ ' carried' if words.carried }}" data-version="{{ words.version }}" data-fact="{{ fact_id }}">
<figcaption>{% if words.carried %}Last recorded {{ words.version }}; the brief then said{% else %}The brief, \
{{ words.version }}{% endif %}{% if words.pdf_link %} (<a class="pdf-page" href="{{ words.pdf_link }}">PDF page \
{{ words.page }}</a>){% elif words.page %} (PDF page {{ words.page }}){% endif %}:</figcaption>
<blockquote class="quote">{{ words.text }}</blockquote>
</figure>
{% endif %}
{% endmacro %}{{ said(words, fact_id) }}"""


class _Tags(HTMLParser):
    """Every start tag and attribute name a parser sees."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


def _parsed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def _view(version: str, status: str = "stated", display: str = HOSTILE) -> FactView:
    return FactView(version, "alliance.us_troops_in_japan", HOSTILE, HOSTILE, "count", status, display=display)  # type: ignore[arg-type]


def test_said_writes_the_bytes_the_jinja_macro_wrote() -> None:
    """A sentence, carried or not, with a PDF link, a bare page or neither: the same bytes as the old macro."""
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    macro = env.from_string(SAID_MACRO)
    cases = [
        Words(HOSTILE, "2024-01-02", carried=False),
        Words(HOSTILE, "2024-01-02", carried=True, pdf_link=f"https://x.test/a.pdf#page=2&{HOSTILE}", page=2),
        Words(HOSTILE, "2024-01-02", carried=False, page=3),
        None,
    ]
    for words in cases:
        assert str(said(words, HOSTILE)) == macro.render(words=words, fact_id=HOSTILE)


def test_history_rows_escape_every_value_and_keep_one_row_per_version() -> None:
    """Hostile values and sentences in the rows stay text: no script, image or event handler, one row each."""
    entries = [
        HistoryEntry(_view("2024-01-01"), changed=True),
        HistoryEntry(_view("2024-01-02", status="not_stated", display=""), changed=True),
        HistoryEntry(_view("2024-01-03", status="unknown", display=""), changed=False),
    ]
    words = [Words(HOSTILE, "2024-01-01", carried=False), None, None]
    html = str(history_rows(entries, words, "alliance.us_troops_in_japan"))
    parsed = _parsed(html)
    assert parsed.tags == {"tr", "td", "a", "figure", "figcaption", "blockquote"}
    assert not any(name.startswith("on") for name in parsed.attributes)
    assert html.count(ESCAPED) == 2  # the value and the sentence of the stated version
    assert html.count("<tr ") == 3
    assert '<td class="value absent">not stated</td>' in html
    assert '<td class="value absent">unknown (not recorded)</td>' in html


def test_chart_marks_escape_labels_and_versions() -> None:
    """A point's, a band's and a gap's texts from the data reach the SVG escaped: no script or handler."""
    chart = Chart(
        900, 420, (110, 24, 876, 348),
        (Point(HOSTILE, 120.0, 50.5, 1.0, HOSTILE, "exact"), Point("2024-01-02", 130.0, 60.0, 2.0, HOSTILE, "lower")),
        (), (Gap(HOSTILE, 140.0, 150.0, "unknown"),),
        (Band(("2024-01-02", HOSTILE), 130.0, 140.0, 60.0, 24, HOSTILE, "lower"),),
        (), (), False, "t", "d", "x", "y",
    )  # fmt: skip
    html = str(chart_gaps(chart)) + str(chart_bands(chart)) + str(chart_points(chart))
    parsed = _parsed(html)
    assert parsed.tags == {"g", "title", "circle", "rect", "path", "text"}
    assert not any(name.startswith("on") for name in parsed.attributes)
    assert ESCAPED in html
    assert html.count("<circle") == 1  # the lower bound is a band, not a point
