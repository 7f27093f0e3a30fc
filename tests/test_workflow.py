"""End-to-end: the Snakemake workflow on a small fixture corpus typeset from real corpus text.

The fixture has two good documents (an article excerpt with inline quotes from fournier2021,
a thesis excerpt with block quotes and attribution lines from gautier2019) and one broken PDF.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, REPO
from pdfgen import make_pdf
from project import write_config

from corpus import io as cio

SNAKEMAKE = Path(sys.executable).parent / "snakemake"


def _reference_lines(doc_id: str, numbers: list[int]) -> list[str]:
    lines = (CORPUS_DIR / "text" / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
    # the reference texts carry markdown emphasis and list marks; the PDF shows plain text
    return [re.sub(r"^[-#\s]+|\*", "", lines[n - 1]).strip() for n in numbers]


def _article_pages() -> list[list[tuple[str, str]]]:
    paras = _reference_lines("fournier2021", [121, 125, 221])
    return [
        [("Le premier confinement dans un canton", "bold"), (paras[0], "")],
        [(paras[1], "")],
        [("Des liens renforcés", "bold"), (paras[2][:1400], "")],
    ]


def _thesis_pages() -> list[list[tuple[str, str]]]:
    narrative, quote1, attr1, quote2, attr2 = _reference_lines("gautier2019", [2783, 2787, 2789, 2791, 2793])
    return [
        [("a. La dénonciation de la réunionite", "bold"), (narrative, "")],
        [(quote1, "italic"), (attr1, "")],
        [(quote2, "italic"), (attr2, "")],
    ]


def _write_project(root: Path) -> None:
    (root / "config").mkdir(parents=True)
    pdf_dir = root / "data" / "pdf"
    make_pdf(pdf_dir / "mini_article.pdf", _article_pages(), header="Revue francophone sur la santé et les territoires")
    make_pdf(pdf_dir / "mini_these.pdf", _thesis_pages(), header="Les conditions de l'action collective")
    (pdf_dir / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")  # truncated
    rows = [
        {"doc_id": "mini_article", "file": "pdf/mini_article.pdf", "title": "Extrait Fournier", "authors": "Fournier; Clerc",
         "year": "2021", "kind": "article", "venue": "", "url": "", "license": "CC BY-NC-SA 4.0", "language": "fr",
         "region": "Île-de-France", "place": "Les Mureaux, Yvelines"},
        {"doc_id": "mini_these", "file": "pdf/mini_these.pdf", "title": "Extrait Gautier", "authors": "Gautier",
         "year": "2019", "kind": "these", "venue": "", "url": "", "license": "", "language": "fr",
         "region": "", "place": ""},
        {"doc_id": "broken", "file": "pdf/broken.pdf", "title": "Un PDF tronqué", "authors": "",
         "year": "2020", "kind": "memoire", "venue": "", "url": "", "license": "", "language": "fr",
         "region": "", "place": ""},
    ]
    from corpus.documents import write_sheet

    write_sheet(root / "config" / "documents.csv", rows)
    write_config(root)


def _snakemake(root: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    return subprocess.run(
        [str(SNAKEMAKE), "-s", str(REPO / "Snakefile"), "--directory", str(root), "--cores", "2", *extra],
        # a guard against a hung run, not a speed target (bench/ measures speed): the run with the speed
        # tricks off took more than 900 s on a loaded 2-core machine (session 20)
        capture_output=True, text=True, env=env, timeout=1800,
    )


FIRST_RUN: dict[str, str] = {}  # what Snakemake printed on the project's first run


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    _write_project(root)
    result = _snakemake(root)
    assert result.returncode == 0, result.stderr[-3000:]
    FIRST_RUN["stderr"] = result.stderr
    return root


def _header(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_tables_follow_the_contract(project):
    tables = project / "results" / "tables"
    expected = {
        "documents.csv": cio.DOCUMENTS_COLUMNS,
        "segments.csv": cio.SEGMENTS_COLUMNS,
        "verbatims.csv": cio.VERBATIMS_COLUMNS,
        "speakers.csv": cio.SPEAKERS_COLUMNS,
        "theme_hits.csv": cio.THEME_HITS_COLUMNS,
        "topics.csv": cio.TOPICS_COLUMNS[:5],
        "topic_models.csv": cio.TOPIC_MODELS_COLUMNS,
    }
    for name, columns in expected.items():
        header = _header(tables / name)
        assert header[: len(columns)] == columns, name
    for group, key in (("document", "doc_id"), ("region", "region"), ("role", "role")):
        header = _header(tables / f"themes_by_{group}.csv")
        assert header[0] == key
        assert {"theme", "hits", "tokens", "per_10k", "specificity"} <= set(header)
    assert (project / "results" / "report" / "index.html").stat().st_size > 1000
    assert (project / "results" / "manifest.json").exists()


def test_broken_pdf_is_an_error_and_the_others_complete(project):
    docs = {r["doc_id"]: r for r in cio.read_csv(project / "results" / "tables" / "documents.csv")}
    assert docs["mini_article"]["status"] == "ok"
    assert docs["mini_these"]["status"] == "ok"
    assert docs["broken"]["status"] == "error"
    assert docs["broken"]["error"].startswith("broken.pdf: ")
    assert "\n" not in docs["broken"]["error"]
    # tokens exclude punctuation; French elisions (l', d') split words: close to the word count
    words = len((project / "results" / "interim" / "mini_article" / "text.txt").read_text(encoding="utf-8").split())
    assert 0.85 * words < int(docs["mini_article"]["n_tokens"]) < 1.3 * words


def test_quotes_are_attributed(project):
    verbatims = cio.read_csv(project / "results" / "tables" / "verbatims.csv")
    article = [v for v in verbatims if v["doc_id"] == "mini_article"]
    # fournier2021 §21, §22 and §55 hold at least five quotes with a parenthesised attribution
    assert len(article) >= 5
    gp = [v for v in article if v["text"].startswith("« il fallait d'une part")]
    assert gp and gp[0]["role"] == "medecin_generaliste"
    assert all(v["region"] == "Île-de-France" for v in article)
    thesis = [v for v in verbatims if v["doc_id"] == "mini_these"]
    by_speaker = {v["speaker"]: v for v in thesis}
    assert by_speaker["Entretien n°16"]["role"] == "institutionnel_ars"
    assert by_speaker["Entretien n°16"]["region"] == "Région B"


def test_reunionite_is_a_theme_hit(project):
    hits = cio.read_csv(project / "results" / "tables" / "theme_hits.csv")
    reunionite = [h for h in hits if h["theme"] == "reunionite" and h["doc_id"] == "mini_these"]
    assert any(h["matched"].lower() == "réunionite" for h in reunionite)
    text = (project / "results" / "interim" / "mini_these" / "text.txt").read_text(encoding="utf-8")
    for h in hits:
        if h["doc_id"] == "mini_these":
            assert text[int(h["char_start"]):int(h["char_end"])] == h["matched"]


def test_second_run_has_nothing_to_do(project):
    result = _snakemake(project, "--dry-run")
    assert result.returncode == 0
    assert "Nothing to be done" in (result.stdout + result.stderr)


def test_lint_is_clean():
    result = subprocess.run([str(SNAKEMAKE), "--lint"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_configfile_reaches_every_stage(tmp_path):
    """`snakemake --configfile my.yaml`: the topic models follow my.yaml's grid, not
    config/config.yaml's (every stage reads the run's resolved configuration)."""
    _write_project(tmp_path)
    mine = (tmp_path / "config" / "config.yaml").read_text(encoding="utf-8")
    assert "k_grid: [2, 3]" in mine
    (tmp_path / "my.yaml").write_text(mine.replace("k_grid: [2, 3]", "k_grid: [3, 4]"), encoding="utf-8")
    result = _snakemake(tmp_path, "--configfile", str(tmp_path / "my.yaml"))
    assert result.returncode == 0, result.stderr[-3000:]
    rows = cio.read_csv(tmp_path / "results" / "tables" / "topic_models.csv")
    assert {r["k"] for r in rows} == {"3", "4"}
    resolved = cio.read_text(tmp_path / "results" / "config.resolved.yaml")
    assert "k_grid:\n  - 3\n  - 4\n" in resolved
    again = _snakemake(tmp_path, "--configfile", str(tmp_path / "my.yaml"), "--dry-run")
    assert "Nothing to be done" in again.stdout + again.stderr


def test_the_speed_tricks_change_no_output(project, tmp_path, monkeypatch):
    """CORPUS_SPEEDUPS=0 (corpus.speedups: the plain library calls) gives the same tables,
    exports, figures and report, byte for byte, as the `project` run with the tricks at their
    defaults (on)."""
    from corpus import speedups

    assert speedups.active(), "the project run is meant to have the tricks on"
    _write_project(tmp_path)
    monkeypatch.setenv(speedups.ENV, "0")
    result = _snakemake(tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]

    def files(root: Path) -> dict[str, bytes]:
        results = root / "results"
        return {str(p.relative_to(results)): p.read_bytes() for folder in ("tables", "exports", "figures", "report")
                for p in sorted((results / folder).rglob("*")) if p.is_file()}

    on, off = files(project), files(tmp_path)
    # the stages the tricks touch: extraction (lexicon), nlp (regex cache), topics and
    # lexicometry (stop list)
    assert {"tables/documents.csv", "tables/segments.csv", "tables/topics.csv", "tables/chd_classes.csv",
            "report/index.html"} <= set(on)
    assert sorted(on) == sorted(off)
    assert [name for name in on if on[name] != off[name]] == []


def test_a_run_prints_no_schema_warning_and_a_bad_setting_is_one_error_line(tmp_path):
    """Snakemake's validate() checks the draft 7 schemas as draft 2020-12 and printed, on every
    run, "No validator found … schema file may not be validated correctly": a new user reads
    that their configuration may be wrong. The package's validator says nothing when it is
    right, and names the setting when it is not."""
    _write_project(tmp_path)
    result = _snakemake(tmp_path, "--dry-run")
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout + result.stderr
    assert "No validator found" not in out and "may not be validated" not in out
    bad = _snakemake(tmp_path, "--dry-run", "--config", "seed=quarante")
    assert bad.returncode != 0
    assert re.search(r"Error: .*config\.yaml: seed: 'quarante' is not of type 'integer'", bad.stdout + bad.stderr)
    assert "quarante" not in cio.read_text(tmp_path / "results" / "config.resolved.yaml")  # refused: not written


def _readme_block(heading: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index(heading):]
    return section[section.index("```sh\n") + 6:section.index("\n```", section.index("```sh\n"))]


def test_readme_steps_for_a_corpus_in_its_own_folder_work(tmp_path):
    """The README's commands for a student's own corpus, run as written (paths substituted, the
    workflow as a dry run): the folder holds only their document, which the workflow plans."""
    import docx

    word = tmp_path / "entretien_E12.docx"
    document = docx.Document()
    # real turns: an artisan's interview (Aymeric-e/Analyse-d-entretiens-d-artisans, MIT)
    for para in ["Enquêteur : Donc, vous, vous êtes un artisan professionnel depuis combien de temps ?",
                 "E12 : Alors, moi je suis dans le métier, je suis entré en tant qu'apprenti en 89.",
                 "Enquêteur : Est-ce que vous pouvez me raconter une journée de travail classique ?",
                 "E12 : Par contre, on prend le temps de boire le café le matin, peinard."]:
        document.add_paragraph(para)
    document.save(word)
    script = (_readme_block("### Your own corpus, in a folder of its own")
              .replace("~/memoire", str(tmp_path / "memoire"))
              .replace("/path/to/corpus/.venv/bin", str(Path(sys.executable).parent))
              .replace("/path/to/corpus/Snakefile", str(REPO / "Snakefile") + " --dry-run")
              .replace("entretien_E12.docx", str(word))
              .replace("corpus summary", "true"))  # a dry run has no summary to print
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    folder = tmp_path / "memoire"
    assert [r["doc_id"] for r in cio.read_csv(folder / "config" / "documents.csv")] == ["e12"]
    assert (folder / "data" / "corpus" / "transcripts" / "e12.docx").is_file()
    assert "'E12'" in result.stdout and "2 verbatims and turns" in result.stdout  # corpus inspect
    assert re.search(r"extract\s+1\b", result.stdout)  # the dry run plans this one document
    assert not (REPO / "config" / "documents.csv").read_text(encoding="utf-8").count("e12,")


def test_snakemake_run_directly_ends_with_the_summary(project):
    """Snakemake exits 0 when a document is marked error: its last lines say which."""
    tail = FIRST_RUN["stderr"][-2000:]
    assert "summary: 2/3 documents ok" in tail
    assert "  error: broken: " in tail
