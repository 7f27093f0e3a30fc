"""Typeset small PDFs for tests: standard Type 1 fonts (Helvetica family, WinAnsiEncoding),
so pdfminer extracts them like a real document, with italics and bold in the font names.

    make_pdf(path, [[("Titre", "bold"), ("Un paragraphe ...", "")], [...page 2...]],
             header="Running header", footer_numbers=True)

Each page is a list of (paragraph text, style) with style in "", "bold", "italic". Paragraphs
are wrapped at ``width`` characters; a page that overflows continues on a new page.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

FONTS = {"": "Helvetica", "bold": "Helvetica-Bold", "italic": "Helvetica-Oblique"}
FONT_KEYS = {"": "F1", "bold": "F2", "italic": "F3"}


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
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
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode())
    resources = "<< /Font << " + " ".join(
        f"/{FONT_KEYS[s]} {i} 0 R" for s, i in font_ids.items()) + " >> >>"
    page_ids = []
    content_ids = []
    for n, lines in enumerate(_layout(pages, width), 1):
        stream = _page_stream(lines, header, f"{n}" if footer_numbers else "")
        content_ids.append(add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
        page_ids.append(add(b""))  # filled once the Pages id is known
    pages_id = add(b"")
    for pid, cid in zip(page_ids, content_ids):
        objects[pid - 1] = (f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                            f"/Contents {cid} 0 R /Resources {resources} >>").encode()
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects[pages_id - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    catalog_id = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())

    out = assemble(objects, catalog_id)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out)
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
