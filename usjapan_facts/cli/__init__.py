"""The `usjapan-facts` command: parse, call the library, render, and map errors to exit codes.

Each submodule registers its commands on the one group; `main` is the console entry point.
"""

from usjapan_facts.cli import brief, changes, fetch, publish, store
from usjapan_facts.cli._base import cli, main

__all__ = ["brief", "changes", "cli", "fetch", "main", "publish", "store"]
