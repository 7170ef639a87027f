"""Remember what each source answered last (ETag, Last-Modified, the version it held) for conditional requests.

The file lives in the watch folder, so a second `fetch` of an unchanged brief downloads nothing. URLs are
stored without any API key, and a damaged file is read as empty: it only ever saves downloads.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

MEMORY_FILE = "fetch-memory.json"


class Memory:
    """Validators and versions by URL, read from and written back to one JSON file (or kept in memory only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, dict[str, Any]] = {}
        if path is not None:
            with contextlib.suppress(OSError, ValueError):
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    self._entries = {str(k): v for k, v in data.items() if isinstance(v, dict)}

    def get(self, url: str) -> dict[str, Any] | None:
        return self._entries.get(url)

    def conditional_headers(self, url: str) -> dict[str, str]:
        """Return If-None-Match / If-Modified-Since for what `url` answered last time, if anything."""
        entry = self._entries.get(url) or {}
        headers = {}
        if isinstance(entry.get("etag"), str):
            headers["If-None-Match"] = entry["etag"]
        if isinstance(entry.get("last_modified"), str):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def remember(self, url: str, headers: dict[str, str], **held: object) -> None:
        """Keep `url`'s validators from its answer's `headers`, with what it held (version, updated...)."""
        entry: dict[str, Any] = {key: value for key, value in held.items() if value is not None}
        if "etag" in headers:
            entry["etag"] = headers["etag"]
        if "last-modified" in headers:
            entry["last_modified"] = headers["last-modified"]
        if "etag" in entry or "last_modified" in entry:
            self._entries[url] = entry

    def save(self) -> None:
        """Write the file atomically; a folder that cannot be written costs only the next conditional request."""
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(prefix=".fetch-", dir=self.path.parent)
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(self._entries, stream, indent=2, sort_keys=True)
                stream.write("\n")
            os.replace(temporary, self.path)
