"""A leader named by family name alone, read when no sentence left a fresh reading of the fact (`by_roles`).

A brief names its leader once with the title and then by family name: 'Abe has said the President assured him',
'Biden has made the alliance a centerpiece'. When every titled mention dates a past deed (stale) or the title stands
in a column the layout cut, that bare name, as a clause's subject with a verb in the present ('has said', 'faces',
'is'), still tells who sits now. It is read only for a name the text elsewhere gives the office (a title right before
it, never after 'former' or 'late'); a U.S. president must be in office on the cover date. Ruled out: the words that
rule a title out (`NOT_SITTING`), a leader said to have left or to be leaving, and a clause dated two years or more
before the cover. The reading is weak: any other reading of the fact wins over it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from usjapan_facts.extract.japan import KNOWN_PEOPLE, US_PRESIDENTS, US_TERMS, out_of_office
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.rules.shared import tenure
from usjapan_facts.extract.rules.shared.taking_office import NOT_SITTING, PM_TITLE
from usjapan_facts.extract.text import Document, Sentence

_FACTS = {"leaders.japan_prime_minister": PM_TITLE, "leaders.us_president": r"(?:U\.S\.\s+)?President"}
_OPENS = r"(?:^|[;:]\s+|,\s+(?:and|but|while|as)\s+|\b(?:and|but|while|since|as)\s+|^[A-Z][^,;]{2,40},\s+)"
_PRESENT_VERB = (
    r"(?:\s+and\s+(?:President|Prime\s+Minister)\s+(?:[A-Z][a-z]+\s+){1,2})?\s+(?:also\s+|still\s+|now\s+|long\s+)?"
    r"(?P<verb>(?:has|have)\s+(?!been\s+(?:replaced|succeeded|ousted))[a-z]+|is|remains|[a-z]{3,}[^s\W]s)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_TAKES_OFFICE = (
    r"(?:,[^,.;]{1,60})?,?(?:\s+[^.;]{1,110}?\band,?(?:\s+[a-z][^.;,]{0,30},)?)?\s+(?:became|returned\s+to|regained|"
    r"assumed|took\s+up)\s+(?:the\s+)?(?:premiership\b|(?:first\s+\w+\s+to\s+(?:serve\s+as|become|hold)\s+)?"
    r"(?:(?:Japan|the\s+country|the\s+nation)\W?s\s+)?prime\s+minister(?:ship)?\b)"
)
"""The office given by the holder's taking it, the name first: 'Shinzo Abe, ..., returned to the premiership in
December 2012', 'Takaichi Sanae won ... and, later that month, became the first woman to serve as the country's prime
minister' (the verbs joined by 'and' share their subject)."""


def _titled_in(document: str, family: str, title: str) -> bool:
    """Tell whether the text gives `family` the office by its title once at least, never as a former holder's (for
    Japan's prime minister, also by the holder's taking it: `_TAKES_OFFICE`)."""
    taking = rf"|\b{family}{_TAKES_OFFICE}" if title == PM_TITLE else ""
    for found in re.finditer(rf"\b{title}\s+(?:[A-Z][a-z]+\s+)?{family}\b{taking}", document):
        if not NOT_SITTING.search(document[max(0, found.start() - 30) : found.start()]) and not (
            taking and tenure.left_later(document, found.end())  # 'became prime minister in 2012 and resigned'
        ):
            return True
    return False


def _families(fact_id: str, context: Context) -> Iterator[str]:
    for family in sorted(KNOWN_PEOPLE):
        american = family in US_PRESIDENTS
        if american != (fact_id == "leaders.us_president"):
            continue
        if american and (context.updated is None or out_of_office(family, context.updated)):
            continue
        if _titled_in(context.text, family, _FACTS[fact_id]):
            yield family


def _read(text: str, family: str, context: Context) -> Fields | None:
    for found in re.finditer(rf"{_OPENS}(?P<name>{family}){_PRESENT_VERB}", text):
        start, end = found.start("name"), found.end("name")
        if NOT_SITTING.search(text[max(0, start - 30) : start]) or tenure.LEFT_OFFICE.match(text, end):
            continue
        if tenure.LEAVING.match(text, end) or tenure.left_later(text, end):
            continue  # 'Ishiba has said he will step down'
        clause = re.split(r"[;:]", text[found.start() :])[0]
        years = [int(year) for year in _YEAR.findall(clause)]
        if context.updated is not None and years and max(years) < context.updated.year - 1:
            continue  # a deed of long ago
        given = KNOWN_PEOPLE[family][1]
        return {"value": {"family": family, "given": given}, "as_written": found.group(0).strip(" ,;:"), "_weak": True}
    return None


def fill(document: Document, context: Context, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Add the leader a bare family name gives, for each leader's fact tracked and left without a fresh reading."""
    for fact_id in _FACTS:
        if fact_id not in readings or any(not fields.get("_stale") for fields, _ in readings[fact_id]):
            continue
        families = list(_families(fact_id, context))
        found = [
            (fields, sentence)
            for sentence in document.sentences
            for family in families
            if family in sentence.text and (fields := _read(sentence.text, family, context)) is not None
        ]
        if not found and fact_id == "leaders.us_president":
            found = _in_term(document, context)
        if len({fields["value"]["family"] for fields, _ in found}) == 1:
            readings[fact_id] = readings[fact_id] + found


_PRESIDENT_ROLE = re.compile(
    r"\b(?:[Pp]resident(?:-elect)?|[Pp]residency|White\s+House|Oval\s+Office|[Aa]dministration)\b"
)
"""Words giving a sentence the U.S. presidency's role: 'calling on the President-elect', 'at the White House'."""


def _role_of(text: str, role: re.Match[str], family: str) -> bool:
    """Whether the presidency's word `role` may be `family`'s: no other name stands right after it as its holder."""
    holder = re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?(?P<name>[A-Z][a-z]+)", text[role.end() :])
    return holder is None or holder.group("name") == family or holder.group(0).split()[0] == family


def _in_term(document: Document, context: Context) -> list[tuple[Fields, Sentence]]:
    """The known U.S. president in office on the cover date, named in a sentence that gives the presidency's role
    ('to see Donald Trump ..., calling on the President-elect', 'the presidency has been held by Donald Trump'), by
    the terms the table knows (a date past them says nothing); never after 'former' or 'then', nor one the sentence
    says left, nor in a sentence naming a year before the last. Weak, as a bare name is."""
    if context.updated is None:
        return []
    on = context.updated
    sitting = [name for name in sorted(KNOWN_PEOPLE) if any(start <= on < end for start, end in US_TERMS.get(name, ()))]
    found = []
    for sentence in document.sentences:
        if any(int(year) < on.year - 1 for year in _YEAR.findall(sentence.text)):
            continue  # 'Talks the Trump Administration began in 2019 ended ...': a deed of long ago, not who sits now
        for family in sitting:
            if not any(_role_of(sentence.text, role, family) for role in _PRESIDENT_ROLE.finditer(sentence.text)):
                continue  # 'Trump's visit to Beijing, where he met President Xi': the title is another's
            for name in re.finditer(
                rf"\b(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?)?{family}\b(?!\W?s\s+(?:successor|predecessor))", sentence.text
            ):
                start, end = name.start(), name.end()
                if NOT_SITTING.search(sentence.text[max(0, start - 30) : start]) or tenure.LEFT_OFFICE.match(
                    sentence.text, end
                ):
                    continue
                value = {"family": family, "given": KNOWN_PEOPLE[family][1]}
                found.append(({"value": value, "as_written": name.group(0), "_weak": True}, sentence))
                break
    return found
