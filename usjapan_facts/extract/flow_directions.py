"""Which flow each trade amount of a sentence belongs to, told by the flows and parts the sentence names in order: the
words of `briefs/money_roles.toml`'s [pairs] section, read for `money_pairs`. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.flow_subjects import POSSESSIVE, PRONOUN, it_party, possessor, pronoun_party
from usjapan_facts.extract.money_lexicon import OTHER_PARTY, lexicon
from usjapan_facts.extract.parsers import YEAR

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


def directions(text: str, prior: str | None = None, back: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """The flows the text names, in order, as their seller ('US' for U.S. exports, 'JP' for imports): 'Japan sold',
    'Japan's purchases of U.S. services' and 'goods shipped from Japan' name the other way round; a verb whose doer
    the text does not name ('It also sold ...', 'shipping ...') is '?', a flow no reading may take, unless it is
    coordinated with a verb before whose doer is named ('the United States exported ... and imported ...'). A flow
    said to run the other way ('Flows the other way', 'the reverse flow') is the flow named before it turned round, or
    the one `prior` (the seller of the last flow before the text) turned round. A verb whose doer is a pronoun ('which
    it bought', 'That year it bought') is done by the party the pronoun stands for (`pronoun_party`, the words `back`
    before the text, nearest first)."""
    pairs = lexicon().pairs
    found: list[tuple[int, str]] = []
    doer: str | None = None  # who does the last verb of trade whose doer is named
    marks = sorted((*pairs["direction"].finditer(text), *pairs["reverse"].finditer(text)), key=lambda m: m.start())
    for match in marks:
        if match.re is pairs["reverse"]:
            last = next((seller for _, seller in reversed(found) if seller != "?"), prior)
            seller = OTHER_PARTY.get(last or "", "?")
        else:
            seller = _seller(text, match, doer, back)
            if _kind_only(text, match):
                # '$136.5 billion in shipments' after 'a supplier of them': the amount's kind, the flow already named;
                # none when the words before it tell another time ('as it had in 2019, when ...', 'its 2006 peak')
                named = next((each for _, each in reversed(found) if each != "?"), seller)
                seller = "?" if _another_time(text, match.start()) else named
            if pairs["verb"].fullmatch(match.group(0)) and seller != "?":
                selling = bool(match.group("exports"))
                doer = seller if selling else OTHER_PARTY[seller]
        if not found or found[-1][1] != seller:
            found.append((match.start(), seller))
    return found


_COORDINATED = re.compile(r"\band\s+(?:(?:also|then)\s+)?$", I)
"""A verb joined on to the one before with no subject of its own: 'exported ... to Japan and imported ...'."""


def _seller(text: str, match: re.Match[str], doer: str | None = None, back: tuple[str, ...] = ()) -> str:
    """The seller of the flow a direction word names: by its way, its goods' maker, its doer (for a coordinated verb
    with no subject of its own, `doer`, the one of the verb before)."""
    pairs = lexicon().pairs
    seller = "US" if match.group("exports") else "JP"
    if toward := pairs["toward"].match(text, match.end()):
        return "US" if toward.group("to") or toward.group("from_us") else "JP"  # to Japan, from the U.S.
    if whose := pairs["whose_goods"].match(text, match.end()):
        return "US" if whose.group("us") else "JP"
    if pairs["japan_does"].search(text, max(0, match.start() - 30), match.start()):
        return "JP" if seller == "US" else "US"
    if owner := POSSESSIVE.search(text, max(0, match.start() - 40), match.start()):
        return _owned(text, owner.start(), match, back)
    if pairs["verb"].fullmatch(match.group(0)) and not pairs["us_does"].search(text, 0, match.start()):
        if doer is not None and _COORDINATED.search(text, max(0, match.start() - 15), match.start()):
            return doer if match.group("exports") else OTHER_PARTY[doer]
        pronoun = pairs["pronoun_does"].search(text, max(0, match.start() - 30), match.start())
        party = pronoun_party(text[: pronoun.start()], *back) if pronoun else None
        if party in OTHER_PARTY:
            return party if match.group("exports") else OTHER_PARTY[party]
        return "?"
    return seller


_LEADS = re.compile(
    r"\W*(?:[^,;]{0,60},\s*)?(?:the\s+)?(?:(?:U\.S\.|American|Japanese|Japan\W?s|total|overall|combined|goods|services|"
    r"merchandise)\s+)*",
    I,
)
"""The words a clause may open with before the flow that is its subject ('U.S. imports from Japan came to')."""
_ELSEWHERE = re.compile(r"\s+(?:to|into|abroad|overseas|worldwide|globally|elsewhere|outside)\b", I)
"""A way out of the pair after a flow word: 'shipments to Europe', 'shipments abroad'."""


def _owned(text: str, at: int, match: re.Match[str], back: tuple[str, ...]) -> str:
    """The seller of a flow a possessive owns ('Its goods shipments', 'their purchases'): the party it stands for
    (`possessor`) as seller of its sales, as buyer of its purchases, when its clause is its flow with the other
    party ('Japan sold $150.1 billion of goods to the United States'); after a flow as the clause's subject ('U.S.
    imports from Japan came to $181.7 billion. Its goods shipments ...'), that flow's seller for its sales. '?' for
    any other: an owner with no flow with the other party ('Japan is the world's fourth-largest economy. Its goods
    shipments ...'), a flow-subject's purchases, a flow to a third market or the world ('shipments to Europe',
    'abroad'), a year the clause does not name ('... in 2024. Its goods shipments were worth $138.2 billion in
    2019'), a clause of two countries together ('U.S. imports from Japan and Korea ...')."""
    found = possessor(text[:at], *back)
    if found is None or _ELSEWHERE.match(text, match.end()):
        return "?"
    party, clause = found
    if _TWO_PLACES.search(clause) or not set(YEAR.findall(text)) <= set(YEAR.findall(clause)):
        return "?"
    lead = next(((start, seller) for start, seller in directions(clause) if seller != "?"), None)
    if lead is None:
        return "?"
    if party is None:
        selling = bool(match.group("exports"))
        return lead[1] if selling and _LEADS.fullmatch(clause, 0, lead[0]) else "?"
    if party not in OTHER_PARTY or not re.search(_NAMES[OTHER_PARTY[party]], clause):
        return "?"
    return party if match.group("exports") else OTHER_PARTY[party]


_TWO_PLACES = re.compile(r"\b(?:and|or|plus)\s+(?:the\s+)?[A-Z]|&")
"""A second place beside the first: 'from Japan and Korea', 'Japan and the EU'."""
_NAMES = {"US": r"\b(?:U\.S\.|United States|Americans?)(?!\w)", "JP": r"\bJapan"}
"""The words that name each party in a clause."""


def _kind_only(text: str, match: re.Match[str]) -> bool:
    """Whether the flow word only tells an amount's kind: a noun of no party's own flow right after the amount
    ('$136.5 billion in shipments'), naming no way or maker after it ('shipments to Japan', 'sales of U.S. goods')."""
    pairs = lexicon().pairs
    return bool(
        pairs["kind_noun"].fullmatch(match.group(0))
        and pairs["kind_of"].search(text, max(0, match.start() - 40), match.start())
        and not pairs["toward"].match(text, match.end())
        and not pairs["whose_goods"].match(text, match.end())
    )


_PAST_MARK = re.compile(r"\b(?:peak|record|high|low|had|once|earlier|previously)\b", I)


def _another_time(text: str, at: int) -> bool:
    """Whether the words just before a kind noun's amount tell a time other than the sentence's: a peak or an earlier
    state, or a year other than the latest the sentence names."""
    near = text[max(0, at - 100) : at]
    latest = max(YEAR.findall(text), default=None)
    return bool(_PAST_MARK.search(near)) or any(year != latest for year in YEAR.findall(near))


def pronoun_japan(text: str, before: str, earlier: str) -> bool:
    """Whether the sentence's pronoun subject ('it') stands for Japan (`pronoun_party`)."""
    pronoun = PRONOUN.search(text)
    return pronoun is not None and pronoun_party(text[: pronoun.start()], before, earlier) == "JP"


def named_sellers(text: str) -> set[str]:
    """The sellers of the flows the text names whose doer it tells."""
    return {seller for _, seller in directions(text) if seller != "?"}


def last_seller(*texts: str) -> str | None:
    """The seller of the last flow named in the first of `texts` that names one ('?' none)."""
    for text in texts:
        named = [seller for _, seller in directions(text) if seller != "?"]
        if named:
            return named[-1]
    return None


_FORMER = re.compile(r"\b(?:the\s+)(?P<which>former|latter)\b", I)


def named_back(text: str, before: str) -> str:
    """The text with 'the former' and 'the latter' written as the flows the sentence before names in order, each as a
    word of the same length ('export', 'import'), so that the amounts keep their places ('U.S. exports to Japan
    totaled $121.1 billion; imports, $179.7 billion. Of the former, goods accounted for $75.2 billion')."""
    if "former" not in text and "latter" not in text:
        return text
    named = list(dict.fromkeys(seller for _, seller in directions(before) if seller != "?"))
    if len(named) != 2:
        return text
    word = {"former": "export" if named[0] == "US" else "import", "latter": "export" if named[1] == "US" else "import"}
    return _FORMER.sub(lambda m: m.group(0)[: -len(m.group("which"))] + word[m.group("which").casefold()], text)


def japans_own(text: str) -> bool:
    """Whether the text gives Japan's own statistics ('Japan's exports to the United States'), which the brief may not
    count as the U.S. flow."""
    pairs = lexicon().pairs
    return any(
        pairs["japan_does"].search(text, max(0, m.start() - 30), m.start())
        for m in re.finditer(r"\b(?:exports|imports)\b", text, re.IGNORECASE)
    )


def parts_listed(text: str) -> list[str]:
    """The parts the text lists, in order ('goods and services' as the whole when it qualifies a flow)."""
    pairs = lexicon().pairs
    if pairs["whole"].search(text):
        return ["total"]
    found = [("goods" if m.group(0)[0] in "gGmM" else "services") for m in pairs["part"].finditer(text)]
    return [part for index, part in enumerate(found) if index == 0 or found[index - 1] != part]


def turned_round(text: str, *before: str) -> tuple[str, str | None] | None:
    """The flow the text names as the one before it turned round ('The flow in the opposite direction was larger:
    $184 billion'): its seller, the other party to the last flow named before the turn (in the text, else in the
    sentences `before`, nearest first), and the part that flow was of ('total' when it names none, None when it names
    more than one); None with no turn, or when the flow before is not one with Japan."""
    lex = lexicon()
    marks = list(lex.pairs["reverse"].finditer(text))
    if not marks:
        return None
    for words in (text[: marks[-1].start()], *before):
        named = [seller for _, seller in directions(words) if seller != "?"]
        if named:
            if not lex.named["JP"].search(words):
                return None
            parts = set(parts_listed(words)) or {"total"}
            return OTHER_PARTY[named[-1]], parts.pop() if len(parts) == 1 else None
    return None


__all__ = [
    "PRONOUN",
    "directions",
    "it_party",
    "japans_own",
    "last_seller",
    "named_back",
    "parts_listed",
    "pronoun_japan",
    "pronoun_party",
    "turned_round",
]
