from pathlib import Path

import pytest

from extractors.edition import edition_from_text, edition_id, language

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("text, expected", [
    ("2022/23 年产权组织 绩效报告 (WPR)\r\n2023\r\n目 录\r\n一、 财务和成果概览 5", "wpr-2022-23-zh"),
    ("2023 年产权组织绩效报告\n目录", "wpr-2023-zh"),
    ("产 权 组 织 绩 效 报 告 2020/21\n目录", "wpr-2020-21-zh"),
    ("２０２０／２１年产权组织绩效报告", "wpr-2020-21-zh"),           # full-width forms
    ("WIPO Performance Report 2022/23\nContents\nFinancial overview", "wpr-2022-23-en"),
    ("2024 WIPO Performance Report\nContents", "wpr-2024-en"),
    ("Program Performance Report 2018/2019\nContents", "wpr-2018-19-en"),
])
def test_edition_from_text(text, expected):
    assert edition_from_text(text) == expected


def test_first_title_wins():
    text = "2022/23 年产权组织绩效报告\n与《2020/21 年绩效报告》相比"
    assert edition_from_text(text) == "wpr-2022-23-zh"


@pytest.mark.parametrize("text", ["", "目录\n财务概览", "Annual report 2022", "2022/25 年绩效报告"])
def test_unrecognised(text):
    with pytest.raises(ValueError):
        edition_from_text(text)


def test_language():
    assert language("产权组织绩效报告 PCT IPSAS") == "zh"
    assert language("WIPO Performance Report 2022/23") == "en"


def test_fixture_pdf():
    assert edition_id(ROOT / "raw" / "wpr-2022-23-zh.pdf") == "wpr-2022-23-zh"


def test_a_title_given_one_glyph_a_line_is_read():
    """Chromium places each glyph of a letter-spaced title on its own: pdfium's text has a
    line break between every two glyphs."""
    from extractors.edition import edition_from_text

    spaced = "\r\n".join("2022/23 年产权组织绩效报告 (WPR) 2023".replace(" ", "")) + "\r\n目录"
    assert edition_from_text(spaced) == "wpr-2022-23-zh"
    with pytest.raises(ValueError):
        edition_from_text("\r\n".join("产权组织年度概览 2023"))
