"""Canonical ids by matching: every printed form of a name, nothing force-matched, and a
golden check of the fixture's entity rows and columns (tests/golden/*.ids.csv)."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from extractors.model import Box, Cell, Table
from matching import (MATCH_COLUMNS, load_registry, match_label, match_tables, normalise,
                      review_queue)
from matching.registry import REGISTRY_DIR, Registry

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "raw" / "wpr-2022-23-zh.pdf"
EDITION = "wpr-2022-23-zh"
GOLDEN_IDS = ROOT / "tests" / "golden" / "wpr-2022-23-zh.ids.csv"
GOLDEN_LABEL_IDS = ROOT / "tests" / "golden" / "wpr-2022-23-zh.label-ids.csv"

SECTOR = ("sector",)
ER = ("expected_result",)
SECTOR_OR_ER = ("sector", "expected_result")
ER51 = "通过充满活力的组织文化为秘书处赋能，提供适当的资源和培训，使工作卓有成效、互相协作、有创新精神"
ER44 = "更多创新者、创造者、中小企业、高校、研究机构和社群成功地运用知识产权"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


@pytest.fixture
def registry_copy(tmp_path: Path) -> Path:
    """A copy of the registry folder a test may edit, as a reviewer would."""
    target = tmp_path / "registry"
    shutil.copytree(REGISTRY_DIR, target)
    return target


def _ids_of(registry: Registry, *kinds: str) -> set[str]:
    return {e.id for e in registry.entries if e.kind in kinds}


# --- normalisation ---------------------------------------------------------------

@pytest.mark.parametrize("printed, normalised", [
    ("版權和創意產業", "版权和创意产业"),                       # traditional → simplified
    ("行政，财务和管理", "行政,财务和管理"),                     # full-width comma
    ("行政、财务和管理", "行政,财务和管理"),                     # enumeration comma
    ("会费 (单一) ¹", "会费(单一)"),                             # footnote marker, spaces
    ("PCT 复原力安全平台——第一期 ^{2,3}", "pct复原力安全平台-第一期"),
    ("部门 (单位: 千瑞郎)", "部门"),                              # unit note
    ("B. 非人事费", "非人事费"),                                  # enumerator
    ("⻔户", "门户"),                                            # CJK radical look-alike
])
def test_normalise(printed: str, normalised: str) -> None:
    assert normalise(printed) == normalised


# --- every printed form of a sector ----------------------------------------------

@pytest.mark.parametrize("label, expected, status", [
    ("专利和技术", "PTS", "exact"),
    ("专利", "PTS", "exact"),                                   # T4's short column header
    ("专利和技术部门", "PTS", "exact"),                          # trust fund tables
    ("行政（总干事办）", "AFMS", "exact"),
    ("行政、财务和管理与总干事办公室", "AFMS", "exact"),
    ("行政，财务和管理", "AFMS", "exact"),                        # full-width comma
    ("行政,财务和管理", "AFMS", "exact"),                         # half-width comma
    ("版權和創意產業", "CCIS", "exact"),                          # traditional script
    ("全球挑戰和夥伴關係部門", "GCPS", "exact"),
    ("版权", "CCIS", "exact"), ("发展", "RNDS", "exact"), ("平台", "IPS", "exact"),
    ("伙伴", "GCPS", "exact"), ("生态", "IES", "exact"), ("行政", "AFMS", "exact"),
    ("未分配", "UNALLOCATED", "exact"),
    ("知识产权与创新生态系统", "IES", "fuzzy"),                    # reworded: 与 for 和
    ("区域与国家发展部门", "RNDS", "fuzzy"),
    ("全球挑战与伙伴关系", "GCPS", "fuzzy"),
    ("基础设施与平台", "IPS", "fuzzy"),
    ("版权和创意产业部", "CCIS", "fuzzy"),
])
def test_sector_forms(registry: Registry, label: str, expected: str, status: str) -> None:
    found = match_label(label, SECTOR, registry, EDITION)
    assert (found.id, found.status) == (expected, status), found


# --- expected results: with and without their number ------------------------------

@pytest.mark.parametrize("label, expected, status", [
    (f"5.1 {ER51}", "ER5.1", "exact"),
    (ER51, "ER5.1", "exact"),
    (ER51.replace("，", ","), "ER5.1", "exact"),                  # half-width commas
    (f"4.4 {ER44.replace('和社群', ' and 社群')}", "ER4.4", "fuzzy"),  # a stray English word
    (ER44.replace("和社群", " and 社群"), "ER4.4", "fuzzy"),
    (f"4.4. {ER44}", "ER4.4", "exact"),                           # "4.4." with its dot
    ("4.4.", "ER4.4", "fuzzy"),                                   # the number alone
    ("3.2", "ER3.2", "fuzzy"),
    ("5.1 组织文化", "ER5.1", "fuzzy"),                           # number + abbreviated text
    ("预期成果 3.1", "ER3.1", "fuzzy"),
    ("知识产权知识和技能在所有成员国得到提高", "ER4.3", "fuzzy"),  # reworded
    ("产权组织的全球知识产权体系、服务、知识和数据得到更广泛和更有效的利用", "ER3.1", "fuzzy"),
    ("兼顾各方利益的有效知识产权国际准则制定框架得以发展", "ER2.1", "fuzzy"),
])
def test_expected_result_forms(registry: Registry, label: str, expected: str, status: str) -> None:
    found = match_label(label, ER, registry, EDITION)
    assert (found.id, found.status) == (expected, status), found


def test_number_does_not_override_text_naming_another_result(registry: Registry) -> None:
    # ER3.1's text under the number 3.2: a person must decide which is wrong.
    found = match_label("3.2 产权组织的全球知识产权体系、服务、知识和数据得到更广泛、更有效的使用",
                        ER, registry, EDITION)
    assert (found.id, found.status, found.candidate_id) == ("", "review", "ER3.1")


def test_code_not_in_registry_goes_to_review(registry: Registry) -> None:
    found = match_label("6.1 一项新的预期成果", ER, registry, EDITION)
    assert (found.id, found.status, found.candidate_id) == ("", "review", "ER6.1")
    assert match_label("CMP 99", ("cmp_project",), registry).status == "review"


# --- other kinds -------------------------------------------------------------------

@pytest.mark.parametrize("label, kinds, expected", [
    ("总计", ("total",), "TOTAL"), ("合 计", ("total",), "TOTAL"), ("共计", ("total",), "TOTAL"),
    ("总额", ("total",), "TOTAL"), ("小计", ("total",), "SUBTOTAL"),
    ("A 项小计，不含未分拨", ("total",), "SUBTOTAL"),
    ("战略支柱 3", ("strategic_pillar",), "SP3"), ("基 石", ("strategic_pillar",), "FOUNDATION"),
    ("PCT 联盟", ("union",), "UNION-PCT"), ("会费供资联盟", ("union",), "UNION-CONTRIB"),
    ("人事费", ("cost_category",), "COST-PERSONNEL"), ("B. 非人事费", ("cost_category",), "COST-NON-PERSONNEL"),
    ("未分拨（人事）", ("cost_category",), "COST-UNALLOCATED-PERSONNEL"),
    ("差旅、培训和补助金", ("cost_category",), "COST-TRAVEL-TRAINING-GRANTS"),
    ("会费 (单一) ¹", ("income_source",), "INC-CONTRIB"), ("规费", ("income_source",), "INC-FEES"),
    ("中国（人力资源）", ("trust_fund",), "TF-WCNPR"), ("日本（全球）", ("trust_fund",), "TF-WJPIG"),
    ("CMP 10", ("cmp_project",), "CMP-10"), ("云过渡——第三期", ("cmp_project",), "CMP-37"),
    ("通过创新和知识产权减少与工作有关事故和职业病项目", ("da_project",), "DA-OCCUPATIONAL-SAFETY"),
    ("DG/DDG /ADG", ("post_category",), "POST-DG"), ("P", ("post_category",), "POST-P"),
])
def test_other_kinds(registry: Registry, label: str, kinds: tuple[str, ...], expected: str) -> None:
    assert match_label(label, kinds, registry, EDITION).id == expected


# --- never a guess -----------------------------------------------------------------

@pytest.mark.parametrize("label", [
    "中国（人力资源）",                                             # a trust fund donor
    "日本（工业产权）全球",
    "秘鲁及其他发展中国家的知识产权与美食旅游业：通过知识产权促进美食旅游业发展——第一阶段",
    "加强软件部门运用知识产权开发移动应用程序——第二阶段",         # contains 部门
    "产权组织知识产权门户网站——第二期",
    "注: 里斯本收费收入 (单位: 千瑞郎)",                             # free text
    "发展支出占总预算的百分比",
    "专利审查", "行政支出", "发展中国家", "伙伴关系",                # contain a short header
    "1,234", "", "  ",
])
@pytest.mark.parametrize("kinds", [SECTOR_OR_ER, None])
def test_names_not_in_registry_are_never_a_sector_or_result(
        registry: Registry, label: str, kinds: tuple[str, ...] | None) -> None:
    found = match_label(label, kinds, registry, EDITION)
    assert found.id not in _ids_of(registry, *SECTOR_OR_ER)
    if kinds is not None:
        assert (found.id, found.status in ("review", "none")) == ("", True), found


@pytest.mark.parametrize("label, kinds", [
    ("马德里", ("income_source", "union")),                     # the same alias in two kinds
    ("IPSAS 调整后支出总额", ("total",)),                          # totals are exact-only
    ("含发展议程项目小计", ("total",)),
    ("德国（里斯本）", ("trust_fund",)),                          # a new donor, not 法国（里斯本）
    ("PCT 复原力安全平台——第二期", ("cmp_project",)),             # another phase
    ("秘鲁及其他发展中国家的知识产权与美食旅游业：通过知识产权促进美食旅游业发展——第二阶段",
     ("da_project",)),
    ("知识产权生态", SECTOR),                                      # too far from any name
    ("人力资源", ("cost_category",)),
])
def test_unclear_labels_go_to_review_without_id(registry: Registry, label: str,
                                                 kinds: tuple[str, ...]) -> None:
    found = match_label(label, kinds, registry, EDITION)
    assert (found.id, found.status) == ("", "review"), found


def test_unknown_kind_is_an_error(registry: Registry) -> None:
    with pytest.raises(ValueError, match="sectors"):
        match_label("专利", ("sectors",), registry)


def test_notes_and_sentences_are_not_entities(registry: Registry) -> None:
    for label in ("注: 里斯本收费收入 (单位: 千瑞郎)", "本表数据为初步数据。", "94%", "(4,084)"):
        assert match_label(label, None, registry).status == "none", label


# --- the registry is data ------------------------------------------------------------

def test_ids_are_those_of_the_contract(registry: Registry) -> None:
    assert _ids_of(registry, "sector") == {"PTS", "BDS", "CCIS", "RNDS", "IPS", "GCPS", "IES",
                                           "AFMS", "UNALLOCATED"}
    assert _ids_of(registry, "expected_result") == {
        "ER1.1", *(f"ER2.{i}" for i in range(1, 5)), *(f"ER3.{i}" for i in range(1, 4)),
        *(f"ER4.{i}" for i in range(1, 6)), *(f"ER5.{i}" for i in range(1, 4))}
    assert _ids_of(registry, "strategic_pillar") == {"SP1", "SP2", "SP3", "SP4", "FOUNDATION"}
    assert _ids_of(registry, "union") == {"UNION-CONTRIB", "UNION-PCT", "UNION-MADRID",
                                          "UNION-HAGUE", "UNION-LISBON"}
    assert _ids_of(registry, "total") == {"TOTAL", "SUBTOTAL"}


def test_positions_restrict_kinds(registry: Registry) -> None:
    assert registry.kinds_at("T4", "column") == ("sector", "total")
    assert registry.kinds_at("S-PTS-ER", "row") == ("expected_result", "total")
    assert registry.kinds_at("S-AFMS-COST", "row") == ("cost_category", "total")
    assert registry.kinds_at("A10-02", "row") == ("trust_fund", "total")
    assert registry.kinds_at("T5", "column") == ()
    assert registry.kinds_at("X01", "row") == ()


def test_a_reviewer_alias_is_used_by_the_next_run(registry_copy: Path) -> None:
    label = "知识产权生态"
    assert match_label(label, SECTOR, load_registry(registry_copy)).status == "review"
    path = registry_copy / "sectors.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    for row in rows:
        if row["id"] == "IES":
            row["aliases"] += "|" + label
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    found = match_label(label, SECTOR, load_registry(registry_copy))
    assert (found.id, found.status) == ("IES", "exact")


def test_editions_limit_an_entry(registry_copy: Path) -> None:
    path = registry_copy / "cmp_projects.csv"
    text = path.read_text(encoding="utf-8").replace("CMP-34,会议系统升级,Conference system upgrade,,",
                                                    "CMP-34,会议系统升级,Conference system upgrade,,wpr-2020-21-zh")
    path.write_text(text, encoding="utf-8")
    registry = load_registry(registry_copy)
    assert match_label("会议系统升级", ("cmp_project",), registry, "wpr-2020-21-zh").id == "CMP-34"
    assert match_label("会议系统升级", ("cmp_project",), registry, EDITION).id == ""
    assert match_label("会议系统升级", ("cmp_project",), registry).id == "CMP-34"   # no edition: all


def test_duplicate_ids_and_unknown_kinds_are_refused(registry_copy: Path) -> None:
    with (registry_copy / "unions.csv").open("a", encoding="utf-8") as handle:
        handle.write("PTS,某联盟,Some union,,\n")
    with pytest.raises(ValueError, match="PTS"):
        load_registry(registry_copy)
    shutil.copy(REGISTRY_DIR / "unions.csv", registry_copy / "unions.csv")
    with (registry_copy / "positions.csv").open("a", encoding="utf-8") as handle:
        handle.write("T9,row,planet,\n")
    with pytest.raises(ValueError, match="planet"):
        load_registry(registry_copy)


# --- tables ------------------------------------------------------------------------

def _table(table_id: str, header: list[list[str]], rows: list[list[str]]) -> Table:
    def cells(texts: list[str]) -> list[Cell]:
        return [Cell(text, text, 6) for text in texts]
    return Table(6, 6, Box(0, 0, 1, 1), [cells(r) for r in header], [cells(r) for r in rows],
                 table_id=table_id)


def test_match_tables_small(registry: Registry) -> None:
    t4 = _table("T4", [["预期成果", "部门", "部门", "总计"], ["", "专利", "行政（总干事办）", ""]], [
        [f"5.1 {ER51}", "-", "43,358", "43,358"],
        ["小计", "1", "2", "3"],
        ["总计", "1", "2", "3"],
        ["注: 里斯本收费收入", "1", "2", "3"],
        ["", "1", "2", "3"],
    ])
    t5 = _table("T5", [["部门", "2022/23 年支出"]], [["版權和創意產業", "1"], ["中国（人力资源）", "2"]])
    found = match_tables([t4, t5], EDITION, registry)
    rows, columns, frame = found.row_ids, found.column_ids, found.frame
    assert rows == {("T4", 0): "ER5.1", ("T4", 1): "SUBTOTAL", ("T4", 2): "TOTAL", ("T5", 0): "CCIS"}
    # T5's column names no entity: its measure is its id, the same whatever the biennium printed
    assert columns == {("T4", 1): "PTS", ("T4", 2): "AFMS", ("T4", 3): "TOTAL", ("T5", 1): "M-EXPENDITURE"}
    assert found.measure_ids == {("T5", 1): "M-EXPENDITURE"}
    assert list(frame.columns) == list(MATCH_COLUMNS)
    assert len(frame) == 4 + 3 + 2 + 1       # blank labels are not met; T4's sectors need no measure
    assert set(frame["status"]) <= {"exact", "fuzzy", "review", "none"}
    assert frame.loc[frame["label"] == "注: 里斯本收费收入", "status"].item() == "none"
    queue = review_queue(frame)
    assert list(queue["label"]) == ["中国（人力资源）"] and (queue["id"] == "").all()


# --- golden: the fixture -------------------------------------------------------------

@pytest.fixture(scope="module")
def fixture_matches(registry: Registry) -> tuple[dict, dict, pd.DataFrame]:
    if not PDF.exists():
        pytest.skip(f"fixture PDF not found at {PDF}")
    from extractors import extract_tables
    found = match_tables(extract_tables(PDF), EDITION, registry)
    return found.row_ids, found.column_ids, found.frame


def _read_golden(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_golden_ids_of_entity_rows_and_columns(fixture_matches: tuple[dict, dict, pd.DataFrame]) -> None:
    """T4, T5, T7, A1, A3, A4, A5, A13 and every S-*-ER / S-*-COST: every row and column
    (but the row-label column) has the hand-checked id, or none where none is given."""
    rows, columns, _ = fixture_matches
    golden = _read_golden(GOLDEN_IDS)
    tables = {g["table_id"] for g in golden}
    assert {"T4", "T5", "T7", "A1", "A3", "A4", "A5", "A13"} <= tables
    assert sum(t.startswith("S-") for t in tables) == 16
    wrong = []
    for g in golden:
        found = (rows if g["axis"] == "row" else columns).get((g["table_id"], int(g["index"])), "")
        if found != g["id"]:
            wrong.append(f"{g['table_id']} {g['axis']} {g['index']} {g['label']!r}: {found!r} != {g['id']!r}")
    listed = {(g["table_id"], g["axis"], int(g["index"])) for g in golden}
    for axis, ids in (("row", rows), ("column", columns)):
        wrong += [f"{t} {axis} {i}: {v!r} not in golden" for (t, i), v in ids.items()
                  if t in tables and (t, axis, i) not in listed]
    assert not wrong, "\n".join(wrong)


def test_golden_ids_by_label(registry: Registry) -> None:
    """Income sources, cost categories, DA and CMP projects, trust funds, systems: every
    label of those fixture tables, as extracted, matched with the kinds positions.csv
    allows there. Keyed by label and run without the PDF, so that an extraction change
    (a header row moved, a label split) is the extractor tests' business, not this one's."""
    wrong = []
    for g in _read_golden(GOLDEN_LABEL_IDS):
        kinds = registry.kinds_at(g["table_id"], g["axis"])
        found = match_label(g["label"], kinds, registry, EDITION, table_id=g["table_id"], axis=g["axis"])
        if not kinds or found.id != g["id"]:
            wrong.append(f"{g['table_id']} {g['label']!r}: {found.id!r} != {g['id']!r} ({found.status})")
    assert not wrong, "\n".join(wrong)


def test_fixture_matches_frame(fixture_matches: tuple[dict, dict, pd.DataFrame],
                               registry: Registry) -> None:
    rows, columns, frame = fixture_matches
    assert list(frame.columns) == list(MATCH_COLUMNS)
    accepted = frame["status"].isin(["exact", "fuzzy"])
    assert (frame.loc[accepted, "id"] != "").all() and (frame.loc[~accepted, "id"] == "").all()
    assert set(frame.loc[accepted, "id"]) <= set(registry.by_id)
    assert len(frame) > 400
    # A column's id is its entity's, else its measure's; every accepted measure is a row of its own.
    measures = frame.loc[accepted & (frame["axis"] == "measure")]
    entity_columns = [key for key, id_ in columns.items() if registry.by_id[id_].kind != "measure"]
    assert accepted.sum() == len(rows) + len(entity_columns) + len(measures)
    assert set(measures["kind"]) == {"measure"}
    assert (review_queue(frame)["status"] == "review").all()


def test_every_numeric_column_of_the_core_tables_has_an_id(fixture_matches) -> None:
    """#15: an entity's id or a measure's, so series can join the same column across editions."""
    from export.facts import facts_frame
    from extractors import extract_tables

    rows, columns, _ = fixture_matches
    facts = facts_frame(extract_tables(PDF), EDITION, rows, columns)
    core = facts[facts["table_id"].str.fullmatch(r"T\d|A[1-6]|A1[23]|S-[A-Z]+-(?:ER|COST)")]
    assert len(core) > 1500
    empty = core.loc[core["column_id"] == "", ["table_id", "column_index", "column_label"]].drop_duplicates()
    assert empty.empty, empty.to_string()


