"""Search without a server: a prebuilt index of facts, values and sentences, loaded by a small script.

The index is a JavaScript file (`search-index.js`) that sets one global, so the search page works from
`file://` as from any static host (a `fetch` of JSON would not); nothing is sent anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from usjapan_facts.history import HistoryEntry
from usjapan_facts.report.site.words import Current


def search_entry(current: Current, history: Sequence[HistoryEntry]) -> dict[str, Any]:
    """A fact's entry: its label, id, section, current value, and every sentence any version quoted, with when."""
    view = current.view
    sentences: dict[str, list[str]] = {}
    for entry in history:
        if entry.view.quote:
            sentences.setdefault(entry.view.quote, []).append(entry.view.version)
    return {
        "url": f"facts/{view.fact_id}.html",
        "id": view.fact_id,
        "label": view.label,
        "section": view.section,
        "value": view.display if current.recorded and view.status == "stated" else "",
        "recorded": current.recorded or "",
        "carried": current.carried,
        "sentences": [{"text": text, "versions": versions} for text, versions in sentences.items()],
    }


def index_script(entries: list[dict[str, Any]]) -> str:
    """The index as a script that sets `window.SEARCH_INDEX`; '<' is escaped so no text can close a tag."""
    data = json.dumps(entries, ensure_ascii=True, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.SEARCH_INDEX = {data};\n"
