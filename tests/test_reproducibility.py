"""Reproducibility: the workflow run twice, in two different folders, gives identical bytes.

The fixture corpus is typeset in the test from real corpus text (tests/pdfgen.py): an excerpt
of fournier2021 (inline quotes with a parenthesised role), an excerpt of gautier2019 (block
quotes from Régions A, B and C with "Entretien n°N – role – region" lines) and a truncated PDF.
Two separate folders catch absolute paths written into a table; two separate processes catch
hash-randomised set orders.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, REPO
from pdfgen import make_pdf
from project import write_config

SNAKEMAKE = Path(sys.executable).parent / "snakemake"
from corpus.documents import SHEET_COLUMNS

pytestmark = pytest.mark.slow


def _pages(doc_id: str, pages: list[tuple[int, int]]) -> list[list[tuple[str, str]]]:
    """Reference-text lines first..last (1-based) per page, as (paragraph, style): markdown
    headings become bold headings, quotes « ... » italic as in the original documents."""
    lines = (CORPUS_DIR / "text" / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for first, last in pages:
        page = []
        for line in lines[first - 1:last]:
            text = re.sub(r"^[-#\s]+|\*", "", line).strip()
            if text:
                style = "bold" if line.startswith("#") else "italic" if text.startswith("«") else ""
                page.append((text, style))
        out.append(page)
    return out


def write_project(root: Path) -> Path:
    """A self-contained project folder (config, sheet, lexicons, gazetteer, PDFs); relative paths."""
    (root / "config").mkdir(parents=True)
    make_pdf(root / "data" / "pdf" / "extrait_fournier.pdf",
             _pages("fournier2021", [(115, 121), (123, 125), (126, 126)]),
             header="Revue francophone sur la santé et les territoires")
    make_pdf(root / "data" / "pdf" / "extrait_gautier.pdf",
             _pages("gautier2019", [(1636, 1647), (1648, 1659), (1660, 1668)]),
             header="Les conditions de l'action collective")
    (root / "data" / "pdf" / "tronque.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    rows = [
        ["extrait_fournier", "pdf/extrait_fournier.pdf", "Extrait Fournier & Clerc", "Cécile Fournier; Pascal Clerc",
         "2021", "article", "", "", "CC BY-NC-SA 4.0", "fr", "Île-de-France", "Les Mureaux, Yvelines"],
        ["extrait_gautier", "pdf/extrait_gautier.pdf", "Extrait Gautier", "Sylvain Gautier",
         "2019", "these", "", "", "", "fr", "", ""],
        ["tronque", "pdf/tronque.pdf", "Un PDF tronqué", "", "2020", "memoire", "", "", "", "fr", "", ""],
    ]
    with open(root / "config" / "documents.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(SHEET_COLUMNS)
        writer.writerows(rows)
    write_config(root, seeds=[1, 2])
    return root


def start_workflow(root: Path, cores: int = 1) -> subprocess.Popen:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    return subprocess.Popen(
        [str(SNAKEMAKE), "-s", str(REPO / "Snakefile"), "--directory", str(root), "--cores", str(cores),
         "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """The same project in two folders, run at the same time (one core each, to stay fast)."""
    base = tmp_path_factory.mktemp("runs")
    first = write_project(base / "first")
    second = base / "second"
    shutil.copytree(first, second)  # same inputs even if config/ changes meanwhile
    procs = [start_workflow(first), start_workflow(second)]
    for proc in procs:
        out, _ = proc.communicate(timeout=900)
        assert proc.returncode == 0, out[-3000:]
    return [first, second]


def test_tables_are_byte_identical(two_runs):
    first, second = (digests(r / "results" / "tables") for r in two_runs)
    assert len(first) >= 14
    assert first == second


def test_the_fixture_exercises_every_table(two_runs):
    # identical empty tables would prove nothing: the fixture must fill the tables that matter
    tables = two_runs[0] / "results" / "tables"
    for name in ("documents", "segments", "verbatims", "speakers", "theme_hits", "themes_by_region",
                 "themes_by_role", "topics", "topic_models", "topic_prevalence_by_region"):
        with open(tables / f"{name}.csv", encoding="utf-8") as fh:
            assert sum(1 for _ in fh) > 2, name


def test_no_absolute_path_or_timestamp_in_results(two_runs):
    root = two_runs[0]
    stamp = re.compile(r"20\d\d-\d\d-\d\d[T ]\d\d:\d\d")
    for path in [*sorted((root / "results" / "tables").glob("*.csv")),
                 root / "results" / "report" / "index.html", root / "results" / "manifest.json"]:
        text = path.read_text(encoding="utf-8")
        assert str(root) not in text, path.name
        assert str(REPO) not in text, path.name
        assert not stamp.search(text), path.name


def test_report_and_manifest_are_byte_identical(two_runs):
    first, second = two_runs
    for rel in ("results/report/index.html", "results/manifest.json"):
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_verify_accepts_the_run_and_names_an_altered_table(two_runs):
    root = two_runs[1]
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    corpus = [str(Path(sys.executable).parent / "corpus"), "verify"]
    ok = subprocess.run(corpus, cwd=root, capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    with open(root / "results" / "tables" / "speakers.csv", "a", encoding="utf-8") as fh:
        fh.write("x,y,autre,,1,1\n")
    bad = subprocess.run(corpus, cwd=root, capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 1
    assert "results/tables/speakers.csv" in bad.stdout
    assert "changed" in bad.stdout


def test_every_table_the_workflow_writes_is_in_the_data_dictionary(two_runs):
    from test_dictionary import documented_columns, header

    documented = documented_columns()
    for path in sorted((two_runs[0] / "results" / "tables").glob("*.csv")):
        assert path.name in documented, f"{path.name} is not in docs/DATA_DICTIONARY.md"
        missing = [c for c in header(path) if c not in documented[path.name]]
        assert not missing, f"{path.name}: undocumented column(s) {missing}"


def test_snakemake_report_of_the_run(two_runs):
    """`make report`: Snakemake's own report (rules, commands, timings) with our page in it."""
    root = two_runs[0]
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    result = subprocess.run(
        [str(SNAKEMAKE), "-s", str(REPO / "Snakefile"), "--directory", str(root), "--cores", "1",
         "--report", str(root / "snakemake_report.html")],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    page = (root / "snakemake_report.html").read_text(encoding="utf-8")
    assert "index.html" in page and "manifest.json" in page
