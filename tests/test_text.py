"""Label normalisation: what a printed label becomes when published."""
from extractors.text import clean_text, join_lines, strip_footnotes


def test_wrapped_cjk_lines_join_without_space() -> None:
    assert join_lines(["2.2 产权组织将国际社会凝聚起来，积极主动应对", "全球层面的新议题"]) == \
        "2.2 产权组织将国际社会凝聚起来，积极主动应对全球层面的新议题"


def test_wrapped_latin_lines_join_with_space() -> None:
    assert join_lines(["Madrid Online", "Forms"]) == "Madrid Online Forms"
    assert join_lines(["IPSAS 调整后", "收入总额"]) == "IPSAS 调整后收入总额"


def test_empty_lines_are_skipped() -> None:
    assert join_lines(["", "  ", "专利"]) == "专利"


def test_clean_removes_spaces_between_cjk_only() -> None:
    assert clean_text("基 石") == "基石"
    assert clean_text("2022/23 年 计划和预算") == "2022/23 年计划和预算"
    assert clean_text("PCT  体系") == "PCT 体系"


def test_clean_strips_footnote_markers() -> None:
    assert clean_text("储备金供资的项目 ¹") == "储备金供资的项目"
    assert clean_text("员额¹²") == "员额"
    assert strip_footnotes("34,847 ³") == "34,847 "


def test_clean_maps_radicals_nfkc_leaves_alone() -> None:
    assert clean_text("⽀出") == "支出"          # Kangxi radical: NFKC
    assert clean_text("专⻔机构") == "专门机构"   # CJK Radicals Supplement: our table
    assert clean_text("⾦额") == "金额"


def test_clean_full_width_forms() -> None:
    assert clean_text("未分拨（人事）") == "未分拨(人事)"
    assert clean_text("Ｐ１") == "P1"
