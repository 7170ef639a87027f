"""Run the command line as `python -m usjapan_facts`."""

from usjapan_facts.cli import main

main()
