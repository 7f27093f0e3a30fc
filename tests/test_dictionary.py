"""The data dictionary (docs/DATA_DICTIONARY.md) against every column the stages write: the
tables and the interim files of two bundled documents (the session's `built_tables`).
tests/test_reproducibility.py checks the tables of a whole workflow run with the same parser."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from conftest import REPO

from corpus import io as cio

DICTIONARY = REPO / "docs" / "DATA_DICTIONARY.md"


def documented_columns(path: Path = DICTIONARY) -> dict[str, set[str]]:
    """{file name: columns} from the dictionary: each '### a.csv, b.csv' heading followed by a
    table whose first cells are `column` names."""
    out: dict[str, set[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            current = re.findall(r"[\w.]+\.(?:csv|jsonl|json)", line) if line.startswith("### ") else []
            for name in current:
                out.setdefault(name, set())
        elif line.startswith("| `") and current:
            column = re.match(r"\| `([^`]+)`", line).group(1)
            for name in current:
                out[name].add(column)
    return out


def header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_dictionary_documents_every_table_column(built_tables):
    documented = documented_columns()
    written = sorted((built_tables["root"] / "tables").glob("*.csv"))
    assert len(written) >= 14
    for path in written:
        assert path.name in documented, f"{path.name} is not in docs/DATA_DICTIONARY.md"
        cols = header(path)
        # the three grouped tables share one section: each file's own group column is enough
        missing = [c for c in cols if c not in documented[path.name]]
        assert not missing, f"{path.name}: undocumented column(s) {missing}"


def test_dictionary_documents_every_interim_column(built_tables):
    documented = documented_columns()
    folder = built_tables["interim"] / "fournier2021"
    for name in ("pages.csv", "structure.csv", "styles.csv", "audit.csv", "tokens.csv"):
        missing = [c for c in header(folder / name) if c not in documented[name]]
        assert not missing, f"{name}: undocumented column(s) {missing}"
    record = cio.read_jsonl(folder / "segments.jsonl")[0]
    assert not [k for k in record if k not in documented["segments.jsonl"]]
    status = cio.read_json(folder / "status.json")
    assert not [k for k in status if k not in documented["status.json"]]


def test_dictionary_has_no_stale_table_column(built_tables):
    documented = documented_columns()
    grouped = {"doc_id", "region", "role"}
    for path in sorted((built_tables["root"] / "tables").glob("*.csv")):
        cols = set(header(path))
        stale = documented[path.name] - cols
        if path.name.startswith(("themes_by_", "topic_prevalence_by_")):
            stale -= grouped  # one section documents the three group columns
        assert not stale, f"{path.name}: documented but not written: {sorted(stale)}"
