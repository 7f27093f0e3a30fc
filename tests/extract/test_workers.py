"""Reading a PDF in worker processes: page ranges read in parallel give the same pages."""

from __future__ import annotations

from conftest import CORPUS_DIR

from corpus.extract import workers


def test_page_ranges_in_parallel_give_the_same_pages():
    pdf = CORPUS_DIR / "pdf" / "perelli2022.pdf"   # 55 pages: split into ranges
    assert len(workers.page_ranges(55, 2)) > 1
    one = workers.read_pdf(pdf, page_workers=1)
    two = workers.read_pdf(pdf, page_workers=2)
    assert list(one) == list(two) == list(range(1, 56))
    assert [[ln.text for ln in p.lines] for p in one.values()] == \
           [[ln.text for ln in p.lines] for p in two.values()]
