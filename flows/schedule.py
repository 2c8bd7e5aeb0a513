"""`wpr serve`: the `run` flow as a Prefect deployment on a cron schedule.

Prefect's temporary (ephemeral) server does not run the scheduler service, so a served
deployment would never be started there ("Cannot schedule flows on an ephemeral server").
`wpr serve` therefore starts a local Prefect server of its own beside the runner, with the
database in PREFECT_HOME (the checkout's .prefect/), unless PREFECT_API_URL names one already.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAILY = "0 6 * * *"  # `wpr serve` default: every day at 06:00 (in --timezone, UTC by default)
DEPLOYMENT = "scheduled"


def run_parameters(raw_dir: str | Path, out_dir: str | Path, **options: Any) -> dict[str, Any]:
    """The run flow's parameters, paths absolute: the served runs start in another process."""
    return {"raw_dir": str(Path(raw_dir).resolve()), "out_dir": str(Path(out_dir).resolve()), **options}


def schedule(cron: str = DAILY, timezone: str = "UTC") -> Any:
    """Prefect's cron schedule; ValueError (one line) for a cron string or time zone it refuses."""
    from prefect.schedules import Cron

    try:
        ZoneInfo(timezone)
    except (ValueError, ZoneInfoNotFoundError):
        raise ValueError(f"--timezone {timezone!r}: not an IANA time zone (e.g. Europe/Zurich, UTC)") from None
    try:
        return Cron(cron, timezone=timezone)
    except Exception:  # noqa: BLE001 - pydantic's multi-line message
        raise ValueError(f"--cron {cron!r}: not a cron string (minute hour day month weekday, "
                         "e.g. '0 6 * * *')") from None


def deployment(raw_dir: str | Path, out_dir: str | Path, cron: str = DAILY, timezone: str = "UTC",
               name: str = DEPLOYMENT, **options: Any):
    """The `run` flow as a deployment `run/<name>` with one cron schedule; not yet registered.

    ValueError (one line) for a cron string or time zone Prefect does not accept."""
    from prefect.types.entrypoint import EntrypointType

    from flows.extract import run

    when = schedule(cron, timezone)
    return run.to_deployment(
        name=name, schedules=[when], parameters=run_parameters(raw_dir, out_dir, **options),
        # By module, not file path: the runner may be started from any folder.
        entrypoint_type=EntrypointType.MODULE_PATH,
        description=f"New or changed PDFs under {Path(raw_dir).resolve()} → {Path(out_dir).resolve()}",
        tags=["wpr"],
    )


def serve(served: Any, on_sigterm: Callable[[int, Any], None] | None = None) -> None:
    """Serve one deployment until interrupted, as `prefect.serve` does. On SIGTERM Prefect's
    runner shuts down gracefully, cancelling its runs through the API (seen taking 7-8 s, past
    the grace period of some schedulers, with no word said): `on_sigterm`, when given, is
    called instead (the `wpr` command ends everything at once, wpr/stopping.py)."""
    import asyncio

    from prefect.exceptions import TerminationSignal
    from prefect.runner import Runner

    class _Runner(Runner):
        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
            if on_sigterm is None:
                super().handle_sigterm(*args, **kwargs)
            else:
                on_sigterm(signal.SIGTERM, None)

    runner = _Runner(pause_on_shutdown=True)
    runner.add_deployment(served)
    try:
        asyncio.run(runner.start())
    except (KeyboardInterrupt, TerminationSignal):
        pass


def _free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def _healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def _die_with_parent() -> None:
    """In the child: SIGTERM when the parent dies, even by SIGKILL (Linux prctl), so no server
    outlives `wpr serve`."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_local_server(port: int = 4200, timeout: float = 180) -> tuple[subprocess.Popen, str]:
    """A Prefect server (API, UI and scheduler) on 127.0.0.1; (process, API URL). The caller
    stops it. On another free port when `port` is taken."""
    if not _free(port):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_API_URL": api, "PREFECT_UI_API_URL": api}
    env.pop("PREFECT__SERVER_EPHEMERAL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"],
        env=env, stdin=subprocess.DEVNULL,
        # Its own process group: Ctrl-C (or `timeout`) reaches the runner only, which then
        # pauses its schedule and cancels its runs through this server before stopping it.
        start_new_session=True, preexec_fn=_die_with_parent)
    deadline = time.monotonic() + timeout
    while not _healthy(api):
        if process.poll() is not None:
            raise RuntimeError(f"the local Prefect server exited with status {process.returncode}")
        if time.monotonic() > deadline:
            process.terminate()
            raise RuntimeError(f"the local Prefect server did not answer on {api} within {timeout:g} s")
        time.sleep(0.5)
    return process, api


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
