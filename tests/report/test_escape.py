"""The escaping rules of each output kind: terminal, XML, Markdown for GitHub, YAML for the workflow."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree as ET

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from usjapan_facts.report.escape import markdown_code, markdown_text, xml_text
from usjapan_facts.safe_io import terminal_safe
from usjapan_facts.watch import InitError, yaml_string


@given(st.text())
def test_terminal_safe_leaves_no_control_but_newline_and_tab(text: str) -> None:
    """Whatever the text, what reaches the terminal holds no C0/C1 control, DEL or bidi override."""
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", terminal_safe(text))


@given(st.dictionaries(st.text(), st.text()))
def test_terminal_safe_keeps_json_valid_and_equal(data: dict[str, str]) -> None:
    """Applied to a JSON report, the escapes are JSON's own: it parses to the same data."""
    assert json.loads(terminal_safe(json.dumps(data, ensure_ascii=False))) == data


def test_terminal_safe_keeps_only_colour_sequences_when_asked() -> None:
    """With colour on, ESC [ 1 m is kept; a title-setting OSC sequence from data is still escaped."""
    shown = terminal_safe("\x1b[1mbold\x1b[0m \x1b]0;title\x07", keep_colour=True)
    assert shown == "\x1b[1mbold\x1b[0m \\x1b]0;title\\x07"


@given(st.text())
def test_xml_text_always_makes_a_parsable_document(text: str) -> None:
    """Any text, once replaced, sits in an XML element that parses back."""
    element = ET.Element("e")
    element.text = xml_text(text)
    ET.fromstring(ET.tostring(element, encoding="unicode"))


@pytest.mark.parametrize(
    ("data", "live"),
    [
        ("ping @octocat now", "@octocat"),
        ("see #123", "#123"),
        ("see GH-7", "GH-7"),
        ("[click](https://evil.test/)", "https://"),
        ("![pixel](http://evil.test/p.png)", "http://"),
        ("www.evil.test", "www.evil"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("a | b", " | "),
        ("mail x@evil.test", "@evil"),
    ],
)
def test_markdown_text_neutralises_what_github_would_make_live(data: str, live: str) -> None:
    """Mentions, references, links, images, HTML and table pipes from data do not survive as such."""
    assert live not in markdown_text(data)


def test_markdown_text_breaks_each_mention_and_reference_once() -> None:
    """One zero-width space after each '@', '#' and 'GH', and nothing else touched."""
    assert markdown_text("@octocat #123 GH-7 a@b.test") == "@&#8203;octocat #&#8203;123 GH&#8203;-7 a@&#8203;b.test"


def test_markdown_text_is_one_line() -> None:
    """A newline in data could start a heading or a table row: it becomes a space."""
    assert "\n" not in markdown_text("a\n# heading\r\n| x |")


@pytest.mark.parametrize("value", ["plain", "a`b", "``x``", "`", "a|b", "@octocat #1"])
def test_markdown_code_fences_any_value(value: str) -> None:
    """The fence is longer than any run of backticks inside, so the span holds the value whole."""
    span = markdown_code(value)
    fence = re.match("`+", span)
    assert fence is not None
    assert span.endswith(fence.group())
    assert "`" * len(fence.group()) not in span[len(fence.group()) : -len(fence.group())]


@given(st.text().filter(lambda text: "${{" not in text and not any("\ud800" <= char <= "\udfff" for char in text)))
def test_yaml_string_round_trips_through_a_yaml_parser(value: str) -> None:
    """The workflow's value is a YAML double-quoted scalar that parses back to itself."""
    assert yaml.safe_load(f"key: {yaml_string(value)}")["key"] == value


def test_yaml_string_refuses_github_expressions() -> None:
    """`${{` is evaluated by GitHub wherever it stands, quoted or not: refused."""
    with pytest.raises(InitError, match=r"\$\{\{"):
        yaml_string("v1 ${{ secrets.GITHUB_TOKEN }}")
