"""Run a GitHub Actions workflow's shell steps locally, without act: enough of the runner to test ours.

It evaluates the simple conditions the workflow uses (`a == 'x'`, `a != 'x'`, joined by `&&`), passes
env, `$GITHUB_OUTPUT` and `$GITHUB_STEP_SUMMARY` as the runner does, and runs each `run:` with
`bash --noprofile --norc -eo pipefail`, GitHub's default shell. `uses:` steps are left to the test,
which prepares the checkout and the Python they would provide.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_CONDITION = re.compile(r"^\s*([\w.]+)\s*(==|!=)\s*'([^']*)'\s*$")
_EXPRESSION = re.compile(r"\$\{\{\s*([\w.]+)\s*\}\}")


@dataclass
class StepRun:
    name: str
    code: int | None
    """None when the step was skipped."""
    stdout: str = ""
    stderr: str = ""
    skipped_because: str = ""


@dataclass
class JobRun:
    steps: list[StepRun] = field(default_factory=list)
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    summary: str = ""

    @property
    def failed(self) -> bool:
        return any(step.code not in (0, None) for step in self.steps)

    def step(self, name: str) -> StepRun:
        return next(step for step in self.steps if step.name == name)


def evaluate(condition: str, context: dict[str, str]) -> bool:
    """Evaluate a condition made of `name == 'literal'` / `!=` clauses joined by `&&`."""
    result = True
    for clause in condition.split("&&"):
        match = _CONDITION.match(clause)
        if match is None:
            raise ValueError(f"condition the local runner does not understand: {condition!r}")
        name, operator, literal = match.groups()
        if name not in context and not name.startswith("steps."):
            raise ValueError(f"unknown context {name!r} in {condition!r}")
        value = context.get(name, "")
        result = result and ((value == literal) if operator == "==" else (value != literal))
    return result


def substitute(text: str, context: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in context and not name.startswith("steps."):
            raise ValueError(f"unknown expression {name!r}")
        return context.get(name, "")

    return _EXPRESSION.sub(one, text)


def _context(base: dict[str, str], outputs: dict[str, dict[str, str]]) -> dict[str, str]:
    context = dict(base)
    for step_id, values in outputs.items():
        context.update({f"steps.{step_id}.outputs.{key}": value for key, value in values.items()})
    return context


def run_job(
    workflow: dict[str, Any],
    job_name: str,
    *,
    workdir: Path,
    scratch: Path,
    github: dict[str, str],
    env: dict[str, str],
    skip: tuple[str, ...] = (),
    secrets: dict[str, str] | None = None,
    secret_names: tuple[str, ...] = ("CONGRESS_API_KEY",),
) -> JobRun:
    """Run one job's steps in `workdir`; `github` is the context (event_name, token); `skip`: run prefixes.

    `secrets` are the repository's secrets; one of `secret_names` that is not given reads as '', as on GitHub.
    """
    job = workflow["jobs"][job_name]
    run = JobRun()
    base = {f"github.{key}": value for key, value in github.items()}
    base.update({f"secrets.{name}": (secrets or {}).get(name, "") for name in secret_names})
    if "if" in job and not evaluate(job["if"], base):
        run.steps.append(StepRun("(job)", None, skipped_because="job condition false"))
        return run
    summary = scratch / f"{job_name}-summary.md"
    summary.write_text("", encoding="utf-8")
    for index, step in enumerate(job["steps"]):
        name = step.get("name") or step.get("uses") or step.get("run", "").splitlines()[0]
        context = _context(base, run.outputs)
        if "uses" in step:
            run.steps.append(StepRun(name, None, skipped_because="an action: the test provides what it does"))
            continue
        if run.failed:
            run.steps.append(StepRun(name, None, skipped_because="an earlier step failed"))
            continue
        if "if" in step and not evaluate(step["if"], context):
            run.steps.append(StepRun(name, None, skipped_because="condition false"))
            continue
        script: str = step["run"]
        if script.startswith(skip):
            run.steps.append(StepRun(name, None, skipped_because="skipped by the test"))
            continue
        output = scratch / f"{job_name}-{index}-output"
        output.write_text("", encoding="utf-8")
        environment = dict(env)
        for scope in (workflow.get("env", {}), job.get("env", {}), step.get("env", {})):
            environment.update({key: substitute(str(value), context) for key, value in scope.items()})
        environment.update(GITHUB_OUTPUT=str(output), GITHUB_STEP_SUMMARY=str(summary))
        file = scratch / f"{job_name}-{index}.sh"
        file.write_text(script, encoding="utf-8")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(file)],
            cwd=workdir,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        run.steps.append(StepRun(name, done.returncode, done.stdout, done.stderr))
        if "id" in step:
            lines = output.read_text(encoding="utf-8").splitlines()
            run.outputs[step["id"]] = dict(line.split("=", 1) for line in lines if "=" in line)
    run.summary = summary.read_text(encoding="utf-8")
    return run


def base_environment(path_prefix: list[Path]) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key not in ("USJAPAN_FACTS_SNAPSHOTS",)}
    environment["PATH"] = os.pathsep.join([*(str(path) for path in path_prefix), environment.get("PATH", "")])
    return environment
