"""--runner dask with Prefect's temporary server: the Dask workers report to the command's own
API, never start a Prefect server of their own (which outlived the workers before)."""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from conftest import make_pdf
from wpr.stopping import descendants

WPR = Path(sys.executable).with_name("wpr")


def prefect_servers(pids: list[int]) -> list[int]:
    """Those of the processes under `pids` (themselves included) that are a Prefect server."""
    found = []
    for pid in {p for parent in pids for p in [parent, *descendants(parent)]}:
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if b"uvicorn" in command or b"prefect server" in command:
            found.append(pid)
    return found


def test_dask_worker_processes_start_no_prefect_server(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    pdf = make_pdf(tmp_path / "report.pdf", f"2023 WIPO Performance Report {uuid.uuid4()}", pages=2)
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "WPR_PREFECT_SERVER": "temporary"}
    env.pop("PREFECT_API_URL", None)
    # The workers' environment is this process's: no PREFECT_API_URL there either.
    assert "PREFECT_API_URL" not in os.environ
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        workers = list(client.run(os.getpid).values())
        done = subprocess.run([str(WPR), "extract", str(pdf), "--out", str(tmp_path / "out"), "--runner", "dask",
                               "--address", cluster.scheduler_address], env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "out" / "wpr-2023-en" / "facts.csv").exists()
        prefixes = client.run_on_scheduler(lambda dask_scheduler: list(dask_scheduler.task_prefixes))
        assert prefixes, "no task ran on the cluster"
        assert prefect_servers(workers) == []
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
