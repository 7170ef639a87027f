"""A watch folder's settings file, `usjapan-facts.toml`: where its store is, beside the severity rules.

`usjapan-facts init DIR` writes one; commands run in that folder, or in any folder inside it, find it by
looking upward from the current directory (as git, pytest and ruff find their roots). Its `[fetch]` table
says where `usjapan-facts fetch` looks for new versions, in what order.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from pathlib import Path

from usjapan_facts.errors import FactsError
from usjapan_facts.safe_io import UnsafeInputError, read_regular

CONFIG_FILE = "usjapan-facts.toml"
STORE_KEY = "snapshots_dir"
"""A key of the settings file that is not a severity rule: the store, relative to the file."""
REPORT_KEY = "report"
"""The other: the brief the folder watches (`--report`), when not the default one."""
FETCH_KEY = "fetch"
"""And the table of where `fetch` looks for new versions."""
SETTINGS_KEYS = frozenset({STORE_KEY, REPORT_KEY, FETCH_KEY})
SOURCE_KINDS = ("api", "congress", "mirrors", "templates")
"""The kinds of source `fetch` asks, in their default order."""


class ConfigError(FactsError):
    """The settings file `usjapan-facts.toml` cannot be read or names no usable store."""


@dataclass(frozen=True)
class FetchSettings:
    """Where `fetch` asks for the newest version: the kinds of source in order, their base URLs, a deadline."""

    order: tuple[str, ...] = SOURCE_KINDS
    api_base: str = "https://api.congress.gov/v3"
    congress_base: str = "https://www.congress.gov"
    mirrors: tuple[str, ...] = ("https://www.everycrsreport.com",)
    templates: tuple[str, ...] = ()
    """URLs with {brief}, {prefix} (IF) and {version} (the CRS version number) filled in."""
    timeout: float = 60.0
    """Seconds for the whole chain, every source and redirect included."""


def settings_file(cwd: Path) -> Path | None:
    """Return the nearest `usjapan-facts.toml` in `cwd` or a folder above it, or None."""
    for folder in (cwd, *cwd.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
    return None


MAX_TOML_BYTES = 1024 * 1024
"""A settings or rules file is a few hundred bytes; a megabyte is ample."""


def read_toml(path: Path, error: type[FactsError], *, missing: str = "no such file") -> dict[str, object]:
    """Read a TOML file with the guards of every input: regular file, bounded, UTF-8, no deep nesting or huge numbers.

    Any problem is one `error` naming the file.
    """
    try:
        text = read_regular(path, MAX_TOML_BYTES).decode("utf-8")
    except UnsafeInputError as exc:
        raise error(f"{path}: {missing if str(exc) == 'no such file' else exc}") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: is not UTF-8 text (byte {exc.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise error(f"{path}: not valid TOML (nested too deeply)") from None
    except ValueError as exc:
        # tomllib lets int() and float() errors through, such as an integer of thousands of digits.
        raise error(f"{path}: not valid TOML ({str(exc)[:80]})") from None


def _settings(cwd: Path) -> tuple[Path, dict[str, object]] | None:
    path = settings_file(cwd)
    if path is None:
        return None
    return path, read_toml(path, ConfigError)


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


def configured_fetch(cwd: Path) -> FetchSettings:
    """Return the `[fetch]` table of the nearest settings file, defaults filled in; its errors name the key."""
    found = _settings(cwd)
    table = found[1].get(FETCH_KEY, {}) if found is not None else {}
    if not table:
        return FetchSettings()
    path = found[0] if found is not None else Path(CONFIG_FILE)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: {FETCH_KEY}: should be a table ([fetch])")
    unknown = sorted(set(table) - {"order", "api_base", "congress_base", "mirrors", "templates", "timeout"})
    if unknown:
        raise ConfigError(f"{path}: [{FETCH_KEY}] {unknown[0]}: not a setting (order, api_base, congress_base, "
                          "mirrors, templates, timeout)")  # fmt: skip
    values: dict[str, object] = {}
    for key in ("api_base", "congress_base"):
        if key in table:
            values[key] = _url(path, key, table[key])
    for key in ("mirrors", "templates"):
        if key in table:
            items = table[key]
            if not isinstance(items, list):
                raise ConfigError(f"{path}: [{FETCH_KEY}] {key}: should be a list of URLs")
            values[key] = tuple(_url(path, key, item) for item in items)
    if "order" in table:
        order = table["order"]
        if not isinstance(order, list) or not order or any(item not in SOURCE_KINDS for item in order):
            raise ConfigError(f"{path}: [{FETCH_KEY}] order: should list some of {', '.join(SOURCE_KINDS)}")
        values["order"] = tuple(dict.fromkeys(order))
    if "timeout" in table:
        timeout = table["timeout"]
        if (
            isinstance(timeout, bool)
            or not isinstance(timeout, int | float)
            or not math.isfinite(timeout)
            or not (0 < timeout <= 86_400)
        ):
            raise ConfigError(f"{path}: [{FETCH_KEY}] timeout: should be seconds above 0 and up to 86400")
        values["timeout"] = float(timeout)
    return FetchSettings(**values)  # type: ignore[arg-type]


def _url(path: Path, key: str, value: object) -> str:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ConfigError(f"{path}: [{FETCH_KEY}] {key}: {value!r} is not an http(s) URL")
    return value.rstrip("/") if key != "templates" else value
