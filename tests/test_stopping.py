"""SIGINT, SIGTERM and `timeout` end `wpr extract`, `run`, `tables` and `serve` mid-extraction
within seconds: one line on stderr, no traceback, no process of the run left (children and the
Prefect server it started included), the published edition untouched."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import FIXTURE_PDF
from wpr import stopping
from wpr.stopping import descendants

WPR = Path(sys.executable).with_name("wpr")
EDITION = "wpr-2022-23-zh"


@pytest.fixture
def run_env(tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    pdf = raw / "report.pdf"  # new bytes: nothing of it in any cache
    pdf.write_bytes(FIXTURE_PDF.read_bytes() + b"\n% interrupted\n")
    out = tmp_path / "out"
    previous = out / EDITION
    (previous / "report_files").mkdir(parents=True)
    (previous / "facts.csv").write_text("the previous publication\n", encoding="utf-8")
    (previous / "report_files" / "p1.png").write_bytes(b"\x89PNG previous")
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "WPR_PREFECT_SERVER": "temporary",
           "PREFECT_RUNNER_POLL_FREQUENCY": "1"}
    for setting in ("PREFECT_API_URL", "PREFECT_LOGGING_LEVEL"):  # as a user runs it: Prefect's logs silenced
        env.pop(setting, None)
    return env, pdf, out


def extracting(pid: int, deadline: float) -> bool:
    """The command's page workers are at work (its children include loky's worker processes)."""
    while time.monotonic() < deadline:
        for child in descendants(pid):
            try:
                if b"loky.backend.popen_loky_posix" in Path(f"/proc/{child}/cmdline").read_bytes():
                    return True
            except OSError:
                continue
        time.sleep(0.1)
    return False


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def busy(pid: int, cpu_seconds: float, deadline: float) -> bool:
    """The process has used `cpu_seconds` of CPU (its imports done, pages being read: the
    fixture's pages take about 3 s more)."""
    while time.monotonic() < deadline:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") >= cpu_seconds:
            return True
        time.sleep(0.05)
    return False


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serving(run: subprocess.Popen, port: int, deadline: float) -> bool:
    """`wpr serve` is up: a run of its deployment is asked for now (its cron is far off)."""
    api = f"http://127.0.0.1:{port}/api"
    while time.monotonic() < deadline and run.poll() is None:
        # A server still starting (or busy writing its database) answers 503: asked again.
        try:
            with urllib.request.urlopen(f"{api}/deployments/filter", data=b"{}", timeout=5) as answer:
                found = json.load(answer)
            if found:
                request = urllib.request.Request(f"{api}/deployments/{found[0]['id']}/create_flow_run",
                                                 data=b"{}", headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=10):
                    return True
        except OSError:  # urllib's HTTPError (503) included
            pass
        time.sleep(0.5)
    return False


# Each long-running command, mid-extraction, and the line it ends with.
COMMANDS = {
    "extract": (lambda pdf, out, port: ["extract", pdf, "--out", out], "nothing was published"),
    "run": (lambda pdf, out, port: ["run", "--raw", pdf.parent, "--out", out],
            "the edition in progress was not published (editions published before it stay)"),
    "tables": (lambda pdf, out, port: ["tables", pdf, "-o", out / "tables.json"], "nothing was written"),
    "serve": (lambda pdf, out, port: ["serve", "--raw", pdf.parent, "--out", out, "--port", port,
                                      "--cron", "0 0 1 1 *"],
              "the run in progress, if any, was not published (editions published before stay)"),
}


@pytest.mark.parametrize("signum, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_signal_mid_extraction_stops_everything(run_env, command, signum, status) -> None:
    env, pdf, out = run_env
    args, said = COMMANDS[command]
    published = tree(out / EDITION)
    port = free_port()
    run = subprocess.Popen([str(WPR), *map(str, args(pdf, out, port))], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if command == "serve":
            assert serving(run, port, time.monotonic() + 180), "wpr serve never served"
        if command == "tables":  # in this process, page after page: no workers to wait for
            assert busy(run.pid, 1.5, time.monotonic() + 120), "wpr tables never started"
        else:
            assert extracting(run.pid, time.monotonic() + 180), "the run never started extracting"
        time.sleep(0.5)
        family = descendants(run.pid)
        sent = time.monotonic()
        run.send_signal(signum)
        _, err = run.communicate(timeout=30)
        assert time.monotonic() - sent < 5, err
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == status, err
    lines = [line for line in err.splitlines() if line.strip() and "pages" not in line  # the progress bar
             and not line.startswith("wpr: starting a local Prefect server")]
    assert lines == [f"wpr: stopped by {signal.Signals(signum).name}; {said}"], err
    assert "Traceback" not in err
    time.sleep(2)
    assert not [pid for pid in family if Path(f"/proc/{pid}").exists() and
                Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"]
    assert tree(out / EDITION) == published
    assert not list(out.glob(".*.new-*"))
    assert not (out / "tables.json").exists()


@pytest.mark.skipif(shutil.which("timeout") is None, reason="no timeout(1)")
def test_timeout_ends_it_before_the_kill(run_env) -> None:
    env, pdf, out = run_env
    started = time.monotonic()
    result = subprocess.run(["timeout", "-k", "5", "3", str(WPR), "extract", str(pdf), "--out", str(out)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 124, result.stderr  # 137 would mean it needed the KILL
    assert time.monotonic() - started < 8
    assert "wpr: stopped by SIGTERM" in result.stderr and "Traceback" not in result.stderr


def test_a_second_signal_while_stopping_lets_the_first_finish() -> None:
    """`timeout` sends SIGTERM to the command and then to its process group: the command gets it
    twice, the second often while its handler runs. The handler's line must still reach stderr
    (seen in CI: exit 124 and nothing said, the second run of the handler writing to the
    /dev/null the first had put in place of stderr)."""
    code = ("import os, signal, time\n"
            "from wpr import stopping\n"
            "def again(keep):\n"
            "    os.kill(os.getpid(), signal.SIGTERM)  # the group's copy, mid-handler\n"
            "    time.sleep(0.1)\n"
            "    return []\n"
            "stopping._kill_all = again\n"
            "stopping.install()\n"
            "os.kill(os.getpid(), signal.SIGTERM)\n"
            "time.sleep(5)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 143, done.stderr
    assert done.stderr == "wpr: stopped by SIGTERM; nothing was published\n"


def test_the_command_takes_the_signals_before_loading_its_libraries(tmp_path: Path) -> None:
    """A SIGTERM while `wpr` is still importing typer, rich, pdfplumber or Prefect (a second or
    more on a busy machine) ends it with its one line too: the console script installs the
    handler first (wpr/command.py). Seen in CI: `timeout 3` killed it silently."""
    code = ("import signal, sys, wpr.command, wpr.stopping\n"
            "seen = []\n"
            "class Watch:\n"
            "    def find_spec(self, name, *_):\n"
            "        if name in ('typer', 'rich'):\n"
            "            seen.append((name, signal.getsignal(signal.SIGTERM) is wpr.stopping.stop,"
            " signal.getsignal(signal.SIGINT) is wpr.stopping.stop))\n"
            "sys.meta_path.insert(0, Watch())\n"
            "sys.argv = ['wpr', '--help']\n"
            "try:\n    wpr.command.main()\nexcept SystemExit:\n    pass\n"
            "print(seen, file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PREFECT_HOME": str(tmp_path)})
    seen = dict((name, handled) for name, *handled in eval(done.stderr))  # noqa: S307 - our own repr
    assert seen.get("typer") == [True, True], done.stderr  # nothing loaded before the handler
    assert all(handled == [True, True] for handled in seen.values()), done.stderr


def test_prefect_service_shutdown_noise_never_reaches_stderr(tmp_path: Path) -> None:
    """What Prefect's services log when a process ends with events still queued (seen after
    refusals: `EventsWorker - Still processing items …`) is silenced in the `wpr` command, as the
    rest of Prefect's logs, unless -v."""
    code = ("import logging, wpr.cli, prefect\nwpr.cli.quiet_logs()\n"
            "logging.getLogger('EventsWorker').warning('Still processing items: 3 items remaining...')\n"
            "logging.getLogger('prefect._internal.concurrency').error(\"Service 'EventsWorker' failed\")\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_LOGGING") and "INTERNAL" not in k}
    env["PREFECT_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    shown = subprocess.run([sys.executable, "-c", code.replace("wpr.cli.quiet_logs()",
                                                               "wpr.cli._verbose(True)")],
                           env=env, capture_output=True, text=True, timeout=120)
    assert "Still processing items" in shown.stderr  # -v: shown


def test_a_process_started_while_stopping_is_killed_too() -> None:
    """Another thread may start a process just after a look found none left (Prefect starting
    its temporary server again after the first was killed under it): the stop looks again
    until it has found none a few times in a row, so that one dies too and does not outlive
    the command holding its output open."""
    keep = set(descendants(os.getpid()))   # this test process's own (a harness's server)
    late: list[subprocess.Popen] = []

    def start_late() -> None:
        time.sleep(0.07)   # after the first look, which finds nothing
        late.append(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]))

    thread = threading.Thread(target=start_late)
    thread.start()
    try:
        stopping._kill_all(keep)
        thread.join()
        assert late and late[0].wait(timeout=5) == -signal.SIGKILL
    finally:
        for process in late:
            process.kill()
