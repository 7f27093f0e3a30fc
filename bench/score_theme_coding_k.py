"""Score the lexicon rule (and the autocode model trained on set A) on set K, the ninth blind
human coding (tests/data/theme_coding_k.csv; THEME_SCORES.md, "Set K (session 8)"): macro-F1 and,
per theme, n, prevalences, precision, recall, F1, Cohen's kappa and Gwet's AC1, on the whole set,
its bundled and unseen halves, and the unseen passages written for the project (rounds 19, 7, 6
and 5) apart from the real ones (real round 19). Set J's scorer (bench/score_theme_coding_j.py)
on another file. Prints Markdown tables.

    PYTHONPATH=src:bench .venv/bin/python bench/score_theme_coding_k.py [--set-param=KEY=VALUE ...]
        [--themes=PATH] [--no-model] [--examples] [--examples-file=PATH]

``--examples-file`` trains the examples coder on another file of coded passages (same columns as
src/corpus/lang/fr/theme_examples.csv), e.g. session 7's, to compare on this blind set.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import score_theme_coding_h as seth
import score_theme_coding_i as seti

from corpus.themes import agreement, autocode, heldout, load_themes
from corpus.themes import examples as ex

CODING = "theme_coding_k.csv"
SOURCES = "theme_coding_k_sources.csv"
REAL_FOLDERS = ("segment_real19",)


def real_rounds() -> set[str]:
    with open(seth.DATA / SOURCES, encoding="utf-8") as fh:
        return {r["doc_id"] for r in csv.DictReader(fh) if r["location"].split("/")[2] in REAL_FOLDERS}


def main() -> None:
    path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--themes=")),
                seth.REPO / "config" / "themes.yaml")
    themes = load_themes(path)
    theme_ids = list(themes)
    params = seth.params_from_argv()
    passages = heldout.read_passages(seth.DATA / CODING, themes)
    decisions, docs, numeric = heldout.features(passages, themes, params)
    unseen = [p for p in passages if p["doc_id"].startswith("unseen")]
    real = real_rounds()
    seti.halves("Set K, lexicon rule", passages, decisions, theme_ids)
    seth.table("Set K, lexicon rule, unseen written (rounds 19, 7, 6, 5)",
               seth.rows_for([p for p in unseen if p["doc_id"] not in real], decisions, theme_ids))
    seth.table("Set K, lexicon rule, unseen real (real 19)",
               seth.rows_for([p for p in unseen if p["doc_id"] in real], decisions, theme_ids))
    examples_file = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--examples-file=")), None)
    if examples_file:
        # The examples coder reads its training file from here (set I's by_example).
        ex.default_examples_path = lambda: Path(examples_file)
    if "--examples" in sys.argv:
        variants = [("coordination, liberal", ["coordination", "liberal"]), ("every theme", None)]
        for name, decided in seti.by_example(passages, themes, params, variants).items():
            seti.halves(f"Set K, coder: examples ({name})", passages, decided, theme_ids)
    if "--no-model" in sys.argv:
        return
    train = heldout.read_passages(seth.DATA / "theme_coding_heldout.csv", themes)
    _, train_docs, train_numeric = heldout.features(train, themes, params)
    model = []
    for theme in seth.DEFAULT_THEMES:
        out = autocode.fit_predict(train_docs, train_numeric, [p["labels"][theme] for p in train],
                                   docs, numeric, seed=42)
        model.append(agreement.agreement_row(theme, "model", [p["labels"][theme] for p in passages],
                                             [c for c, _ in out]))
    seth.table("Set K, autocode model trained on set A", model)


if __name__ == "__main__":
    main()
