"""The project's own Prefect server, end to end: started by the first command, reused, started
again when it died, shared by two commands at once, stopped by `wpr server stop` or when idle,
and no process of it left behind (a failing test stops it too)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import make_pdf
from flows.server import UNUSED_SERVICES

WPR = Path(sys.executable).with_name("wpr")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped) is not running
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def processes_of(home: Path) -> list[int]:
    """Every process whose environment names this Prefect home (the server, its watchdog)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if f"PREFECT_HOME={home}".encode() in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return [pid for pid in found if alive(pid)]


@pytest.fixture
def home(tmp_path: Path):
    home = tmp_path / "prefect-home"
    env = {**os.environ, "PREFECT_HOME": str(home), "WPR_PREFECT_SERVER": "project"}
    env.pop("PREFECT_API_URL", None)
    yield home, env
    subprocess.run([str(WPR), "server", "stop"], env=env, capture_output=True, timeout=60)
    for pid in processes_of(home):  # whatever a failed test left
        os.kill(pid, signal.SIGKILL)
    assert not processes_of(home)


def wpr(env: dict[str, str], *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WPR), *map(str, args)], env=env, capture_output=True, text=True, timeout=300)


def state(home: Path) -> dict:
    return json.loads((home / "wpr-server.json").read_text())


def test_one_server_kept_between_commands_restarted_and_shared(home, tmp_path):
    home, env = home
    out = tmp_path / "out"
    pdfs = [make_pdf(tmp_path / f"{n}.pdf", f"report {n}") for n in range(4)]

    first = wpr(env, "extract", pdfs[0], "--out", out, "--edition", "ed-0")
    assert first.returncode == 0, first.stderr
    assert "started the project's Prefect server" in first.stderr
    server = state(home)
    assert alive(server["pid"]) and alive(server["watchdog"])
    assert f"{server['ui']}/runs/flow-run/" in first.stdout  # the run's page in the UI
    services = json.loads(urllib.request.urlopen(f"{server['api']}/admin/settings", timeout=10).read())
    enabled = {name: value["enabled"] for name, value in services["server"]["services"].items()
               if isinstance(value, dict) and "enabled" in value}
    assert not any(enabled[name] for name in UNUSED_SERVICES)  # idle, it leaves the CPU to extractions
    assert enabled["scheduler"] and enabled["task_run_recorder"]  # `wpr serve`'s schedule; the UI's runs

    again = wpr(env, "extract", pdfs[1], "--out", out, "--edition", "ed-1")
    assert again.returncode == 0, again.stderr
    assert "started" not in again.stderr and state(home)["pid"] == server["pid"]  # reused
    status = wpr(env, "server", "status")
    assert "runs since" in status.stdout and server["ui"] in status.stdout

    os.kill(server["pid"], signal.SIGKILL)  # the server dies between two commands
    revived = wpr(env, "extract", pdfs[2], "--out", out, "--edition", "ed-2")
    assert revived.returncode == 0, revived.stderr
    assert "started the project's Prefect server" in revived.stderr and state(home)["pid"] != server["pid"]

    server = state(home)
    with ThreadPoolExecutor(2) as pool:  # two commands at once: one server between them
        both = list(pool.map(lambda n: wpr(env, "extract", pdfs[n], "--out", out, "--edition", f"ed-{n}", "--force"),
                             (1, 3)))
    assert [r.returncode for r in both] == [0, 0], [r.stderr for r in both]
    assert state(home)["pid"] == server["pid"]
    assert all((out / f"ed-{n}" / "facts.csv").is_file() for n in range(4))

    stopped = wpr(env, "server", "stop")
    assert "was stopped" in stopped.stdout
    deadline = time.monotonic() + 20
    while processes_of(home) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not processes_of(home)
    assert "not running" in wpr(env, "server", "status").stdout


def test_an_idle_server_stops_by_itself(home, tmp_path):
    home, env = home
    env = {**env, "WPR_SERVER_IDLE_MINUTES": "0.05"}  # 3 s
    result = wpr(env, "extract", make_pdf(tmp_path / "a.pdf", "idle"), "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    server = state(home)
    deadline = time.monotonic() + 60
    while (alive(server["pid"]) or alive(server["watchdog"])) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not alive(server["pid"]) and not alive(server["watchdog"])
    assert not (home / "wpr-server.json").exists()


def test_a_server_that_cannot_start_falls_back_to_a_temporary_one(home, tmp_path):
    home, env = home
    home.mkdir()
    (home / "wpr-server.lock").write_text("")
    broken = tmp_path / "bin"
    broken.mkdir()
    # A `prefect` beside the interpreter that refuses to start a server: wpr must go on.
    env = {**env, "WPR_PREFECT_EXECUTABLE": str(broken / "prefect")}
    (broken / "prefect").write_text("#!/bin/sh\necho 'Port 4200 is already in use.' >&2\nexit 1\n")
    (broken / "prefect").chmod(0o755)
    result = wpr(env, "extract", make_pdf(tmp_path / "a.pdf", "fallback"), "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "could not start (Port 4200 is already in use.); using a temporary one" in result.stderr
    assert not (home / "wpr-server.json").exists()
