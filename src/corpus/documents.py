"""The document sheet (config/documents.csv): load, validate, add."""

from __future__ import annotations

import csv
import io as _io
import re
from pathlib import Path

from .config import schema
from .errors import DocumentSheetError

SHEET_COLUMNS = [
    "doc_id", "file", "title", "authors", "year", "kind", "venue", "url", "license",
    "language", "region", "place",
]
KINDS = ["these", "memoire", "article", "presse", "communication", "rapport"]
SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def _row_error(path, line: int, column: str, message: str) -> DocumentSheetError:
    return DocumentSheetError(f"{path}: line {line}, column '{column}': {message}")


def parse_sheet(text: str, path: str | Path = "documents.csv") -> list[dict]:
    """Parse and validate the sheet's text; raise DocumentSheetError naming line and column."""
    import jsonschema

    reader = csv.DictReader(_io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in SHEET_COLUMNS if c not in header]
    if missing:
        raise DocumentSheetError(f"{path}: line 1: missing column(s): {', '.join(missing)}")
    validator = jsonschema.Draft7Validator(schema("documents"))
    rows, seen = [], {}
    for row in reader:
        line = reader.line_num
        if None in row:
            raise _row_error(path, line, header[-1], "more cells than columns")
        row = {c: (row.get(c) or "").strip() for c in SHEET_COLUMNS}
        for err in validator.iter_errors(row):
            column = err.absolute_path[0] if err.absolute_path else "?"
            value = row.get(column, "")
            raise _row_error(path, line, column, f"invalid value {value!r} ({_explain(column)})")
        if row["doc_id"] in seen:
            raise _row_error(
                path, line, "doc_id",
                f"duplicate doc_id {row['doc_id']!r} (first on line {seen[row['doc_id']]})",
            )
        seen[row["doc_id"]] = line
        rows.append(row)
    return rows


def _explain(column: str) -> str:
    return {
        "doc_id": "letters, digits, '-' and '_' only, no path separators",
        "file": "a path ending in .pdf, relative to the corpus folder",
        "year": "a year between 1900 and 2100",
        "kind": "one of " + ", ".join(KINDS),
        "region": "a 2016 region name, 'Région X', 'National' or empty",
        "language": "only 'fr' is supported",
        "title": "must not be empty",
    }.get(column, "see workflow/schemas/documents.schema.yaml")


def load_sheet(path: str | Path) -> list[dict]:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentSheetError(f"{path}: file not found") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentSheetError(
            f"{path}: line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x}); save the sheet as UTF-8"
        ) from None
    return parse_sheet(text, path)


def write_sheet(path: str | Path, rows: list[dict]) -> None:
    from .io import write_csv

    write_csv(path, rows, SHEET_COLUMNS)


def by_id(rows: list[dict]) -> dict[str, dict]:
    return {r["doc_id"]: r for r in rows}
