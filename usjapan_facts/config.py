"""A watch folder's settings file, `usjapan-facts.toml`: where its store is, beside the severity rules.

`usjapan-facts init DIR` writes one; commands run in that folder read it from the current directory.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from usjapan_facts.errors import FactsError
from usjapan_facts.safe_io import UnsafeInputError, read_regular

CONFIG_FILE = "usjapan-facts.toml"
STORE_KEY = "snapshots_dir"
"""A key of the settings file that is not a severity rule: the store, relative to the file."""
REPORT_KEY = "report"
"""The other: the brief the folder watches (`--report`), when not the default one."""
SETTINGS_KEYS = frozenset({STORE_KEY, REPORT_KEY})


class ConfigError(FactsError):
    """The settings file `usjapan-facts.toml` cannot be read or names no usable store."""


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
    path = cwd / CONFIG_FILE
    if not path.is_file():
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
