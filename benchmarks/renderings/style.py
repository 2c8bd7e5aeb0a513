"""A rendering's style, every choice drawn from its seed: the same seed gives the same style on
any machine, and the engines map one style to CSS or to DOCX properties."""
from __future__ import annotations

import random
from dataclasses import asdict, dataclass

ENGINES = ("weasyprint", "chromium", "libreoffice")
# The CJK families the corpus packages install (fonts-noto-cjk, fonts-wqy-zenhei,
# fonts-arphic-uming, fonts-droid-fallback), as fontconfig names them.
FONTS = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "AR PL UMing CN", "Droid Sans Fallback")
SHORT_FONT = {"Noto Sans CJK SC": "NotoSans", "Noto Serif CJK SC": "NotoSerif", "WenQuanYi Zen Hei": "WQY",
              "AR PL UMing CN": "UMing", "Droid Sans Fallback": "Droid"}
RULES = ("none", "horizontal", "grid", "booktabs")
SHADINGS = ("header", "zebra", "totals", "none")
CAPTIONS = ("above", "joined", "unit-only")  # joined: the unit note ends the caption line
PAGES = ("A4", "Letter")
# Words that mark a total row (what `totals` shading picks out, as reports shade them).
TOTAL_WORDS = ("合计", "总计", "小计", "总额", "共计")


@dataclass(frozen=True)
class Style:
    seed: int
    engine: str
    font: str
    rules: str  # none | horizontal (between rows) | grid (every cell) | booktabs (three rules)
    shading: str  # header band | zebra body rows | total rows | none
    repeat_header: bool  # header rows printed again on each page a table runs onto
    label_width: float  # the label column's share of the table width, 0.20–0.45
    font_size: float  # pt, 7–11
    line_height: float  # a multiple of the font size
    padding: float  # pt inside each cell, vertically and horizontally
    figure_align: str  # right | center
    valign: str  # top | middle | bottom: where a row's cells sit beside a wrapped label
    landscape_from: int  # tables with at least this many columns go on landscape pages
    caption: str  # above | joined | unit-only
    page: str  # A4 | Letter
    margin_mm: float

    def describe(self) -> str:
        """One short line for the scoreboard."""
        head = "rep" if self.repeat_header else "norep"
        return (f"{SHORT_FONT.get(self.font, self.font)} {self.font_size:g}pt {self.rules}/{self.shading} "
                f"{self.valign} {self.figure_align} lab{self.label_width:.0%} {head} "
                f"land≥{self.landscape_from} {self.caption} {self.page}")

    def as_dict(self) -> dict:
        return asdict(self)


def engine_of(seed: int) -> str:
    """The corpus spreads its seeds over the engines in turn."""
    return ENGINES[seed % len(ENGINES)]


def draw_style(seed: int, engine: str | None = None) -> Style:
    """The style of a seed; `engine` defaults to the seed's turn (`engine_of`)."""
    pick = random.Random(seed)
    font_size = round(pick.uniform(7, 11) * 2) / 2  # half points, as a designer picks them
    return Style(
        seed=seed,
        engine=engine or engine_of(seed),
        font=pick.choice(FONTS),
        rules=pick.choice(RULES),
        shading=pick.choice(SHADINGS),
        repeat_header=pick.random() < 0.5,
        label_width=round(pick.uniform(0.20, 0.45), 2),
        font_size=font_size,
        line_height=round(pick.uniform(1.1, 1.6), 2),
        padding=round(pick.uniform(1.0, 5.0), 1),
        figure_align=pick.choice(("right", "center")),
        valign=pick.choice(("top", "middle", "bottom")),
        landscape_from=pick.randint(6, 11),
        caption=pick.choice(CAPTIONS),
        page=pick.choice(PAGES),
        margin_mm=round(pick.uniform(12, 25)),
    )


def is_total(label: str) -> bool:
    return any(word in label for word in TOTAL_WORDS)
