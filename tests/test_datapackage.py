"""datapackage.json: every published file described, typed, keyed, documented, and accepted
by `frictionless validate` (its Python API) on real published editions."""
from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import frictionless
import pandas as pd
import pytest

from conftest import FIXTURE_PDF, make_pdf
from export.columns import CHECKS, FACTS, MATCHES, TABLES
from export.datapackage import LICENSE, resource_name
from export.edition import build_edition
from export.publish import publish
from test_report import publish_fixture, publish_hostile


def errors(path: Path) -> list[list[str]]:
    report = frictionless.validate(path / "datapackage.json")
    return [] if report.valid else report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])


def descriptor(path: Path) -> dict:
    return json.loads((path / "datapackage.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def edition(tmp_path_factory) -> Path:
    return publish_fixture(tmp_path_factory.mktemp("dp"))


def test_fixture_package_is_valid(edition):
    assert errors(edition) == []


def test_every_published_file_is_a_resource(edition):
    package = descriptor(edition)
    paths = [r["path"] for r in package["resources"]]
    published = sorted(p.relative_to(edition).as_posix() for p in edition.rglob("*")
                       if p.is_file() and p.name != "datapackage.json")
    assert sorted(paths) == published
    assert {"tables.csv", "facts.csv", "facts.parquet", "matches.csv", "checks.csv",
            "registry/entities.csv", "registry/sectors.csv", "tables/T4.csv", "report.html"} <= set(paths)
    names = [r["name"] for r in package["resources"]]
    assert len(set(names)) == len(names)
    for resource in package["resources"]:
        if resource["path"] != "facts.parquet":
            data = (edition / resource["path"]).read_bytes()
            assert resource["bytes"] == len(data)
        digest = hashlib.sha256((edition / resource["path"]).read_bytes()).hexdigest()
        assert resource["hash"] == f"sha256:{digest}"


def test_schemas_types_keys_and_dictionary(edition):
    resources = {r["name"]: r for r in descriptor(edition)["resources"]}
    expected = {"tables": TABLES, "facts": list(FACTS), "facts-parquet": list(FACTS),
                "matches": MATCHES, "checks": CHECKS,
                "registry-entities": ["kind", "id", "name_zh", "name_en"]}
    for name, columns in expected.items():
        fields = resources[name]["schema"]["fields"]
        assert [f["name"] for f in fields] == columns, name
        assert all(f["description"].strip() for f in fields), f"{name}: undocumented field"
        assert resources[name]["schema"]["missingValues"] == [""]
    types = {f["name"]: f["type"] for f in resources["facts"]["schema"]["fields"]}
    assert types["value"] == "number" and types["page"] == "integer" and types["row_id"] == "string"
    assert resources["facts"]["schema"]["primaryKey"] == ["table_id", "row_index", "column_index"]
    keys = {(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
            for fk in resources["facts"]["schema"]["foreignKeys"]}
    assert keys == {("table_id", "tables", "table_id"), ("row_id", "registry-entities", "id"),
                    ("column_id", "registry-entities", "id")}
    assert resources["registry-entities"]["schema"]["primaryKey"] == ["id"]
    assert resources["registry-sectors"]["schema"]["primaryKey"] == ["id"]
    status = next(f for f in resources["checks"]["schema"]["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"] == ["pass", "rounding", "fail"]


def test_package_metadata(edition):
    package = descriptor(edition)
    assert package["name"] == "wpr-2022-23-zh" and package["licenses"] == [LICENSE]
    (source,) = package["sources"]
    assert source["path"] == FIXTURE_PDF.name and source["pages"] == 148
    assert source["sha256"] == hashlib.sha256(FIXTURE_PDF.read_bytes()).hexdigest()
    assert "绩效报告" in source["title"]  # the metadata title is empty: read from page 1
    assert package["version"] and package["wpr"]["code_version"] == package["version"]
    assert package["created"].endswith("Z")


def test_registry_entities_join_the_facts(edition):
    entities = pd.read_csv(edition / "registry" / "entities.csv", dtype=str, keep_default_na=False)
    facts = pd.read_csv(edition / "facts.csv", dtype=str, keep_default_na=False)
    ids = set(facts["row_id"]) | set(facts["column_id"])
    assert "PTS" in ids and "TOTAL" in ids
    assert ids - {""} <= set(entities["id"])
    assert {"sector", "expected_result", "total"} <= set(entities["kind"])


def test_a_broken_foreign_key_is_caught(tmp_path, edition):
    import shutil

    copy = Path(shutil.copytree(edition, tmp_path / "copy"))
    facts = pd.read_csv(copy / "facts.csv", dtype=str, keep_default_na=False)
    facts.loc[0, "row_id"] = "NO-SUCH-ID"
    facts.to_csv(copy / "facts.csv", index=False)
    assert "foreign-key" in {e[3] for e in errors(copy)}


def test_printed_headers_that_are_not_field_names(tmp_path):
    """A blank or repeated printed label: fields c0 … with the label as title, the header
    row skipped, the CSV itself unchanged."""
    from extractors.model import Box, Cell, Table

    def cell(text: str) -> Cell:
        return Cell(text=text, raw=text, page=1)

    table = Table(page_start=1, page_end=1, bbox=Box(0, 0, 1, 1), table_id="T9",
                  header=[[cell(""), cell("2022年"), cell("2022年")]],
                  rows=[[cell("收入"), cell("1"), cell("2")]])
    out = publish(build_edition([table], "ed"), tmp_path, make_pdf(tmp_path / "x.pdf", "x"))
    assert errors(out) == []
    resource = next(r for r in descriptor(out)["resources"] if r["path"] == "tables/T9.csv")
    assert [(f["name"], f["title"]) for f in resource["schema"]["fields"]] == [
        ("c0", ""), ("c1", "2022年"), ("c2", "2022年")]
    assert resource["dialect"] == {"header": False, "commentRows": [1]}
    with open(out / "tables" / "T9.csv", newline="", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == ["", "2022年", "2022年"]
    package = frictionless.Package(out / "datapackage.json")
    rows = package.get_resource(resource["name"]).read_rows()
    assert [dict(r) for r in rows] == [{"c0": "收入", "c1": "1", "c2": "2"}]


def test_hostile_and_empty_editions_are_valid(tmp_path):
    assert errors(publish_hostile(tmp_path)) == []
    empty = publish(build_edition([], "empty"), tmp_path / "e", make_pdf(tmp_path / "e.pdf", "e"))
    assert errors(empty) == []


@pytest.mark.parametrize("path, name", [
    ("tables.csv", "tables"), ("tables/S-PTS-ER.csv", "table-s-pts-er"),
    ("registry/entities.csv", "registry-entities"), ("facts.parquet", "facts"),
    ("tables/A10-01.csv", "table-a10-01"), ("tables/P012-1.csv", "table-p012-1"),
])
def test_resource_names(path, name):
    assert resource_name(path) == name
