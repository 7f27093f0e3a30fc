"""The audit view (`report/audit.py`) of a document's page: verbatims, speaker labels and theme
hits highlighted on their PDF page (checked against the PDF itself, read by pdfminer), every
verbatim linked, a long document excerpted around its hits."""

from __future__ import annotations

import re

from corpus import io as cio
from corpus import report

from .conftest import QUOTE, html_text, pdf_page_with, verbatim_items


def page_block(html: str, doc_id: str, page: int) -> str:
    start = html.index(f"<details id='p-{doc_id}-{page}'>")
    return html[start:html.index("</details>", start)]


def test_audit_view_shows_a_quote_with_its_role_on_its_pdf_page(built):
    page = pdf_page_with("fournier2021", QUOTE)
    block = page_block(built["doc"]["fournier2021"], "fournier2021", page)
    m = re.search(r"<span class='v' title='([^']*)' id='seg-(fournier2021-\d+)'>([^<]*)", block)
    assert m, "no verbatim highlighted on that page"
    spans = re.findall(r"<span class='v'[^>]*>(.*?)(?=<span class='tag'>)", block, re.DOTALL)
    assert any(html_text(s).startswith("« " + QUOTE) for s in spans)
    assert re.search(r"<span class='spk' title='speaker label: médecin généraliste[^']*'>médecin généraliste", block)
    assert "[medecin_generaliste · Île-de-France" in block
    assert f"Page {page} — " in block
    # beside each page: the PDF at that page, to compare the audit view with the source
    assert re.search(rf"<a class='src' href='(\.\./)+[^']*/fournier2021\.pdf#page={page}'>source p\.{page}</a></summary>", block)


def test_theme_hits_are_highlighted_on_their_page(built):
    assert pdf_page_with("aef2021", "nouvelles formes de coopération") == 1
    block = page_block(built["doc"]["aef2021"], "aef2021", 1)
    coordination = list(built["themes"]).index("coordination")
    assert (f"<span class='h{coordination}' title='theme coordination: cooperation'>coopération</span>"
            in block)
    assert re.search(r"Page 1 — [^<]*coordination \d+", block)


def test_every_verbatim_of_a_document_is_listed_with_a_working_audit_link(built):
    doc = built["doc"]["fournier2021"]
    n = sum(1 for v in cio.read_csv(built["root"] / "tables" / "verbatims.csv") if v["doc_id"] == "fournier2021")
    items = verbatim_items(doc)
    assert len(items) == n
    ids = set(re.findall(r" id='([^']+)'", doc)) | set(re.findall(r' id="([^"]+)"', doc))
    targets = [re.search(r'<a href="#([^"]+)">audit view</a>', i).group(1) for i in items]
    assert all(t in ids for t in targets)


def test_gautier_audit_view_is_excerpted():
    """A long document keeps every verbatim in full but not every page of narrative."""
    text = "x" * (report.FULL_TEXT_MAX_CHARS + 10)
    pages = [{"page": "1", "char_start": "0", "char_end": str(len(text))}]
    quote = "« il fallait d'une part répondre aux inquiétudes des patients »"
    text = text[:1000] + quote + text[1000 + len(quote):]
    seg = {"segment_id": "d-00002", "kind": "verbatim", "char_start": 1000, "char_end": 1000 + len(quote),
           "page_start": 1, "speaker": "", "role_raw": "", "role": "medecin_generaliste", "region": ""}
    hit = {"theme": "coordination", "lemma": "coordination", "char_start": "5000", "char_end": "5012",
           "page": "1"}
    html = report.audit_view("d", {"text": text, "pages": pages, "segments": [seg]}, [hit],
                             ["coordination"], set())
    assert quote.replace("'", "&#x27;") in html
    assert html.count("x") < 3 * report.KWIC_WIDTH + 2000  # narrative kept only around the hit
    assert "[…]" in html


def test_a_word_transcript_is_audited_paragraph_by_paragraph(tmp_path):
    """A .docx's location unit is the paragraph (tests/fixtures/transcripts/README.md): the audit
    view says 'Paragraph 9' and 'source ¶9' for its 9th paragraph, not 'Page 9', 'source p.9'."""
    from pathlib import Path

    import docx

    from corpus import segment
    from corpus.extract import readers

    source = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts" / "entretien_artisan_excerpt.docx"
    paragraphs = [p.text.strip() for p in docx.Document(str(source)).paragraphs if p.text.strip()]
    n = next(i for i, p in enumerate(paragraphs, 1) if "responsable technique" in p)
    d = tmp_path / "artisan"
    status = readers.run(source, "artisan", d)
    segments = segment.run(d, {"doc_id": "artisan", "kind": "entretien", "region": "", "place": ""},
                           Path(__file__).resolve().parents[2] / "config" / "gazetteer.csv")
    interim = {"text": cio.read_text(d / "text.txt"), "pages": cio.read_csv(d / "pages.csv"),
               "segments": segments, "status": status}
    html = report.audit_view("artisan", interim, [], [], set(), page_href=lambda p: "artisan.docx")
    block = page_block(html, "artisan", n)
    assert f"<summary>Paragraph {n}" in block and f">source ¶{n}</a></summary>" in block
    assert paragraphs[n - 1][:60].replace("'", "&#x27;") in block
    assert "Page " not in html and "source p." not in html
