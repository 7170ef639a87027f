"""Start a watch of one's own: a folder with the shipped history, its settings and the CI workflow.

`init_watch(directory)` is what `usjapan-facts init DIR` runs; `render_workflow(install)` writes the
workflow for a pip requirement (this release from the package index by default, or `.` in a checkout).
"""

from __future__ import annotations

import shutil
from importlib import metadata
from pathlib import Path

from usjapan_facts._version import __version__
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


def installed_version() -> str:
    """Return the version of usjapan-facts installed here (the package's own when it is run from a checkout)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def pinned_requirement(install: str | None = None) -> str:
    """Return the pip requirement the workflow installs: `install` as given, else this version from the index.

    The default pins the release installed here (`usjapan-facts==X.Y.Z`), so the watch runs the version its
    author tried; `install` can be any pip requirement instead, such as a git URL at a commit or a wheel's path.
    """
    if install is None:
        return f"{DISTRIBUTION}=={installed_version()}"
    spec = install.strip()
    if not spec or spec.startswith("-") or any(char in spec for char in '"\n\r\t`$'):
        raise InitError(
            f"{install!r}: not a pip requirement the workflow can install; give one such as "
            f'"{DISTRIBUTION}==1.2.0" or "{DISTRIBUTION} @ git+https://github.com/OWNER/REPO@COMMIT"'
        )
    return spec


def init_watch(directory: Path, *, install: str | None = None, brief: str = DEFAULT_BRIEF) -> list[Path]:
    """Write DIRECTORY/snapshots/ (the brief's shipped history), usjapan-facts.toml and the workflow; return them.

    Nothing is replaced: if any of them exists, nothing is written and `InitError` says which.
    """
    store = directory / "snapshots"
    config = directory / CONFIG_FILE
    workflow = directory / WORKFLOW_PATH
    for path in (store, config, workflow):
        if path.exists():
            raise InitError(f"{path}: already exists; init starts a new watch, so choose an empty folder")
    text = render_workflow(pinned_requirement(install), brief=brief)
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
