"""Tell a paragraph that runs the two columns of a PDF page together, line by line, with the line breaks lost.

Some sites flatten a two-column page into one paragraph: a line of the left column, then a line of the right,
joined by spaces, so that sentences are cut every few words ("... dominated of the United States in several
foreign policy areas, Japan's politics during ..."). With the line breaks gone the columns cannot be taken
apart again, and any figure read there may belong to another sentence. Such a paragraph shows its seams: a
sentence opener after a word in lower case with no stop between, a hyphenated word cut before a capital, a
full stop followed by a word in lower case, a doubled word ("about about"), two ranks run together
("fourth-second-largest"), a figure's caption or source line run into the prose. The same seams in one
sentence of an ordinary paragraph mark it as cut: it may back a value but never stand alone for one.
Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.word_choice import any_of

_OPENERS = (
    "The|A|An|In|As|This|That|These|Those|Since|While|Although|However|But|It|Its|Some|Many|Following|Under|"
    "After|Before|Both|Such|For|With|When|During|Despite|Because|If|Among"
)
_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# Each seam starts with a literal, and what stands before it is checked after a match: that keeps the scan
# of a whole brief to a fraction of a millisecond.
PROSE_SEAM = re.compile(
    # "... military forces As the U.S. ...", after a word in lower case; the openers grouped by first letter (`any_of`)
    rf" (?P<opener>{any_of(_OPENERS.split('|'))})\s"
    r"|-(?<=[A-Za-z.]-)\s+[A-Z][a-z]"  # "The U.S.- Following Abe's ..."
    r"|\.(?<=[a-z]{4}\.)\s+[a-z]"  # "... election victories. to countering ..."
    # "about about", not "in in-kind"
    r"| (?P<twice>about|around|over|nearly|some|the|an?|of|to|in|and|by|for|with|from) (?P=twice)\b(?!-)"
    rf"|-(?P<rank>{_ORDINAL})-"  # "the fourth-second-largest": two lines' ranks run together, after an ordinal
    # "(Figure stic product": a figure's reference cut from its number; not "(Figures 1 and 2)", "(Table A-1)",
    # "(Map below)", "(Figure and Table 1)", "(Charter ...)"
    r"|\((?:Figure|Table|Map|Chart)(?!s\b|\w|\s*(?:\d|[A-Z]-?\d|below\b|above\b|and\b))"
)
"""A seam inside one sentence: no sentence of the brief's own has one, a sentence joined across columns often does."""
SEAM = re.compile(
    PROSE_SEAM.pattern
    + r"|Figure(?<=\S\sFigure)\s+\d+\.\s+[A-Z]|Table(?<=\S\sTable)\s+\d+\.\s+[A-Z]"  # a caption run into prose
    + r"|Source(?<=\S\sSource)s?:\s|Note(?<=\S\sNote)s?:\s"  # and its source line
)
MIN_SEAMS = 2
MIN_SEAMS_PER_1000 = 1.5
"""A paragraph of the brief's own prose shows none; a flattened page about one every 400 characters."""
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z]+,?$")
_ORDINAL_BEFORE = re.compile(rf"\b(?:{_ORDINAL})$")


def _is_seam(match: re.Match[str], text: str) -> bool:
    before = text[max(0, match.start() - 30) : match.start()]
    if match.group("opener"):
        return _LOWER_WORD_BEFORE.search(before) is not None  # not "Report Type In Focus"
    if match.group("rank"):
        return _ORDINAL_BEFORE.search(before) is not None  # not "U.S.-third-country trade"
    return True


def _seams(pattern: re.Pattern[str], text: str) -> int:
    """Count the seams in `text`."""
    return sum(1 for match in pattern.finditer(text) if _is_seam(match, text))


_FRONTED = re.compile(
    r"(?:\$\d[\d.,]*(?:\s*(?:b|m|tr)illion)?|\d[\d.,]*\s*(?:%|percent|(?:b|m|tr)illion))"
    r":\s+(?:that|this|it|such)\s+(?:is|was|has|remains)\b"
)
"""A figure fronted as the sentence's topic, the rest pointing back to it: '15%: that is the duty now levied ...'."""


def cut_by_another_column(sentence: str, *, opens_item: bool = False, after_stop: bool = False) -> bool:
    """Tell whether a sentence shows a seam, as one put together from two columns' lines does.

    A sentence that opens in lower case, with a figure or a dollar sign is the tail of one cut by another
    column's line or heading ("$1.9 billion a year toward the cost ..." after "Japan pays about"), unless it
    opens a list's item, which goes on from the words before the list ("Under the framework:" / "- most goods ..."),
    or fronts its figure as its topic, which the rest points back to ("15%: that is the duty now levied on ..."), or
    is an amount opening a sentence after a full stop in its paragraph (`after_stop`: "... data. $69.9 billion, the
    deficit with Japan, was ...").
    """
    amount_opens = after_stop and sentence[:1] in "$\u00a5" and sentence[1:2].isdigit()
    cut = sentence[:1].islower() or sentence[:1] in "$0123456789"
    if not opens_item and not amount_opens and cut and not _FRONTED.match(sentence):
        return True
    if _HUNG_ARTICLE.match(sentence):
        return True
    return any(_is_seam(match, sentence) for match in PROSE_SEAM.finditer(sentence))


_HUNG_ARTICLE = re.compile(
    r"(?:A|An|The)\s+(?:[a-z]{2,}[b-df-z]ed|lost|won|held|had|took|kept|gave|made|got)\s+(?:their|its|his|her|them)\b"
)
"""An article left hanging at a line's end, the other column's line after it: 'A lost their Upper House majority'
(the column's own words went 'A Critical Minerals Agreement ...'): no article stands before a verb and its object.
Not a noun that reads as one ('The cut their government made', 'The need their coalition felt', 'The red ...')."""


def runs_columns_together(paragraph: str) -> bool:
    """Tell whether `paragraph` reads as two columns' lines run together (and so must not be read)."""
    seams = _seams(SEAM, paragraph)
    return seams >= MIN_SEAMS and seams * 1000 >= MIN_SEAMS_PER_1000 * len(paragraph)
