"""The extraction stage: a document's file -> its interim folder (text.txt, pages.csv,
styles.csv, structure.csv, audit.csv, notes.csv, status.json; see docs/ARCHITECTURE.md).

A PDF is read in worker processes (``workers``) and assembled (``assemble``); any other format
goes to ``readers``. A document that fails is recorded as an error, never raised.
"""

from __future__ import annotations

from pathlib import Path

from .. import io as cio
from ..errors import InputError, NoTextLayerError, PdfError
from .assemble import Extracted, build_text
from .pdf import check_pdf_file
from .status import (
    DRAWN_PAGE_CURVES,
    LOW_TEXT_ERROR,
    LOW_TEXT_PAGE,
    _low_text_pages,
    document_garbled_share,
    quality,
    warnings,
)
from .workers import read_pdf


def extract_document(pdf_path: str | Path, timeout_seconds: float = 900, memory_mb: int = 2000,
                     page_workers: int = 1, allow_low_text: bool = False) -> Extracted:
    check_pdf_file(pdf_path)
    name = Path(pdf_path).name
    pages = read_pdf(pdf_path, timeout_seconds, memory_mb, page_workers)
    result = build_text(pages)
    n = result.n_pages
    if not result.text.strip():
        if len(result.no_text_pages) == n:
            raise NoTextLayerError(
                name, f"no text layer on {n}/{n} pages — run OCR "
                      "(e.g. ocrmypdf, see `corpus ocr`) first")
        unmapped = sum(int(r["unmapped_glyphs"]) for r in result.pages)
        if unmapped:
            raise PdfError(name, f"no readable text: {unmapped} glyphs without a character "
                                 "((cid:N): fonts without a ToUnicode map) — run OCR first")
        removed = sum(int(r.get("removed_lines") or 0) for r in result.pages)
        drawn = any(r["n_curves"] >= DRAWN_PAGE_CURVES for r in result.pages)
        # text was there, but every line repeated across pages (with pages drawn as curves,
        # the repeated lines are a browser's header and footer: the low-text error below says so)
        if removed and not drawn:
            raise PdfError(name, f"all {removed} text lines of its {n} pages were "
                                 "taken as running headers or footers (the same lines repeat "
                                 "on every page); nothing is left as body text")
        if allow_low_text:
            raise PdfError(name, f"no text on any of its {n} pages")
    low = _low_text_pages(result)
    if len(low) > LOW_TEXT_ERROR * n and not allow_low_text:
        drawn = sum(1 for r in result.pages if r["n_curves"] >= DRAWN_PAGE_CURVES)
        # one drawn page (a figure) among many blank ones does not make a print-to-PDF
        cause = (f"{drawn} pages drawn as vector curves (a print-to-PDF?)" if 2 * drawn >= len(low)
                 else "a scan, blank pages or a figure-only file?")
        raise PdfError(name, f"almost no text on {len(low)}/{n} pages (< {LOW_TEXT_PAGE} "
                             f"characters; {cause}); set extract.allow_low_text to accept it")
    return result


def write_outputs(result: Extracted, doc_id: str, out_dir: str | Path) -> None:
    from .structure import detect_structure

    garbled = document_garbled_share(result)
    status = {
        "doc_id": doc_id, "status": "ok", "error": "", "n_pages": result.n_pages,
        "n_chars": len(result.text), "empty_pages": result.empty_pages,
        "garbled_share": garbled, "location_unit": "page",
    }
    status.update(quality(result))
    status["warnings"] = warnings(result, garbled)
    cio.write_extraction(
        out_dir, status, result.text, pages=result.pages, styles=result.styles, audit=result.audit,
        notes=result.notes,
        structure=detect_structure(result.text, result.styles, result.paragraphs))


def write_error(doc_id: str, out_dir: str | Path, message: str, n_pages: int = 0,
                location_unit: str = "page") -> None:
    """An unprocessable document still gets its (empty) outputs, and its error on record."""
    cio.write_extraction(out_dir, {
        "doc_id": doc_id, "status": "error", "error": message, "n_pages": n_pages,
        "n_chars": 0, "empty_pages": [], "garbled_share": 0.0, "location_unit": location_unit,
        "warnings": "",
    })


def run(pdf_path: str | Path, doc_id: str, out_dir: str | Path, *, timeout_seconds: float = 900,
        memory_mb: int = 2000, page_workers: int | None = None, allow_low_text: bool = False) -> dict:
    """The extract stage: never raises on a bad PDF; records the error in status.json.

    ``page_workers`` None: as many as there are cores, at most 2.
    """
    from . import readers

    if readers.handles(pdf_path):  # Word, ODT, text, subtitles, Transcriber, Praat
        return readers.run(pdf_path, doc_id, out_dir)
    if page_workers is None:
        import os

        page_workers = max(1, min(2, os.cpu_count() or 1))
    try:
        result = extract_document(pdf_path, timeout_seconds, memory_mb, page_workers, allow_low_text)
    except InputError as exc:
        write_error(doc_id, out_dir, str(exc))
        return cio.read_status(out_dir)
    write_outputs(result, doc_id, out_dir)
    return cio.read_status(out_dir)
