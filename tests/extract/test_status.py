"""A PDF's verdict in status.json: page flags, quality, warnings (garbled text, unmapped glyphs,
another language), none on the bundled documents."""

from __future__ import annotations

from conftest import DOC_IDS
from fixtures import layouts

from corpus import extract
from corpus import io as cio


def _extract(tmp_path, make, name, **kwargs):
    pdf = make(tmp_path / f"{name}.pdf")
    status = extract.run(pdf, name, tmp_path / name, **kwargs)
    return status, tmp_path / name


def test_quality_flags_on_pages_and_document(pipeline):
    status = cio.read_json(pipeline.interim("sfsp2023") / "status.json")
    for key in ("garbled_share", "garbled_pages", "no_text_layer_pages", "low_text_pages",
                "chars_per_page_median", "quality"):
        assert key in status
    clean_status = cio.read_json(pipeline.interim("fournier2021") / "status.json")
    # the OCRed slides have more garbled/unknown words than the typeset article
    assert status["garbled_share"] > 2 * clean_status["garbled_share"]
    pages = cio.read_csv(pipeline.interim("sfsp2023") / "pages.csv")
    assert all(p["has_text"] == "1" for p in pages)


def test_unmapped_glyphs_are_counted_flagged_and_never_words(tmp_path):
    status, out = _extract(tmp_path, layouts.unmapped_pdf, "cid")
    text = cio.read_text(out / "text.txt")
    assert "(cid:" not in text and "coordination des soins primaires" in text
    assert "unmapped_glyphs=276" in status["warnings"]
    assert status["garbled_share"] > 0.5   # issue #20 item 9: a (cid:N) text is garbled
    pages = cio.read_csv(out / "pages.csv")
    assert pages[0]["unmapped_glyphs"] == "276"
    only, _out = _extract(tmp_path, lambda p: layouts.unmapped_pdf(p, readable=False), "cid_only")
    assert only["status"] == "error" and "glyphs without a character" in only["error"]


def test_an_english_document_warns(tmp_path):
    status, _out = _extract(tmp_path, layouts.english_pdf, "english")
    assert status["status"] == "ok" and status["warnings"] == "language=en"
    assert status["location_unit"] == "page"


def test_bundled_documents_have_no_warnings_and_a_location_unit(pipeline):
    for doc_id in DOC_IDS:
        status = cio.read_json(pipeline.interim(doc_id) / "status.json")
        assert status["location_unit"] == "page"
        assert status["warnings"] == "", doc_id
        assert (pipeline.interim(doc_id) / "notes.csv").exists()
