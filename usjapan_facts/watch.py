"""Start a watch of one's own: a folder with the shipped history, its settings and the CI workflow.

`init_watch(directory)` is what `usjapan-facts init DIR` runs; `render_workflow(install)` writes the
workflow for a pip requirement (this release from the package index by default, or `.` in a checkout).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from importlib import metadata
from pathlib import Path

from usjapan_facts._version import __version__
from usjapan_facts.catalog import DEFAULT_BRIEF
from usjapan_facts.config import CONFIG_FILE, REPORT_KEY, STORE_KEY
from usjapan_facts.errors import StoreError
from usjapan_facts.saving import signals_interrupt
from usjapan_facts.store import default_store_root
from usjapan_facts.writing import UnsafeOutputError, building_folder, write_file

DATA = Path(__file__).parent / "data"
WORKFLOW_PATH = Path(".github") / "workflows" / "brief-watch.yml"
INSTALL_MARK = "@INSTALL@"
DISTRIBUTION = "usjapan-facts"


class InitError(StoreError):
    """The watch folder cannot be written, or would replace files already there."""


_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]")
"""What JSON leaves raw but YAML wants escaped (or a reader would rather see escaped): C1, separators, bidi."""


def yaml_string(value: str) -> str:
    """Quote `value` as a YAML double-quoted scalar, refusing GitHub's `${{ }}` expression syntax.

    A JSON string, with the characters YAML must not hold raw escaped, is a YAML double-quoted scalar; and
    GitHub evaluates `${{` wherever it stands in a workflow, quoted or not.
    """
    if "${{" in value:
        raise InitError(f"{value!r}: holds '${{{{', which GitHub would evaluate as an expression; give a plain value")
    quoted = json.dumps(value, ensure_ascii=False)
    return _NOT_YAML_PRINTABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def render_workflow(install: str, *, brief: str = DEFAULT_BRIEF) -> str:
    """Return the workflow watching `brief`, installing the tool with the pip requirement `install`."""
    # The template watches the default brief: its product number is the only thing that names it.
    template = (DATA / "brief-watch.yml").read_text(encoding="utf-8")
    template = template.replace(f'"{INSTALL_MARK}"', yaml_string(install))
    return template.replace(DEFAULT_BRIEF, brief)


_GIT_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+/-]{0,199}")
"""A tag or commit as git allows it, narrowed to what needs no quoting anywhere: no '\\', '$', '{', '@', spaces."""


def installed_version() -> str:
    """Return the version of usjapan-facts installed here (the package's own when it is run from a checkout)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def _installed_repository() -> str:
    """Return the git URL this usjapan-facts was installed from (pip's direct_url.json), if it was."""
    try:
        direct = json.loads(metadata.distribution(DISTRIBUTION).read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, json.JSONDecodeError):
        direct = {}
    if isinstance(direct, dict) and isinstance(direct.get("vcs_info"), dict) and isinstance(direct.get("url"), str):
        return str(direct["url"])
    raise InitError(
        "--ref names a commit of the git repository usjapan-facts was installed from, but this one was not "
        f'installed from git; give the whole requirement instead: --install "{DISTRIBUTION} @ git+URL@REF"'
    )


def _git_ref(ref: str) -> str:
    if "${{" in ref:
        raise InitError(
            f"{ref!r}: holds '${{{{', which GitHub would evaluate as an expression; give a git tag or commit"
        )
    if not _GIT_REF.fullmatch(ref) or ".." in ref or ref.endswith((".", "/", ".lock")):
        raise InitError(f"{ref!r} is not a git tag or commit (letters, digits, '.', '_', '+', '-', '/')")
    return ref


def pinned_requirement(install: str | None = None, *, ref: str | None = None) -> str:
    """Return the pip requirement the workflow installs: `install` as given, else this version from the index.

    The default pins the release installed here (`usjapan-facts==X.Y.Z`), so the watch runs the version its
    author tried; `install` can be any pip requirement instead, such as a git URL at a commit or a wheel's path;
    `ref`, a tag or commit of the git repository this copy was installed from.
    """
    if install is not None and ref is not None:
        raise InitError("give --install or --ref, not both: --ref is short for a git requirement")
    if ref is not None:
        checked = _git_ref(ref)  # a bad ref is named first, whatever the installation
        return f"{DISTRIBUTION} @ git+{_installed_repository().removeprefix('git+')}@{checked}"
    if install is None:
        return f"{DISTRIBUTION}=={installed_version()}"
    spec = install.strip()
    if not spec or spec.startswith("-") or any(char in spec for char in '"\n\r\t`$') or "${{" in spec:
        raise InitError(
            f"{install!r}: not a pip requirement the workflow can install; give one such as "
            f'"{DISTRIBUTION}==1.2.0" or "{DISTRIBUTION} @ git+https://github.com/OWNER/REPO@COMMIT"'
        )
    return spec


def init_watch(
    directory: Path, *, install: str | None = None, ref: str | None = None, brief: str = DEFAULT_BRIEF
) -> list[Path]:
    """Write DIRECTORY/snapshots/ (the brief's shipped history), usjapan-facts.toml and the workflow; return them.

    Nothing is replaced: if any of them exists, nothing is written and `InitError` says which. They are
    built in a temporary folder and moved into place, so a failure leaves DIRECTORY as it was.
    """
    made = [Path("snapshots"), Path(CONFIG_FILE), WORKFLOW_PATH]
    for relative in made:
        if os.path.lexists(directory / relative):
            raise InitError(
                f"{directory / relative}: already exists; init starts a new watch, so choose an empty folder"
            )
    for folder in (directory, directory / ".github", directory / ".github" / "workflows"):
        if folder != directory and folder.is_symlink():
            raise InitError(f"{folder}: is a link; init writes only inside {directory}, so remove the link")
        if os.path.lexists(folder) and not folder.is_dir():
            raise InitError(f"{folder}: exists and is not a folder")
    text = render_workflow(pinned_requirement(install, ref=ref), brief=brief)
    settings = (DATA / CONFIG_FILE).read_text(encoding="utf-8")
    if brief != DEFAULT_BRIEF:
        settings = settings.replace(
            f'{STORE_KEY} = "snapshots"\n', f'{STORE_KEY} = "snapshots"\n{REPORT_KEY} = {yaml_string(brief)}\n', 1
        )
    try:
        if not directory.exists():
            with building_folder(directory) as built:
                _build(built, brief, settings, text)
        else:
            with (
                signals_interrupt(directory),
                tempfile.TemporaryDirectory(dir=directory, prefix=".usjapan-facts-init.") as temp,
            ):
                _build(Path(temp), brief, settings, text)
                _move_in(Path(temp), directory, made)
    except (OSError, UnsafeOutputError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise InitError(f"{directory}: cannot write the watch folder ({reason}); nothing was written") from None
    return [directory / relative for relative in made]


def _build(folder: Path, brief: str, settings: str, workflow: str) -> None:
    shutil.copytree(default_store_root(brief), folder / "snapshots", ignore=shutil.ignore_patterns(".*"))
    write_file(folder / CONFIG_FILE, settings)
    (folder / WORKFLOW_PATH).parent.mkdir(parents=True)
    write_file(folder / WORKFLOW_PATH, workflow)


def _move_in(built: Path, directory: Path, made: list[Path]) -> None:
    """Move the built files into `directory`, undoing every move if one fails; no existing file is replaced."""
    moved: list[Path] = []
    created: list[Path] = []
    try:
        for relative in made:
            for folder in reversed(relative.parents[:-1]):
                if not (directory / folder).exists():
                    (directory / folder).mkdir()
                    created.append(directory / folder)
            source, target = built / relative, directory / relative
            if source.is_dir():
                if os.path.lexists(target):
                    raise FileExistsError(17, "already exists", str(target))
                os.rename(source, target)
            else:
                os.link(source, target)  # fails, rather than replaces, if the file appeared meanwhile
                source.unlink()
            moved.append(relative)
    except BaseException:
        for relative in reversed(moved):
            target = directory / relative
            os.rename(target, built / relative) if target.is_dir() else target.unlink(missing_ok=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
