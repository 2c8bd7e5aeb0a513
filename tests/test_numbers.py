import pytest

from extractors.numbers import is_percent, parse_number


@pytest.mark.parametrize("text, value", [
    ("1,234.5", 1234.5),
    ("951.8", 951.8),
    ("0", 0.0),
    ("(4,084)", -4084.0),
    ("(12.3)", -12.3),
    ("-", 0.0),
    ("–", 0.0),
    ("—", 0.0),
    ("94%", 94.0),
    ("102 %", 102.0),
    ("-5", -5.0),
    ("+3", 3.0),
    ("−7", -7.0),
    ("35.0¹", 35.0),          # footnote marker is not a digit of the figure
    ("¹ 35.0", 35.0),
    ("1 234", 1234.0),        # thin space inside a figure
    ("１２３", 123.0),          # full-width digits
    ("（12）％", -12.0),
    (" 749.4\n", 749.4),
    (".5", 0.5),
])
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", [
    "", None, "n/a", "N/A", "不适用", "收费", "PCT 体系", "1.725 亿", "12,34", "1,2345", "()", "%",
    "2022/23", "1-2", "(", "abc123",
])
def test_not_numbers(text):
    assert parse_number(text) is None


def test_negative_zero_is_zero():
    assert str(parse_number("(0)")) == "0.0"


def test_is_percent():
    assert is_percent("94%")
    assert is_percent("(3)％")
    assert not is_percent("94")
    assert not is_percent("n/a %")
    assert not is_percent("")
