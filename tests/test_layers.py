"""The import contract of pyproject.toml ([tool.importlinter]): the packages import downwards
only, and the stages never import Prefect or the command line."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGES = ("wpr", "flows", "export", "matching", "schemas", "extractors")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    # The project's own folder first on the path, so a copy is analysed, not the installed checkout.
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=project, env=env, capture_output=True,
                          text=True, timeout=300)


def copy_project(target: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", target)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, target / package, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_the_code_keeps_its_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_upward_import_breaks_the_layers(tmp_path):
    project = copy_project(tmp_path)
    with open(project / "matching" / "tables.py", "a", encoding="utf-8") as module:
        module.write("\nfrom export.facts import facts_frame  # climbs a floor\n")
    result = lint_imports(project)
    assert result.returncode == 1
    assert "matching.tables -> export.facts" in result.stdout
    assert "1 broken" in result.stdout


def test_a_stage_importing_prefect_breaks_the_contract(tmp_path):
    project = copy_project(tmp_path)
    with open(project / "schemas" / "checks.py", "a", encoding="utf-8") as module:
        module.write("\nimport prefect  # a stage must run without Prefect\n")
    result = lint_imports(project)
    assert result.returncode == 1
    assert "schemas.checks -> prefect" in result.stdout
