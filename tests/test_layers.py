"""The import contract of pyproject.toml ([tool.importlinter]): the packages import downwards
only, and the stages never import Prefect or the command line."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("module, line, broken", [
    ("matching/tables.py", "from export.facts import facts_frame  # climbs a floor", "matching.tables -> export.facts"),
    ("schemas/checks.py", "import prefect  # a stage must run without Prefect", "schemas.checks -> prefect"),
])
def test_a_forbidden_import_breaks_the_contract(tmp_path, module, line, broken):
    project = copy_project(tmp_path)
    with open(project / module, "a", encoding="utf-8") as handle:
        handle.write(f"\n{line}\n")
    result = lint_imports(project)
    assert result.returncode == 1
    assert broken in result.stdout and "1 broken" in result.stdout
