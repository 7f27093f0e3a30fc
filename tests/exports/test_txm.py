"""TXM export: one text per document + metadata.csv, in a folder of its own that is replaced
whole, and never a folder holding someone else's files."""

from __future__ import annotations

from conftest import SHEET_PATH, THEMES_PATH

from corpus import cli, exports
from corpus import io as cio
from corpus.documents import load_sheet

from .conftest import DOCS


def test_folder_has_one_text_per_document_and_metadata(out, texts):
    folder = out / "txm"
    meta = cio.read_csv(folder / "metadata.csv")
    header = (folder / "metadata.csv").read_text(encoding="utf-8").split("\n")[0].split(",")
    assert header[0] == "id" and all(c.isascii() for c in header)
    assert sorted(r["id"] for r in meta) == sorted(DOCS)
    assert sorted(p.stem for p in folder.glob("*.txt")) == sorted(DOCS)
    for doc in DOCS:
        assert (folder / f"{doc}.txt").read_text(encoding="utf-8") == texts[doc]
    sheet = {r["doc_id"]: r for r in load_sheet(SHEET_PATH)}
    for r in meta:
        assert r["authors"] == sheet[r["id"]]["authors"] and r["year"] == sheet[r["id"]]["year"]


def test_other_files_in_the_target_folder_are_never_deleted(corpus_dirs, tmp_path, capsys):
    tables_dir, interim = corpus_dirs
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "entretien_brut.txt").write_text("mes notes", encoding="utf-8")
    (mine / "plan.docx").write_bytes(b"PK\x03\x04")
    before = {p.name: p.read_bytes() for p in mine.iterdir()}
    code = cli.main(["export", "txm", "--tables", str(tables_dir), "--interim", str(interim),
                     "--themes", str(THEMES_PATH), "--sheet", str(SHEET_PATH), "-o", str(mine)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith(f"Error: {mine}: holds files the TXM export did not write")
    assert "entretien_brut.txt" in err
    assert {p.name: p.read_bytes() for p in mine.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]  # no temporary folder left


def test_its_own_folder_is_replaced_whole(corpus_dirs, tmp_path):
    tables_dir, interim = corpus_dirs
    folder = tmp_path / "txm"
    assert exports.export_txm(tables_dir, interim, load_sheet(SHEET_PATH), folder) == len(DOCS)
    # as if an earlier export had included a document since removed from the corpus
    (folder / "retired2020.txt").write_text("old", encoding="utf-8")
    marker = folder / exports.TXM_MARKER
    marker.write_text(marker.read_text(encoding="utf-8") + "retired2020.txt\n", encoding="utf-8")
    assert exports.export_txm(tables_dir, interim, load_sheet(SHEET_PATH), folder) == len(DOCS)
    assert sorted(p.stem for p in folder.glob("*.txt")) == sorted(DOCS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["txm"]


def test_an_empty_existing_folder_is_used(corpus_dirs, tmp_path):
    tables_dir, interim = corpus_dirs
    folder = tmp_path / "empty"
    folder.mkdir()
    assert exports.export_txm(tables_dir, interim, load_sheet(SHEET_PATH), folder) == len(DOCS)
    assert (folder / "metadata.csv").exists()
