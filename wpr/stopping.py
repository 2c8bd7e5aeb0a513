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
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

_out: list[Path] = []  # the output folder whose staging folders of this process go
_message = "nothing was published"
KILL_ROUNDS = 20  # a second at most
# Empty looks in a row before no process is left: another thread may be starting one right now
# (Prefect starting its temporary server again after the first was killed under it).
QUIET_ROUNDS = 3
_keep: Callable[[], set[int]] = lambda: set()  # noqa: E731 - processes to leave alone
_stopping = False  # the handler has begun: a second signal lets it finish


def _processes() -> dict[int, tuple[int, str]]:
    """pid → (parent pid, state) of every process on this machine (Linux /proc)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # "pid (comm) state ppid …": comm may hold spaces and parentheses
            state, parent = stat.rsplit(")", 1)[1].split()[:2]
            found[int(entry.name)] = (int(parent), state)
    return found


def descendants(pid: int, zombies: bool = True) -> list[int]:
    """The processes under `pid`, parents before their children; without those that have
    exited and wait to be reaped (state Z) unless `zombies`."""
    processes = _processes()
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        for child, (its_parent, state) in processes.items():
            if its_parent == parent and child not in found and (zombies or state != "Z"):
                found.append(child)
                frontier.append(child)
    return found


def _kill_all(keep: set[int]) -> list[int]:
    """SIGKILL every descendant but `keep`, the deepest first, again until none is left for a
    few looks in a row: while this runs, the other threads of this process may start new ones
    (a pool replacing a worker it saw die, loky relaunching its resource tracker, Prefect
    starting its temporary server again); one left would outlive this command and hold its
    output open."""
    killed: list[int] = []
    quiet = 0
    for _ in range(KILL_ROUNDS):
        alive = [pid for pid in reversed(descendants(os.getpid(), zombies=False)) if pid not in keep]
        quiet = 0 if alive else quiet + 1
        if quiet >= QUIET_ROUNDS:
            break
        for pid in alive:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        killed += alive
        time.sleep(0.05)  # a thread starting a process now does it before the next look
    return killed


def stop(signum: int, frame: FrameType | None = None) -> None:
    """The handler: end this command now, as the module says.

    `timeout` and process managers signal the command and then its whole process group, so a
    second SIGTERM may arrive while this runs. Run again from the top, it would find stderr
    already pointed at /dev/null and say its line there (seen in CI: exit 124, stderr empty);
    it returns instead, and the first run finishes."""
    global _stopping
    if _stopping:
        return
    _stopping = True
    said = os.dup(2)
    # What the other threads say of the processes dying under them (a pool's warnings) is
    # not for the user: this command's last word is the one line below.
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)
    killed = _kill_all(_keep())
    # export/publish.py and export/catalog.py name them with the pid of the process writing
    # them: this one, or a flow run's process under `wpr serve`
    for out in _out:
        for pid in [os.getpid(), *killed]:
            for folder in out.glob(f".*.new-{pid}-*"):
                shutil.rmtree(folder, ignore_errors=True)
    _kill_all(_keep())  # what another thread started while the folders went
    try:
        os.write(said, f"wpr: stopped by {signal.Signals(signum).name}; {_message}\n".encode())
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
