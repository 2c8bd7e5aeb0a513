"""The project's own Prefect server, kept between commands.

Without `PREFECT_API_URL`, Prefect starts a temporary server in every process (8-11 s of a
3 s extraction). Instead the first `wpr` command starts one with Prefect's own
`prefect server start --background` under the project's PREFECT_HOME, on 127.0.0.1 and a free
port, and records it in PREFECT_HOME/wpr-server.json; every later command reuses it. A
watchdog process stops it after `WPR_SERVER_IDLE_MINUTES` (default 30) without a command
using it; `wpr server stop` stops it at once.

    PREFECT_HOME/wpr-server.json    pid, port, API and UI address, start time, last use, watchdog, home
    PREFECT_HOME/wpr-server.lock    held while one command checks or starts the server
    PREFECT_HOME/wpr-server.inuse   held (shared) by every command using it: the watchdog waits

`PREFECT_API_URL` set means "use that server": nothing is started. `WPR_PREFECT_SERVER=temporary`
keeps Prefect's temporary server (the unit tests do); `WPR_PREFECT_EXECUTABLE` names the
`prefect` command that starts the server (default: the one beside this Python). A server that cannot start (port taken,
database locked, too slow) is not a failed run: `use` says why and the command goes on with
the temporary server.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

STATE, LOCK, IN_USE = "wpr-server.json", "wpr-server.lock", "wpr-server.inuse"
PREFECT_PID_FILE = "server.pid"  # written by `prefect server start --background`
START_TIMEOUT = 120.0  # a fresh home's database is created on the first start (~20 s)
ANSWER_PATIENCE = 30.0  # seconds a running server may take to answer before it is started anew
# Server services a pipeline's local server has no use for: automations (triggers), work-pool
# workers (foreman), paused runs, concurrency leases, cancelled runs' children, orphaned records.
# Each wakes every few seconds: together about 5% of a core while idle (0.50 → 0.14 s of CPU
# in 10 s), taken from the extractions on the same machine. Kept: the scheduler and late runs
# (`wpr serve`'s schedule and what the UI says of it), the event persister and task run
# recorder (the runs the UI shows). A setting in the environment wins.
UNUSED_SERVICES = ("triggers", "foreman", "pause_expirations", "repossessor", "cancellation_cleanup",
                   "cleanup_reconciler")


class ServerUnavailable(RuntimeError):
    """The project's server could not be started; str() is the one-line reason."""


@dataclass
class Server:
    pid: int
    port: int
    api: str
    ui: str
    started: str
    last_used: float
    watchdog: int = 0
    home: str = ""  # the PREFECT_HOME it was started for; "" in states written before it was recorded


def home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect")


def idle_seconds() -> float:
    return 60 * float(os.environ.get("WPR_SERVER_IDLE_MINUTES", 30))


