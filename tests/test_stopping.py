"""SIGINT, SIGTERM and `timeout` end `wpr extract` mid-extraction within seconds: one line on
stderr, no traceback, no process of the run left, the published edition untouched."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURE_PDF
from wpr.stopping import descendants

WPR = Path(sys.executable).with_name("wpr")
EDITION = "wpr-2022-23-zh"


@pytest.fixture
def run_env(tmp_path: Path) -> tuple[dict[str, str], Path, Path]:
    pdf = tmp_path / "report.pdf"  # new bytes: nothing of it in any cache
    pdf.write_bytes(FIXTURE_PDF.read_bytes() + b"\n% interrupted\n")
    out = tmp_path / "out"
    previous = out / EDITION
    previous.mkdir(parents=True)
    (previous / "facts.csv").write_text("the previous publication\n", encoding="utf-8")
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "WPR_PREFECT_SERVER": "temporary"}
    env.pop("PREFECT_API_URL", None)
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


@pytest.mark.parametrize("signum, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_mid_extraction_stops_everything(run_env, signum, status) -> None:
    env, pdf, out = run_env
    run = subprocess.Popen([str(WPR), "extract", str(pdf), "--out", str(out)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert extracting(run.pid, time.monotonic() + 120), "the run never started extracting"
        time.sleep(0.5)
        family = descendants(run.pid)
        sent = time.monotonic()
        run.send_signal(signum)
        _, err = run.communicate(timeout=30)
        assert time.monotonic() - sent < 5
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == status
    lines = [line for line in err.splitlines() if line.strip() and "pages" not in line]  # the progress bar
    assert lines == [f"wpr: stopped by {signal.Signals(signum).name}; nothing was published"], err
    assert "Traceback" not in err
    time.sleep(2)
    assert not [pid for pid in family if Path(f"/proc/{pid}").exists() and
                Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"]
    assert (out / EDITION / "facts.csv").read_text(encoding="utf-8") == "the previous publication\n"
    assert not list(out.glob(f".{EDITION}.new-*"))


@pytest.mark.skipif(shutil.which("timeout") is None, reason="no timeout(1)")
def test_timeout_ends_it_before_the_kill(run_env) -> None:
    env, pdf, out = run_env
    started = time.monotonic()
    result = subprocess.run(["timeout", "-k", "5", "3", str(WPR), "extract", str(pdf), "--out", str(out)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 124, result.stderr  # 137 would mean it needed the KILL
    assert time.monotonic() - started < 8
    assert "wpr: stopped by SIGTERM" in result.stderr and "Traceback" not in result.stderr
