"""Undo what typesetting does to the brief's characters: ligatures, curly quotes, odd spaces, soft hyphens.

PDF converters and sites hand back "ﬁ" for "fi", curly quotes, non-breaking and thin spaces inside figures
("55,000\u00a0troops"), soft hyphens where a word may break, and the minus sign for a hyphen. The rules read
the plain forms. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.date_forms import brief_dates

_PLAIN = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2007": " ",
        "\u2008": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u205f": " ",
        "\u3000": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
    }
)
_SOFT_BREAK = re.compile(r"\u00ad[ \t]*\r?\n[ \t]*")
_ODD = re.compile("[" + "".join(re.escape(chr(code)) for code in _PLAIN) + "]")
"""Any character `_PLAIN` changes: most texts hold few, so only those are looked up (str.translate visits all)."""
_ROUGHLY = re.compile(r"(?<![\w~\u2248\u223c])[~\u2248\u223c] ?(?=[$\u00a5]?\d)")
"""A tilde or 'almost equal' sign right before a figure ('~4,000', '\u2248 $2 billion', a table's cell): 'about'."""


_BOUND = re.compile(r"(?<![\w<>=-])(?P<sign>[<>]) ?(?=[$\u00a5]?\d)")
"""A less-than or greater-than sign right before a figure ('<1%', '> 50%', a table's cell): 'less than', 'more than'."""
_BOUND_WORDS = {"<": "less than ", ">": "more than "}


def _plain(text: str) -> str:
    text = _ODD.sub(lambda match: match.group(0).translate(_PLAIN), text)
    if "~" in text or "\u2248" in text or "\u223c" in text:
        text = _ROUGHLY.sub("about ", text)
    if "<" in text or ">" in text:
        text = _BOUND.sub(lambda match: _BOUND_WORDS[match["sign"]], text)
    return text


def plain_characters(text: str) -> str:
    """Return `text` with ligatures spelt out, plain quotes, hyphens and spaces, soft hyphens gone, and dates in the
    brief's own shape ('the 27th of October 2024' as 'October 27, 2024', see `date_forms`).

    A soft hyphen at a line's end joins the word's two halves; any other soft hyphen is dropped.
    """
    return brief_dates(_plain(_SOFT_BREAK.sub("", text).replace("\u00ad", "")))


def plain_letters(text: str) -> str:
    """Return `text` with ligatures spelt out and plain quotes, hyphens and spaces; soft hyphens stay."""
    return _plain(text)