@pytest.mark.parametrize("label, measure", [
    ("2022/23 年支出", "M-EXPENDITURE"), ("2024/25 年支出", "M-EXPENDITURE"), ("2023 年支出", "M-EXPENDITURE"),
    ("2022/23 年计划和预算", "M-BUDGET-APPROVED"), ("2024/25年核定预算", "M-BUDGET-APPROVED"),
    ("2024/25 年调剂使用后最终预算", "M-BUDGET-FINAL"), ("利用率 (%)", "M-UTILISATION"),
    ("支出 / 截至 2023 年底的支出", "M-EXPENDITURE-PRIOR"), ("2026/27 年收入概算 / 2026 年", "M-INCOME-ESTIMATE"),
    ("调剂使用 / 调剂使用占比% / 部门", "M-TRANSFERS-SHARE-SECTOR"),   # a spanner read over a path
    ("调剂使用 / 调剂使用占比% / 计划和预算总额", "M-TRANSFERS-SHARE-TOTAL"),
    ("2022/23 年调剂使 / 用后最终预算", "M-BUDGET-FINAL"),   # one header cell's lines read as two levels
])
def test_measures_are_matched_whatever_the_period(label, measure, registry: Registry) -> None:
    from matching.tables import _measure_match

    assert _measure_match(label, registry, "wpr-2024-25-zh", "T5").id == measure


@pytest.mark.parametrize("label, edition, period", [
    ("2022/23 年支出", "wpr-2022-23-zh", "2022/23"), ("收入概算 / 2023 年", "wpr-2022-23-zh", "2023"),
    ("预算利用情况", "wpr-2024-25-zh", "2024/25"), ("2024/2025 年支出", "wpr-2024-25-zh", "2024/25"),
])
def test_period_of_a_column(label, edition, period) -> None:
    from matching.tables import period_of

    assert period_of(label, edition) == period
