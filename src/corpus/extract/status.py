"""A PDF's verdict for status.json: each page's flags (no text layer, little text, garbled),
the document's quality, warnings, and when it has too little text to be taken."""

from __future__ import annotations

import statistics

from .assemble import Extracted
from .quality import garbled_with_unmapped, guess_language

GARBLED_PAGE = 0.15   # a page with more than this share of garbled/unknown words is flagged
LOW_TEXT_PAGE = 200   # characters: a text page with fewer is flagged (cover, figure, scan)
GARBLED_DOC = 0.10    # a document with more garbled/unknown words than this warns
LOW_TEXT_WARN = 0.25  # share of pages with little or no text from which a document warns
LOW_TEXT_ERROR = 0.5  # ... and above which it is an error (extract.allow_low_text overrides)
DRAWN_PAGE_CURVES = 200  # vector paths on a page with little text: text drawn as curves


def _low_text_pages(result: Extracted) -> list[int]:
    """Pages with almost no text: no text layer, or fewer than LOW_TEXT_PAGE characters."""
    return [r["page"] for r in result.pages if r["n_chars"] < LOW_TEXT_PAGE]


def quality(result: Extracted) -> dict:
    """Per-document quality flags, from the per-page rows."""
    text_pages = [r for r in result.pages if r["has_text"]]
    chars = [r["n_chars"] for r in text_pages]
    garbled = [r["page"] for r in text_pages if r["garbled_share"] > GARBLED_PAGE and r["n_chars"] >= 100]
    low = [r["page"] for r in text_pages if r["n_chars"] < LOW_TEXT_PAGE]
    flags = []
    if result.no_text_pages:
        flags.append("partly_scanned")
    if garbled:
        flags.append("garbled_pages")
    return {
        "no_text_layer_pages": result.no_text_pages,
        "garbled_pages": garbled,
        "low_text_pages": low,
        "chars_per_page_median": statistics.median(chars) if chars else 0,
        "quality": ",".join(flags) or "ok",
    }


def document_garbled_share(result: Extracted) -> float:
    return garbled_with_unmapped(result.text, sum(int(r["unmapped_glyphs"]) for r in result.pages))


def warnings(result: Extracted, garbled: float | None = None) -> str:
    """What a reader of the tables must know about this document's text, as
    ``key=value; key=value`` ('' when nothing): pages with little or no text, pages drawn as
    curves, garbled words, glyphs without characters, a language other than French."""
    n = result.n_pages
    garbled = document_garbled_share(result) if garbled is None else garbled
    found = []
    low = _low_text_pages(result)
    if result.no_text_pages:
        found.append(f"no_text_layer_pages={len(result.no_text_pages)}/{n}")
    if len(low) >= min(2, n) and len(low) >= LOW_TEXT_WARN * n:
        found.append(f"low_text_pages={len(low)}/{n}")
    drawn = [r["page"] for r in result.pages
             if r["n_curves"] >= DRAWN_PAGE_CURVES and r["n_chars"] < LOW_TEXT_PAGE]
    if drawn:
        found.append(f"drawn_pages={len(drawn)}/{n}")
    if garbled > GARBLED_DOC:
        found.append(f"garbled_share={garbled:.2f}")
    garbled_pages = quality(result)["garbled_pages"]
    if garbled_pages:
        found.append(f"garbled_pages={len(garbled_pages)}/{n}")
    unmapped = sum(int(r["unmapped_glyphs"]) for r in result.pages)
    if unmapped:
        found.append(f"unmapped_glyphs={unmapped}")
    language = guess_language(result.text)
    if language and language != "fr":
        found.append(f"language={language}")
    return "; ".join(found)
