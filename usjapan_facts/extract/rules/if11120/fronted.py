"""A deed's date said before its subject, or as part of a year, put where the agreement rules read it. Pure, no I/O.

A participle phrase before its subject ('Signed on October 7, 2019, and in force since January 1, 2020, the USJTA cut
...') is read as an aside after it ('The USJTA, signed on ..., cut ...'); a cleft date ('It was on March 28, 2023, that
...', 'Not until January 1, 2020, did ...') as a date that opens the sentence ('On March 28, 2023, ...'); a part of a
year and the day within it ('in late March 2023, on March 28', 'at the beginning of 2020, on January 1') as that day.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p

_DATE = rf"(?:(?:{p.MONTH}\s+\d{{1,2}},\s*)?(?:{p.MONTH}\s+)?(?:19|20)\d{{2}})"
_PREPOSITIONS = r"(?!(?:Following|According|Including|Excluding|Regarding|Concerning|During|Notwithstanding|Pending)\b)"
_LEAD = (
    rf"{_PREPOSITIONS}(?:Having\s+(?:been\s+)?)?(?:[A-Z][a-z]+(?:ed|en|ing)|Put|Inked|Brought|Set|Expected"
    r"|In\s+(?:force|effect|operation)|Effective)\b"
)
_NAME = r"(?:[A-Z][\w.\-\u2010-\u2015]*|\([A-Z]{2,6}\))"
_SUBJECT = (
    r"(?:(?:[Bb]oth|[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+)?(?:two\s+(?:agreements|pacts|deals|accords)|pair"
    rf"|{_NAME}(?:\s+{_NAME})*(?:\s+and\s+(?:the\s+|its\s+)?{_NAME}(?:\s+{_NAME})*)?)"
)
_FRONTED = re.compile(rf"^(?P<front>{_LEAD}[^;]*?(?:19|20)\d\d\b[^;]*?),\s+(?P<subject>{_SUBJECT})\s+(?=[a-z])")
"""A participle phrase that dates a deed, then its subject and a verb: 'Signed ..., the USJTA cut'; the phrase may hold
commas and another agreement in an aside ('..., as is its companion, the Digital Trade Agreement, the USJTA cut')."""
_CLEFT = re.compile(
    rf"^(?:It\s+was\s+(?:[a-z][^,;\d]{{0,40}},\s+)?(?:on\s+|in\s+)?(?P<cleft>{_DATE}),?\s+(?:that|when)"
    rf"|Not\s+until\s+(?P<until>{_DATE}),?\s+(?:did|was|were))\s+"
)
"""'It was on March 28, 2023, that ...', 'It was with the new year, on January 1, 2020, that ...', 'Not until January 1,
2020, did the USJTA enter into force'."""
_PART_THEN_DAY = re.compile(
    r"\b(?:(?:in|during)\s+(?:the\s+)?(?:early|mid|late|middle\s+of|end\s+of|(?:fall|autumn|spring|summer|winter)\s+of)"
    r"[-\s]+(?P<month>(?:" + p.MONTH + r")\s+)?|(?:at|from)\s+the\s+(?:start|beginning|turn|outset)\s+of\s+"
    r"|when\s+(?=(?:19|20)\d\d\s+began))"
    rf"(?P<year>(?:19|20)\d{{2}})(?:\s+began)?,\s+on\s+(?P<day>{p.MONTH}\s+\d{{1,2}})\b(?!,?\s*\d)"
)
"""'in late March 2023, on March 28', 'in the fall of 2019, on October 7', 'when 2020 began, on January 1'."""
_FIRST_OF_MONTH = re.compile(r"\bthe\s+first\s+day\s+of\s+January,?\s+((?:19|20)\d{2})\b")
_DATED_PASSIVE = re.compile(
    rf"^(?P<on>On|In)\s+(?P<date>{_DATE}),\s+(?P<body>[^;,]{{3,120}}?\b(?:was|were)\s+(?:signed|concluded|inked))\b"
)
"""A passive signing its date opens: 'On March 28, 2023, a Critical Minerals Agreement was signed' ('... signed on')."""
_LATER_ON = re.compile(
    r"(?:,\s+|\b)(?:(?:some|about|just|only|nearly|barely|almost|roughly|(?:less|more|fewer)\s+than|a\s+few|a|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d{1,2})\s+){1,3}"
    r"(?:days?|weeks?|months?)\s+later,\s+on\s+"
    rf"(?P<day>{p.MONTH}\s+\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d)\b|\b(?!,?\s*\d))"
)
"""'twelve days later, on October 7', 'four weeks later, on January 1, 2020': the day, in the year of the date before it
(or its own)."""
_NAMED_FIRST = re.compile(r"^The\s+[^:;,]{3,40}:\s+")
_NEW_YEAR_OF = re.compile(r"\bNew\s+Year['\u2019]s\s+Day\s+of\s+((?:19|20)\d{2})\b")


def read_in_order(text: str) -> str:
    """The text with a fronted participle phrase after its subject, a cleft date opening it, and a part of a year
    then its day said as the day."""
    named = _NAMED_FIRST.match(text)  # 'The USJTA and the DTA: ...', the agreements a pronoun carries
    head, text = (text[: named.end()], text[named.end() :]) if named else ("", text)
    if (found := _FRONTED.match(text)) is not None:
        subject = found.group("subject")
        front = found.group("front")
        text = f"{subject[0].upper()}{subject[1:]}, {front[0].lower()}{front[1:]}, {text[found.end() :]}"
    if (cleft := _CLEFT.match(text)) is not None:
        text = f"On {cleft.group('cleft') or cleft.group('until')}, {text[cleft.end() :]}"
    if (dated := _DATED_PASSIVE.match(text)) is not None:  # 'On March 28, 2023, a ... Agreement was signed.'
        text = f"{dated.group('body')} {dated.group('on')} {dated.group('date')}{text[dated.end() :]}"
    text = _FIRST_OF_MONTH.sub(r"January 1, \1", _NEW_YEAR_OF.sub(r"January 1, \1", text))
    text = _LATER_ON.sub(lambda m: _on_day(m, text), text)
    return head + _PART_THEN_DAY.sub(lambda m: f"on {m.group('day')}, {m.group('year')}", text)


def _on_day(later: re.Match[str], text: str) -> str:
    """'on October 7, 2019' for '..., twelve days later, on October 7' after a date of 2019; as it is with no year
    before."""
    years = re.findall(r"\b(?:19|20)\d\d\b", text[: later.start()])
    year = later.group("year") or (years[-1] if years else None)
    lead = " " if later.group(0).startswith(",") else ""
    return f"{lead}on {later.group('day')}, {year}" if year else later.group(0)
