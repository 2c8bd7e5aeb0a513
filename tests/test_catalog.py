"""One dataset across editions: the series, the SQLite database, Datasette over it, and the
catalog's data package, over two editions whose measures print another biennium."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pandas as pd
import pytest

from conftest import make_pdf
from export import catalog
from export.edition import build_edition
from export.publish import publish
from extractors.model import Box, Cell, Table
from schemas import run_checks

SECTORS = [("专利和技术", "PTS"), ("品牌和外观设计", "BDS"), ("版权和创意产业", "CCIS")]
# edition → (period printed in the header, expenditure by sector); the next edition renames a
# sector the way its registry alias knows (专利和技术部门).
EDITIONS = {
    "wpr-2022-23-zh": ("2022/23", [207412, 75128, 25000], "专利和技术"),
    "wpr-2024-25-zh": ("2024/25", [210000, 80000, 26500], "专利和技术部门"),
}
CHROMIUM = Path("/usr/bin/chromium")


def cell(text: str, row: int, column: int) -> Cell:
    return Cell(text, text, 7, Box(100 + 80 * column, 200 + 15 * row, 160 + 80 * column, 210 + 15 * row))


def table_5(period: str, expenditure: list[int], first_name: str) -> Table:
    header = ["部门", f"{period} 年计划和预算", f"{period} 年支出", "预算利用情况"]
    names = [first_name] + [name for name, _ in SECTORS[1:]]
    budget = [round(value * 1.1) for value in expenditure]
    rows = [[name, f"{b:,}", f"{e:,}", f"{round(100 * e / b)}%"] for name, b, e in zip(names, budget, expenditure)]
    rows.append(["总计", f"{sum(budget):,}", f"{sum(expenditure):,}", f"{round(100 * sum(expenditure) / sum(budget))}%"])
    return Table(page_start=7, page_end=7, bbox=Box(90, 190, 420, 300), table_id="T5", quality=1.0,
                 caption="表5. 按部门开列的预算和支出", unit_text="(单位: 千瑞郎)",
                 header=[[cell(t, 0, j) for j, t in enumerate(header)]],
                 rows=[[cell(t, i + 1, j) for j, t in enumerate(row)] for i, row in enumerate(rows)])


def publish_edition(out: Path, edition: str, pdf: Path) -> Path:
    period, expenditure, first = EDITIONS[edition]
    data = build_edition([table_5(period, expenditure, first)], edition)
    data.checks = run_checks(data.facts)
    return publish(data, out, pdf)


@pytest.fixture(scope="module")
def two_editions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("catalog")
    out = root / "out"
    for edition in EDITIONS:
        publish_edition(out, edition, make_pdf(root / f"{edition}.pdf", edition))
    return out


def test_same_measure_same_ids_in_both_editions(two_editions: Path) -> None:
    series = pd.read_csv(two_editions / "series.csv", dtype={"period": str})
    assert set(series["edition"]) == set(EDITIONS)
    spent = series[series["measure_id"] == "M-EXPENDITURE"]
    assert set(spent["column_id"]) == {"M-EXPENDITURE"}
    for edition, (period, expenditure, _) in EDITIONS.items():
        rows = spent[(spent["edition"] == edition) & (spent["row_id"] != "TOTAL")]
        assert list(rows["row_id"]) == ["PTS", "BDS", "CCIS"]   # renamed sector, same id
        assert list(rows["value"]) == expenditure
        assert set(rows["period"]) == {period}
    assert set(series["status"]) <= {"pass", "rounding", "fail", ""} and "pass" in set(series["status"])
    assert pd.read_parquet(two_editions / "series.parquet").shape == series.shape


def test_database_tables_keys_views_and_search(two_editions: Path) -> None:
    db = sqlite3.connect(two_editions / "wpr.db")
    names = {name for (name,) in db.execute("select name from sqlite_master where type in ('table', 'view')")}
    assert {"editions", "tables", "facts", "matches", "checks", "entities", "series",
            "expenditure_by_sector", "utilisation_by_sector", "expenditure_by_expected_result"} <= names
    keys = {(row[2], row[3]) for row in db.execute("pragma foreign_key_list(series)")}
    assert ("editions", "edition") in keys and ("entities", "row_id") in keys
    rows = db.execute("select edition, sector, expenditure from expenditure_by_sector order by edition").fetchall()
    assert [(e, s) for e, s, _ in rows if e == "wpr-2024-25-zh"] == [("wpr-2024-25-zh", id_) for _, id_ in SECTORS]
    assert [v for e, _, v in rows if e == "wpr-2022-23-zh"] == EDITIONS["wpr-2022-23-zh"][1]
    found = db.execute("select rowid from entities_fts where entities_fts match '外观设'").fetchall()
    assert found, "full-text search on entity names"


def test_catalog_package_is_valid(two_editions: Path) -> None:
    descriptor = json.loads((two_editions / "datapackage.json").read_text(encoding="utf-8"))
    paths = {resource["path"] for resource in descriptor["resources"]}
    assert {"series.csv", "series.parquet", "wpr.db"} <= paths
    assert {f"{edition}/datapackage.json" for edition in EDITIONS} <= paths
    frictionless = Path(sys.executable).with_name("frictionless")
    result = subprocess.run([str(frictionless), "validate", str(two_editions / "datapackage.json")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
    metadata = json.loads((two_editions / "metadata.json").read_text(encoding="utf-8"))
    series_columns = metadata["databases"]["wpr"]["tables"]["series"]["columns"]
    assert series_columns["status"] and metadata["license"] == "CC-BY-4.0"


def test_a_rebuild_stopped_midway_leaves_the_previous_catalog_and_is_healed(tmp_path, monkeypatch) -> None:
    out = tmp_path / "out"
    publish_edition(out, "wpr-2022-23-zh", make_pdf(tmp_path / "a.pdf", "a"))
    before = {name: (out / name).read_bytes() for name in ("series.csv", "wpr.db")}

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # as if the run were stopped while building the database

    monkeypatch.setattr("export.database.build_database", killed)
    with pytest.raises(KeyboardInterrupt):
        publish_edition(out, "wpr-2024-25-zh", make_pdf(tmp_path / "b.pdf", "b"))
    # The new edition is on disk, the catalog files are the previous ones, whole, and known stale.
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not list(out.glob(".catalog.new-*")) and catalog.stale(out)
    monkeypatch.undo()
    assert catalog.ensure(out) and not catalog.stale(out)
    editions = set(pd.read_csv(out / "series.csv")["edition"])
    assert editions == {p.name for p in catalog.editions_on_disk(out)} == set(EDITIONS)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def datasette(two_editions: Path):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(two_editions / "wpr.db"), "--metadata",
         str(two_editions / "metadata.json"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/-/versions.json", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"datasette did not start: {server.stderr.read().decode()[-2000:]}")
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_datasette_serves_expenditure_of_every_sector_in_both_editions(datasette: str) -> None:
    with urllib.request.urlopen(f"{datasette}/wpr/expenditure_by_sector.json?_shape=array", timeout=20) as reply:
        rows = json.load(reply)
    by_edition: dict[str, list[float]] = {}
    for row in rows:
        by_edition.setdefault(row["edition"], []).append(row["expenditure"])
    assert by_edition == {edition: expenditure for edition, (_, expenditure, _) in EDITIONS.items()}


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: make test installs it")
def test_a_view_in_a_browser_shows_the_figures(datasette: str, tmp_path: Path) -> None:
    profile = tmp_path / f"profile-{uuid.uuid4().hex}"
    dom = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", f"--user-data-dir={profile}",
         "--dump-dom", f"{datasette}/wpr/expenditure_by_sector"],
        capture_output=True, text=True, timeout=120, check=True).stdout
    assert "expenditure_by_sector" in dom
    for edition, (_, expenditure, _) in EDITIONS.items():
        assert edition in dom
        assert all(f"{value}" in dom.replace(",", "") for value in expenditure)


def test_the_cli_serves_the_database(two_editions: Path) -> None:
    port = _free_port()
    wpr = Path(sys.executable).with_name("wpr")
    server = subprocess.Popen([str(wpr), "browse", "--out", str(two_editions), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/wpr/editions.json?_shape=array", timeout=2) as r:
                    assert {row["edition"] for row in json.load(r)} == set(EDITIONS)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "wpr browse did not serve"
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_run_killed_while_publishing_leaves_the_catalog_true_to_the_editions(tmp_path: Path) -> None:
    """SIGKILL to `wpr extract` while it writes its edition: what is on disk and what the
    series and the database say agree, at once or after the next command's check."""
    out = tmp_path / "out"
    publish_edition(out, "wpr-2022-23-zh", make_pdf(tmp_path / "a.pdf", "a"))
    pdf = make_pdf(tmp_path / "b.pdf", "b", pages=3)
    wpr = Path(sys.executable).with_name("wpr")
    run = subprocess.Popen([str(wpr), "extract", str(pdf), "--out", str(out), "--edition", "killed-ed"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while not list(out.glob(".killed-ed.new-*")) and run.poll() is None:
            assert time.monotonic() < deadline, "the run never started publishing"
            time.sleep(0.01)
    finally:
        os.killpg(run.pid, 9)  # the run and its temporary Prefect server
        run.wait(timeout=30)
    on_disk = {p.name for p in catalog.editions_on_disk(out)}
    assert "wpr-2022-23-zh" in on_disk and not list(out.glob("killed-ed/*.tmp"))
    catalog.ensure(out)
    assert not catalog.stale(out)
    assert set(pd.read_csv(out / "series.csv")["edition"]) <= on_disk
    db = sqlite3.connect(out / "wpr.db")
    assert {e for (e,) in db.execute("select edition from editions")} == on_disk


@pytest.fixture(scope="module")
def real_editions(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    """`wpr run` over the fixture and a next edition rendered from the source text (period two
    years on, amounts changed, two sectors renamed: tests/next_edition.py): the output folder."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium to render the next edition: make test installs it")
    from typer.testing import CliRunner

    from conftest import FIXTURE_PDF
    from next_edition import SOURCE, render

    if not SOURCE.exists():
        pytest.skip(f"no report text at {SOURCE} to render the next edition from (../shared beside the checkout)")
    from wpr.cli import app

    root = tmp_path_factory.mktemp("real-editions")
    raw, out = root / "raw", root / "out"
    raw.mkdir()
    shutil.copy(FIXTURE_PDF, raw / FIXTURE_PDF.name)
    render(raw / "wpr-2024-25-zh.pdf")
    result = CliRunner().invoke(app, ["run", "--raw", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_two_real_editions_in_raw_make_one_dataset(real_editions: Path) -> None:
    """Both published, the series and the database across them, the same measures with the
    same ids."""
    out = real_editions
    assert [p.name for p in catalog.editions_on_disk(out)] == ["wpr-2022-23-zh", "wpr-2024-25-zh"]
    series = pd.read_csv(out / "series.csv", dtype=str, keep_default_na=False)
    spent = series[(series["table_id"] == "T5") & (series["measure_id"] == "M-EXPENDITURE")]
    by_edition = {e: dict(zip(g["row_id"], g["period"])) for e, g in spent.groupby("edition")}
    # every sector in both editions, renamed ones included, each with its own biennium
    sectors = {"PTS", "BDS", "CCIS", "RNDS", "IPS", "GCPS", "IES", "AFMS"}
    assert sectors <= set(by_edition["wpr-2022-23-zh"]) and sectors <= set(by_edition["wpr-2024-25-zh"])
    assert set(by_edition["wpr-2022-23-zh"].values()) == {"2022/23"}
    assert set(by_edition["wpr-2024-25-zh"].values()) == {"2024/25"}
    measures = {e: set(g["measure_id"]) - {""} for e, g in series.groupby("edition")}
    assert {"M-BUDGET-APPROVED", "M-BUDGET-FINAL", "M-EXPENDITURE", "M-UTILISATION"} <= (
        measures["wpr-2022-23-zh"] & measures["wpr-2024-25-zh"])
    db = sqlite3.connect(out / "wpr.db")
    editions = {e for (e,) in db.execute("select distinct edition from expenditure_by_sector")}
    assert editions == {"wpr-2022-23-zh", "wpr-2024-25-zh"}


def test_every_core_column_has_an_id_and_the_same_measure_the_same_id(real_editions: Path) -> None:
    """#15's "done when": every numeric column of the core tables (T1–T8, A1–A6, A12, A13,
    S-*) has a column_id in both editions, and the same printed measure has the same ids. The
    next edition prints the same tables with the same columns, so each core column (table,
    position) has the same column_id and measure_id in both: a header read onto the wrong
    columns, or a sector's table given another sector's id, shows here."""
    from core_columns import column_ids, differing_ids, empty_column_ids

    editions = [real_editions / "wpr-2022-23-zh", real_editions / "wpr-2024-25-zh"]
    for edition in editions:
        empty = empty_column_ids(edition)
        assert empty.empty, f"{edition.name}: core columns without column_id:\n{empty.to_string(index=False)}"
    differing = differing_ids(editions)
    assert differing.empty, f"one printed measure, different ids:\n{differing.to_string(index=False)}"
    fixture, later = (column_ids(e).set_index(["table_id", "column_index"]) for e in editions)
    assert len(fixture) > 100 and set(fixture.index) == set(later.index)
    ids = fixture[["column_id", "measure_id"]].merge(later[["column_id", "measure_id"]], left_index=True,
                                                     right_index=True, how="left", suffixes=("", "_next"))
    moved = ids[(ids["column_id"] != ids["column_id_next"]) | (ids["measure_id"] != ids["measure_id_next"])]
    assert moved.empty, f"core columns with other ids in the next edition:\n{moved.to_string()}"
