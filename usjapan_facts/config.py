"""A watch folder's settings file, `usjapan-facts.toml`: where its store is, beside the severity rules.

`usjapan-facts init DIR` writes one; commands run in that folder read it from the current directory.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from usjapan_facts.errors import FactsError

CONFIG_FILE = "usjapan-facts.toml"
STORE_KEY = "snapshots_dir"
"""A key of the settings file that is not a severity rule: the store, relative to the file."""
REPORT_KEY = "report"
"""The other: the brief the folder watches (`--report`), when not the default one."""
SETTINGS_KEYS = frozenset({STORE_KEY, REPORT_KEY})


class ConfigError(FactsError):
    """The settings file `usjapan-facts.toml` cannot be read or names no usable store."""


def _settings(cwd: Path) -> tuple[Path, dict[str, object]] | None:
    path = cwd / CONFIG_FILE
    if not path.is_file():
        return None
    try:
        return path, tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as TOML ({exc})") from None


def configured_report(cwd: Path) -> str | None:
    """Return the brief named by `report` in `cwd/usjapan-facts.toml`, or None if it names none."""
    found = _settings(cwd)
    if found is None or found[1].get(REPORT_KEY) is None:
        return None
    path, data = found
    value = data[REPORT_KEY]
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f'{path}: {REPORT_KEY}: should name a brief, such as "IF11120"')
    return value


def configured_store(cwd: Path) -> Path | None:
    """Return the store named by `snapshots_dir` in `cwd/usjapan-facts.toml`, or None if it names none."""
    found = _settings(cwd)
    if found is None:
        return None
    path, data = found
    value = data.get(STORE_KEY)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f'{path}: {STORE_KEY}: should be the path of a folder, such as "snapshots"')
    return path.parent / value
