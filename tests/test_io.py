"""corpus.io: the one place for writes — fixed float format, atomic renames, readable files."""

from __future__ import annotations

import os
import stat

import numpy as np
import pytest

from corpus import io as cio


def test_cells_have_one_stable_text_form():
    assert cio.format_value(0.1 + 0.2) == "0.3"          # not 0.30000000000000004
    assert cio.format_value(2 / 3) == "0.666667"          # FLOAT_DIGITS decimals
    assert cio.format_value(-1e-9) == "0"                 # no "-0" from rounding
    assert cio.format_value(float("nan")) == ""
    assert cio.format_value(True) == "1" and cio.format_value(False) == "0"
    assert cio.format_value(np.int64(7)) == "7"
    assert cio.format_value(np.float32(0.25)) == "0.25"
    assert cio.format_value(None) == ""
    assert cio.format_value("Île-de-France") == "Île-de-France"


def test_write_csv_is_byte_stable_and_shareable(tmp_path):
    rows = [{"doc_id": "perelli2022", "speaker": "P5", "n": 3, "rate": 1 / 3}]
    a = cio.write_csv(tmp_path / "a.csv", rows, ["doc_id", "speaker", "n", "rate"])
    b = cio.write_csv(tmp_path / "b.csv", [dict(reversed(list(rows[0].items())))],
                      ["doc_id", "speaker", "n", "rate"])
    assert a.read_bytes() == b.read_bytes() == b"doc_id,speaker,n,rate\nperelli2022,P5,3,0.333333\n"
    assert stat.S_IMODE(os.stat(a).st_mode) == 0o644


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    path = tmp_path / "verbatims.csv"
    cio.write_csv(path, [{"text": "« On a fait beaucoup de pédagogie »"}], ["text"])
    before = path.read_bytes()

    def rows():
        yield {"text": "première ligne"}
        raise RuntimeError("killed mid-write")

    with pytest.raises(RuntimeError):
        cio.write_csv(path, rows(), ["text"])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verbatims.csv"]


def test_jsonl_round_trip_keeps_french_text(tmp_path):
    records = [{"segment_id": "x-00001", "text": "« réunionite » – l’exercice coordonné"}]
    path = cio.write_jsonl(tmp_path / "segments.jsonl", records)
    assert "réunionite" in path.read_text(encoding="utf-8")  # not \\u escapes: a person reads it
    assert cio.read_jsonl(path) == records


def test_missing_status_reads_as_an_error(tmp_path):
    status = cio.read_status(tmp_path)
    assert status["status"] == "error" and "status.json" in status["error"]
    assert not cio.is_ok(tmp_path)


def test_page_map_with_blank_pages_gaps_and_overlaps():
    # rows as gautier2019's pages.csv has them: page 375 starts inside page 374 (a table row
    # rejoined across the break); page 2 is blank; one '\n' separates pages 3 and 4
    pages = [{"page": 1, "char_start": 0, "char_end": 100}, {"page": 2, "char_start": 100, "char_end": 100},
             {"page": 3, "char_start": 100, "char_end": 200}, {"page": 4, "char_start": 201, "char_end": 300},
             {"page": 374, "char_start": 1125224, "char_end": 1129725},
             {"page": 375, "char_start": 1129392, "char_end": 1132582}]
    pm = cio.PageMap(pages)
    assert [pm.page(o) for o in (0, 99, 100, 150, 200, 201)] == [1, 1, 3, 3, 3, 4]
    assert pm.page(1129455) == 374            # where the rejoined text begins
    assert pm.page(1129455, last=True) == 375
    assert pm.page(1129800) == pm.page(1129800, last=True) == 375


# ---- CSV dialect for French-locale Excel (config tables.excel_csv) -------------------------
ROWS = [{"region": "Île-de-France", "place": "Les Mureaux; Yvelines", "per_10k": 12.5, "n": 3},
        {"region": "", "place": "« P5 » dit \"oui\"", "per_10k": 0.25, "n": 0}]
COLS = ["region", "place", "per_10k", "n"]


def test_excel_dialect_has_bom_semicolons_and_decimal_points(tmp_path):
    path = cio.write_csv(tmp_path / "t.csv", ROWS, COLS, dialect="excel")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfregion;place;per_10k;n\n")
    assert "Île-de-France;\"Les Mureaux; Yvelines\";12.5;3\n".encode() in raw  # ';' in a cell is quoted
    assert raw.count(b"\n") == 3


def test_readers_recognise_either_dialect(tmp_path):
    standard = cio.write_csv(tmp_path / "s.csv", ROWS, COLS)
    excel = cio.write_csv(tmp_path / "e.csv", ROWS, COLS, dialect="excel")
    assert cio.csv_dialect_of(standard) == "standard" and cio.csv_dialect_of(excel) == "excel"
    assert cio.read_csv(excel) == cio.read_csv(standard)
    assert cio.read_csv(excel)[0]["region"] == "Île-de-France"  # no BOM glued to the first name
    assert cio.read_table(excel) == cio.read_table(standard)
    assert cio.read_frame(excel).equals(cio.read_frame(standard))
    empty = cio.write_csv(tmp_path / "empty.csv", [], COLS, dialect="excel")
    assert cio.read_table(empty) == (COLS, [])


def test_default_dialect_is_what_the_cli_option_sets(tmp_path, monkeypatch):
    from corpus import cli

    monkeypatch.setattr(cio, "DEFAULT_DIALECT", "standard")
    parts = cio.csv_text(ROWS, COLS)
    assert cio.write_csv_parts(tmp_path / "p.csv", [parts], COLS).read_bytes() == \
        cio.write_csv(tmp_path / "w.csv", ROWS, COLS).read_bytes()
    cli.main(["--csv-dialect", "excel", "summary", "--results", str(tmp_path / "none")])
    assert cio.DEFAULT_DIALECT == "excel"
    assert cio.write_csv(tmp_path / "x.csv", ROWS, COLS).read_bytes().startswith(b"\xef\xbb\xbf")
