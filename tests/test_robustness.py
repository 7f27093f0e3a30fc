"""Bad input and faults: broken PDFs, killed runs, malformed sheets, spreadsheet formulas.

The workflow tests run `make workflow` (what `make run` runs after its set-up check) on a small
project made in a temporary folder: two good documents (the memoir fixture, and an excerpt of
aef2021 typeset from its reference text) and five broken files put in the sheet by hand, as when
a PDF was copied without `corpus add` or damaged afterwards.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, REPO
from fixtures import bad_inputs, memoir
from pdfgen import make_pdf
from project import write_config

from corpus import io as cio
from corpus.documents import SHEET_COLUMNS, add_document, new_row, write_sheet

BIN = Path(sys.executable).parent
GOOD = ["memoir", "aef_toulouse"]
BROKEN = {  # doc_id -> what the error message must say
    "empty": "empty file",
    "random": "not a PDF",
    "truncated": "truncated",
    "encrypted": "encrypted",
    "scanned": "no text layer",
}
PER_DOC_RULES = {"extract", "segment", "nlp", "themes"}


def _aef_lines(first: int, last: int) -> list[str]:
    lines = (CORPUS_DIR / "text" / "aef2021.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines[first - 1:last] if ln.strip()]


def aef_excerpt(path: Path, first: int, last: int) -> Path:
    """A page or two typeset from aef2021's reference text (lines first..last)."""
    paras = _aef_lines(first, last)
    pages = [[(paras[0], "bold")] + [(p, "") for p in paras[1:4]], [(p, "") for p in paras[4:]]]
    return make_pdf(path, [p for p in pages if p], header="AEF info")


def _row(doc_id: str, kind: str = "memoire", region: str = "", **extra) -> dict:
    row = new_row(doc_id, f"Document {doc_id}", "Test", 2024, kind, region=region)
    row.update(extra)
    return row


def write_project(root: Path) -> Path:
    """A project folder the Makefile can run in (the Snakefile stays in the repository)."""
    pdf = root / "data" / "pdf"
    pdf.mkdir(parents=True)
    memoir.write_pdf(pdf / "memoir.pdf")
    aef_excerpt(pdf / "aef_toulouse.pdf", 30, 40)
    bad_inputs.empty(pdf / "empty.pdf")
    bad_inputs.random_bytes(pdf / "random.pdf")
    bad_inputs.truncated(pdf / "memoir.pdf", pdf / "truncated.pdf")
    bad_inputs.encrypted(pdf / "encrypted.pdf")
    shutil.copy(bad_inputs.SCANNED, pdf / "scanned.pdf")
    rows = [_row("memoir"), _row("aef_toulouse", kind="presse", region="Occitanie")]
    rows += [_row(doc_id) for doc_id in BROKEN]
    (root / "config").mkdir()
    write_sheet(root / "config" / "documents.csv", rows)
    write_config(root)
    return root


def make_cmd(root: Path, *args: str) -> list[str]:
    return ["make", "--no-print-directory", "-f", str(REPO / "Makefile"), "-C", str(root),
            "workflow", f"BIN={BIN}", f"SNAKEFILE={REPO / 'Snakefile'}", *args]


