"""``results/tables.xlsx``: every corpus table in one workbook, for spreadsheet users.

One sheet per table (named after the CSV, cut to Excel's 31 characters), in the order given;
the header row is frozen and filterable. Columns are typed from their cells: a column whose
non-empty cells are all numbers as the CSV writes them (``12``, ``-0.5``, ``3e-05``; no leading
zero such as ``007``, which stays text) is written as numbers, integers as integers; every other
column is text, stored as text even when a cell starts with ``=``, ``+``, ``-`` or ``@`` (no
formula runs when the file is opened). Empty cells stay empty.

Excel holds at most 32,767 characters in a cell: a longer text is cut there and ends with
``[…]``; each cut is noted in the export log (the CSV keeps the full text). The workbook has
fixed document dates and zip timestamps, so the same tables give the same bytes.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from pathlib import Path

from .. import io as cio
from ..errors import CorpusError

MAX_CELL = 32767
CUT_MARK = " […]"
MAX_WIDTH = 60
SHEET_NAME_MAX = 31
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
EXACT_INT = 2 ** 53  # beyond this a spreadsheet's double loses digits: keep such ids as text
FIXED_DATE = datetime.datetime(2000, 1, 1)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
CORE_PROPERTIES = "docProps/core.xml"
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def column_type(values: list[str]) -> str:
    """'int', 'float' or 'text' for the cells of one column (see module doc)."""
    cells = [v for v in values if v != ""]
    if not cells:
        return "text"
    if any(INTEGER.fullmatch(v) and abs(int(v)) >= EXACT_INT for v in cells):
        return "text"
    if all(INTEGER.fullmatch(v) for v in cells):
        return "int"
    if all(NUMBER.fullmatch(v) for v in cells):
        return "float"
    return "text"


def sheet_names(paths: list[Path]) -> list[str]:
    """Unique sheet names from the file names, within Excel's rules."""
    names: list[str] = []
    for p in paths:
        base = BAD_SHEET_CHARS.sub("_", p.stem)[:SHEET_NAME_MAX] or "table"
        name, n = base, 2
        while name.lower() in {x.lower() for x in names}:
            suffix = f"~{n}"
            name, n = base[:SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def _cell(ws, value: str, kind: str, cut: list):
    from openpyxl.cell import WriteOnlyCell

    if value == "":
        return None
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if len(value) > MAX_CELL:
        cut.append(len(value))
        value = value[:MAX_CELL - len(CUT_MARK)] + CUT_MARK
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # openpyxl would take '=…' for a formula
    if cio.is_formula_like(value):
        cell.quotePrefix = True
    return cell


def _stable_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps: openpyxl stamps the zip members and the
    document's 'modified' date with the time of saving."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == CORE_PROPERTIES:
                content = MODIFIED.sub(rb"\g<1>" + FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                                       + rb"\g<2>", content)
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return out.getvalue()


def export_xlsx(table_paths: list[str | Path], output: str | Path) -> dict:
    """Write the workbook; return the counts and the notes for the export log."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    paths = [Path(p) for p in table_paths]
    for p in paths:
        if not p.exists():
            raise CorpusError(f"{p}: missing; run the stage that writes it first")
    wb = Workbook(write_only=True)
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.properties.creator = "corpus"
    notes, n_rows = [], 0
    for path, name in zip(paths, sheet_names(paths)):
        columns, rows = cio.read_table(path)
        ws = wb.create_sheet(name)
        values = [[r.get(c, "") or "" for c in columns] for r in rows]
        kinds = [column_type([row[i] for row in values]) for i in range(len(columns))]
        for i, c in enumerate(columns, start=1):
            longest = max([len(c)] + [len(row[i - 1]) for row in values[:1000]])
            ws.column_dimensions[get_column_letter(i)].width = min(longest, MAX_WIDTH) + 2
        ws.freeze_panes = "A2"
        if columns:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(values) + 1}"
        ws.append(list(columns))
        cut: list[int] = []
        for row in values:
            ws.append([_cell(ws, v, k, cut) for v, k in zip(row, kinds)])
        if cut:
            notes.append(f"{path.name}: {len(cut)} cell(s) longer than {MAX_CELL} characters cut "
                         f"(longest {max(cut)}); the CSV has the full text")
        n_rows += len(values)
    if not paths:
        wb.create_sheet("empty")
    buf = io.BytesIO()
    wb.save(buf)
    with cio.atomic_open(output, "wb") as fh:
        fh.write(_stable_zip(buf.getvalue()))
    return {"sheets": len(paths), "rows": n_rows, "notes": notes}
