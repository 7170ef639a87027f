"""The import layers of STYLE.md, read from the source with ast: data flows one way, and each outside
library that does one job is imported by the one module that does it."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "usjapan_facts"
CORE = frozenset(
    {
        "errors",
        "bounds",
        "json_values",
        "recheck",
        "version_refs",
        "catalog",
        "model",
        "facts",
        "records",
        "units",
        "migrations",
        "store",
        "saving",
        "snapshot_files",
        "values",
        "lookup",
        "safe_io",
        "trust",
        "config",
        "_version",
        "severity_levels",
        "texts",
        "writing",
        "web",
    }
)
ENGINE = frozenset(
    {"compare", "claims", "across", "diff", "judging", "change", "textdiff", "timeline", "history", "severity"}
)
WORKFLOW = frozenset({"checks", "notify", "posting", "watch"})
"""The CI gate and what runs around it: checking, notifying a webhook, starting a watch folder."""
NEVER: dict[str, frozenset[str]] = {
    "core": ENGINE | WORKFLOW | {"extract", "report", "cli"},
    "engine": WORKFLOW | {"extract", "report", "cli"},
    "extract": ENGINE | WORKFLOW | {"report", "cli"},
    "workflow": frozenset({"report", "cli"}),
    "report": frozenset({"cli"}),
    "api": frozenset({"cli"}),
    "cli": frozenset(),
}
ONLY_IN: dict[str, frozenset[str]] = {
    "deepdiff": frozenset({"diff"}),
    "click": frozenset({"cli"}),
    "urllib": frozenset({"web", "extract.sources", "posting"}),
    "urllib.request": frozenset({"web"}),
    "bs4": frozenset({"extract.html_blocks"}),
    "matplotlib": frozenset({"report.plot"}),
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


@functools.cache  # each test of a library reads every module: parse each once
def _imports(path: Path) -> frozenset[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(names)


def _layer(module: str) -> str | None:
    head = module.split(".", 1)[0]
    if head in CORE:
        return "core"
    if head in ENGINE:
        return "engine"
    if head in WORKFLOW:
        return "workflow"
    if module == "":  # the package itself: the public API over every layer but the command line
        return "api"
    if head == "__main__":
        return "cli"
    return head if head in ("extract", "report", "cli") else None


def _ours(name: str) -> str | None:
    return name.removeprefix("usjapan_facts.") if name.startswith("usjapan_facts.") else None


MODULES = _modules()


def test_every_module_has_a_layer() -> None:
    """A new module is placed in a layer here before it can be imported anywhere: none is left out of the rules."""
    assert sorted(name or "usjapan_facts" for name in MODULES if _layer(name) not in NEVER) == []


def _above(module: str) -> list[str]:
    """The modules of ours `module` imports from a layer above its own."""
    forbidden = NEVER[_layer(module) or ""]
    return sorted(
        name for name in filter(None, map(_ours, _imports(MODULES[module]))) if name.split(".", 1)[0] in forbidden
    )


def test_no_module_imports_a_layer_above_its_own() -> None:
    """Core imports nothing above it; engine and extraction never reach reports or the CLI; reports never the CLI.

    One test over every module (each offender named with what it imports), not a test a module (166 of them).
    """
    assert {module: wrong for module in sorted(MODULES) if (wrong := _above(module))} == {}


@pytest.mark.parametrize("library", sorted(ONLY_IN))
def test_each_outside_library_is_imported_by_its_one_module(library: str) -> None:
    """DeepDiff only in the diff module, click only in cli/, urllib.request only in the core web module, and so on."""
    allowed = ONLY_IN[library]
    importers = {
        module
        for module, path in MODULES.items()
        if any(name == library or name.startswith(library + ".") for name in _imports(path))
    }
    assert importers, f"nothing imports {library}: is the rule stale?"
    outside = sorted(m for m in importers if not any(m == a or m.startswith(f"{a}.") for a in allowed))
    assert outside == [], f"{library} is imported by {outside}"


NETWORK = ("web", "extract.sources")
"""The HTTP code and its users: what they share goes through public names."""


def _private_network_names(path: Path) -> list[str]:
    return [
        f"{node.module}.{alias.name}"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module and (ours := _ours(node.module)) is not None
        if any(ours == name or ours.startswith(f"{name}.") for name in NETWORK)
        for alias in node.names
        if alias.name.startswith("_")
    ]


def test_fetching_and_the_webhook_share_only_public_http_names() -> None:
    """No module imports a private name of the web module or of extract.sources: the webhook used to take two."""
    assert {module: names for module in sorted(MODULES) if (names := _private_network_names(MODULES[module]))} == {}


def test_the_webhook_does_not_depend_on_extraction() -> None:
    """posting imports its HTTP plumbing from the core web module, nothing from extract."""
    assert sorted(name for name in _imports(MODULES["posting"]) if (_ours(name) or "").startswith("extract")) == []


def test_no_module_is_over_300_lines() -> None:
    """Small modules (STYLE.md): a module that grows past 300 lines gives a part to a module of its own, so that two
    branches that each added a little cannot leave one too long to read whole."""
    lines = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert {name: count for name, count in lines.items() if count > 300} == {}


def _loaded_imports(path: Path) -> frozenset[str]:
    """The names a module imports when it is loaded: its top-level imports, not those under `if TYPE_CHECKING:` nor
    those inside a function."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update({node.module, *(f"{node.module}.{alias.name}" for alias in node.names)})
    return frozenset(names)


def _loads(module: str) -> set[str]:
    """The modules of ours that loading `module` loads first: each it imports, with every package above it (importing
    `extract.rules.base` runs `extract.rules` first), but its own packages, which are loading already."""
    loaded: set[str] = set()
    for name in filter(None, map(_ours, _loaded_imports(MODULES[module]))):
        while name not in MODULES:
            name = name.rpartition(".")[0]
        parts = name.split(".")
        loaded.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
    return {name for name in loaded if name != module and not module.startswith(f"{name}.")}


def test_no_modules_import_each_other_when_loaded() -> None:
    """Every module can be imported first: no chain of top-level imports leads back to where it started. The rules
    package once imported the declared reader, which imports readers that import the rules package, so
    `import usjapan_facts.extract.carried` alone failed half-way."""
    graph = {module: _loads(module) for module in MODULES}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the path being walked, 2 done

    def walk(module: str, path: list[str]) -> None:
        state[module] = 1
        for name in sorted(graph[module]):
            if state.get(name) == 1:
                cycles.append([*path[path.index(name) :], name])
            elif name not in state:
                walk(name, [*path, name])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []
