"""A PDF whose text is set in Type 3 fonts, as Chromium embeds CFF fonts (Noto Sans/Serif
CJK): no /BaseFont, the font's name and weight in its /FontDescriptor only. Written by hand
(reportlab writes no Type 3 fonts): two fonts, by default one described bold, one regular,
each with one square glyph for the letters of its ToUnicode map; and Helvetica."""
from __future__ import annotations

from pathlib import Path


def _font(letters: str, descriptor: int, procs: int, cmap: int) -> bytes:
    codes = " ".join(f"/g{k}" for k in range(len(letters)))
    procs_refs = " ".join(f"/g{k} {procs} 0 R" for k in range(len(letters)))
    return (f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
            f"/FirstChar 0 /LastChar {len(letters) - 1} /Widths [{' '.join(['1000'] * len(letters))}] "
            f"/Encoding << /Type /Encoding /Differences [0 {codes}] >> /CharProcs << {procs_refs} >> "
            f"/FontDescriptor {descriptor} 0 R /ToUnicode {cmap} 0 R /Resources << >> >>").encode()


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _cmap(letters: str) -> bytes:
    pairs = "\n".join(f"<{k:02X}> <{ord(c):04X}>" for k, c in enumerate(letters))
    return _stream((f"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def "
                    f"1 begincodespacerange <00> <FF> endcodespacerange {len(letters)} beginbfchar\n{pairs}\n"
                    f"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode())


def type3_page(path: Path, bold: str, regular: str, size: float = 12.0,
               fonts: tuple[tuple[str, int], tuple[str, int]] = (("AAAAAA+TestSansCJK-Bold", 700),
                                                                 ("BAAAAA+TestSansCJK-Regular", 400)),
               plain: str = "") -> Path:
    """One A4 page: `bold` set in the first Type 3 font of `fonts` (descriptor name, weight)
    on one line, `regular` in the second on the line under it (each character shown by a
    string of its own, as Chromium does), and `plain` in Helvetica, a font pdfium names, under
    them."""
    def shows(font: str, text: str, y: float) -> str:
        return "".join(f"BT /{font} {size} Tf 1 0 0 1 {72 + k * size} {y} Tm <{k:02X}> Tj ET\n"
                       for k in range(len(text)))
    helvetica = f"BT /FP {size} Tf 72 720 Td ({plain}) Tj ET\n" if plain else ""
    content = (shows("FB", bold, 760) + shows("FR", regular, 740) + helvetica).encode()
    (bold_name, bold_weight), (regular_name, regular_weight) = fonts
    glyph = _stream(b"1000 0 0 0 1000 1000 d1 50 0 900 900 re f")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /FB 5 0 R /FR 6 0 R /FP 12 0 R >> >> >>",
        _stream(content),
        _font(bold, 7, 9, 10),
        _font(regular, 8, 9, 11),
        f"<< /Type /FontDescriptor /FontName /{bold_name} /FontWeight {bold_weight} /Flags 4 "
        f"/ItalicAngle 0 /StemV 172 >>".encode(),
        f"<< /Type /FontDescriptor /FontName /{regular_name} /FontWeight {regular_weight} /Flags 4 "
        f"/ItalicAngle 0 /StemV 109 >>".encode(),
        glyph,
        _cmap(bold),
        _cmap(regular),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
