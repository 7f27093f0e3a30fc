"""A file named .pdf that is something else: the error says what it is and what to do."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import matplotlib
import pytest

from corpus.cli import main
from corpus.extract.pdf import PdfError, check_pdf_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# the page that shows an article, saved by a browser instead of the PDF it links to
SAVED_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>La construction d'une organisation territoriale des acteurs de soins primaires face à l'épidémie de Covid-19</title>
</head>
<body><h1>La construction d'une organisation territoriale des acteurs de soins primaires face à
l'épidémie de Covid-19 : apports d'une étude de cas à l'échelle d'un canton</h1>
<p>Cécile Fournier, Pascal Clerc</p></body>
</html>
"""


def _problem(path: Path) -> str:
    with pytest.raises(PdfError) as err:
        check_pdf_file(path)
    return str(err.value)


def test_an_html_page_saved_as_pdf(tmp_path):
    path = tmp_path / "fournier2021.pdf"
    path.write_text(SAVED_PAGE, encoding="utf-8")
    problem = _problem(path)
    assert "not a PDF but an HTML page" in problem and "print it to PDF" in problem


def test_a_word_file_renamed_pdf_says_docx(tmp_path):
    path = tmp_path / "entretien.pdf"
    shutil.copy(FIXTURES / "transcripts" / "entretien_artisan_excerpt.docx", path)
    problem = _problem(path)
    assert "not a PDF but a Word document (.docx)" in problem and "corpus add FILE.docx" in problem


def test_a_zip_names_the_pdf_inside(tmp_path):
    path = tmp_path / "these.pdf"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FIXTURES / "pdf" / "scanned_page_fr.pdf", "these/scanned_page_fr.pdf")
    assert "a ZIP archive (holding these/scanned_page_fr.pdf)" in _problem(path)


def test_an_image_is_named_and_ocr_suggested(tmp_path):
    image = Path(matplotlib.get_data_path()) / "images" / "home.png"
    path = tmp_path / "page.pdf"
    shutil.copy(image, path)
    problem = _problem(path)
    assert "not a PDF but a PNG image" in problem and "corpus ocr" in problem


def test_unknown_bytes_keep_the_plain_message(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("Réunion de la CPTS du 12 mars : ordre du jour.\n", encoding="utf-8")
    assert _problem(path).endswith("not a PDF (no %PDF- header)")


def test_cli_extract_prints_one_line(tmp_path, capsys):
    path = tmp_path / "fournier2021.pdf"
    path.write_text(SAVED_PAGE, encoding="utf-8")
    assert main(["extract", str(path), "--doc-id", "fournier2021", "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("Error: fournier2021.pdf: not a PDF but an HTML page") and err.count("\n") == 1
