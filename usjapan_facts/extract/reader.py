"""The reader: a version's text parsed, every rule and declaration run over it, one snapshot proposed.

What `usjapan_facts.extract` gives (`extract_snapshot`, `Extraction`, `parse_text`) is defined here; importing
this module compiles every pattern of every brief, so the package imports it only when one of them is asked for.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from usjapan_facts import catalog
from usjapan_facts.extract import ExtractError
from usjapan_facts.extract.anaphora import routed_or_led
from usjapan_facts.extract.brief_rules import BriefRules, rules_for
from usjapan_facts.extract.declared_events import dated_events
from usjapan_facts.extract.dissolved_share import unseated
from usjapan_facts.extract.fact_readings import read_facts
from usjapan_facts.extract.guarded import guarded
from usjapan_facts.extract.list_years import dated_items
from usjapan_facts.extract.mentions import outcomes
from usjapan_facts.extract.next_votes import next_vote
from usjapan_facts.extract.occasions import gathered_collections
from usjapan_facts.extract.rules import Context, Fields
from usjapan_facts.extract.rules.base import NeedsIndex
from usjapan_facts.extract.term_dues import term_due
from usjapan_facts.extract.text import Document, parse_cover_date, parse_html, parse_markdown
from usjapan_facts.model import Author, Snapshot

_HTML = re.compile(r"<(?:!doctype\s+html|html|body|p|h[1-6]|div|article)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Extraction:
    """The proposed snapshot, each catalogue fact's outcome (found, mentioned but not read, not mentioned)."""

    snapshot: Snapshot
    found: tuple[str, ...]
    not_found: tuple[str, ...]
    """Mentioned but not read, and not mentioned."""
    warnings: tuple[str, ...]
    mentioned: tuple[str, ...] = ()
    """The text is about these facts, but no value was read with confidence: unknown."""
    not_mentioned: tuple[str, ...] = ()
    """No sentence is about these facts: in a full text, not stated (the brief dropped them)."""
    full: bool = True
    """Whether the text covers the whole brief; an excerpt leaves every fact it does not find unknown."""


def parse_text(text: str) -> Document:
    """Parse a brief given as HTML or as Markdown / plain text."""
    return parse_html(text) if _HTML.search(text[:5000]) else parse_markdown(text)


@dataclass(frozen=True)
class _Reader:
    """One brief's catalogue, its rules, and the index of the words those rules need."""

    catalogue: catalog.Catalogue
    rules: BriefRules
    needs: NeedsIndex


@functools.cache
def _reader(brief: str) -> _Reader:
    catalogue = catalog.load(brief)
    rules = rules_for(catalogue.brief)
    index = NeedsIndex({spec.id: rules.rules[spec.id] for spec in catalogue.facts}, points_back=routed_or_led)
    return _Reader(catalogue, rules, index)


def _titled(title: str, other_than: str) -> str | None:
    """The brief of this release whose title `title` is, if not `other_than`'s: what a user meant to pass."""
    return next((b for b in catalog.available() if b != other_than and _reader(b).rules.title.search(title)), None)


_LINKS = re.compile(r"<a\b[^>]*>.*?</a\s*>|\[[^\]\n]*\]\([^)\n]*\)", re.IGNORECASE | re.DOTALL)
"""A link's words, HTML or Markdown: a list of related products names every brief, the page's own among them."""
_TAGS = re.compile(r"<[^>]*>")


def _named_first(opening: str) -> str | None:
    """The brief whose title a page's opening says first other than in a link or a tag: where a site's heading
    ("Congress.gov", "Skip to content") comes before the brief's own title, the page is that brief's."""
    said = _TAGS.sub(" ", _LINKS.sub(" ", opening))
    found = [(m.start(), b) for b in catalog.available() if (m := _reader(b).rules.title.search(said))]
    return min(found)[1] if found else None


def _validated(data: dict[str, Any], warnings: list[str]) -> Snapshot:
    # A value the model refuses (a negative count, an impossible date) is dropped, never guessed at.
    for _ in range(len(data["facts"]) + len(data["elections"]) + len(data["events"]) + 1):
        try:
            return Snapshot.model_validate(data)
        except ValidationError as exc:
            location = exc.errors(include_url=False)[0]["loc"]
            if len(location) < 2 or location[0] not in ("facts", "elections", "events"):
                raise
            group, key = str(location[0]), str(location[1])
            warnings.append(f"{key if group == 'facts' else f'{group}.{key}'}: {exc.errors()[0]['msg']}; left out")
            del data[group][key]
    raise ExtractError("the extracted values could not be validated")


