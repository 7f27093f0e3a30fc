"""Score the lexicon rule, the examples coder (the default) and the autocode model trained on set A
on set M, the eleventh blind human coding (tests/data/theme_coding_m.csv; THEME_SCORES.md, "Set M
(session 9)"): macro-F1 and, per theme, n, prevalences, precision, recall, F1, Cohen's kappa and
Gwet's AC1, on the whole set, its bundled and unseen halves, and the unseen passages by origin
(round 21, the session-8 negatives, the oldest rounds). Set L's scorer
(bench/score_theme_coding_l.py) on another file. Prints Markdown tables.

    PYTHONPATH=src:bench .venv/bin/python bench/score_theme_coding_m.py [--set-param=KEY=VALUE ...]
        [--themes=PATH] [--no-model] [--examples] [--examples-file=PATH]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import score_theme_coding_h as seth
import score_theme_coding_i as seti

from corpus.themes import agreement, autocode, heldout, load_themes
from corpus.themes import examples as ex

CODING = "theme_coding_m.csv"
SOURCES = "theme_coding_m_sources.csv"
# The unseen passages by origin: (table title, folders).
ORIGINS = (
    ("round 21", ("segment_unseen21",)),
    ("session-8 negatives", ("segment_negatives_s8",)),
    ("oldest rounds", ("segment_heldout", "segment_unseen", "segment_unseen2", "segment_unseen3", "segment_unseen4")),
)


def folders() -> dict[str, str]:
    with open(seth.DATA / SOURCES, encoding="utf-8") as fh:
        return {r["doc_id"]: r["location"].split("/")[2] for r in csv.DictReader(fh)}


def by_origin(label: str, passages: list[dict], decisions, theme_ids: list[str]) -> None:
    folder = folders()
    for name, names in ORIGINS:
        subset = [p for p in passages if folder.get(p["doc_id"]) in names]
        seth.table(f"Set M, {label}, unseen {name}", seth.rows_for(subset, decisions, theme_ids))


def main() -> None:
    path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--themes=")),
                seth.REPO / "config" / "themes.yaml")
    themes = load_themes(path)
    theme_ids = list(themes)
    params = seth.params_from_argv()
    passages = heldout.read_passages(seth.DATA / CODING, themes)
    decisions, docs, numeric = heldout.features(passages, themes, params)
    seti.halves("Set M, lexicon rule", passages, decisions, theme_ids)
    by_origin("lexicon rule", passages, decisions, theme_ids)
    examples_file = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--examples-file=")), None)
    if examples_file:
        # The examples coder reads its training file from here (set I's by_example).
        ex.default_examples_path = lambda: Path(examples_file)
    if "--examples" in sys.argv:
        variants = [("every theme", None),
                    ("coordination, territoire, reunionite", ["coordination", "territoire", "reunionite"])]
        for name, decided in seti.by_example(passages, themes, params, variants).items():
            seti.halves(f"Set M, coder: examples ({name})", passages, decided, theme_ids)
            if name == "every theme":
                by_origin("coder: examples (every theme)", passages, decided, theme_ids)
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
    seth.table("Set M, autocode model trained on set A", model)


if __name__ == "__main__":
    main()
