"""The `corpus` command in-process: add, list, summary (one-line errors, exit codes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, DOC_IDS, SHEET_PATH
from fixtures import bad_inputs, memoir

from corpus import io as cio
from corpus.cli import main


@pytest.fixture(scope="module")
def memoir_pdf(tmp_path_factory) -> Path:
    return memoir.write_pdf(tmp_path_factory.mktemp("memoir") / "memoire.pdf")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder laid out like the repository: config/ (sheet, config.yaml), data/corpus/pdf/."""
    (tmp_path / "config").mkdir()
    shutil.copy(SHEET_PATH, tmp_path / "config" / "documents.csv")
    (tmp_path / "config" / "config.yaml").write_text(
        (SHEET_PATH.parent / "config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "data" / "corpus" / "pdf").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


ADD = ["add", "--doc-id", "blavet2024", "--title", "Coordonner les soins autour du Blavet",
       "--authors", "Anne Le Gall", "--year", "2024", "--kind", "memoire", "--region", "Bretagne",
       "--place", "Hennebont"]


def test_add_uses_the_config_paths(project, memoir_pdf, capsys):
    assert main([*ADD, str(memoir_pdf)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("added blavet2024: data/corpus/pdf/blavet2024.pdf")
    assert (project / "data" / "corpus" / "pdf" / "blavet2024.pdf").read_bytes() == memoir_pdf.read_bytes()
    rows = cio.read_csv(project / "config" / "documents.csv")
    assert rows[-1]["doc_id"] == "blavet2024" and rows[-1]["region"] == "Bretagne"
    assert rows[-1]["language"] == "fr" and rows[-1]["kind"] == "memoire"


def test_add_with_explicit_sheet_and_corpus_dir(tmp_path, memoir_pdf, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no config/ here: the options say where
    sheet = tmp_path / "sheet.csv"
    shutil.copy(SHEET_PATH, sheet)
    corpus_dir = tmp_path / "my corpus"
    assert main([*ADD, str(memoir_pdf), "--sheet", str(sheet), "--corpus-dir", str(corpus_dir)]) == 0
    assert (corpus_dir / "pdf" / "blavet2024.pdf").exists()
    assert cio.read_csv(sheet)[-1]["file"] == "pdf/blavet2024.pdf"


@pytest.mark.parametrize("change, message", [
    (["--doc-id", "fournier2021"], "Error: doc_id 'fournier2021' is already in the sheet"),
    (["--doc-id", "../../etc"], "Error: doc_id '../../etc' is not a safe id"),
    (["--year", "3024"], "Error: year '3024' is out of range"),
    (["--year", "2024a"], "Error: year '2024a' is not a year: write it in four digits"),
    (["--region", "Bretagne Sud"], "Error: region 'Bretagne Sud' is not a 2016 region name"),
    (["--kind", "thèse"], "Error: kind 'thèse' is not one of these, memoire, article"),
])
def test_add_refusal_is_one_error_line_and_exit_1(project, memoir_pdf, capsys, change, message):
    before = (project / "config" / "documents.csv").read_bytes()
    assert main([*ADD, str(memoir_pdf), *change]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(message) and captured.err.count("\n") == 1, captured.err
    assert (project / "config" / "documents.csv").read_bytes() == before
    assert not any((project / "data" / "corpus" / "pdf").iterdir())


def test_add_refuses_random_bytes(project, tmp_path, capsys):
    pdf = bad_inputs.random_bytes(tmp_path / "notes.pdf")
    assert main([*ADD, str(pdf)]) == 1
    assert capsys.readouterr().err == "Error: notes.pdf: not a PDF (no %PDF- header)\n"


def test_add_missing_file(project, capsys):
    assert main([*ADD, "nowhere.pdf"]) == 1
    assert capsys.readouterr().err == "Error: nowhere.pdf: file not found\n"


def _results(root: Path, table_rows: list[dict], interim: dict[str, dict]) -> Path:
    results = root / "results"
    cio.write_csv(results / "tables" / "documents.csv", table_rows, cio.DOCUMENTS_COLUMNS)
    for doc_id, status in interim.items():
        cio.write_json(results / "interim" / doc_id / "status.json", status)
    return results


def test_list_shows_each_document_and_its_status(project, memoir_pdf, capsys):
    for doc_id in ("fournier2021", "aef2021", "sfsp2023"):
        shutil.copy(CORPUS_DIR / "pdf" / f"{doc_id}.pdf", project / "data" / "corpus" / "pdf")
    assert main([*ADD, str(memoir_pdf)]) == 0
    _results(project,
             [{"doc_id": "fournier2021", "status": "ok", "error": ""},
              {"doc_id": "aef2021", "status": "error", "error": "aef2021.pdf: encrypted PDF"}],
             {"sfsp2023": {"status": "ok", "error": ""}})
    capsys.readouterr()
    assert main(["list"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:-1]}
    assert sorted(lines) == sorted(DOC_IDS + ["blavet2024"])
    assert lines["fournier2021"].endswith(" ok")
    assert "Île-de-France" in lines["fournier2021"] and "article" in lines["fournier2021"]
    assert lines["aef2021"].endswith("error: aef2021.pdf: encrypted PDF")
    assert "tables not rebuilt yet" in lines["sfsp2023"]
    assert "new: not processed yet" in lines["blavet2024"]
    assert "PDF missing: data/corpus/pdf/gautier2019.pdf" in lines["gautier2019"]


def test_list_stops_on_a_malformed_sheet(project, capsys):
    sheet = project / "config" / "documents.csv"
    sheet.write_bytes(sheet.read_bytes() + sheet.read_bytes().splitlines(keepends=True)[1])
    assert main(["list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: config/documents.csv: line 7, column 'doc_id': duplicate doc_id 'fournier2021'")


def test_summary_exit_code_says_whether_a_document_failed(tmp_path, capsys):
    ok = {"doc_id": "fournier2021", "status": "ok", "error": ""}
    bad = {"doc_id": "scan", "status": "error", "error": "scan.pdf: no text layer on 1/1 pages"}
    _results(tmp_path, [ok], {})
    assert main(["summary", "--results", str(tmp_path / "results")]) == 0
    assert capsys.readouterr().out == "summary: 1/1 documents ok\n"
    _results(tmp_path, [ok, bad], {})
    assert main(["summary", "--results", str(tmp_path / "results")]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == ["summary: 1/2 documents ok",
                                "  error: scan: scan.pdf: no text layer on 1/1 pages"]


def test_summary_without_tables_is_an_error(tmp_path, capsys):
    assert main(["summary", "--results", str(tmp_path)]) == 1
    assert "the workflow did not reach the tables" in capsys.readouterr().err


def test_status_json_is_what_list_reads(project, capsys):
    """The interim status written by extraction (not only the table) feeds `corpus list`."""
    shutil.copy(CORPUS_DIR / "pdf" / "sfsp2023.pdf", project / "data" / "corpus" / "pdf")
    _results(project, [], {"sfsp2023": {"status": "error", "error": "sfsp2023.pdf: timeout"}})
    main(["list"])
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("sfsp2023"))
    assert "error: sfsp2023.pdf: timeout (tables not rebuilt yet" in line


def test_summary_lists_documents_with_warnings(tmp_path, capsys):
    rows = [{"doc_id": "fournier2021", "status": "ok", "error": "", "warnings": ""},
            {"doc_id": "report_en", "status": "ok", "error": "", "warnings": "language=en"}]
    _results(tmp_path, rows, {})
    assert main(["summary", "--results", str(tmp_path / "results")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "summary: 2/2 documents ok", "  warning: report_en: language=en"]


def test_add_speakers_appends_to_the_configured_sheet(project, capsys):
    (project / "config" / "speakers.csv").write_text("doc_id,code,role,region,place,note\n", encoding="utf-8")
    new = project / "mine.csv"
    new.write_text("doc_id,code,role,region,place,note\nperelli2022,P24,pharmacienne,Occitanie,,\n",
                   encoding="utf-8")
    assert main(["add", "--speakers", str(new)]) == 0
    assert "added 1 speaker row(s)" in capsys.readouterr().out
    assert cio.read_csv(project / "config" / "speakers.csv")[0]["code"] == "P24"
    new.write_text("doc_id,code,role,region,place,note\nperelli2022,P25,astronaute,,,\n", encoding="utf-8")
    assert main(["add", "--speakers", str(new)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "astronaute" in err and err.count("\n") == 1
    assert main(["add"]) == 1 and "corpus add --speakers FILE" in capsys.readouterr().err


def test_list_names_a_missing_transcript_a_file_not_a_pdf(project, capsys):
    sheet = project / "config" / "documents.csv"
    rows = cio.read_csv(sheet)
    rows.append({**rows[0], "doc_id": "artisan01", "file": "transcripts/artisan01.docx",
                 "kind": "entretien", "title": "Entretien artisan 01"})
    from corpus.documents import write_sheet

    write_sheet(sheet, rows)
    assert main(["list"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:-1]}
    assert lines["artisan01"].endswith("file missing: data/corpus/transcripts/artisan01.docx")
    assert "PDF missing: data/corpus/pdf/gautier2019.pdf" in lines["gautier2019"]


@pytest.mark.parametrize("name, head", [
    ("entretien.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),  # Word 97-2003 (OLE2)
    ("entretien.rtf", b"{\\rtf1\\ansi Enqu\\'eateur : Bonjour"),
    ("entretien", b"%PDF-1.4\n"),  # a download saved without its extension
])
def test_add_an_unread_file_type_says_so_before_asking_for_kind(project, tmp_path, capsys, name, head):
    """`corpus add entretien.doc` without --kind said "--kind is required for a PDF": the student
    adds --kind, then learns that .doc is not read at all."""
    path = tmp_path / name
    path.write_bytes(head + b" Bonjour, pouvez-vous vous pr\xe9senter ?")
    before = (project / "config" / "documents.csv").read_bytes()
    assert main(["add", str(path), "--doc-id", "e12", "--title", "Entretien E12", "--year", "2024"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: {name}: unsupported file type") and err.count("\n") == 1, err
    assert "save a .doc or .rtf as .docx" in err
    assert (project / "config" / "documents.csv").read_bytes() == before
