"""Reading order: two columns read column by column across pages, a scrambled justified line and
a drop cap, a browser-printed two-column article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fixtures import layouts
from corpus import extract
from corpus import io as cio


def _extract(tmp_path, make, name, **kwargs):
    pdf = make(tmp_path / f"{name}.pdf")
    status = extract.run(pdf, name, tmp_path / name, **kwargs)
    return status, tmp_path / name


@pytest.mark.parametrize("n_pages", [4, 6])   # 4: each running head on 2 pages only
def test_two_columns_alternating_heads_and_compound_hyphens(tmp_path, n_pages):
    _status, out = _extract(tmp_path, lambda p: layouts.two_column_pdf(p, n_pages), "review")
    text = cio.read_text(out / "text.txt")
    for head in layouts.HEADS:
        assert head not in text
    assert not re.search(r"(?m)^14[1-6]$", text) and not re.search(r"\b14[1-6]\b", text)
    # one paragraph: it runs from column to column and from page to page
    assert len(text.splitlines()) == 1
    cases = layouts.HYPHEN_CASES[:10 * 2 * n_pages]
    wrong = [(a, b) for a, b, good in cases if good not in text]
    assert wrong == []
    audit = cio.read_csv(out / "audit.csv")
    decisions = [r for r in audit if r["reason"] in ("dehyphenated", "hyphen_kept")]
    assert len(decisions) == len(cases)   # every decision on record, with its rule
    assert all(re.search(r"\(\w+\)$", r["replacement"]) for r in decisions)


def test_reading_order_of_a_scrambled_justified_line_and_a_drop_cap(tmp_path):
    _status, out = _extract(tmp_path, layouts.reading_order_pdf, "order")
    text = cio.read_text(out / "text.txt")
    assert "les infirmières libérales ont organisé des tournées communes" in text
    assert "La communauté a mis en place" in text and "L a communauté" not in text


REALPDF = Path(__file__).parents[1] / "fixtures" / "realpdf"


def test_a_browser_printed_two_column_article_reads_as_written(tmp_path):
    """Chromium's print-to-PDF: two justified columns, a drop cap, soft hyphens, the browser's
    header and footer; the text must come out as the source's paragraphs, in order."""
    source = (REALPDF / "chromium_article.txt").read_text(encoding="utf-8").split("\n")
    source = [p for p in source if p] * 3
    status = extract.run(REALPDF / "chromium_article.pdf", "web", tmp_path / "web")
    assert status["status"] == "ok" and status["warnings"] == ""
    paragraphs = cio.read_text(tmp_path / "web" / "text.txt").splitlines()
    assert paragraphs == ["La coordination en pratique"] + source
    audit = cio.read_csv(tmp_path / "web" / "audit.csv")
    removed = {r["original"] for r in audit if r["reason"] in ("running_header_footer", "page_number")}
    assert "CPTS : la coordination en pratique" in removed and "2/2" in removed
