"""Severity rules files: the format, discovery in pyproject.toml, and clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from usjapan_facts.severity import Rules, RulesError, default_rules, find_rules, load_rules


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


def test_the_default_policy_is_what_the_validator_makes_of_no_rules() -> None:
    """The default policy, built without a validator, equals an empty rules file validated."""
    assert default_rules() == Rules.model_validate({})


def test_importing_rules_and_the_default_policy_build_no_validator() -> None:
    """In a fresh process, the rules module and the default policy build no schema and load no pydantic plugins."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from usjapan_facts.severity import Rule, Rules, find_rules\n"
        "find_rules(None, Path(sys.argv[1])).settings_for('alliance.us_troops_in_japan')\n"
        "print(Rule.__pydantic_complete__, Rules.__pydantic_complete__, 'importlib.metadata' in sys.modules)\n"
    )
    folder = Path(__file__).parents[1] / "fixtures"  # a folder without a pyproject.toml
    done = subprocess.run([sys.executable, "-c", program, str(folder)], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False", "False"]
