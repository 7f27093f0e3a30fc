"""Score the lexicon rule (and the autocode model trained on set A) on set I, the seventh blind
human coding (tests/data/theme_coding_i.csv; THEME_SCORES.md, "Set I (session 7)"): macro-F1 and,
per theme, n, prevalences, precision, recall, F1, Cohen's kappa and Gwet's AC1, on the whole set
and on its bundled and unseen halves (and the unseen written rounds without the real round 12).
Set H's scorer (bench/score_theme_coding_h.py) on another file. Prints Markdown tables.

    PYTHONPATH=src:bench .venv/bin/python bench/score_theme_coding_i.py [--set-param=KEY=VALUE ...]
        [--themes=PATH] [--no-model] [--examples]

``--examples``: also the coder by example (``coding.coder: examples``, corpus.themes.examples)
trained once on the shipped coded passages (sets A–H and dev; set I is not among them), recoding
coordination and libéral, then every theme (THEMES_READY of session 7).
"""

from __future__ import annotations

import csv
import sys

import score_theme_coding_h as seth

from corpus.themes import agreement, autocode, heldout, load_themes
from corpus.themes import examples as ex

CODING = "theme_coding_i.csv"
SOURCES = "theme_coding_i_sources.csv"


def real_round(folder: str = "segment_real12") -> set[str]:
    with open(seth.DATA / SOURCES, encoding="utf-8") as fh:
        return {r["doc_id"] for r in csv.DictReader(fh) if f"/{folder}/" in r["location"]}


def by_example(passages, themes, params, variants) -> dict[str, dict]:
    """{variant name: decisions {passage_id: {theme: 0/1}}}: the rule's decisions on the
    passages flipped where the model trained on the shipped examples is confident, for each
    variant (name, themes to recode or None for every theme)."""
    from corpus.lang import MODEL
    from corpus.themes import coding

    vocab = coding.load_vocab(MODEL)
    ev = heldout.evidence(passages, themes, params)
    train = ex.read_examples(ex.default_examples_path(), themes)
    train_ev = ex.example_evidence(train, themes, params, MODEL, vocab)
    out = {}
    for name, only in variants:
        decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()}
                   for p, e in zip(passages, ev)}
        trained = ex.train(train, train_ev, list(themes), 42, only)
        ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, train, train_ev)
        out[name] = {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}
    return out


def halves(title: str, passages, decisions, theme_ids) -> None:
    bundled = [p for p in passages if not p["doc_id"].startswith("unseen")]
    unseen = [p for p in passages if p["doc_id"].startswith("unseen")]
    seth.table(f"{title}, all", seth.rows_for(passages, decisions, theme_ids))
    seth.table(f"{title}, bundled", seth.rows_for(bundled, decisions, theme_ids))
    seth.table(f"{title}, unseen", seth.rows_for(unseen, decisions, theme_ids))


def main() -> None:
    path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--themes=")),
                seth.REPO / "config" / "themes.yaml")
    themes = load_themes(path)
    theme_ids = list(themes)
    params = seth.params_from_argv()
    passages = heldout.read_passages(seth.DATA / CODING, themes)
    decisions, docs, numeric = heldout.features(passages, themes, params)
    bundled = [p for p in passages if not p["doc_id"].startswith("unseen")]
    unseen = [p for p in passages if p["doc_id"].startswith("unseen")]
    real = real_round()
    written = [p for p in unseen if p["doc_id"] not in real]
    seth.table("Set I, lexicon rule, all", seth.rows_for(passages, decisions, theme_ids))
    seth.table("Set I, lexicon rule, bundled", seth.rows_for(bundled, decisions, theme_ids))
    seth.table("Set I, lexicon rule, unseen", seth.rows_for(unseen, decisions, theme_ids))
    seth.table("Set I, lexicon rule, unseen without real round 12",
               seth.rows_for(written, decisions, theme_ids))
    if "--examples" in sys.argv:
        variants = [("coordination, liberal", ["coordination", "liberal"]), ("every theme", None)]
        for name, decisions in by_example(passages, themes, params, variants).items():
            halves(f"Set I, coder: examples ({name})", passages, decisions, theme_ids)
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
    seth.table("Set I, autocode model trained on set A", model)


if __name__ == "__main__":
    main()
