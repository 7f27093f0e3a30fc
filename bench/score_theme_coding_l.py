"""Score the lexicon rule (and the autocode model trained on set A) on set L, the tenth blind
human coding (tests/data/theme_coding_l.csv; THEME_SCORES.md, "Set L (session 8)"): macro-F1 and,
per theme, n, prevalences, precision, recall, F1, Cohen's kappa and Gwet's AC1, on the whole set,
its bundled and unseen halves, and the unseen passages written for the project (round 20 and
segment_dev11) apart from the real ones (real rounds 20 and 21). Set K's scorer
(bench/score_theme_coding_k.py) on another file. Prints Markdown tables.

    PYTHONPATH=src:bench .venv/bin/python bench/score_theme_coding_l.py [--set-param=KEY=VALUE ...]
        [--themes=PATH] [--no-model] [--examples] [--examples-file=PATH]

``--examples`` scores three variants of the examples coder: every theme (the default), coordination
and libéral only, and coordination, territoire and réunionite (``coding.examples_themes``,
themesfix7's candidate). ``--examples-file`` trains it on another file of coded passages (same
columns as src/corpus/lang/fr/theme_examples.csv), e.g. session 7's, as set K's scorer does.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import score_theme_coding_h as seth
import score_theme_coding_i as seti

from corpus.themes import agreement, autocode, heldout, load_themes
from corpus.themes import examples as ex

CODING = "theme_coding_l.csv"
SOURCES = "theme_coding_l_sources.csv"
REAL_FOLDERS = ("segment_real20", "segment_real21")


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
    seti.halves("Set L, lexicon rule", passages, decisions, theme_ids)
    seth.table("Set L, lexicon rule, unseen written (round 20, dev11)",
               seth.rows_for([p for p in unseen if p["doc_id"] not in real], decisions, theme_ids))
    seth.table("Set L, lexicon rule, unseen real (real 20, 21)",
               seth.rows_for([p for p in unseen if p["doc_id"] in real], decisions, theme_ids))
    examples_file = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--examples-file=")), None)
    if examples_file:
        # The examples coder reads its training file from here (set I's by_example).
        ex.default_examples_path = lambda: Path(examples_file)
    if "--examples" in sys.argv:
        variants = [("coordination, liberal", ["coordination", "liberal"]), ("every theme", None),
                    ("coordination, territoire, reunionite", ["coordination", "territoire", "reunionite"])]
        for name, decided in seti.by_example(passages, themes, params, variants).items():
            seti.halves(f"Set L, coder: examples ({name})", passages, decided, theme_ids)
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
    seth.table("Set L, autocode model trained on set A", model)


if __name__ == "__main__":
    main()
