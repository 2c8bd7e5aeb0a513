"""Scheduled re-extraction: the served deployment, new/changed PDFs only, Dask as task runner."""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from conftest import make_pdf


def tree_hash(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_deployment_runs_the_run_flow_on_the_cron_given(tmp_path):
    from flows.schedule import deployment

    served = deployment(tmp_path / "raw", tmp_path / "out", cron="15 4 * * 1", timezone="Europe/Zurich",
                        max_pages=50, page_timeout=60.0, runner="threads", address=None)
    [schedule] = served.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone, schedule.active) == ("15 4 * * 1", "Europe/Zurich", True)
    assert served.name == "scheduled" and served.flow_name == "run"
    assert served.entrypoint == "flows.extract.run"  # by module: any working directory
    assert served.parameters == {"raw_dir": str((tmp_path / "raw").resolve()), "out_dir": str((tmp_path / "out").resolve()),
                                 "max_pages": 50, "page_timeout": 60.0, "runner": "threads", "address": None}
    assert deployment("raw", "out").schedules[0].schedule.cron == "0 6 * * *"  # daily by default
    with pytest.raises(ValueError, match="not a cron string"):
        deployment("raw", "out", cron="every day")
    with pytest.raises(ValueError, match="not an IANA time zone"):
        deployment("raw", "out", timezone="Mars/Olympus")


@pytest.mark.usefixtures("prefect_harness")
def test_a_scheduled_run_publishes_what_is_new_and_nothing_else(tmp_path):
    from export.history import history
    from flows.extract import run

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    make_pdf(raw / "a.pdf", f"2022/23 WIPO Performance Report {uuid.uuid4()}", pages=1)
    first = run(str(raw), str(out))
    assert [p["edition"] for p in first["published"]] == ["wpr-2022-23-en"] and not first["failed"]
    before = tree_hash(out)

    second = run(str(raw), str(out))  # nothing new: nothing done
    assert second["published"] == [] and second["failed"] == []
    assert [u["edition"] for u in second["unchanged"]] == ["wpr-2022-23-en"]
    assert tree_hash(out) == before

    make_pdf(raw / "b.pdf", f"2024 WIPO Performance Report {uuid.uuid4()}", pages=1)  # a new edition
    third = run(str(raw), str(out))
    assert [p["edition"] for p in third["published"]] == ["wpr-2024-en"]
    assert [u["edition"] for u in third["unchanged"]] == ["wpr-2022-23-en"]
    assert {k: v for k, v in tree_hash(out).items() if k.startswith("wpr-2022-23-en/")} == \
        {k: v for k, v in before.items() if k.startswith("wpr-2022-23-en/")}

    old_sha = hashlib.sha256((raw / "a.pdf").read_bytes()).hexdigest()
    make_pdf(raw / "a.pdf", f"2022/23 WIPO Performance Report {uuid.uuid4()}", pages=1)  # re-released
    fourth = run(str(raw), str(out))
    assert [p["edition"] for p in fourth["published"]] == ["wpr-2022-23-en"]
    [kept] = history(out, "wpr-2022-23-en")
    assert kept.name == old_sha[:12]
    assert tree_hash(kept) == {k.split("/", 1)[1]: v for k, v in before.items() if k.startswith("wpr-2022-23-en/")}

    forced = run(str(raw), str(out), force=True)
    assert sorted(p["edition"] for p in forced["published"]) == ["wpr-2022-23-en", "wpr-2024-en"]


@pytest.mark.usefixtures("prefect_harness")
def test_pages_on_a_dask_cluster(tmp_path):
    """--runner dask --address: the page tasks on a (here in-process, one-worker) Dask cluster."""
    from distributed import LocalCluster

    from flows.extract import extract_edition, with_runner

    pdf = make_pdf(tmp_path / "dask report.pdf", f"2023 WIPO Performance Report {uuid.uuid4()}", pages=2)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        flow = with_runner(extract_edition, "dask", cluster.scheduler_address)
        assert type(flow.task_runner).__name__ == "DaskTaskRunner"
        result = flow(str(pdf), str(tmp_path / "out"))
    assert (result["edition"], result["pages"], result["tables"]) == ("wpr-2023-en", 2, 2)
    facts = (tmp_path / "out" / "wpr-2023-en" / "facts.csv").read_text(encoding="utf-8")
    assert ",1201.0," in facts and ",1202.0," in facts and ",-567.0," in facts
