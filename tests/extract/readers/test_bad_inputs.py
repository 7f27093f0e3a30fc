"""Bad transcripts: one line naming the file and the problem, empty artefacts, never a traceback;
the same check refuses them in `corpus add`."""

from __future__ import annotations

import pytest

from corpus import extract
from corpus import io as cio
from corpus.cli import main
from corpus.documents import SHEET_COLUMNS, write_sheet

from .realtext import real_turns, timed, write_docx, write_textgrid

TURNS = timed(real_turns())[:4]
ARTEFACTS = ["text.txt", "pages.csv", "styles.csv", "structure.csv", "audit.csv", "times.csv",
             "speakers_hint.csv", "status.json"]


def _corrupt_docx(tmp_path):
    good = write_docx(tmp_path / "good.docx", [f"{l} : {w}" for l, w, _, _ in TURNS])
    path = tmp_path / "entretien.docx"
    path.write_bytes(good.read_bytes()[:2000])     # a copy cut short: the zip directory is gone
    return path


def _overlapping_textgrid(tmp_path):
    path = write_textgrid(tmp_path / "entretien.TextGrid", TURNS, "long_textgrid")
    text = path.read_text(encoding="utf-8")
    # E30's second interval starts before the end of its first one
    first, second = [t for t in TURNS if t[0] == "E30"][:2]
    text = text.replace(f"xmin = {second[2]:g} ", f"xmin = {first[3] - 1:g} ", 1)
    assert f"xmin = {first[3] - 1:g} " in text
    path.write_text(text, encoding="utf-8")
    return path


def _latin1_text(tmp_path):
    path = tmp_path / "entretien.txt"
    path.write_bytes("\n".join(f"{l} : {w}" for l, w, _, _ in TURNS).encode("cp1252"))
    return path


def _utf16_text(tmp_path):
    path = tmp_path / "entretien.txt"
    path.write_text("\n".join(f"{l} : {w}" for l, w, _, _ in TURNS), encoding="utf-16")
    return path


def _empty_transcript(tmp_path):
    path = tmp_path / "entretien.docx"
    write_docx(path, ["", "   "])
    return path


def _bad_xml_trs(tmp_path):
    path = tmp_path / "entretien.trs"
    path.write_text('<?xml version="1.0"?>\n<Trans><Speakers><Speaker id="spk1" name="E30"/>'
                    '</Speakers><Episode><Turn speaker="spk1">oui</Episode>', encoding="utf-8")
    return path


def _vtt_without_header(tmp_path):
    path = tmp_path / "entretien.vtt"
    path.write_text("00:00.000 --> 00:02.000\n<v E30>Oui elle vient à l'AG ouais...\n", encoding="utf-8")
    return path


def _truncated_textgrid(tmp_path):
    path = write_textgrid(tmp_path / "entretien.TextGrid", TURNS, "short_textgrid")
    path.write_text(path.read_text(encoding="utf-8")[:300], encoding="utf-8")
    return path


CASES = [
    (_corrupt_docx, "entretien.docx: corrupt .docx (not a valid Word zip archive"),
    (_overlapping_textgrid, "entretien.TextGrid: overlapping intervals in tier 'E30' at"),
    (_latin1_text, "entretien.txt: unexpected encoding: ISO-8859-1 (Latin-1) or Windows-1252 (byte 0xea"),
    (_utf16_text, "entretien.txt: unexpected encoding: UTF-16LE"),
    (_empty_transcript, "entretien.docx: empty transcript (no text)"),
    (_bad_xml_trs, "entretien.trs: not well-formed Transcriber XML"),
    (_vtt_without_header, "entretien.vtt: not a WebVTT file (no WEBVTT header)"),
    (_truncated_textgrid, "entretien.TextGrid: truncated or malformed TextGrid"),
]


