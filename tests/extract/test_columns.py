"""Reading order: two columns read column by column across pages, a scrambled justified line and
a drop cap, a browser-printed two-column article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fixtures import layouts

from corpus import extract
from corpus import io as cio
from corpus.extract.columns import _columns_side_by_side, column_order
from corpus.extract.pdf import Line


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


# ---- three columns (issue #17, round 3) ---------------------------------------------------------


# Three columns of 11 pt justified text at x 49.7, 225.7 and 401.7, each 160.6 wide: the layout
# of an article printed by Chromium with `column-count: 3` (the round-3 bench of EXTRACT_PDF.md).
COLUMN_X = (49.7, 225.7, 401.7)


def _column_line(column: int, row: int) -> Line:
    text = f"colonne {column + 1}, ligne {row + 1} du texte justifié"
    x0 = COLUMN_X[column]
    return Line(1, 0, text, x0, 700.0 - 12.75 * row, x0 + 160.6, 711.0 - 12.75 * row, 11.0)


def test_three_columns_are_found_and_read_one_after_the_other():
    title = Line(1, 0, "La coordination en pratique", 49.7, 723.1, 395.0, 745.1, 22.0)
    body = [_column_line(c, r) for r in range(8) for c in range(3)]
    gutters = _columns_side_by_side([title] + body)
    assert gutters == pytest.approx([225.7, 401.7], abs=0.5)   # where columns 2 and 3 start
    ordered = [ln.text for ln in column_order([title] + body, gutters)]
    assert ordered[0] == "La coordination en pratique"
    assert ordered[1:] == [f"colonne {c + 1}, ligne {r + 1} du texte justifié"
                           for c in range(3) for r in range(8)]


def test_a_table_of_three_narrow_columns_is_not_a_page_in_columns():
    """Three columns 60 pt wide in a 512 pt text block (a table), under full-width text."""
    wide = [Line(1, 0, "Les équipes de soins primaires du territoire se sont coordonnées pendant la crise.",
                 49.7, 720.0 - 12.75 * r, 562.0, 731.0 - 12.75 * r, 11.0) for r in range(6)]
    cells = [Line(1, 0, f"cellule {c + 1}.{r + 1} du tableau", x, 600.0 - 12.75 * r, x + 60.0,
                  611.0 - 12.75 * r, 11.0) for r in range(8) for c, x in enumerate((49.7, 250.0, 450.0))]
    assert _columns_side_by_side(wide + cells) == []
