"""Who a rank's place ranks: Japan (or 'it', 'its', 'Japanese investors' when the sentence before is about Japan), the
nearest country before the place that no comparison word sets aside, or the first after a place said first ('The
fourth-largest ... is Japan'). The role `extract.unread_ranks` reads of every place it finds. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.ranks import ranks

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

JAPAN = re.compile(r"\b(?:Japan(?!\W?s\s+(?:\w+[- ])?(?:largest|biggest|top|main|leading)\b)|Japanese|Tokyo)\b")
_IT = re.compile(r"\b(?:it|its|their|It|Its|Their)\b")
"""What stands for the ranked thing said before: 'it', 'its', and 'their' of the firms or investors said before."""
PRONOUN_LED = re.compile(r"\W*(?:It|Its|(?-i:[A-Z])[^,;.]{0,80},\s+(?:it|its))\b")
"""A sentence whose subject is 'it', after a fronted phrase or none ('Counting goods and services, it ranked
fourth'): the one before it says what 'it' stands for."""
NOT_JAPAN = re.compile(rf"{OTHER_COUNTRIES}|\b(?:The\s+)?United\s+Kingdom\b|\bU\.K\.")
"""A country other than Japan (the United Kingdom too, which the list of others lacks)."""
_ASIDE = (
    r"(?:behind|after|ahead\s+of|trail(?:s|ed|ing)?|following|followed\s+by|besides|except|(?:only\s+)?to|"
    r"(?:outrank\w*|exceed\w*|surpass\w*|topp\w*|displac\w*|overtak\w*|overtook|pass\w*)(?:\s+only)?(?:\s+by)?|"
    r"(?:any|every)\s+(?:other\s+)?[a-z]+\s+(?:but|save|other\s+than))"
)
_SIDELINED = re.compile(
    rf"\b(?:{_ASIDE}|than)\s+(?:only\s+|just\s+)?(?:(?:that|those)\s+(?:of|with)\s+)?(?:the\s+|their\s+|its\s+)?"
    r"(?!United\s+States\b)"
    r"(?:[A-Z][\w.]*,?\s+(?:and\s+|or\s+)?){0,5}$"
)
"""Words that set a country beside the ranked thing, not as it: 'second to China', 'behind Canada, Mexico, and',
'overtaken their British'."""
_AFTER_SIDELINED = re.compile(
    rf"\b{_ASIDE}\s+(?:only\s+|just\s+)?(?:(?:that|those)\s+(?:of|with)\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w.]*,?\s+(?:and\s+|or\s+)?){0,5}$"
)


def first_country(text: str) -> str | None:
    """Who the last sentence of `text` that names a country names first, the subject 'it' stands for: 'japan',
    'other', or None (none named); a country a comparison sets aside ('trailed only Canada') is none, and an 'it'
    before the first country named stands for the one said before. Japan named as another's owner ("Japan's ally, the
    United Kingdom", "Japan's closest European partner") is not the subject where another country is named after it."""
    for part in reversed(_SENTENCE_END.split(text)):
        found = [(m.start(), "japan") for m in JAPAN.finditer(part)] + [
            (m.start(), "other") for m in NOT_JAPAN.finditer(part) if not _SIDELINED.search(part, 0, m.start())
        ]
        if found:
            first = min(found)
            if any(m.start() < first[0] for m in _IT.finditer(part)):
                continue  # 'It trailed only Canada, ...': the subject is the one 'it' stands for, said before
            if first[1] == "japan" and _POSSESSIVE.match(part, first[0]) and any(w == "other" for _, w in found):
                return "other"
            return first[1]
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_POSSESSIVE = re.compile(
    r"Japan\W?s\s+(?:(?:closest|oldest|main|chief|key|biggest|largest|European|Asian|\w+)\s+)?"
    r"(?:ally|allies|partners?|neighbou?rs?|friends?|rivals?)\b",
    I,
)
"""Japan as the owner of a partner named after it: 'Japan's ally, the United Kingdom'."""


def countries_at(text: str, start: int = 0) -> list[tuple[int, str]]:
    """Where each country is named from `start` on, in order: 'japan' for Japan, 'other' for any other."""
    japan = [(m.start(), "japan") for m in JAPAN.finditer(text, start)]
    return sorted(japan + [(m.start(), "other") for m in NOT_JAPAN.finditer(text, start)])


def about_japan(clause: str, start: int, end: int, before: str) -> bool:
    """Tell whether the place from `start` to `end` is Japan's: the nearest country before it that no comparison
    word sets aside is Japan (or 'it', when `before` names Japan last); with none before, the first after it; with none
    at all, what `before` is about ('Japan's exports rose. Two-way trade ..., good for sixth place among partners')."""
    if _US_RANKED.match(clause, 0, end):
        return False  # 'The United States is the top destination for Japan's FDI': the U.S.'s place
    if _AHEAD.match(clause, start):
        return _compared(clause, start, end, before)
    if apposed_to_another(clause, start):
        return False  # 'Japan's holdings exceeded those of China, the runner-up': the place is China's, set beside it
    pointed = [(m.start(), "it") for m in _IT.finditer(clause)]
    named = [n for n in sorted([*countries_at(clause), *pointed]) if n[0] < start]
    named = [n for n in named if not _SIDELINED.search(clause, 0, n[0])]  # 'than any partner but Canada': aside
    if named and named[-1][1] == "it" and any(who == "other" for _, who in named):
        return False  # 'China's holdings, which passed Japan's, make it the largest': 'it' is the clause's own
    if named:
        who = named[-1][1]
        return who == "japan" or (
            who == "it" and (first_country(before + " " + clause[: named[-1][0]]) == "japan" or ranked_japan(before))
        )
    if inner := _INNER_COMPARED.search(clause, start, end):  # 'Three countries stood ahead of it': the one compared
        return inner["who"].lower() != "it" or first_country(before) == "japan" or ranked_japan(before)
    after = [n for n in countries_at(clause, end) if not _AFTER_SIDELINED.search(clause, 0, n[0])]
    if after:
        return min(after)[1] == "japan"
    # No country named: a measure's place ('The goods shortfall ... was the sixth-largest') is that of what the
    # sentence before is about.
    carried = (
        _MEASURE_PLACED.search(clause, 0, start) or _ELIDED.match(clause[:start]) or _NONE_AHEAD.match(clause, start)
    )
    if (label := _LABELLED.match(clause[:start])) and _MEASURE.search(label.group().split(":")[0]):  # 'Rank: fifth
        return (
            first_country(before) != "other"
        )  # among ...': the brief's own subject, unless the text before is another's
    return bool(carried) and first_country(before) == "japan"


_APPOSED = re.compile(rf"(?:{NOT_JAPAN.pattern})(?:\W?s)?,\s+(?:(?:the|a)\s+)?$")
_SET_BESIDE = re.compile(
    r"\b(?i:behind|after|ahead\s+of|following|besides|beyond|below|above|next\s+to|like|unlike)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*,?\s+(?:and\s+|or\s+)?){0,5}$"
)
# An insertion opened by a comma right after Japan's verb ('Japan is now, having overtaken China, the largest', 'Japan
# was, as it was when it overtook the United Kingdom, the top source'): what follows it completes Japan's clause.
_JAPANS_INSERTION = re.compile(
    r"\bJapan\s+(?:\w+\s+)?(?:is|was|are|were|has\s+been|had\s+been|have\s+been|became|becomes|remains|remained|stays|"
    r"stayed|ranks|ranked)(?:\s+(?:now|today|still|again|then|in\s+\d{4}))?,\s+[^,;]*$"
)

_JAPAN_BEHIND = re.compile(r"\b(?:(?:less|smaller|fewer|lower)\s+than|behind|trail\w*|second\s+to|below)\b", I)
_TOP = re.compile(r"(?:the\s+)?(?:largest|biggest|top|leading)\b", I)


def apposed_to_another(text: str, start: int) -> bool:
    """Whether the place starting at `start` stands right after another country as its appositive ('exceeded those of
    China, the runner-up', 'larger than Britain's, the third-biggest'): that country's place, whatever is compared.
    Never a country set beside by a preposition, or the last of a list so set ('Japan was, after China, the
    second-largest holder'; 'after China, Canada, and Mexico, the largest'; 'ahead of Germany, the fourth-largest'),
    whose place the one ranked holds; nor one in an insertion right after Japan's verb ('Japan has been, since it
    overtook China, the largest holder')."""
    apposed = _APPOSED.search(text, 0, start)
    if apposed and not apposed.group(0).endswith(("the ", "a ")) and not re.match(r"the\s", text[start:], I):
        return False  # 'which exceeded China's, still rank second': no article, no appositive
    if not apposed or JAPAN.search(text, start):
        return False  # or Japan named after it, the next in order: 'China, the larger holder, and Japan'
    if _SET_BESIDE.search(text, 0, apposed.start()) or _JAPANS_INSERTION.search(text, 0, apposed.start()):
        return False  # 'Japan was, after China, the second', 'Japan is now, having overtaken China, the largest'
    # Japan said to be behind the largest ('$25 billion less than China, the largest holder'): second, as `ranks` reads.
    return not (_JAPAN_BEHIND.search(text, max(0, apposed.start() - 60), apposed.start()) and _TOP.match(text, start))


_LABELLED = re.compile(
    r"\W*(?!(?:the\s+)?(?:U\.S\.|United\s+States|American?)\b)(?-i:[A-Z])[\w .'-]{0,40}:\s+[^:;]*$", I
)
"""A list item whose label names what is measured and no country ('Rank: fifth among U.S. trading partners',
'Treasury securities: $1.20 trillion, second among foreign holders'): it is about what the brief is about; a label
naming anything else ('The Cayman Islands: fourth among foreign holders') is no such item."""
_MEASURE = re.compile(
    r"\b(?:rank\w*|place|position|standing|trad\w*|partner\w*|export\w*|import\w*|invest\w*|FDI|treasur\w*|securities|"
    r"holdings?|market|deficit|surplus|supplier|buyer|customer|source|debt|bonds?|goods|services)\b",
    I,
)


_ELIDED = re.compile(r"\W*(?:and\s+|but\s+)?as\s+(?:a|an|the)\s+[\w\s.-]{1,40}?,\s*$", I)
"""A clause whose subject and verb are those of the clause before, only its role said: '(Japan ranked behind A, B,
and C as a buyer); as a seller, behind C, B, and A'."""
_NONE_AHEAD = re.compile(r"(?:no\s+other|none\s+(?:other|else)|nobody|not\s+one)\b", I)
"""A place said by nobody being ahead of what the text before is about: '(Japanese firms held $783 billion ...); for
the fifth year in a row, no other country's holdings were larger'."""


_US_RANKED = re.compile(
    r"\W*(?:(?:In|As\s+of|By|Since)\b[^,;]{1,40},\s+)?(?:the\s+)?(?:United\s+States|U\.S\.|America)\s+(?:(?:also|still|now)\s+)?"
    r"(?:is|was|are|were|remains?|remained|ranks?|ranked|stands?|stood|ha[sd]\s+been|became|becomes)\b",
    I,
)
"""The United States as the subject a place is said of ('The United States is the largest destination for Japanese
investment'): the place is the U.S.'s, whatever country its yardstick names."""
_INNER_COMPARED = re.compile(
    r"\b(?:ahead\s+of|above|than|outrank\w*|outpac\w*|exceed\w*|surpass\w*|topp\w*)\s+(?:(?:that|those)\s+of\s+)?"
    r"(?P<who>Japan(?:ese)?|it)(?:\W?s)?\W*$",
    I,
)
"""The one a counted place compares the countries ahead with, at the place's end: 'Three countries stood ahead of
it' (what 'it' stands for), 'four partners outranked Japan'."""
_MEASURE_PLACED = re.compile(
    r"\b(?:deficits?|shortfalls?|gaps?|imbalances?|surplus(?:es)?|trade|stock|holdings|position|investment|exports|"
    r"imports)\b[^;]*?\b(?:is|was|are|were|ranks?|ranked|came|comes|placed|places|stood|stands|remains?|remained|"
    r"stayed|good\s+for)\b",
    I,
)
"""A measure as the subject a place is said of: 'The goods shortfall, at $67.9 billion, was', 'Two-way trade ... came
to $321 billion, good for'; never a thing of its own ('the largest single deal'), nor a place in a name ('Order No.
4')."""
_AHEAD = re.compile(
    r"(?:only|just)\s+(?!by\b|(?:Japan|Japanese|it)\b)|(?:the\s+)?(?!Japan\b)(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}"
    r"\s+alone\b"
    # 'China, Mexico, Canada, and Germany each supplied more (than Japan)'
    r"|(?:the\s+)?(?!Japan\b)(?-i:[A-Z])[^;:]{0,100}?,?\s+and\s+[^;:]{1,40}?\s+(?:each|all|both)\s+\w+\s+"
    r"(?:more|(?:a\s+)?(?:larger|bigger|greater))\b"
    r"|(?:did|does|has|had)\s+(?:any|another)\s+(?:other\s+)?(?:country|nation|economy|partner)\s",  # '... outrank it'
    I,
)
"""A place said by the countries ahead of what it ranks: 'only China and Canada buy more (than Japan)', 'the United
Kingdom alone had a larger one', 'China, Mexico, and Canada each supplied more'."""


def _compared(clause: str, start: int, end: int, before: str) -> bool:
    """Tell whether the countries ahead, said from `start` to `end`, are ahead of Japan: the first named after them
    ('... outranked Japan', '... buy more than Japan does'), else, with none named in the clause, what the sentence
    before ranks or is about ('Japan held $1.1 trillion. Only China held more.')."""
    after = [(m.start(), "japan") for m in JAPAN.finditer(clause, end)]
    after += [(m.start(), "other") for m in NOT_JAPAN.finditer(clause, end)]
    after += [(m.start(), "it") for m in _IT.finditer(clause, end)]
    if after and not _LISTED.match(clause, end):  # '...were larger: those with China, Mexico, and Germany' lists them
        who = min(after)[1]
        return who == "japan" or (who == "it" and (first_country(before) == "japan" or ranked_japan(before)))
    if JAPAN.search(clause, 0, start) or NOT_JAPAN.search(clause, 0, start):
        return False
    return first_country(before) == "japan"


_LISTED = re.compile(
    r"\s*[:\u2014\u2013]\s*(?:(?:those|the\s+ones)\s+(?:with|of|from|in)\s+)?(?:the\s+)?(?!Japan\b)[A-Z]"
)
"""The countries ahead listed after the count of them: 'Only three deficits were larger: those with China, ...'."""


def ranked_japan(text: str) -> bool:
    """Tell whether Japan is what a place of `text` ranks, which a next sentence's 'it' then stands for: 'only Canada,
    Mexico, and China bought more than Japan did. It was also the fourth-biggest supplier'."""
    return any(about_japan(text, place.start, place.end, "") for place in ranks(text))


__all__ = ["JAPAN", "NOT_JAPAN", "PRONOUN_LED", "about_japan", "countries_at", "first_country", "ranked_japan"]
