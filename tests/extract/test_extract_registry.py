"""Each brief's extraction rules are registered by brief id and load apart from every other brief's."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from usjapan_facts import catalog
from usjapan_facts.errors import FactsError
from usjapan_facts.extract.brief_rules import rules_for
from usjapan_facts.extract.rules.registry import REGISTRY

_LOADED = """
import json, sys
from usjapan_facts.extract.brief_rules import rules_for
rules_for({brief!r})
print(json.dumps(sorted(name for name in sys.modules if name.startswith("usjapan_facts.extract.rules"))))
"""


def _modules_after_loading(brief: str) -> list[str]:
    """Load one brief's rules in a fresh interpreter and list the rule modules it imported."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED.format(brief=brief)], capture_output=True, text=True, check=True, timeout=60
    )
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def test_loading_if11120_rules_imports_no_module_of_if10199() -> None:
    """Reading IF11120 imports its own rules and the shared ones, never IF10199's section modules."""
    loaded = _modules_after_loading("IF11120")
    assert "usjapan_facts.extract.rules.if11120" in loaded
    assert [name for name in loaded if "if10199" in name] == []


def test_loading_if10199_rules_imports_no_module_of_if11120() -> None:
    """Reading IF10199 imports none of IF11120's rules."""
    loaded = _modules_after_loading("IF10199")
    assert "usjapan_facts.extract.rules.if10199.politics" in loaded
    assert [name for name in loaded if "if11120" in name] == []


def test_every_catalogued_brief_has_registered_rules() -> None:
    """Each brief the release has a catalogue for names its extraction module in the registry."""
    assert sorted(REGISTRY) == sorted(catalog.available())


def test_a_brief_without_registered_rules_is_refused_by_name() -> None:
    """Asking for the rules of an unregistered brief names it and says where to register it."""
    with pytest.raises(FactsError, match=r"IF00000: no extraction rules are registered.*registry\.py"):
        rules_for("IF00000")