def extract_snapshot(
    text: str,
    *,
    brief: str = catalog.DEFAULT_BRIEF,
    updated: dt.date | None = None,
    source_url: str | None = None,
) -> Extraction:
    """Propose a snapshot of `brief` from its text, each fact quoting its sentence.

    A text about most of the catalogue is the whole brief (coverage full): the facts no sentence is about
    are tracked, so not stated. Facts it mentions but could not read, and all an excerpt misses, stay unknown.
    """
    reader = _reader(brief)
    catalogue = reader.catalogue
    if not text.strip():
        raise ExtractError("the text is empty")
    document = parse_text(text)
    document.sentences = dated_items(document.sentences)  # 'Key steps in 2025:' then 'July 22: ...'
    if document.title and not reader.rules.title.search(document.title):
        owner = _titled(document.title, catalogue.brief)
        said = "it is" if owner else "the page names first"
        owner = owner or _named_first(text[:20000])
        if owner != catalogue.brief:
            raise ExtractError(
                f"the text is titled {document.title!r}, not {catalogue.title!r} ({catalogue.brief})",
                hint=f"{said} {owner}'s title: pass brief={owner!r}" if owner else None,
                cli_hint=f"{said} {owner}'s title: pass --report {owner}" if owner else None,
            )
        document.title = None  # a site's page title ("Skip to content"), not the brief's
    version = updated or document.updated or parse_cover_date(text[:2000])
    if version is None:
        raise ExtractError(
            "no cover date ('Updated July 21, 2022') in the text",
            hint="pass updated=datetime.date(...)",
            cli_hint="pass --updated YYYY-MM-DD",
        )
    warnings = [
        f"a paragraph runs two columns' lines together and was not read: {opening!r}..."
        for opening in document.set_aside
    ]

    following: dict[str, str] = {}
    preceding: dict[str, str] = {}
    seen: set[str] = set()  # the sections read so far
    # A heading a layout repeats before each item of its list is no sentence of the chain: a sentence after it points
    # back past it to the item before (the heading's text, said twice, would leave that sentence with none before it).
    chain, seen_texts = [], set()
    for sentence in document.sentences:
        if sentence.text != sentence.section or sentence.text not in seen_texts:
            chain.append(sentence)
        seen_texts.add(sentence.text)
    for before, after in itertools.pairwise(chain):
        following.setdefault(before.text, after.text)
        seen.add(before.section)
        # A section resumed after a table's rows (under its title) takes its subject from the table's title, not its
        # last row's cell: 'Only China, Canada, and Mexico trade more' after 'Table 1. Japan's Place Among Partners'.
        resumed = before.section != after.section and after.section in seen
        preceding.setdefault(after.text, before.section if resumed else before.text)
    sections, captions = {sentence.text: sentence.section for sentence in chain}, tuple(document.captions)
    context = Context(document.text, version, document.figure_years, following, captions, preceding, sections)
    facts = read_facts(reader.catalogue, reader.needs, document, context, warnings)
    if not facts and document.set_aside:
        raise ExtractError(
            f"no fact could be read: {len(document.set_aside)} paragraph(s) run the two columns of a PDF page "
            "together with the line breaks lost, so their sentences are cut; extract the PDF itself, or a copy "
            "that keeps its lines"
        )
    cover = version.isoformat()
    people = reader.rules.reads_person_events
    gathered = functools.partial(gathered_collections, document, context, cover, warnings, people=people)
    none: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
    elections, events = guarded("elections", gathered, none, warnings) if reader.rules.reads_collections else none
    declared = functools.partial(dated_events, reader.rules.events, document, cover, warnings)
    events.update(guarded("events", declared, dict[str, Fields](), warnings))
    ids = {spec.id for spec in catalogue.facts}
    for stage, call in (  # each completes `facts` in place
        (
            "a term from its last vote",
            functools.partial(term_due, facts, elections, ids, document.sentences, preceding, cover),
        ),
        ("the earliest vote to come", functools.partial(next_vote, facts, elections, ids, cover)),
        ("no share of a dissolved chamber", functools.partial(unseated, facts, elections, document.sentences, cover)),
    ):
        guarded(stage, call, None, warnings)
    if not facts and not elections and not events:  # an excerpt may report an election or an event alone
        raise ExtractError(f"no fact of the catalogue was found in the text; is it the {catalogue.brief} brief?")
    snapshot = _validated(
        {
            "report_id": catalogue.brief,
            "title": document.title or catalogue.title,
            "updated": version.isoformat(),
            "coverage": "full",
            "sources": [source_url] if source_url else [],
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "authors": {name: Author.fields_from_role(role) for name, role in document.authors},
            "facts": facts,
            "elections": elections,
            "events": events,
        },
        warnings,
    )
    # Which facts the prose is about: a value the model refused leaves its fact mentioned but not read.
    # A table's words (a caption's, as the HTML gives it) mention a fact as prose does.
    about = " ".join([document.text, *document.captions])
    outcome = outcomes(
        catalogue.brief,
        about,
        set(snapshot.facts),
        set(facts),
        sentences=len(document.sentences),
        authors=bool(document.authors),
    )
    tracked = sorted([*outcome.found, *outcome.not_mentioned], key=catalogue.order.__getitem__)
    snapshot = snapshot.model_copy(
        update={
            "coverage": "full" if outcome.full else "excerpt",
            "tracked": tracked if outcome.full else [],
            "unread": list(outcome.mentioned),
        }
    )
    return Extraction(
        snapshot,
        outcome.found,
        tuple(spec.id for spec in catalogue.facts if spec.id not in snapshot.facts),
        tuple(warnings),
        mentioned=outcome.mentioned,
        not_mentioned=outcome.not_mentioned,
        full=outcome.full,
    )
