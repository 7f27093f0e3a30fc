"""Theme coding: the measures made while tuning (issue #15), on the TUNING codings only.

Sets: A (tests/data/theme_coding_heldout.csv), dev (theme_sample.csv), D (theme_coding_d.csv,
real general-domain sentences), E (theme_coding_e.csv, real text on meetings and bureaucracy). Never reads B (theme_coding_test.csv) or C (theme_coding_c.csv):
those are scored by tests/themes/test_themes_heldout.py and recorded in THEME_SCORES.md.

Prints, for each `coding.context` (segment, sentence): the lexicon rule on A, dev, D and A+D;
the autocode model by repeated stratified 5-fold CV on A (seeds 42-44), trained on the A folds
alone and on the A folds plus dev (dev in every training fold, never in a test fold).

    PYTHONPATH=src .venv/bin/python bench/themes_cv.py
"""

from __future__ import annotations

from pathlib import Path

from corpus.themes import agreement, autocode, coding, heldout, load_themes

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SEEDS = (42, 43, 44)


def dev_passages(themes: dict) -> list[dict]:
    return heldout.read_labelled_passages(DATA / "theme_sample.csv", themes)


def macro(rows: list[dict]) -> float:
    return sum(r["f1"] for r in rows) / len(rows)


def line(name: str, rows: list[dict]) -> str:
    per = " ".join(f"{r['theme']} {r['f1']:.3f}/{r['kappa']:.3f}" for r in rows)
    return f"{name:<34} macro-F1 {macro(rows):.3f} | F1/kappa {per}"


def mean_rows(runs: list[list[dict]]) -> list[dict]:
    return [{"theme": rs[0]["theme"], "f1": sum(r["f1"] for r in rs) / len(rs),
             "kappa": sum(r["kappa"] for r in rs) / len(rs)} for rs in zip(*runs)]


def model_cv(theme_ids, a, fa, extra, fe, seed):
    """Out-of-fold agreement rows on A; ``extra`` passages join every training fold."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    _, docs, num = fa
    _, xdocs, xnum = fe if extra else ({}, [], [])
    rows = []
    for t in theme_ids:
        y = np.asarray([p["labels"][t] for p in a])
        yx = [p["labels"][t] for p in extra]
        pred = np.zeros(len(a), dtype=int)
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(docs, y):
            out = autocode.fit_predict([docs[i] for i in tr] + xdocs, [num[i] for i in tr] + xnum,
                                       [int(y[i]) for i in tr] + yx, [docs[i] for i in te],
                                       [num[i] for i in te], seed)
            pred[te] = [c for c, _ in out]
        rows.append(agreement.agreement_row(t, "model", [int(v) for v in y],
                                            [int(v) for v in pred]))
    return rows


def main() -> None:
    themes = load_themes(DATA.parents[1] / "config" / "themes.yaml")
    theme_ids = list(themes)
    sets = {"A": heldout.read_passages(DATA / "theme_coding_heldout.csv", themes),
            "dev": dev_passages(themes),
            "D": heldout.read_passages(DATA / "theme_coding_d.csv", themes),
            "E": heldout.read_passages(DATA / "theme_coding_e.csv", themes)}
    for context in ("segment", "sentence"):
        params = dict(coding.DEFAULT_PARAMS, context=context)
        feats = {name: heldout.features(ps, themes, params) for name, ps in sets.items()}
        print(f"--- coding.context: {context}")
        for name in ("A", "dev", "D", "E"):
            human = {p["passage_id"]: p["labels"] for p in sets[name]}
            print(line(f"rule on {name}", agreement.agreement_rows(human, feats[name][0],
                                                                   theme_ids, "lexicon")))
        for pooled in (("A", "D"), ("A", "D", "E")):
            both = [p for name in pooled for p in sets[name]]
            coded = {k: v for name in pooled for k, v in feats[name][0].items()}
            print(line(f"rule on {'+'.join(pooled)}", agreement.agreement_rows(
                {p["passage_id"]: p["labels"] for p in both}, coded, theme_ids, "lexicon")))
        for extra in ("", "dev"):
            runs = [model_cv(theme_ids, sets["A"], feats["A"], sets[extra] if extra else [],
                             feats[extra] if extra else None, seed) for seed in SEEDS]
            print(line(f"model CV on A, train A{'+' + extra if extra else ''}", mean_rows(runs)))


if __name__ == "__main__":
    main()
