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

SNAKEMAKE = Path(sys.executable).parent / "snakemake"
SHEET_COLUMNS = ["doc_id", "file", "title", "authors", "year", "kind", "venue", "url", "license",
                 "language", "region", "place"]

pytestmark = pytest.mark.slow


def _reference(doc_id: str, first: int, last: int) -> list[str]:
    """Non-empty lines first..last (1-based) of a reference text, markdown marks removed."""
    lines = (CORPUS_DIR / "text" / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
    out = [re.sub(r"^[-#\s]+|\*", "", line).strip() for line in lines[first - 1:last]]
    return [line for line in out if line]


def _style(line: str) -> str:
    return "italic" if line.startswith("«") else ""


def write_project(root: Path) -> Path:
    """A self-contained project folder (config, sheet, lexicons, gazetteer, PDFs); relative paths."""
    (root / "config").mkdir(parents=True)
    for name in ("themes.yaml", "gazetteer.csv"):
        shutil.copy(REPO / "config" / name, root / "config" / name)
    article = _reference("fournier2021", 117, 125)
    thesis = _reference("gautier2019", 1636, 1668)
    make_pdf(root / "data" / "pdf" / "extrait_fournier.pdf",
             [[(article[0], "bold")] + [(p, "") for p in article[1:]]],
             header="Revue francophone sur la santé et les territoires")
    make_pdf(root / "data" / "pdf" / "extrait_gautier.pdf",
             [[(thesis[0], "bold")] + [(p, _style(p)) for p in thesis[1:]]],
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
    config = (REPO / "config" / "config.yaml").read_text(encoding="utf-8")
    config = config.replace("corpus_dir: data/corpus", "corpus_dir: data")
    config = re.sub(r"k_grid: \[[^\]]*\]", "k_grid: [2, 3]", config)
    config = re.sub(r"seeds: \[[^\]]*\]", "seeds: [1, 2]", config)
    config = re.sub(r"min_df: \d+", "min_df: 1", config)
    (root / "config" / "config.yaml").write_text(config, encoding="utf-8")
    return root


def run_workflow(root: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    return subprocess.run(
        [str(SNAKEMAKE), "-s", str(REPO / "Snakefile"), "--directory", str(root), "--cores", "2",
         "--quiet", *extra],
        capture_output=True, text=True, env=env, timeout=900,
    )


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    roots = []
    for name in ("first", "second"):
        root = write_project(tmp_path_factory.mktemp(name))
        result = run_workflow(root)
        assert result.returncode == 0, result.stderr[-3000:]
        roots.append(root)
    return roots


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
