"""The `wpr` console script.

Ctrl-C and SIGTERM are taken over (wpr/stopping.py) before anything else is imported: loading
the CLI (typer, rich, then pdfplumber and Prefect in a command) takes a second or more on a
busy machine, and a scheduler's SIGTERM in that window killed the command without a word (seen
in CI under `timeout 3`). The commands install the handler again with what they know (the
output folder, what is left unpublished).
"""
from __future__ import annotations


def main() -> None:
    from wpr import stopping

    stopping.install()
    from wpr.cli import main as run_command

    run_command()
