"""A researcher's new themes through the whole workflow: two themes (vaccination,
teleconsultation) appended to the four defaults, a human coding named in config, and a lexicon
edit that re-runs the theme jobs but not the base tables or the topic models."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, REPO
from pdfgen import make_pdf
from project import write_config

from corpus import io as cio

SNAKEMAKE = Path(sys.executable).parent / "snakemake"
NEW_THEMES = """  vaccination:
    label: Vaccination
    definition: Vaccinating the population, vaccination centres and their organisation.
    lemmas: [vaccination, vacciner, vaccin, vaccinodrome]
  teleconsultation:
    label: Téléconsultation
    definition: Consultations at a distance, by video or telephone.
    lemmas: [téléconsultation]
    phrases: [consultation à distance]
"""


def _aef_lines(numbers):
    lines = (CORPUS_DIR / "text" / "aef2021.txt").read_text(encoding="utf-8").splitlines()
    return [re.sub(r"^[-#\s]+|\\*", "", lines[n - 1]).strip() for n in numbers]


def _snakemake(root: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    return subprocess.run([str(SNAKEMAKE), "-s", str(REPO / "Snakefile"), "--directory", str(root),
                           "--cores", "2", *extra], check=False, capture_output=True, text=True,
                          env=env,
                          timeout=900)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("six_themes")
    (root / "config").mkdir(parents=True)
    paras = _aef_lines([22, 28, 46, 48, 60])
    make_pdf(root / "data" / "pdf" / "mini_aef.pdf",
             [[("Les CPTS face à la crise", "bold"), (paras[0], ""), (paras[1], "")],
              [(paras[2], ""), (paras[3], ""), (paras[4], "")]], header="AEF info")
    from corpus.documents import write_sheet

    write_sheet(root / "config" / "documents.csv", [{
        "doc_id": "mini_aef", "file": "pdf/mini_aef.pdf", "title": "Extrait AEF", "authors": "AEF",
        "year": "2021", "kind": "presse", "venue": "", "url": "", "license": "", "language": "fr",
        "region": "", "place": ""}])
    config = write_config(root)
    with open(root / "config" / "themes.yaml", "a", encoding="utf-8") as fh:
        fh.write(NEW_THEMES)
    # the human coding is named from the start; it is filled after the first run (its offsets
    # are text.txt's), so that filling it re-runs only the theme tables
    coding = root / "config" / "coding.csv"
    coding.write_text("doc_id,char_start,char_end,code\n", encoding="utf-8")
    text = config.read_text(encoding="utf-8").replace('  human: ""', '  human: config/coding.csv')
    config.write_text(text, encoding="utf-8")
    result = _snakemake(root)
    assert result.returncode == 0, result.stderr[-3000:]
    return root


def test_six_themes_in_every_theme_table(project):
    tables = project / "results" / "tables"
    ids = ["coordination", "liberal", "territoire", "reunionite", "vaccination", "teleconsultation"]
    rows = cio.read_csv(tables / "segment_themes.csv")
    assert rows and [r["theme"] for r in rows[:6]] == ids
    vaccination = [r for r in rows if r["theme"] == "vaccination" and r["coded"] == "1"]
    assert vaccination and all("vaccin" in r["evidence"] for r in vaccination)
    assert {h["theme"] for h in cio.read_csv(tables / "theme_hits.csv")} >= {"vaccination",
                                                                              "teleconsultation"}
    by_doc = cio.read_csv(tables / "themes_by_document.csv")
    assert {r["theme"] for r in by_doc} == set(ids)
    assert any(r["theme"] == "vaccination" and int(r["coded_segments"]) > 0 for r in by_doc)
    assert cio.read_csv(tables / "agreement.csv") == []  # the coding is still empty
    iramuteq = (project / "results" / "exports" / "corpus_iramuteq.txt").read_text(encoding="utf-8")
    assert "*theme_teleconsultation_" in iramuteq
    with zipfile.ZipFile(project / "results" / "exports" / "corpus.qdpx") as zf:
        assert 'name="Téléconsultation"' in zf.read("project.qde").decode("utf-8")
    assert "Téléconsultation" in (project / "results" / "report" / "index.html").read_text(encoding="utf-8")
    log = (project / "results" / "logs" / "theme_tables.log").read_text(encoding="utf-8")
    assert "segment_themes.csv:" in log and "theme\tentry\thits" in log


def test_a_human_coding_gives_agreement_for_every_theme(project):
    tables = project / "results" / "tables"
    scope = cio.read_csv(tables / "segment_themes.csv")
    segments = {s["segment_id"]: s for s in cio.read_csv(tables / "segments.csv")}
    coded = sorted({r["segment_id"] for r in scope}, key=lambda s: int(segments[s]["char_start"]))
    lines = ["doc_id,char_start,char_end,code"]
    for sid in coded:  # a stand-in coder: vaccination where a vaccine is named, else no theme
        s = segments[sid]
        code = "Vaccination" if "vaccin" in s["text"].lower() else "rien"
        lines.append(f"mini_aef,{s['char_start']},{s['char_end']},{code}")
    (project / "config" / "coding.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    dry = _snakemake(project, "--dry-run")
    assert re.search(r"^theme_tables\s", dry.stdout, re.MULTILINE), dry.stdout
    assert not re.search(r"^(topics|tables)\s", dry.stdout, re.MULTILINE), dry.stdout
    assert _snakemake(project).returncode == 0
    rows = cio.read_csv(tables / "agreement.csv")
    lexicon = {r["theme"]: r for r in rows if r["method"] == "lexicon"}
    assert list(lexicon) == ["coordination", "liberal", "territoire", "reunionite", "vaccination",
                             "teleconsultation"]
    assert all(int(r["n"]) == len(coded) for r in lexicon.values())
    positives = sum(line.endswith(",Vaccination") for line in lines)
    vaccination = lexicon["vaccination"]
    assert positives and int(vaccination["tp"]) + int(vaccination["fn"]) == positives
    assert int(lexicon["teleconsultation"]["tp"]) + int(lexicon["teleconsultation"]["fn"]) == 0
    assert {r["source"] for r in cio.read_csv(tables / "segment_themes.csv")} == {"human"}


def test_editing_a_lexicon_reruns_the_theme_jobs_only(project):
    path = project / "config" / "themes.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "lemmas: [téléconsultation]", "lemmas: [téléconsultation, visioconsultation]"), encoding="utf-8")
    dry = _snakemake(project, "--dry-run")
    assert dry.returncode == 0
    jobs = dry.stdout
    assert "lexicon" in jobs and "theme_tables" in jobs
    assert not re.search(r"^topics\s", jobs, re.MULTILINE) and not re.search(r"^tables\s", jobs, re.MULTILINE), jobs
