"""The brief's own text beside its snapshot: `texts/DATE.txt` (normalised) and `texts/DATE.json` (where from).

Only a user's store holds texts (the shipped store holds none): `extract --save` keeps the text it read,
one sentence or heading a line, with its source and SHA-256, so `diff --text` and the site can show what
the brief says differently. A text whose hash no longer matches its record is refused, never shown.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from usjapan_facts.errors import StoreError

TEXTS = "texts"
MAX_TEXT_BYTES = 4 * 1024 * 1024
"""A brief's text runs to some 20 KB; anything over this is refused unread."""


@dataclass(frozen=True)
class BriefText:
    """One version's normalised text, where it was read from, and its SHA-256."""

    version: str
    text: str
    source: str | None
    sha256: str


def text_path(root: Path, version: dt.date | str) -> Path:
    """Where a version's text is kept in the store at `root`."""
    date = version if isinstance(version, str) else version.isoformat()
    return root / TEXTS / f"{date}.txt"


def save_text(root: Path, version: dt.date, text: str, source: str | None) -> Path:
    """Keep `text` (normalised) as version `version`'s text, replacing any kept before; return its path."""
    target = text_path(root, version)
    data = text.encode("utf-8")
    record = {"version": version.isoformat(), "source": source, "sha256": hashlib.sha256(data).hexdigest()}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for path, content in ((target, data), (target.with_suffix(".json"), _json(record))):
            temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temp.write_bytes(content)
            os.replace(temp, path)
    except OSError as exc:
        raise StoreError(f"{target}: cannot keep the version's text ({exc.strerror})") from None
    return target


def _json(record: dict[str, str | None]) -> bytes:
    return (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def load_text(root: Path, version: str) -> BriefText | None:
    """Return the kept text of `version`, None if none is kept; a damaged or altered one is an error."""
    path = text_path(root, version)
    if not path.is_file():
        return None
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise StoreError(f"{path}: is over the {MAX_TEXT_BYTES:,}-byte limit for a brief's text")
        data = path.read_bytes()
        record = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(f"{path.with_suffix('.json')}: missing; extract --save the version again") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror})") from None
    except ValueError:
        raise StoreError(f"{path.with_suffix('.json')}: is not valid JSON; extract --save the version again") from None
    if not isinstance(record, dict) or record.get("sha256") != hashlib.sha256(data).hexdigest():
        raise StoreError(f"{path}: its SHA-256 does not match {path.with_suffix('.json').name}; it was altered")
    source = record.get("source")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"{path}: is not UTF-8 text") from None
    return BriefText(version, text, source if isinstance(source, str) else None, record["sha256"])


def load_texts(root: Path, versions: list[str]) -> dict[str, BriefText]:
    """Return the kept texts of those of `versions` that have one, by version."""
    found = {version: load_text(root, version) for version in versions}
    return {version: text for version, text in found.items() if text is not None}
