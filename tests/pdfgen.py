"""Typeset small PDFs for tests: standard Type 1 fonts (Helvetica family, WinAnsiEncoding and a few marks),
so pdfminer extracts them like a real document, with italics and bold in the font names.

    make_pdf(path, [[("Titre", "bold"), ("Un paragraphe ...", "")], [...page 2...]],
             header="Running header", footer_numbers=True)

Each page is a list of (paragraph text, style) with style in "", "bold", "italic". Paragraphs
are wrapped at ``width`` characters; a page that overflows continues on a new page.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

FONTS = {"": "Helvetica", "bold": "Helvetica-Bold", "italic": "Helvetica-Oblique"}
FONT_KEYS = {"": "F1", "bold": "F2", "italic": "F3"}


# Characters WinAnsi lacks that documents use as marks (turn symbols, check boxes), written at the
# codes cp1252 leaves undefined and named in the fonts' /Differences by their uniXXXX glyph names:
# pdfminer maps such names back to the character, as it reads a real PDF's font encoding (the
# glyph is not drawn: the standard fonts lack it; the text layer is what the tests read). Any
# other character outside cp1252 is written "?".
EXTRA_CHARACTERS = {"●": 0x81, "○": 0x8D, "☐": 0x8F, "☑": 0x90, "☒": 0x9D}
ENCODING = ("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences ["
            + " ".join(f"{code} /uni{ord(ch):04X}" for ch, code in EXTRA_CHARACTERS.items()) + "] >>")


def _escape(text: str) -> bytes:
    raw = b"".join(bytes([EXTRA_CHARACTERS[ch]]) if ch in EXTRA_CHARACTERS else ch.encode("cp1252", errors="replace")
                   for ch in text)
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _layout(pages, width):
    """Wrap paragraphs into physical pages of lines; a page that overflows continues on the next."""
    physical = []
    for paragraphs in pages:
        lines, y = [], 760
        for text, style in paragraphs:
            for line in textwrap.wrap(text, width=width) or [""]:
                if y < 80:
                    physical.append(lines)
                    lines, y = [], 760
                lines.append((y, style, line))
                y -= 14
            y -= 10
        physical.append(lines)
    return physical


def _page_stream(lines, header, footer) -> bytes:
    ops = [b"BT"]
    if header:
        ops += [b"/F1 9 Tf", b"1 0 0 1 72 800 Tm", b"(" + _escape(header) + b") Tj"]
    for y, style, line in lines:
        ops.append(f"/{FONT_KEYS[style]} 11 Tf".encode())
        ops.append(f"1 0 0 1 72 {y} Tm".encode())
        ops.append(b"(" + _escape(line) + b") Tj")
    if footer:
        ops += [b"/F1 9 Tf", b"1 0 0 1 290 40 Tm", b"(" + _escape(footer) + b") Tj"]
    ops.append(b"ET")
    return b"\n".join(ops)


def make_pdf(path, pages, header: str = "", footer_numbers: bool = True, width: int = 85) -> Path:
    """Write a PDF with one page per entry of ``pages``; returns the path."""
    objects: list[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    font_ids = {}
    for style, name in FONTS.items():
        font_ids[style] = add(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding {ENCODING} >>".encode())
    resources = "<< /Font << " + " ".join(
        f"/{FONT_KEYS[s]} {i} 0 R" for s, i in font_ids.items()) + " >> >>"
    streams = [_page_stream(lines, header, f"{n}" if footer_numbers else "")
               for n, lines in enumerate(_layout(pages, width), 1)]
    return _write_page_tree(path, objects, resources, streams)


def _write_page_tree(path, objects: list[bytes], resources: str, streams: list[bytes]) -> Path:
    """Add one A4 page per content stream (with ``resources``), the page tree and the catalog
    to ``objects`` (fonts already there), and write the PDF."""
    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    page_ids, content_ids = [], []
    for stream in streams:
        content_ids.append(add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
        page_ids.append(add(b""))  # filled once the Pages id is known
    pages_id = add(b"")
    for pid, cid in zip(page_ids, content_ids):
        objects[pid - 1] = (f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                            f"/Contents {cid} 0 R /Resources {resources} >>").encode()
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects[pages_id - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    catalog_id = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(assemble(objects, catalog_id))
    return path


def assemble(objects: list[bytes], root_id: int = 1, trailer_extra: bytes = b"") -> bytes:
    """PDF bytes from numbered object bodies (object n = objects[n-1]), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root_id, trailer_extra, xref)
    return bytes(out)


