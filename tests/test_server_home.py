"""A Prefect home copied with its state file (a second clone, a backup restored) must not take
the original home's server for its own: that home's watchdog stops it when *its* commands are
idle, in the middle of this home's runs ("Connection refused" after minutes of extraction)."""
from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows import server


class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[Path, server.Server]]:
    """A 'server' of home A: a process started with PREFECT_HOME=A, and an API answering /health."""
    original = tmp_path / "a"
    original.mkdir()
    api = http.server.HTTPServer(("127.0.0.1", 0), Health)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                               env={**os.environ, "PREFECT_HOME": str(original)})
    port = api.server_address[1]
    yield original, server.Server(pid=process.pid, port=port, api=f"http://127.0.0.1:{port}", ui="", started="",
                                  last_used=0.0, home=str(original))
    process.kill()
    process.wait()
    api.shutdown()


def test_a_copied_state_file_names_no_server_of_this_home(running, tmp_path, monkeypatch):
    original, recorded = running
    copy = tmp_path / "b"
    copy.mkdir()
    for home in (original, copy):
        monkeypatch.setenv("PREFECT_HOME", str(home))
        server._write(recorded)
        (home / server.PREFECT_PID_FILE).write_text(str(recorded.pid))

    monkeypatch.setenv("PREFECT_HOME", str(original))
    assert server.status() == recorded  # its own home uses it
    assert server._started_here(recorded.pid)

    monkeypatch.setenv("PREFECT_HOME", str(copy))
    assert server.status() is None  # the copy starts a server of its own
    assert not server._started_here(recorded.pid)  # ... without stopping the original's
    assert server.stop() is False
    assert server._alive(recorded.pid)
    assert not (copy / server.STATE).exists()


def test_a_state_written_before_homes_were_recorded_is_still_used(running, monkeypatch):
    original, recorded = running
    monkeypatch.setenv("PREFECT_HOME", str(original))
    recorded.home = ""
    server._write(recorded)
    assert server.status() == recorded


class SlowToAnswer(http.server.BaseHTTPRequestHandler):
    """A server busy for its first answers (a loaded machine): 503, then 200."""
    busy = 3

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        SlowToAnswer.busy -= 1
        self.send_response(503 if SlowToAnswer.busy >= 0 else 200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_running_server_slow_to_answer_is_waited_for_not_taken_for_dead(running, monkeypatch):
    """`use` asks a running server again for a while before it starts another (stopping
    the one the other commands are using)."""
    original, recorded = running
    monkeypatch.setenv("PREFECT_HOME", str(original))
    api = http.server.HTTPServer(("127.0.0.1", 0), SlowToAnswer)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    try:
        recorded.api = f"http://127.0.0.1:{api.server_address[1]}"
        server._write(recorded)
        assert server.status() is None  # asked once: busy
        assert server.status(patience=10.0) == recorded
        assert server.ANSWER_PATIENCE >= 10.0
    finally:
        api.shutdown()
