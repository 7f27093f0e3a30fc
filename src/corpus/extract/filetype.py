"""What a file named .pdf really is when it does not start like a PDF, and what to do about it.

A student downloads "the PDF" and gets the HTML page that shows it, a Word file renamed, a ZIP
of the thesis, a photo of a page: the error names it by its first bytes (its magic number) so
that the fix is obvious.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

# first bytes -> (what it is, what to do); checked in order
SIGNATURES = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc (or another Office 97-2003 file)",
     "save it as PDF or .docx in Word or LibreOffice"),
    (b"{\\rtf", "an RTF document", "save it as PDF or .docx in Word or LibreOffice"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "make a PDF of it (print to PDF), then OCR it: corpus ocr FILE.pdf"),
    (b"\xff\xd8\xff", "a JPEG image", "make a PDF of it (print to PDF), then OCR it: corpus ocr FILE.pdf"),
    (b"II*\x00", "a TIFF image", "make a PDF of it (print to PDF), then OCR it: corpus ocr FILE.pdf"),
    (b"MM\x00*", "a TIFF image", "make a PDF of it (print to PDF), then OCR it: corpus ocr FILE.pdf"),
    (b"GIF8", "a GIF image", "make a PDF of it (print to PDF), then OCR it: corpus ocr FILE.pdf"),
]
# a ZIP's member names -> what the archive is
ZIP_KINDS = [
    ("word/document.xml", "a Word document (.docx)",
     "give it the .docx suffix and add it again: corpus add FILE.docx"),
    ("content.xml", "an OpenDocument file (.odt)",
     "give it the .odt suffix and add it again, or save it as PDF in LibreOffice"),
]


def _zip_kind(path: Path) -> tuple[str, str]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        names = set()
    for member, what, todo in ZIP_KINDS:
        if member in names:
            return what, todo
    pdfs = sorted(n for n in names if n.lower().endswith(".pdf"))
    if pdfs:
        return f"a ZIP archive (holding {pdfs[0]})", "unzip it and add the PDF inside"
    return "a ZIP archive", "unzip it and add the PDF inside, if there is one"


def describe(path: str | Path, head: bytes) -> tuple[str, str] | None:
    """(what the file is, what to do), or None when its first bytes say nothing known."""
    path = Path(path)
    start = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    for magic, what, todo in SIGNATURES:
        if start.startswith(magic):
            return what, todo
    low = start.lower()
    if low.startswith(b"<!doctype html") or b"<html" in low:
        return ("an HTML page (a web page saved under a .pdf name)",
                "download the PDF itself (the file link, not the page that shows it), "
                "or open the page in a browser and print it to PDF")
    return None


def not_a_pdf(path: str | Path, head: bytes) -> str:
    """The problem line for a file that lacks the %PDF- header."""
    found = describe(path, head)
    if found is None:
        return "not a PDF (no %PDF- header)"
    what, todo = found
    return f"not a PDF but {what} (no %PDF- header); {todo}"