def wanted() -> bool:
    """This command should use the project's server: no other server named, not opted out."""
    return not os.environ.get("PREFECT_API_URL") and os.environ.get("WPR_PREFECT_SERVER", "project") == "project"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _healthy(api: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=timeout) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def _read() -> Server | None:
    try:
        return Server(**json.loads((home() / STATE).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _write(server: Server) -> None:
    path = home() / STATE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(server), indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def _of_this_home(server: Server) -> bool:
    """The recorded server was started for this PREFECT_HOME. A home copied or moved with its
    state file names another home's server, which that home's watchdog stops when *its*
    commands are idle (in the middle of this home's runs: "Connection refused"), and which
    `wpr server stop` here must not stop."""
    return not server.home or _is_this_home(server.home)


def _is_this_home(path: str) -> bool:
    return Path(path).resolve() == home().resolve()


def _started_here(pid: int) -> bool:
    """A process left in Prefect's pid file was started for this PREFECT_HOME (its environment
    says so; True where /proc cannot tell, as before this was checked)."""
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return True
    named = [entry.split(b"=", 1)[1] for entry in environ if entry.startswith(b"PREFECT_HOME=")]
    return any(_is_this_home(os.fsdecode(value)) for value in named)


def status(patience: float = 0.0) -> Server | None:
    """The project's server when it runs for this home and answers, else None. With
    `patience`, a running server that does not answer at once is asked again for that many
    seconds: on a loaded machine (two extractions on two cores) it may take longer than a
    health check's timeout, and taking it for dead would stop it under the commands using it
    ("Connection refused", seen on two renderings of a scoreboard)."""
    server = _read()
    if server is None or not _of_this_home(server) or not _alive(server.pid):
        return None
    deadline = time.monotonic() + patience
    while not _healthy(server.api, timeout=max(2.0, min(10.0, patience))):
        if time.monotonic() >= deadline or not _alive(server.pid):
            return None
        time.sleep(0.5)
    return server


@contextlib.contextmanager
def _locked(name: str, mode: int = fcntl.LOCK_EX) -> Iterator[int]:
    home().mkdir(parents=True, exist_ok=True)
    fd = os.open(home() / name, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, mode)
        yield fd
    finally:
        os.close(fd)  # releases the lock


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop_process(pid: int, timeout: float = 15.0) -> None:
    """SIGTERM, then SIGKILL; the server's uvicorn has children of its own (its process group)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, sig) if os.getpgid(pid) == pid else os.kill(pid, sig)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            time.sleep(0.1)
        if not _alive(pid):
            return


def _start() -> Server:
    """`prefect server start --background` on a free port; its pid from Prefect's pid file."""
    pid_file = home() / PREFECT_PID_FILE
    with contextlib.suppress(ValueError, OSError):
        old = int(pid_file.read_text())
        if _alive(old) and _started_here(old):
            _stop_process(old)  # a server of ours nobody recorded, or one that stopped answering
    pid_file.unlink(missing_ok=True)
    port = _free_port()
    api, ui = f"http://127.0.0.1:{port}/api", f"http://127.0.0.1:{port}"
    unused = {f"PREFECT_SERVER_SERVICES_{name.upper()}_ENABLED": "false" for name in UNUSED_SERVICES}
    env = {**unused, **os.environ, "PREFECT_HOME": str(home()), "PREFECT_API_URL": api, "PREFECT_UI_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT__SERVER_EPHEMERAL", None)
    prefect = os.environ.get("WPR_PREFECT_EXECUTABLE") or str(Path(sys.executable).with_name("prefect"))
    result = subprocess.run([str(prefect), "server", "start", "--background", "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "ERROR"],
                            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        lines = [ln.strip() for ln in (result.stderr or result.stdout).splitlines() if ln.strip()]
        raise ServerUnavailable(lines[-1] if lines else f"prefect server start exited with {result.returncode}")
    try:
        pid = int(pid_file.read_text())
    except (OSError, ValueError):
        raise ServerUnavailable(f"prefect server start wrote no {pid_file}") from None
    deadline = time.monotonic() + START_TIMEOUT
    while not _healthy(api):
        if not _alive(pid) or time.monotonic() > deadline:
            _stop_process(pid)
            pid_file.unlink(missing_ok=True)
            raise ServerUnavailable(f"the server did not answer on {api} within {START_TIMEOUT:g} s"
                                    if _alive(pid) else "the server exited while starting")
        time.sleep(0.25)
    watchdog = subprocess.Popen([sys.executable, "-m", "flows.server", "watch"], env={**env, "PREFECT_API_URL": ""},
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True, cwd=Path(__file__).resolve().parents[1])
    started = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    return Server(pid=pid, port=port, api=api, ui=ui, started=started, last_used=time.time(), watchdog=watchdog.pid,
                  home=str(home().resolve()))


_in_use: int | None = None  # the shared lock this process holds while it uses the server


def use() -> tuple[Server, bool]:
    """The project's server, started if it does not run; (server, True when started now).

    Takes the in-use lock (shared) first and holds it until this process exits: the watchdog
    stops the server only while it holds that lock alone, so a command never finds the server
    it was given stopped under it. ServerUnavailable when it cannot start."""
    global _in_use
    if _in_use is None:
        home().mkdir(parents=True, exist_ok=True)
        _in_use = os.open(home() / IN_USE, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(_in_use, fcntl.LOCK_SH)
    with _locked(LOCK):
        server, started = status(patience=ANSWER_PATIENCE), False
        if server is None:
            if (dead := _read()) is not None and dead.watchdog and _of_this_home(dead):
                _stop_process(dead.watchdog, timeout=5)  # the watchdog of a server that died
            server, started = _start(), True
        server.last_used = time.time()
        _write(server)
    return server, started


def touch() -> None:
    """Record a use now (a command ending), so the idle time counts from here."""
    with _locked(LOCK):
        if (server := _read()) is not None:
            server.last_used = time.time()
            _write(server)


def stop() -> bool:
    """Stop the project's server and its watchdog; False when none was running."""
    with _locked(LOCK):
        server = _read()
        (home() / STATE).unlink(missing_ok=True)
        if server is None or not _of_this_home(server):
            return False  # none, or another home's (a copied state file): that home stops it
        if server.watchdog and server.watchdog != os.getpid():
            _stop_process(server.watchdog, timeout=5)
        running = _alive(server.pid)
        _stop_process(server.pid)
        (home() / PREFECT_PID_FILE).unlink(missing_ok=True)
        return running


def watch(poll: float | None = None) -> None:
    """The watchdog's loop: stop the server once no command has used it for the idle time
    and none holds it now; end when the server is gone."""
    poll = poll or min(60.0, max(1.0, idle_seconds() / 4))
    while True:
        time.sleep(poll)
        server = _read()
        if server is None or server.watchdog != os.getpid() or not _alive(server.pid):
            return  # its server is gone, or another watchdog watches another server
        if time.time() - server.last_used < idle_seconds():
            continue
        with contextlib.suppress(BlockingIOError), _locked(IN_USE, fcntl.LOCK_EX | fcntl.LOCK_NB):
            # No command holds the server; one that starts now waits for this lock, then
            # starts a server of its own.
            server = _read()
            if server is not None and time.time() - server.last_used >= idle_seconds():
                stop()
            return


if __name__ == "__main__" and sys.argv[1:] == ["watch"]:
    watch()