@pytest.mark.parametrize("make,message", CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_extract_records_one_line_and_empty_artefacts(tmp_path, make, message):
    path = make(tmp_path)
    out = tmp_path / "interim"
    status = extract.run(path, "entretien", out)   # the stage's entry point, as the rule calls it
    assert status["status"] == "error"
    assert status["error"].startswith(message), status["error"]
    assert "\n" not in status["error"] and "Traceback" not in status["error"]
    for name in ARTEFACTS:
        assert (out / name).exists(), name
    assert cio.read_text(out / "text.txt") == ""
    assert cio.read_csv(out / "times.csv") == [] and cio.read_csv(out / "speakers_hint.csv") == []


@pytest.mark.parametrize("make,message", CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_corpus_add_refuses_with_the_same_line(tmp_path, make, message, capsys):
    path = make(tmp_path)
    sheet = tmp_path / "documents.csv"
    write_sheet(sheet, [])
    corpus_dir = tmp_path / "corpus"
    code = main(["add", str(path), "--doc-id", "e30", "--title", "Entretien E30", "--year", "2019",
                 "--sheet", str(sheet), "--corpus-dir", str(corpus_dir)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Error: " + message) and err.count("\n") == 1, err
    assert cio.read_csv(sheet) == [] and not corpus_dir.exists()


def test_corpus_add_proposes_entretien_and_the_workflow_file_path(tmp_path, capsys):
    path = write_docx(tmp_path / "Entretien E30.docx", [f"{l} : {w}" for l, w, _, _ in TURNS])
    sheet = tmp_path / "documents.csv"
    write_sheet(sheet, [])
    code = main(["add", str(path), "--doc-id", "e30", "--title", "Entretien E30", "--year", "2019",
                 "--sheet", str(sheet), "--corpus-dir", str(tmp_path / "corpus")])
    assert code == 0, capsys.readouterr().err
    rows = cio.read_csv(sheet)
    assert [(r["kind"], r["file"]) for r in rows] == [("entretien", "transcripts/e30.docx")]
    assert list(rows[0]) == SHEET_COLUMNS
    assert (tmp_path / "corpus" / "transcripts" / "e30.docx").read_bytes() == path.read_bytes()


def test_corpus_add_still_wants_a_kind_for_a_pdf(tmp_path, capsys):
    sheet = tmp_path / "documents.csv"
    write_sheet(sheet, [])
    (tmp_path / "these.pdf").write_bytes(b"%PDF-1.4\n")
    code = main(["add", str(tmp_path / "these.pdf"), "--doc-id", "t", "--title", "T", "--year", "2019",
                 "--sheet", str(sheet), "--corpus-dir", str(tmp_path / "corpus")])
    assert code == 1
    assert capsys.readouterr().err.startswith("Error: --kind is required for a PDF")


def test_corpus_add_refuses_ocr_for_a_transcript(tmp_path, capsys):
    path = write_docx(tmp_path / "e30.docx", [f"{l} : {w}" for l, w, _, _ in TURNS])
    sheet = tmp_path / "documents.csv"
    write_sheet(sheet, [])
    code = main(["add", str(path), "--doc-id", "e30", "--title", "E30", "--year", "2019", "--ocr",
                 "--sheet", str(sheet), "--corpus-dir", str(tmp_path / "corpus")])
    assert code == 1
    assert capsys.readouterr().err == "Error: e30.docx: --ocr applies to scanned PDFs, not to transcripts\n"


def test_corpus_add_names_the_accepted_file_types(tmp_path, capsys):
    path = tmp_path / "entretien.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 old Word binary")
    sheet = tmp_path / "documents.csv"
    write_sheet(sheet, [])
    code = main(["add", str(path), "--doc-id", "e30", "--title", "E30", "--year", "2019",
                 "--kind", "entretien", "--sheet", str(sheet), "--corpus-dir", str(tmp_path / "corpus")])
    assert code == 1
    assert capsys.readouterr().err.startswith(
        "Error: entretien.doc: unsupported file type '.doc' (accepted: .pdf, .docx, .odt, .txt")