def run_make(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(make_cmd(root), capture_output=True, text=True, timeout=900)


def snakemake(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{BIN}:{os.environ.get('PATH', '')}")
    return subprocess.run([str(BIN / "snakemake"), "-s", str(REPO / "Snakefile"), "--directory",
                           str(root), "--cores", "2", *args],
                          capture_output=True, text=True, env=env, timeout=600)


def digests(root: Path) -> dict[str, str]:
    """sha256 of every table and per-document artefact (the manifest and report may hold times)."""
    results = root / "results"
    files = sorted(list((results / "tables").glob("*.csv")) + list((results / "interim").glob("*/*")))
    return {str(f.relative_to(results)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def scheduled_jobs(dry_run_output: str) -> list[tuple[str, str]]:
    """(rule, doc wildcard or '') of each job a `snakemake -n` would run."""
    jobs, rule = [], None
    for line in dry_run_output.splitlines():
        m = re.match(r"^(?:local)?rule (\w+):", line)
        if m:
            if rule:
                jobs.append((rule, ""))
            rule = m.group(1)
            continue
        m = re.match(r"^\s+wildcards: .*\bdoc=([^,\s]+)", line)
        if m and rule:
            jobs.append((rule, m.group(1)))
            rule = None
    if rule:
        jobs.append((rule, ""))
    return jobs


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """The project's inputs, never run: each test copies it."""
    return write_project(tmp_path_factory.mktemp("template") / "project")


@pytest.fixture(scope="module")
def finished(template, tmp_path_factory):
    """The template after one uninterrupted `make workflow`: (folder, completed process)."""
    root = tmp_path_factory.mktemp("finished") / "project"
    shutil.copytree(template, root)
    return root, run_make(root)


# ---- broken documents are errors; the good ones complete; the exit code says so -----------

@pytest.mark.slow
def test_broken_documents_are_errors_and_good_ones_complete(finished):
    root, result = finished
    docs = {r["doc_id"]: r for r in cio.read_csv(root / "results" / "tables" / "documents.csv")}
    assert sorted(docs) == sorted(GOOD + list(BROKEN))
    for doc_id in GOOD:
        assert docs[doc_id]["status"] == "ok", docs[doc_id]
        assert int(docs[doc_id]["n_tokens"]) > 300
    for doc_id, problem in BROKEN.items():
        assert docs[doc_id]["status"] == "error"
        assert docs[doc_id]["error"].startswith(f"{doc_id}.pdf: "), docs[doc_id]["error"]
        assert problem in docs[doc_id]["error"]
    segments = cio.read_csv(root / "results" / "tables" / "segments.csv")
    assert {s["doc_id"] for s in segments} == set(GOOD)
    topics = root / "results" / "tables" / "topics.csv"
    assert len(cio.read_csv(topics)) > 0
    assert (root / "results" / "report" / "index.html").exists()


@pytest.mark.slow
def test_run_summary_lists_errors_and_exit_code_says_failure(finished):
    root, result = finished
    assert result.returncode != 0
    out = result.stdout
    assert "summary: 2/7 documents ok" in out
    for doc_id in BROKEN:
        assert re.search(rf"^\s+error: {doc_id}: {doc_id}\.pdf: ", out, re.M), out[-2000:]
    # the workflow itself succeeded: the failure comes from the documents, not from a crash
    assert "Nothing to be done" not in out
    assert "Exiting because a job execution failed" not in result.stdout + result.stderr


@pytest.mark.slow
def test_a_good_corpus_exits_zero(finished, tmp_path):
    """Same project minus the broken rows: the exit code is 0 and nothing is recomputed per doc."""
    root = tmp_path / "project"
    shutil.copytree(finished[0], root, symlinks=True)
    sheet = root / "config" / "documents.csv"
    rows = [r for r in cio.read_csv(sheet) if r["doc_id"] in GOOD]
    write_sheet(sheet, rows)
    dry = snakemake(root, "--dry-run")
    # a document's report page lists corpus-wide figures, so it follows the tables; no stage that
    # reads the document (extract, segment, nlp, themes) runs again
    per_doc = {rule for rule, doc in scheduled_jobs(dry.stdout) if doc}
    assert per_doc <= {"report_doc"}, dry.stdout[-3000:]
    result = run_make(root)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "summary: 2/2 documents ok" in result.stdout


# ---- a new document is processed alone ---------------------------------------------------

@pytest.mark.slow
def test_adding_a_document_schedules_only_that_document(finished, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(finished[0], root, symlinks=True)
    assert "Nothing to be done" in snakemake(root, "--dry-run").stdout
    new_pdf = aef_excerpt(tmp_path / "maubeuge.pdf", 45, 56)
    add_document(new_pdf, root / "config" / "documents.csv", root / "data",
                 new_row("aef_maubeuge", "Maubeuge", "Andrieu", 2021, "presse",
                         region="Hauts-de-France"))
    dry = snakemake(root, "--dry-run")
    assert dry.returncode == 0, dry.stderr[-3000:]
    jobs = scheduled_jobs(dry.stdout)
    per_doc = {(rule, doc) for rule, doc in jobs if rule in PER_DOC_RULES}
    assert per_doc == {(rule, "aef_maubeuge") for rule in PER_DOC_RULES}, jobs
    corpus_wide = {rule for rule, doc in jobs if rule not in PER_DOC_RULES}
    assert {"tables", "topics", "report", "manifest", "all"} <= corpus_wide


# ---- SIGKILL at any moment, then `make run`: the same tables -----------------------------

def _alive_in_group(pgid: int) -> bool:
    """Whether a process of the group still runs (zombies hold no file, so they do not count)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _wait_gone(pgid: int, timeout: float = 60) -> None:
    """Until every process of the killed group has exited: a big process takes a while to die,
    and until then it holds the run lock."""
    deadline = time.monotonic() + timeout
    while _alive_in_group(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)


def _run_until(root: Path, condition, timeout: float = 600) -> bool:
    """Start `make workflow`; SIGKILL its whole process group once condition() holds."""
    log = open(root / "killed_run.log", "ab")
    proc = subprocess.Popen(make_cmd(root), stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if condition():
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                _wait_gone(proc.pid)
                return True
            time.sleep(0.05)
        return False
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            _wait_gone(proc.pid)
        log.close()


@pytest.mark.slow
def test_killed_runs_restart_to_identical_tables(template, finished, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(template, root)
    interim, tables = root / "results" / "interim", root / "results" / "tables"
    kill_points = [
        lambda: (interim / "memoir" / "text.txt").exists(),        # during extraction
        lambda: (interim / "aef_toulouse" / "tokens.csv").exists(),  # between nlp jobs
        lambda: (tables / "documents.csv").exists(),               # during topics
    ]
    killed = 0
    for point in kill_points:
        killed += _run_until(root, point)
        assert list((root / ".snakemake" / "locks").glob("*")) or not killed, "no stale lock?"
    assert killed == len(kill_points), (root / "killed_run.log").read_text(errors="replace")[-3000:]
    result = run_make(root)
    assert "summary: 2/7 documents ok" in result.stdout, result.stdout[-3000:] + result.stderr[-3000:]
    assert digests(root) == digests(finished[0])
    assert "Nothing to be done" in snakemake(root, "--dry-run").stdout


# ---- a malformed sheet stops the workflow before any work ------------------------------------

def _sheet_text(rows: list[list[str]]) -> str:
    return "\n".join(",".join(r) for r in rows) + "\n"


GOOD_ROW = ["memoir", "pdf/memoir.pdf", "Mémoire", "Test", "2024", "memoire", "", "", "", "fr", "", ""]
MALFORMED = {
    "missing column": (
        _sheet_text([SHEET_COLUMNS[:-1], GOOD_ROW[:-1]]).encode(), r"line 1: missing column\(s\): place"),
    "bad encoding": (  # line 3 saved in Latin-1 by a spreadsheet program
        _sheet_text([SHEET_COLUMNS, GOOD_ROW]).encode()
        + _sheet_text([["x2", "pdf/x2.pdf", "Région Île-de-France", "", "2020", "article", "", "", "",
                        "fr", "", ""]]).encode("latin-1"),
        r"line 3: not UTF-8 \(byte 0xe9\)"),
    "duplicate id": (
        _sheet_text([SHEET_COLUMNS, GOOD_ROW, ["memoir"] + GOOD_ROW[1:]]).encode(),
        r"line 3, column 'doc_id': duplicate doc_id 'memoir' \(first on line 2\)"),
    "bad year": (
        _sheet_text([SHEET_COLUMNS, GOOD_ROW[:4] + ["24"] + GOOD_ROW[5:]]).encode(),
        r"line 2, column 'year': invalid value '24'"),
    "bad region": (
        _sheet_text([SHEET_COLUMNS, GOOD_ROW[:10] + ["Bretagne-Sud", ""]]).encode(),
        r"line 2, column 'region': invalid value 'Bretagne-Sud'"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_sheet_stops_the_workflow_before_any_work(case, template, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(template, root)
    data, message = MALFORMED[case]
    (root / "config" / "documents.csv").write_bytes(data)
    result = snakemake(root)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert re.search(r"config/documents\.csv: " + message, out), out[-2000:]
    assert not (root / "results").exists()


# ---- spreadsheet exports: no cell runs as a formula -----------------------------------------

def test_formula_like_values():
    assert cio.is_formula_like("=A1") and cio.is_formula_like("@x") and cio.is_formula_like("\t=A1")
    assert not cio.is_formula_like("Les Mureaux")
    assert not cio.is_formula_like(-2.5)  # a number is a number, not text to neutralise
