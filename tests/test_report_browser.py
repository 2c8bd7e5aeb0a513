"""report.html in a real browser: headless Chromium renders it offline, its pictures decode,
and markup printed in a PDF stays text in the DOM."""
from __future__ import annotations

import base64
import io
import subprocess
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from test_report import FLAGGED_IDS, IMG, SCRIPT, has_colour, publish_fixture, publish_hostile

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no /usr/bin/chromium: install the Debian package chromium (make test does)")


def chromium(tmp_path: Path, *args: str) -> str:
    # A fresh profile per call (two test processes must not share one), nothing fetched
    # or updated in the background: the page is the only thing loaded.
    profile = tmp_path / f"profile-{uuid.uuid4().hex}"
    result = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--hide-scrollbars", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=True)
    return result.stdout


class Dom(HTMLParser):
    """The elements and text of a dumped DOM."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.elements if name == tag]


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory) -> Path:
    return publish_fixture(tmp_path_factory.mktemp("browser")) / "report.html"


def test_report_renders_with_its_sections_and_pictures(fixture_report, tmp_path):
    dom = Dom(chromium(tmp_path, "--dump-dom", fixture_report.as_uri()))
    assert {a["id"] for a in dom.all("section")} == {"summary", "checks", "review", "charts",
                                                    "tables", "files"}
    assert len(dom.all("article")) == len(FLAGGED_IDS)
    crops = [a for a in dom.all("svg") if a.get("class") == "crop"]
    assert len(crops) == 4  # T6 p.8, T4 p.6, and the cross-table check's p.7 and p.6
    assert len(dom.all("use")) == 4 and all(int(a["width"] or 0) > 600 for a in crops)
    bands = dom.all("image")  # the page bands the pictures show, each rendered once
    assert 0 < len(bands) <= 4
    for attrs in bands:
        href = attrs["href"] or ""
        assert href.startswith("data:image/png;base64,")
        picture = Image.open(io.BytesIO(base64.b64decode(href.split(",", 1)[1], validate=True)))
        picture.load()
        assert picture.width > 600
    assert not dom.all("script")
    assert any(a.get("href") == "tables/T4.csv" for a in dom.all("a"))


def test_screenshot_is_not_blank(fixture_report, tmp_path):
    png = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={png}", "--window-size=1200,2000", fixture_report.as_uri())
    shot = Image.open(png).convert("RGB")
    assert shot.size == (1200, 2000)
    colours = shot.getcolors(1 << 24)
    white = max(count for count, _ in colours)
    assert len(colours) > 100 and white < 0.95 * shot.width * shot.height
    assert has_colour(shot, (220, 20, 60), tolerance=30), "the first check's red outline is on screen"


def test_pdf_markup_stays_text_in_the_browser(tmp_path):
    report = publish_hostile(tmp_path) / "report.html"
    dom = Dom(chromium(tmp_path, "--dump-dom", report.as_uri()))
    assert not dom.all("script") and not dom.all("i")
    assert dom.all("image") and not dom.all("img")
    assert all((a.get("href") or "").startswith("data:image/png;base64,") for a in dom.all("image"))
    assert not any(name.startswith("on") for _, attrs in dom.elements for name in attrs)
    text = "".join(dom.text)
    assert SCRIPT in text and IMG in text  # shown as the PDF printed it
