"""Score the lexicon rule (and the autocode model trained on set A) on set H, the sixth blind
human coding (tests/data/theme_coding_h.csv; THEME_SCORES.md, "Set H (session 6)"): macro-F1 and,
per theme, n, prevalences, precision, recall, F1, Cohen's kappa and Gwet's AC1, on the whole set
and on its bundled and unseen halves. Prints Markdown tables.

    PYTHONPATH=src .venv/bin/python bench/score_theme_coding_h.py [--set-param=KEY=VALUE ...]
        [--themes=PATH] [--no-model]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from corpus.themes import agreement, autocode, coding, heldout, load_themes

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
DEFAULT_THEMES = ("coordination", "liberal", "territoire", "reunionite")


def params_from_argv() -> dict:
    params = dict(coding.DEFAULT_PARAMS)
    for a in sys.argv:
        if a.startswith("--set-param="):
            key, value = a.split("=", 2)[1:]
            params[key] = yaml.safe_load(value)
    return params


def rows_for(passages, decisions, theme_ids, method="lexicon") -> list[dict]:
    human = {p["passage_id"]: p["labels"] for p in passages}
    return agreement.agreement_rows(human, {pid: decisions[pid] for pid in human}, theme_ids, method)


def table(title: str, rows: list[dict]) -> None:
    rows = [r for r in rows if r["theme"] in DEFAULT_THEMES]
    macro = sum(r["f1"] for r in rows) / len(rows)
    print(f"\n{title}: n {rows[0]['n']}, macro-F1 {macro:.3f}\n")
    print("| theme | human + | prev. human | prev. tool | P | R | F1 | κ | AC1 | tp | fp | fn | tn |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['theme']} | {r['tp'] + r['fn']} | {r['prevalence_human']:.3f} | "
              f"{r['prevalence_tool']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} | "
              f"{r['f1']:.3f} | {r['kappa']:.3f} | {r['ac1']:.3f} | {r['tp']} | {r['fp']} | "
              f"{r['fn']} | {r['tn']} |")


def main() -> None:
    path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--themes=")),
                REPO / "config" / "themes.yaml")
    themes = load_themes(path)
    theme_ids = list(themes)
    params = params_from_argv()
    passages = heldout.read_passages(DATA / "theme_coding_h.csv", themes)
    decisions, docs, numeric = heldout.features(passages, themes, params)
    bundled = [p for p in passages if not p["doc_id"].startswith("unseen")]
    unseen = [p for p in passages if p["doc_id"].startswith("unseen")]
    table("Set H, lexicon rule, all", rows_for(passages, decisions, theme_ids))
    table("Set H, lexicon rule, bundled", rows_for(bundled, decisions, theme_ids))
    table("Set H, lexicon rule, unseen", rows_for(unseen, decisions, theme_ids))
    if "--no-model" in sys.argv:
        return
    train = heldout.read_passages(DATA / "theme_coding_heldout.csv", themes)
    _, train_docs, train_numeric = heldout.features(train, themes, params)
    model = []
    for theme in DEFAULT_THEMES:
        out = autocode.fit_predict(train_docs, train_numeric, [p["labels"][theme] for p in train],
                                   docs, numeric, seed=42)
        model.append(agreement.agreement_row(theme, "model", [p["labels"][theme] for p in passages],
                                             [c for c, _ in out]))
    table("Set H, autocode model trained on set A", model)


if __name__ == "__main__":
    main()
