"""One escaping rule per output kind that is not the terminal's: XML, and Markdown that GitHub renders.

The terminal's rule (`safe_io.terminal_safe`) is applied where stdout is written; these are applied by
the renderers, to every value that came from a brief or a snapshot.
"""

from __future__ import annotations

import html
import re

from usjapan_facts.safe_io import printable

_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Replace each character XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/FFFF) with U+FFFD."""
    return _XML_FORBIDDEN.sub("\ufffd", text)


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]|!~{}])")
_ZERO_WIDTH = "&#8203;"
_MENTION = re.compile(r"@(?=[A-Za-z0-9])")
_REFERENCE = re.compile(r"#(?=[0-9])")
_GH_REFERENCE = re.compile(r"\b(GH)-(?=[0-9])", re.IGNORECASE)
_URL_SCHEME = re.compile(r"\b([A-Za-z][A-Za-z0-9+.-]*):(?=//)")
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)


def markdown_text(text: str | None) -> str:
    """Return data as inert GitHub Markdown text: one line, no HTML, link, image, mention or reference.

    Markdown punctuation is backslash-escaped and &, < and > become entities; a zero-width space after
    `@`, `#`, `GH-`, a URL's scheme and `www` keeps GitHub from pinging, linking or fetching anything.
    """
    if not text:
        return ""
    flat = printable(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
    escaped = _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(flat, quote=False))
    # References first: the zero-width space's own entity holds a '#' followed by digits.
    escaped = _REFERENCE.sub("#" + _ZERO_WIDTH, escaped)
    escaped = _GH_REFERENCE.sub(r"\1" + _ZERO_WIDTH + "-", escaped)
    escaped = _MENTION.sub("@" + _ZERO_WIDTH, escaped)
    escaped = _URL_SCHEME.sub(r"\1" + _ZERO_WIDTH + ":", escaped)
    return _WWW.sub(r"\1" + _ZERO_WIDTH + ".", escaped)


def markdown_code(text: str, *, in_table: bool = False) -> str:
    """Return `text` as a code span shown literally: a fence longer than any run of backticks inside.

    In a code span nothing is a link, a mention or HTML; in a table its `|` is escaped, as GFM requires.
    """
    flat = printable(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
    if in_table:
        flat = flat.replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {flat} " if flat.startswith("`") or flat.endswith("`") or not flat.strip() else flat
    return f"{fence}{padded}{fence}"
