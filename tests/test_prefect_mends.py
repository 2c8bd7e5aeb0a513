"""flows.prefect_mends: the flow-run heartbeat that stops when the run's work does."""
from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest

from flows import prefect_mends


class FakeEngine:
    """What the heartbeat uses of Prefect's flow engine."""

    def __init__(self, seconds: int | None = 30, final: bool = False) -> None:
        self.heartbeat_seconds = seconds
        self.flow_run = SimpleNamespace(state=SimpleNamespace(is_final=lambda: final))
        self.logger = SimpleNamespace(debug=lambda *args, **kwargs: None)
        self.beats: list[tuple[Any, Any]] = []
        self.beaten = threading.Event()

    def _build_heartbeat_event_template(self) -> tuple[dict, list]:
        return {"resource": 1}, ["related"]

    def _emit_flow_run_heartbeat(self, resource: Any, related: Any) -> None:
        self.beats.append((resource, related))
        self.beaten.set()


def _heartbeat_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "prefect-flow-heartbeat"]


def test_beats_once_at_start_and_stops_at_once() -> None:
    engine = FakeEngine(seconds=30)
    with prefect_mends.send_heartbeats(engine):
        assert engine.beaten.wait(5)
        started = time.monotonic()
    # Prefect's own thread would finish its 1-second sleep first.
    assert time.monotonic() - started < 0.5
    assert engine.beats == [({"resource": 1}, ["related"])]
    assert not _heartbeat_threads()


def test_no_thread_when_heartbeats_are_off() -> None:
    engine = FakeEngine(seconds=None)
    with prefect_mends.send_heartbeats(engine):
        assert not _heartbeat_threads()
    assert engine.beats == []


def test_no_heartbeat_for_a_finished_run() -> None:
    engine = FakeEngine(final=True)
    with prefect_mends.send_heartbeats(engine):
        time.sleep(0.05)
    assert engine.beats == []


def test_a_failed_heartbeat_is_not_the_runs_failure() -> None:
    engine = FakeEngine()

    def fail(resource: Any, related: Any) -> None:
        engine.beaten.set()
        raise ConnectionError("server away")

    engine._emit_flow_run_heartbeat = fail  # type: ignore[method-assign]
    with prefect_mends.send_heartbeats(engine):
        assert engine.beaten.wait(5)


@pytest.mark.usefixtures("prefect_harness")
def test_prefects_engine_runs_flows_with_it() -> None:
    import prefect.flow_engine
    from prefect import flow

    import flows.extract  # noqa: F401 - installs the mend

    assert prefect.flow_engine._send_heartbeats is prefect_mends.send_heartbeats
    assert prefect_mends.install()  # Prefect still has what it replaces and uses

    @flow
    def names() -> list[str]:
        return [t.name for t in threading.enumerate()]

    assert "prefect-flow-heartbeat" in names()
