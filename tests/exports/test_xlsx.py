"""tables.xlsx: a sheet per table, header frozen, numbers as numbers, text as text (no formula),
long cells cut with a note, the same bytes on every run."""

from __future__ import annotations

import pytest

from corpus import cli, exports
from corpus import io as cio


@pytest.fixture(scope="module")
def workbook(corpus_dirs, tmp_path_factory):
    tables_dir = corpus_dirs[0]
    path = tmp_path_factory.mktemp("xlsx") / "tables.xlsx"
    files = sorted(tables_dir.glob("*.csv"))
    assert cli.main(["export", "xlsx", *map(str, files), "-o", str(path)]) == 0
    return path, files


@pytest.mark.parametrize("values, kind", [
    (["1", "22", "", "-3"], "int"),
    (["0.5", "12", "-0.25", "3e-05"], "float"),
    (["007", "12"], "text"),          # a leading zero is an identifier, not a number
    (["2019", "s.d."], "text"),
    (["", ""], "text"),
    (["12345678901234567890"], "text"),  # more digits than a spreadsheet number keeps
])
def test_column_types(values, kind):
    assert exports.column_type(values) == kind


def test_one_sheet_per_table_with_frozen_header_and_filter(workbook):
    import openpyxl

    path, files = workbook
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [f.stem for f in files]
    for f in files:
        ws = wb[f.stem]
        columns, rows = cio.read_table(f)
        assert [c.value for c in ws[1]] == columns
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws.max_row == len(rows) + 1


def test_numbers_are_numbers_and_text_stays_text(workbook):
    import openpyxl

    path, files = workbook
    wb = openpyxl.load_workbook(path)
    docs = {f.stem: f for f in files}
    _, rows = cio.read_table(docs["documents"])
    ws = wb["documents"]
    header = [c.value for c in ws[1]]
    for excel_row, row in zip(ws.iter_rows(min_row=2, values_only=True), rows):
        cells = dict(zip(header, excel_row))
        assert cells["n_tokens"] == int(row["n_tokens"]) and isinstance(cells["n_tokens"], int)
        assert cells["year"] == int(row["year"])
        assert cells["title"] == row["title"] and isinstance(cells["title"], str)
    ws = wb["themes_by_document"]
    header = [c.value for c in ws[1]]
    per_10k = [dict(zip(header, r))["per_10k"] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(v, (int, float)) for v in per_10k) and any(isinstance(v, float) for v in per_10k)


def test_formula_like_text_and_long_cells(tmp_path, capsys):
    import openpyxl

    rows = [{"doc_id": "a", "n": "3", "text": "=HYPERLINK(\"http://x\")"},
            {"doc_id": "b", "n": "", "text": "-5 ans de CPTS"},
            {"doc_id": "c", "n": "12", "text": "x" * 40000}]
    table = cio.write_csv(tmp_path / "quotes.csv", rows, ["doc_id", "n", "text"])
    target = tmp_path / "t.xlsx"
    assert cli.main(["export", "xlsx", str(table), "-o", str(target)]) == 0
    assert "quotes.csv: 1 cell(s) longer than 32767 characters cut (longest 40000)" in capsys.readouterr().out
    ws = openpyxl.load_workbook(target)["quotes"]
    cells = list(ws.iter_rows(min_row=2))
    assert cells[0][2].data_type == "s" and cells[0][2].value == rows[0]["text"]
    assert cells[1][2].value == "-5 ans de CPTS" and cells[1][1].value is None
    assert cells[2][1].value == 12
    assert len(cells[2][2].value) == 32767 and cells[2][2].value.endswith("[…]")
    import zipfile

    with zipfile.ZipFile(target) as zf:  # no formula element anywhere in the sheet
        assert all(b"<f>" not in zf.read(n) and b"<f " not in zf.read(n)
                   for n in zf.namelist() if n.startswith("xl/worksheets/"))


def test_same_tables_give_the_same_bytes(workbook, tmp_path):
    path, files = workbook
    exports.export_xlsx(files, tmp_path / "again.xlsx")
    assert (tmp_path / "again.xlsx").read_bytes() == path.read_bytes()


def test_reads_tables_written_for_french_excel(tmp_path):
    import openpyxl

    rows = [{"region": "Île-de-France", "per_10k": 1.5}, {"region": "Occitanie", "per_10k": 2}]
    table = cio.write_csv(tmp_path / "by_region.csv", rows, ["region", "per_10k"], dialect="excel")
    exports.export_xlsx([table], tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["by_region"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [
        ["region", "per_10k"], ["Île-de-France", 1.5], ["Occitanie", 2]]


def test_missing_table_is_an_error(tmp_path, capsys):
    assert cli.main(["export", "xlsx", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "t.xlsx")]) == 1
    assert "nope.csv: missing" in capsys.readouterr().err


def test_exports_are_the_same_from_tables_written_for_french_excel(pipeline, corpus_dirs, out,
                                                                  tmp_path, monkeypatch):
    """tables.excel_csv: the tables stage writes BOM + ';'; every export reads them alike."""
    from conftest import SHEET_PATH, THEMES_PATH

    from corpus.documents import load_sheet
    from corpus.tables import build_tables
    from corpus.themes import load_themes

    from .conftest import DOCS, THEME_IDS

    tables_dir, interim = corpus_dirs
    monkeypatch.setattr(cio, "DEFAULT_DIALECT", "excel")
    excel = tmp_path / "tables"
    build_tables([r for r in load_sheet(SHEET_PATH) if r["doc_id"] in DOCS], interim, excel, THEME_IDS)
    monkeypatch.setattr(cio, "DEFAULT_DIALECT", "standard")
    for table in sorted(excel.glob("*.csv")):
        assert table.read_bytes().startswith(b"\xef\xbb\xbf") and b";" in table.read_bytes()[:200]
        assert cio.read_table(table) == cio.read_table(tables_dir / table.name)
    exports.export_qdpx(excel, interim, load_themes(THEMES_PATH), tmp_path / "c.qdpx")
    assert (tmp_path / "c.qdpx").read_bytes() == (out / "corpus.qdpx").read_bytes()
    exports.export_iramuteq(excel, interim, THEME_IDS, tmp_path / "i.txt")
    assert (tmp_path / "i.txt").read_bytes() == (out / "corpus_iramuteq.txt").read_bytes()
