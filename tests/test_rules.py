"""Severity rules files: the format, discovery in pyproject.toml, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from usjapan_facts.rules import Rules, RulesError, find_rules, load_rules


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_rules_file_reads_watch_list_and_rules(tmp_path: Path) -> None:
    """Top-level keys of a rules file: watch, rules, stale_after_years."""
    rules = load_rules(
        write(
            tmp_path / "rules.toml",
            'watch = ["leaders.*"]\nstale_after_years = 2\n[[rules]]\nmatch = "trade.*"\nthreshold = 0.1\n'
            '[[rules]]\nmatch = "trade.us_exports_to_japan"\nseverity = "info"\n',
        )
    )
    assert rules.watch == ["leaders.*"]
    assert rules.stale_after_years == 2
    assert rules.settings_for("trade.us_exports_to_japan") == ("info", 0.1)
    assert rules.settings_for("trade.us_imports_from_japan") == (None, 0.1)
    assert rules.settings_for("alliance.us_troops_in_japan") == (None, 0)
    assert rules.is_watched("leaders.us_president")
    assert not rules.is_watched("trade.fdi_source_rank")


def test_pyproject_table_is_found_in_the_working_directory(tmp_path: Path) -> None:
    """Without --rules, [tool.usjapan-facts] of ./pyproject.toml applies."""
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.usjapan-facts]\nwatch = ["alliance.*"]\n')
    assert find_rules(None, tmp_path).watch == ["alliance.*"]


def test_no_rules_anywhere_gives_the_defaults(tmp_path: Path) -> None:
    """No --rules and no pyproject.toml: the default policy."""
    assert find_rules(None, tmp_path) == Rules()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[[rules]]\nmatch = "trade.*"\nseverity = "critical"\n', "rules.0.severity"),
        ('[[rules]]\nmatch = "nothing.here"\n', "matches no fact id"),
        ('[[rules]]\nmatch = "trade.*"\nthreshold = -1\n', "rules.0.threshold"),
        ("colour = 1\n", "colour"),
        ("watch = [\n", "not valid TOML"),
    ],
)
def test_bad_rules_file_names_file_and_field(tmp_path: Path, text: str, needle: str) -> None:
    """An unknown severity, glob or key, or broken TOML, is a RulesError naming the file and field."""
    path = write(tmp_path / "rules.toml", text)
    with pytest.raises(RulesError, match=needle) as caught:
        load_rules(path)
    assert str(path) in str(caught.value)


def test_missing_rules_file_is_an_error(tmp_path: Path) -> None:
    """--rules naming no file is an error, not the defaults."""
    with pytest.raises(RulesError, match="no such rules file"):
        load_rules(tmp_path / "absent.toml")
