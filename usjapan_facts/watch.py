"""Start a watch of one's own: a folder with the shipped history, its settings and the CI workflow.

`init_watch(directory)` is what `usjapan-facts init DIR` runs; `render_workflow(install)` writes the
workflow for a pip requirement (a pinned git reference of this repository, or `.` in a checkout).
"""

from __future__ import annotations

import json
import shutil
from importlib import metadata
from pathlib import Path

from usjapan_facts.config import CONFIG_FILE
from usjapan_facts.errors import StoreError
from usjapan_facts.store import default_store_root

DATA = Path(__file__).parent / "data"
WORKFLOW_PATH = Path(".github") / "workflows" / "brief-watch.yml"
INSTALL_MARK = "@INSTALL@"
DISTRIBUTION = "usjapan-facts"


class InitError(StoreError):
    """The watch folder cannot be written, or would replace files already there."""


def render_workflow(install: str) -> str:
    """Return the workflow, installing the tool with the pip requirement `install`."""
    if '"' in install or "\n" in install:
        raise InitError(f"{install!r}: not a pip requirement the workflow can quote")
    return (DATA / "brief-watch.yml").read_text(encoding="utf-8").replace(INSTALL_MARK, install)


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


def init_watch(directory: Path, *, ref: str | None = None) -> list[Path]:
    """Write DIRECTORY/snapshots/ (the shipped history), usjapan-facts.toml and the workflow; return them.

    Nothing is replaced: if any of them exists, nothing is written and `InitError` says which.
    """
    store = directory / "snapshots"
    config = directory / CONFIG_FILE
    workflow = directory / WORKFLOW_PATH
    for path in (store, config, workflow):
        if path.exists():
            raise InitError(f"{path}: already exists; init starts a new watch, so choose an empty folder")
    text = render_workflow(pinned_requirement(ref))
    try:
        shutil.copytree(default_store_root(), store, ignore=shutil.ignore_patterns(".*"))
        config.write_text((DATA / CONFIG_FILE).read_text(encoding="utf-8"), encoding="utf-8")
        workflow.parent.mkdir(parents=True, exist_ok=True)
        workflow.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InitError(f"{directory}: cannot write the watch folder ({exc.strerror})") from None
    return [store, config, workflow]
