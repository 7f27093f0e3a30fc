"""OCR of a scanned page (optional tools): a clear message without them, French text with them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus import extract
from corpus import io as cio
from corpus.extract import ocr

FIXTURES = Path(__file__).parents[1] / "fixtures" / "pdf"


def test_ocr_without_tools_says_how_to_get_them(monkeypatch, capsys, tmp_path):
    from corpus import cli

    monkeypatch.setattr(shutil, "which", lambda name: None)
    code = cli.main(["ocr", str(FIXTURES / "scanned_page_fr.pdf"), "-o", str(tmp_path / "o.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Error: scanned_page_fr.pdf: ") and "make ocr-deps" in err


@pytest.mark.skipif(shutil.which("ocrmypdf") is None or shutil.which("tesseract") is None,
                    reason="optional OCR tools not installed (make ocr-deps)")
def test_ocr_adds_a_french_text_layer(tmp_path):
    out = ocr.ocr_pdf(FIXTURES / "scanned_page_fr.pdf", tmp_path / "ocr.pdf")
    status = extract.run(out, "scan", tmp_path / "out")
    assert status["status"] == "ok"
    text = cio.read_text(tmp_path / "out" / "text.txt")
    assert "whisky" in text and "juge blond" in text
