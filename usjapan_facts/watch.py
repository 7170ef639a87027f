"""Start a watch of one's own: a folder with the shipped history, its settings and the CI workflow.

`init_watch(directory)` is what `usjapan-facts init DIR` runs; `render_workflow(install)` writes the
workflow for a pip requirement (a pinned git reference of this repository, or `.` in a checkout).
"""

from __future__ import annotations

import json
import shutil
from importlib import metadata
from pathlib import Path

from usjapan_facts.catalog import DEFAULT_BRIEF
from usjapan_facts.config import CONFIG_FILE, REPORT_KEY, STORE_KEY
from usjapan_facts.errors import StoreError
from usjapan_facts.store import default_store_root

DATA = Path(__file__).parent / "data"
WORKFLOW_PATH = Path(".github") / "workflows" / "brief-watch.yml"
INSTALL_MARK = "@INSTALL@"
DISTRIBUTION = "usjapan-facts"


class InitError(StoreError):
    """The watch folder cannot be written, or would replace files already there."""


def render_workflow(install: str, *, brief: str = DEFAULT_BRIEF) -> str:
    """Return the workflow watching `brief`, installing the tool with the pip requirement `install`."""
    if '"' in install or "\n" in install:
        raise InitError(f"{install!r}: not a pip requirement the workflow can quote")
    # The template watches the default brief: its product number is the only thing that names it.
    template = (DATA / "brief-watch.yml").read_text(encoding="utf-8").replace(INSTALL_MARK, install)
    return template.replace(DEFAULT_BRIEF, brief)


def _repository() -> str:
    try:
        urls = metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("repository", "source"):
            return url.strip()
    raise InitError("the installed usjapan-facts names no repository (Project-URL); reinstall it from its repository")


def pinned_requirement(ref: str | None = None) -> str:
    """Return the pip requirement of this version from git: the commit it was installed from, else its tag.

    `ref` (a tag or commit) overrides both.
    """
    repository = _repository()
    if ref is None:
        try:
            distribution = metadata.distribution(DISTRIBUTION)
            direct = json.loads(distribution.read_text("direct_url.json") or "{}")
            version = distribution.version
        except (metadata.PackageNotFoundError, json.JSONDecodeError):
            direct, version = {}, "0"
        vcs = direct.get("vcs_info", {}) if isinstance(direct, dict) else {}
        ref = vcs.get("commit_id") or f"v{version}"
    if not ref or any(char.isspace() or char in "\"'@#" for char in ref):
        raise InitError(f"{ref!r} is not a git tag or commit")
    return f"{DISTRIBUTION} @ git+{repository.removesuffix('/')}@{ref}"


def init_watch(directory: Path, *, ref: str | None = None, brief: str = DEFAULT_BRIEF) -> list[Path]:
    """Write DIRECTORY/snapshots/ (the brief's shipped history), usjapan-facts.toml and the workflow; return them.

    Nothing is replaced: if any of them exists, nothing is written and `InitError` says which.
    """
    store = directory / "snapshots"
    config = directory / CONFIG_FILE
    workflow = directory / WORKFLOW_PATH
    for path in (store, config, workflow):
        if path.exists():
            raise InitError(f"{path}: already exists; init starts a new watch, so choose an empty folder")
    text = render_workflow(pinned_requirement(ref), brief=brief)
    settings = (DATA / CONFIG_FILE).read_text(encoding="utf-8")
    if brief != DEFAULT_BRIEF:
        settings = settings.replace(
            f'{STORE_KEY} = "snapshots"\n', f'{STORE_KEY} = "snapshots"\n{REPORT_KEY} = "{brief}"\n', 1
        )
    try:
        shutil.copytree(default_store_root(brief), store, ignore=shutil.ignore_patterns(".*"))
        config.write_text(settings, encoding="utf-8")
        workflow.parent.mkdir(parents=True, exist_ok=True)
        workflow.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InitError(f"{directory}: cannot write the watch folder ({exc.strerror})") from None
    return [store, config, workflow]