# ---- free layouts: runs of text placed by hand -------------------------------------------------
# A run is (x, y, size, style, text) with style in "", "bold", "italic" or "cid" (a Type0 font
# with Identity-H encoding and no ToUnicode map: pdfminer reads its glyphs as "(cid:N)").

RUN_FONTS = {"": "F1", "bold": "F2", "italic": "F3", "cid": "F4"}


def _run_ops(run) -> bytes:
    """One run; ``^{12}`` in its text is a note call: smaller digits raised (text rise Ts)."""
    x, y, size, style, text = run
    font = RUN_FONTS[style].encode()
    ops = [b"/%s %s Tf 1 0 0 1 %s %s Tm" % (font, str(size).encode(), str(x).encode(), str(y).encode())]
    for k, piece in enumerate(re.split(r"\^\{(\d+)\}", text)):
        if k % 2:
            ops.append(b"/%s %s Tf %s Ts (%s) Tj /%s %s Tf 0 Ts" % (
                font, str(round(size * 0.6, 1)).encode(), str(round(size * 0.4, 1)).encode(),
                piece.encode(), font, str(size).encode()))
        elif piece and style == "cid":
            ops.append(b"<" + b"".join(b"%04X" % (ord(c) % 200 + 3) for c in piece) + b"> Tj")
        elif piece:
            ops.append(b"(" + _escape(piece) + b") Tj")
    return b" ".join(ops)


def _curves(n: int) -> bytes:
    """``n`` small stroked paths: what a browser's print-to-PDF makes of glyphs drawn as curves."""
    ops = []
    for k in range(n):
        x, y = 72 + (k * 7) % 450, 700 - (k * 7 // 450) * 12
        ops.append(b"%d %d m %d %d %d %d %d %d c S" % (x, y, x + 2, y + 5, x + 4, y + 5, x + 5, y))
    return b"\n".join(ops)


def make_runs_pdf(path, pages, curves: int = 0) -> Path:
    """A PDF whose pages are lists of text runs placed at (x, y); ``curves`` vector paths are
    drawn on every page."""
    objects: list[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    fonts = {}
    for style, name in FONTS.items():
        fonts[style] = add(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding {ENCODING} >>".encode())
    descriptor = add(b"<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 "
                     b"/FontBBox [-166 -225 1000 931] /ItalicAngle 0 /Ascent 718 /Descent -207 "
                     b"/CapHeight 718 /StemV 88 >>")
    cid_font = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica "
                   b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   b"/FontDescriptor %d 0 R /DW 500 >>" % descriptor)
    fonts["cid"] = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H "
                       b"/DescendantFonts [%d 0 R] >>" % cid_font)
    resources = "<< /Font << " + " ".join(
        f"/{RUN_FONTS[s]} {i} 0 R" for s, i in fonts.items()) + " >> >>"
    streams = [b"BT\n" + b"\n".join(_run_ops(r) for r in runs) + b"\nET"
               + (b"\n" + _curves(curves) if curves else b"") for runs in pages]
    return _write_page_tree(path, objects, resources, streams)


def column_runs(lines: list[str], x: float, y: float, size: float = 10, style: str = "",
                leading: float | None = None) -> list[tuple]:
    """One run per line, top to bottom from y."""
    leading = leading or size * 1.25
    return [(x, round(y - k * leading, 2), size, style, line) for k, line in enumerate(lines)]
