"""A mend to Prefect 3.9, installed when the flows are imported.

The flow-run heartbeat thread (`prefect.flow_engine._send_heartbeats`) sleeps in 1-second
steps between heartbeats, and the engine joins it when the flow's work is done: every flow
run ends up to a second after its work (0.75-0.93 s measured at the end of a served
`wpr extract` of 4.9 s). The replacement sends the same heartbeats at the same frequency from
a thread that waits on its stop event, so a run ends as soon as its work does.
"""
from __future__ import annotations

import contextlib
import contextvars
import inspect
import threading
from collections.abc import Iterator
from typing import Any

# What the replacement uses of the engine; if a Prefect upgrade renames any of it, Prefect's
# own heartbeats stay in place (and tests/test_prefect_mends.py fails).
_ENGINE_API = ("heartbeat_seconds", "flow_run", "logger",
               "_build_heartbeat_event_template", "_emit_flow_run_heartbeat")


@contextlib.contextmanager
def send_heartbeats(engine: Any, join_on_exit: bool = True) -> Iterator[None]:
    """Prefect's `_send_heartbeats`, with a stop that does not wait out a sleep."""
    seconds = engine.heartbeat_seconds  # None: heartbeats are off
    if seconds is None:
        yield
        return
    resource, related = engine._build_heartbeat_event_template()
    stop = threading.Event()

    def beat() -> None:
        while not stop.is_set():
            run = engine.flow_run
            if run is not None and run.state is not None and run.state.is_final():
                return
            try:
                engine._emit_flow_run_heartbeat(resource, related)
            except Exception:  # noqa: BLE001 - as Prefect: a missed heartbeat is not the run's failure
                engine.logger.debug("Failed to emit heartbeat", exc_info=True)
            stop.wait(seconds)

    # The thread runs in a copy of this context, as Prefect's does: it must see the run's
    # settings (its API URL), not the process-wide ones.
    thread = threading.Thread(target=contextvars.copy_context().run, args=(beat,), daemon=True,
                              name="prefect-flow-heartbeat")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        if join_on_exit:
            thread.join(timeout=2)


def install() -> bool:
    """Put `send_heartbeats` in Prefect's flow engine; False (nothing changed) when the engine
    no longer has what it replaces or uses."""
    from prefect import flow_engine

    engine = getattr(flow_engine, "BaseFlowRunEngine", None)
    original = getattr(flow_engine, "_send_heartbeats", None)
    if engine is None or not callable(original):
        return False
    if list(inspect.signature(original).parameters) != ["engine", "join_on_exit"]:
        return False
    if not all(hasattr(engine, name) or name in getattr(engine, "__annotations__", {})
               for name in _ENGINE_API):
        return False
    flow_engine._send_heartbeats = send_heartbeats
    return True
