"""End-to-end: the Snakemake workflow on a mixed corpus — a PDF article, a Word transcript, a
Praat TextGrid transcript, and a broken TextGrid (overlapping intervals) — all from real text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, REPO
from pdfgen import make_pdf
from project import write_config

from corpus import io as cio
from corpus.documents import write_sheet

from .realtext import E25_LINES, real_turns, timed, words_of, write_docx, write_textgrid

SNAKEMAKE = Path(sys.executable).parent / "snakemake"
pytestmark = pytest.mark.slow


def _row(doc_id, file, kind, title):
    return {"doc_id": doc_id, "file": file, "title": title, "authors": "", "year": "2019",
            "kind": kind, "venue": "", "url": "", "license": "", "language": "fr",
            "region": "", "place": ""}


def _write_project(root: Path) -> None:
    data = root / "data"
    lines = (CORPUS_DIR / "text" / "fournier2021.txt").read_text(encoding="utf-8").splitlines()
    make_pdf(data / "pdf" / "article.pdf",
             [[("Le premier confinement dans un canton", "bold"), (lines[120].strip("#* -"), "")]],
             header="Revue francophone sur la santé et les territoires")
    (data / "transcripts").mkdir(parents=True)
    write_docx(data / "transcripts" / "e30.docx", [f"{l} : {w}" for l, w in real_turns()],
               heading="Entretien E30")
    e25 = timed(real_turns(E25_LINES, "E25"))
    write_textgrid(data / "transcripts" / "e25.TextGrid", e25)
    bad = write_textgrid(data / "transcripts" / "chevauchement.TextGrid", e25, "short_textgrid")
    text = bad.read_text(encoding="utf-8").splitlines()
    # the second interval of the first tier now starts inside the first one
    first_end = next(i for i, ln in enumerate(text) if ln == f"{e25[0][3]:g}")
    text[first_end + 2] = f"{e25[0][3] - 1:g}"
    bad.write_text("\n".join(text) + "\n", encoding="utf-8")
    write_sheet(root / "config" / "documents.csv", [
        _row("article", "pdf/article.pdf", "article", "Extrait Fournier"),
        _row("e30", "transcripts/e30.docx", "entretien", "Entretien E30"),
        _row("e25", "transcripts/e25.TextGrid", "entretien", "Entretien E25"),
        _row("chevauchement", "transcripts/chevauchement.TextGrid", "entretien", "Grille cassée"),
    ])
    write_config(root)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    (root / "config").mkdir()
    _write_project(root)
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    result = subprocess.run(
        [str(SNAKEMAKE), "-s", str(REPO / "Snakefile"), "--directory", str(root), "--cores", "2"],
        capture_output=True, text=True, env=env, timeout=900, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return root


def test_every_format_completes_and_the_broken_one_is_an_error(project):
    docs = {r["doc_id"]: r for r in cio.read_csv(project / "results" / "tables" / "documents.csv")}
    assert {d: r["status"] for d, r in docs.items()} == {
        "article": "ok", "e30": "ok", "e25": "ok", "chevauchement": "error"}
    assert docs["chevauchement"]["error"].startswith(
        "chevauchement.TextGrid: overlapping intervals in tier 'Enquêteur' at")
    assert "\n" not in docs["chevauchement"]["error"]
    for doc in ("e30", "e25"):
        assert int(docs[doc]["n_tokens"]) > 100


def test_participants_turns_are_verbatims_and_the_interviewer_is_not(project):
    verbatims = cio.read_csv(project / "results" / "tables" / "verbatims.csv")
    for doc, code, turns in (("e30", "E30", real_turns()),
                             ("e25", "E25", real_turns(E25_LINES, "E25"))):
        mine = [v for v in verbatims if v["doc_id"] == doc]
        expected = [words_of(f"{code} : {w}") for label, w in turns if label == code]
        assert [words_of(v["text"]) for v in mine] == expected
        assert all(v["kind"] == "turn" for v in mine)
        assert not any("Enquêteur" in v["speaker"] for v in mine)


def test_times_reach_the_tables(project):
    tables = project / "results" / "tables"
    verbatims = cio.read_csv(tables / "verbatims.csv")
    e25 = timed(real_turns(E25_LINES, "E25"))
    starts = [t0 for label, _w, t0, _t1 in e25 if label == "E25"]
    assert [float(v["t_start"]) for v in verbatims if v["doc_id"] == "e25"] == starts
    assert all(v["t_start"] == "" for v in verbatims if v["doc_id"] in ("e30", "article"))
    segments = cio.read_csv(tables / "segments.csv")
    assert all(s["t_end"] for s in segments if s["doc_id"] == "e25")


def test_interim_contract_of_the_transcripts(project):
    interim = project / "results" / "interim"
    for doc, unit in (("e30", "paragraph"), ("e25", "minute"), ("article", None)):
        status = cio.read_json(interim / doc / "status.json")
        if unit:
            assert status["location_unit"] == unit
        for name in ("times.csv", "speakers_hint.csv"):
            assert (interim / doc / name).exists()
    hints = cio.read_csv(interim / "e25" / "speakers_hint.csv")
    assert [(h["code"], h["moderator"]) for h in hints] == [("Enquêteur", "1"), ("E25", "0")]
    assert cio.read_csv(interim / "article" / "speakers_hint.csv") == []
