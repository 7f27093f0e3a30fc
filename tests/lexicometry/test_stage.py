"""The lexicometry stage on bundled documents (real extraction, segmentation and spaCy model)."""

import csv

import pytest

from corpus import io as cio
from corpus import tables
from corpus.config import load_config
from corpus.lexicometry import stage
from corpus.themes import load_themes

DOCS = ["aef2021", "fournier2021", "perelli2022"]


@pytest.fixture(scope="module")
def run_dirs(pipeline, tmp_path_factory):
    from conftest import THEMES_PATH

    for doc_id in DOCS:
        pipeline.interim(doc_id, upto="themes")
    sheet = [row for doc_id, row in sorted(pipeline.sheet.items()) if doc_id in DOCS]
    out = tmp_path_factory.mktemp("lex")
    tables.build_tables(sheet, pipeline.root, out / "tables", list(load_themes(THEMES_PATH)))
    return pipeline.root, out


def run(root, out, name, params=None):
    config = load_config("config/config.yaml")
    lex = {**config.get("lexicometry", {}), **(params or {})}
    dirs = [out / name / d for d in ("tables", "figures", "exports")]
    dirs[0].mkdir(parents=True, exist_ok=True)
    for f in (out / "tables").iterdir():
        (dirs[0] / f.name).write_bytes(f.read_bytes())
    info = stage.run(root, dirs[0], lex, config.get("topics", {}), 42, dirs[1], dirs[2])
    return info, dirs


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_tables_figures_and_graphs_follow_the_contract(run_dirs):
    root, out = run_dirs
    info, (tab, fig, exp) = run(root, out, "a")
    segs = read(tab / "chd_segments.csv")
    assert list(segs[0]) == cio.CHD_SEGMENTS_COLUMNS
    for corpus in ("verbatims", "body"):
        summary = info["corpora"][corpus]
        classes = read(tab / "chd_classes.csv")
        mine = [r for r in classes if r["corpus"] == corpus]
        assert mine[0]["class"] == "0"  # unclassified listed first
        assert sum(int(r["n_segments"]) for r in mine) == summary["distinct"]
        assert abs(sum(float(r["share"]) for r in mine) - 1) < 1e-4
        assert len([r for r in segs if r["corpus"] == corpus]) == summary["text_segments"]
        assert (fig / f"chd_dendrogram_{corpus}.svg").read_text().startswith("<?xml")
        assert (fig / f"similarity_{corpus}.svg").exists()
        assert (exp / f"similarity_{corpus}.graphml").exists() and (exp / f"similarity_{corpus}.gexf").exists()
        for table in ("document", "region", "role", "class"):
            assert (fig / f"afc_{corpus}_{table}.svg").exists()
    # every text segment lies inside its project segment, in the document's text
    seg_span = {r["segment_id"]: (int(r["char_start"]), int(r["char_end"])) for r in read(tab / "segments.csv")}
    for r in segs:
        start, end = seg_span[r["segment_id"]]
        assert start <= int(r["char_start"]) < int(r["char_end"]) <= end
    profiles = read(tab / "chd_profiles.csv")
    assert {r["kind"] for r in profiles} == {"lemma", "variable"}
    assert all(float(r["chi2"]) > 0 and float(r["p"]) <= 0.05 for r in profiles)
    top = read(tab / "chd_top_segments.csv")
    assert top and all(r["page"] and r["text"] for r in top)


def test_text_segments_end_at_punctuation_where_there_is_a_choice(run_dirs):
    """On real text (spaCy sentences and punctuation), a segment cut from a longer paragraph
    ends at a sentence end or other punctuation almost always."""
    root, out = run_dirs
    _, (tab, _, _) = run(root, out, "cuts")
    segs = read(tab / "chd_segments.csv")
    by_seg = {}
    for r in segs:
        by_seg.setdefault((r["corpus"], r["segment_id"]), []).append(r)
    texts = {d: (root / d / "text.txt").read_text(encoding="utf-8") for d in DOCS}
    inner = [r for rows in by_seg.values() if len(rows) > 1 for r in rows[:-1]]
    assert len(inner) > 50
    at_punct = sum(texts[r["doc_id"]][int(r["char_end"]):int(r["char_end"]) + 2].strip()[:1] in ".?!…:;,»"
                   for r in inner)
    assert at_punct / len(inner) >= 0.8


def test_rerun_is_byte_identical(run_dirs):
    root, out = run_dirs
    _, a = run(root, out, "first")
    _, b = run(root, out, "second")
    for da, db in zip(a, b):
        for f in sorted(da.iterdir()):
            assert f.read_bytes() == (db / f.name).read_bytes(), f.name


def test_simple_classification_setting(run_dirs):
    root, out = run_dirs
    info, _ = run(root, out, "simple", {"double": False, "n_classes": 4})
    for corpus in ("verbatims", "body"):
        assert info["corpora"][corpus]["classes"] <= 4


def test_unknown_setting_is_a_config_error():
    from corpus.errors import ConfigError

    with pytest.raises(ConfigError, match="lexicometry: unknown setting"):
        stage.settings({"n_clases": 5})
