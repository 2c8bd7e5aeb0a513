"""Ctrl-C and SIGTERM end a command at once: one line, its children gone, nothing half-written.

Schedulers (cron, systemd, containers, CI) stop a job with SIGTERM and SIGKILL it after a grace
period. Left to the defaults, SIGTERM killed `wpr` without running its exit handlers (Prefect's
temporary server and the page workers outlived it) and Ctrl-C unwound through Prefect's
shutdown for seconds, with tracebacks from the workers. Here both signals:

1. kill every process this command started (page workers, Prefect's temporary server), except
   the project's own Prefect server and its watchdog, which outlive commands on purpose;
2. remove the staging folders this process was writing an edition or the catalog into (a
   published edition is never touched: it is swapped in whole or not at all);
3. print one line and leave with 128 + the signal (130 for SIGINT, 143 for SIGTERM).

Prefect installs its own SIGTERM handler while a flow runs and hands the signal on to the one
it found (this one) when the flow has ended, so a SIGTERM during a flow arrives here too.
"""
from __future__ import annotations

import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

_out: list[Path] = []  # the output folder whose staging folders of this process go
_message = "nothing was published"
_keep: Callable[[], set[int]] = lambda: set()  # noqa: E731 - processes to leave alone


def _children(pid: int) -> dict[int, int]:
    """pid → parent pid of every process on this machine (Linux /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # "pid (comm) state ppid …": comm may hold spaces and parentheses
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def descendants(pid: int) -> list[int]:
    parents = _children(pid)
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in found:
                found.append(child)
                frontier.append(child)
    return found


def stop(signum: int, frame: FrameType | None = None) -> None:
    """The handler: end this command now, as the module says."""
    keep = _keep()
    killed = [pid for pid in reversed(descendants(os.getpid())) if pid not in keep]  # the deepest first
    for pid in killed:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    # export/publish.py and export/catalog.py name them with the pid of the process writing
    # them: this one, or a flow run's process under `wpr serve`
    for out in _out:
        for pid in [os.getpid(), *killed]:
            for folder in out.glob(f".*.new-{pid}-*"):
                shutil.rmtree(folder, ignore_errors=True)
    name = signal.Signals(signum).name
    try:
        sys.stderr.write(f"wpr: stopped by {name}; {_message}\n")
        sys.stderr.flush()
    finally:
        os._exit(128 + signum)  # no exit handlers: what they would stop is stopped above


def install(out_dir: Path | None = None, message: str = "nothing was published",
            keep: Callable[[], set[int]] | None = None) -> None:
    """Stop this command cleanly on SIGINT and SIGTERM (from the main thread): its staging
    folders under `out_dir` removed, `message` said, `keep` (pids) left running."""
    global _keep, _message
    _out[:] = [Path(out_dir)] if out_dir is not None else []
    _message = message
    if keep is not None:
        _keep = keep
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stop)
