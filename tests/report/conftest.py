"""The report of two bundled documents, built once per session for the report's tests, and the
helpers that read its pages.

aef2021 has theme hits in its body text and press quotes; fournier2021 quotes its interviewees
inline (role, structure). The tables (incl. topics on a small grid) come from the real stages
(`built_tables`, tests/conftest.py, shared with the data dictionary's tests).
"""

from __future__ import annotations

import html as _html
import re
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, TABLE_DOCS

from corpus import report

DOCS = TABLE_DOCS
QUOTE = "Une baisse d'activité, ce n'est pas sûr"  # fournier2021, a GP "(médecin généraliste, cabinet de groupe)"


@pytest.fixture(scope="session")
def built(built_tables):
    """The tables of `built_tables` and the report built from them: its pages' text."""
    out, config, themes = built_tables["root"], built_tables["config"], built_tables["themes"]
    info = report.build_report(out / "tables", out / "report" / "index.html", config, built_tables["interim"],
                               themes)
    read = lambda p: p.read_text(encoding="utf-8")
    return {**built_tables, "info": info, "report": out / "report",
            "html": read(out / "report" / "index.html"),
            "doc": {d: read(out / "report" / "documents" / f"{d}.html") for d in DOCS},
            "verbatims": read(out / "report" / "verbatims.html")}


def pdf_page_with(doc_id: str, needle: str) -> int:
    """The PDF page (1-based) whose text, as pdfminer reads it directly, holds ``needle``."""
    from pdfminer.high_level import extract_pages

    for n, layout in enumerate(extract_pages(str(CORPUS_DIR / "pdf" / f"{doc_id}.pdf")), 1):
        text = " ".join(el.get_text() for el in layout if hasattr(el, "get_text"))
        if needle in re.sub(r"\s+", " ", text):
            return n
    raise AssertionError(f"{needle!r} not in {doc_id}.pdf")


def html_text(fragment: str) -> str:
    return _html.unescape(re.sub(r"<[^>]+>", "", fragment))


def verbatim_items(page: str) -> list[str]:
    return re.findall(r"<li>\s*<div class=\"vmeta\">.*?</li>", page, re.DOTALL)


def resolve(page_path: Path, href: str) -> tuple[Path, str]:
    """The file a relative link of a page points to, and its fragment."""
    target, _, fragment = href.partition("#")
    return (page_path.parent / target).resolve(), fragment
