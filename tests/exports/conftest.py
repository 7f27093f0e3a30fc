"""Tables and exports of two bundled documents, built once for the export tests.

fournier2021 quotes its interviewees (verbatims); aef2021 has theme hits in its body text and
press quotes. The tables come from the real stages (extract -> themes -> tables).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SHEET_PATH, THEMES_PATH

from corpus import cli, exports
from corpus.documents import load_sheet
from corpus.themes import load_themes

DOCS = ["aef2021", "fournier2021"]
THEME_IDS = list(load_themes(THEMES_PATH))


@pytest.fixture(scope="package")
def corpus_dirs(pipeline, tmp_path_factory):
    """Tables for the two documents, built by the real stages, and the interim root."""
    from corpus.tables import build_tables

    for doc in DOCS:
        pipeline.interim(doc, upto="themes")
    tables = tmp_path_factory.mktemp("tables")
    sheet = [r for r in load_sheet(SHEET_PATH) if r["doc_id"] in DOCS]
    build_tables(sheet, pipeline.root, tables, THEME_IDS)
    return tables, pipeline.root


@pytest.fixture(scope="package")
def tables(corpus_dirs):
    return exports.load_tables(corpus_dirs[0], optional=("segments",))


@pytest.fixture(scope="package")
def texts(corpus_dirs):
    return {d: (corpus_dirs[1] / d / "text.txt").read_text(encoding="utf-8") for d in DOCS}


@pytest.fixture(scope="package")
def out(corpus_dirs, tmp_path_factory):
    """All exports, written through the CLI as the workflow does."""
    tables_dir, interim = corpus_dirs
    out = tmp_path_factory.mktemp("exports")
    common = ["--tables", str(tables_dir), "--interim", str(interim), "--themes", str(THEMES_PATH)]
    assert cli.main(["export", "iramuteq", *common, "-o", str(out / "corpus_iramuteq.txt")]) == 0
    assert cli.main(["export", "iramuteq", *common, "--unit", "section",
                     "-o", str(out / "sections.txt")]) == 0
    assert cli.main(["export", "qdpx", *common, "-o", str(out / "corpus.qdpx")]) == 0
    assert cli.main(["export", "txm", *common, "--sheet", str(SHEET_PATH),
                     "-o", str(out / "txm")]) == 0
    return out


def copy_tables(tables_dir: Path, dest: Path) -> Path:
    """A writable copy of the tables folder, to add or alter one table in a test."""
    shutil.copytree(tables_dir, dest)
    return dest
