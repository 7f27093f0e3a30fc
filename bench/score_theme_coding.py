"""Score the coders on one blind human coding (tests/data/theme_coding_<set>.csv; THEME_SCORES.md,
"Set <X>"): macro-F1 and, per theme, n, prevalences, precision, recall, F1, Cohen's kappa and
Gwet's AC1 — the lexicon rule on the whole set, its bundled and unseen halves, and the unseen
passages written for the project apart from the real ones; optionally the coder by example; the
autocode model trained on set A. Prints Markdown tables. One script for every set since session 9
(themesfix8: the scorers score_theme_coding_{h,i,j,k,l}.py, one template repeated, became the
table SETS); a new blind set is a new row.

    PYTHONPATH=src:bench .venv/bin/python bench/score_theme_coding.py --set=K [--set-param=KEY=VALUE ...]
        [--themes=PATH] [--no-model] [--examples] [--examples-file=PATH]

``--examples`` scores three variants of the coder by example (``coding.coder: examples``): every
theme (the default), coordination and libéral only, and coordination, territoire and réunionite
(``coding.examples_themes``). ``--examples-file`` trains it on another file of coded passages
(same columns as src/corpus/lang/fr/theme_examples.csv), e.g. an earlier session's.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from themes_errors import params_from_argv  # (bench/ is on the path when a script of it runs)

from corpus.themes import agreement, autocode, coding, heldout, load_themes
from corpus.themes import examples as ex

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
DEFAULT_THEMES = ("coordination", "liberal", "territoire", "reunionite")
# set: (the #14 folders of its real documents, "written" label, "real" label); the unseen
# passages of a folder not named here are the ones written for the project
SETS = {
    "H": None,  # all, bundled and unseen only
    "I": (("segment_real12",), "unseen without real round 12", None),
    "J": (("segment_real17", "segment_real18"), "unseen written (rounds 17, 18)", "unseen real (real 17, 18)"),
    "K": (("segment_real19",), "unseen written (rounds 19, 7, 6, 5)", "unseen real (real 19)"),
    "L": (("segment_real20", "segment_real21"), "unseen written (round 20, dev11)", "unseen real (real 20, 21)"),
    # M has no real text: its "real" split is the session-8 negatives (practice material) apart
    "M": (("segment_negatives_s8",), "unseen round 21 and oldest rounds", "unseen session-8 negatives"),
    # N: rounds 22 and 23 written for the project apart from the session-9 negatives (practice
    # material) and the one real round-22 document (a public-health page)
    "N": (("segment_negatives_s9", "segment_real22"), "unseen rounds 22, 23", "unseen session-9 negatives and real 22"),
    # O: rounds 24 and 25 written for the project apart from the real rounds 23 and 24 (none about
    # health care: an off-topic slice)
    "O": (("segment_real23", "segment_real24"), "unseen rounds 24, 25", "unseen real 23, 24 (off-topic)"),
    # P: round 26 and the leftovers of rounds 21-25 written for the project apart from the real
    # round 26 (none about health care: an off-topic slice)
    "P": (("segment_real26",), "unseen round 26 and leftovers of rounds 21-25", "unseen real 26 (off-topic)"),
    # Q: round 27 written for the project (rounds 21-26 had no passage left) apart from the leftovers
    # of the real rounds 12, 14, 17, 18, 19, 22, 23, 24 (almost all off-topic)
    "Q": (("segment_real12", "segment_real14", "segment_real17", "segment_real18", "segment_real19",
           "segment_real22", "segment_real23", "segment_real24"), "unseen round 27", "unseen real leftovers (mostly off-topic)"),
    # R: round 28 written for the project apart from a seeded sample of the leftovers of rounds 9-20
    # (written for the project too, on primary care; no real text)
    "R": (tuple(f"segment_unseen{n}" for n in (9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20)), "unseen round 28",
          "unseen leftovers of rounds 9-20"),
    # S: round 29 written for the project apart from a seeded sample of the leftovers of rounds 9-20
    # left after R (written for the project too, on primary care; no real text)
    "S": (tuple(f"segment_unseen{n}" for n in (9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20)), "unseen round 29",
          "unseen leftovers of rounds 9-20"),
    # T: round 30 written for the project apart from a seeded sample of the leftovers of rounds 9-20
    # left after S (written for the project too, on primary care; no real text)
    "T": (tuple(f"segment_unseen{n}" for n in (9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20)), "unseen round 30",
          "unseen leftovers of rounds 9-20"),
    # U: a seeded sample of rounds 31-33 written for the project (no real text, no leftovers): round 31
    # apart from rounds 32 and 33
    "U": (("segment_unseen32", "segment_unseen33"), "unseen round 31", "unseen rounds 32, 33"),
    # V: a seeded sample of rounds 34-35 written for the project (no real text, no leftovers): round 34
    # apart from round 35
    "V": (("segment_unseen35",), "unseen round 34", "unseen round 35"),
    # W: every passage of round 36 written for the project apart from a seeded sample of the leftovers of
    # rounds 31-35 that U and V did not take (written for the project too, on primary care; no real text)
    "W": (tuple(f"segment_unseen{n}" for n in (31, 32, 33, 34, 35)), "unseen round 36",
          "unseen leftovers of rounds 31-35"),
}
VARIANTS = [("coordination, liberal", ["coordination", "liberal"]), ("every theme", None),
            ("coordination, territoire, reunionite", ["coordination", "territoire", "reunionite"])]


def arg(name: str, default=None):
    return next((a.split("=", 1)[1] for a in sys.argv if a.startswith(f"--{name}=")), default)


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


def halves(title: str, passages, decisions, theme_ids) -> None:
    bundled = [p for p in passages if not p["doc_id"].startswith("unseen")]
    unseen = [p for p in passages if p["doc_id"].startswith("unseen")]
    table(f"{title}, all", rows_for(passages, decisions, theme_ids))
    table(f"{title}, bundled", rows_for(bundled, decisions, theme_ids))
    table(f"{title}, unseen", rows_for(unseen, decisions, theme_ids))


def real_documents(sources_file: str, folders) -> set[str]:
    """doc_ids of the unseen passages drawn from the named #14 folders."""
    with open(DATA / sources_file, encoding="utf-8") as fh:
        return {r["doc_id"] for r in csv.DictReader(fh) if r["location"].split("/")[2] in folders}


def by_example(passages, themes, params, variants) -> dict[str, dict]:
    """{variant name: decisions {passage_id: {theme: 0/1}}}: the rule's decisions on the
    passages flipped where the model trained on the coded examples is confident, for each
    variant (name, themes to recode or None for every theme)."""
    from corpus.lang import MODEL

    vocab = coding.load_vocab(MODEL)
    ev = heldout.evidence(passages, themes, params)
    train = ex.read_examples(ex.default_examples_path(), themes)
    train_ev = ex.example_evidence(train, themes, params, MODEL, vocab)
    overrides = params.get("examples_overrides") or ""  # --set-param=examples_overrides=PATH (session 20)
    labels = ex.apply_overrides(train, ex.read_overrides(overrides, themes), overrides) if overrides else None
    out = {}
    for name, only in variants:
        decided = {p["passage_id"]: {t: dict(r, source="lexicon") for t, r in e["rows"].items()}
                   for p, e in zip(passages, ev)}
        trained = ex.train(train, train_ev, list(themes), 42, only, labels=labels)
        ex.recode(decided, {p["passage_id"]: e for p, e in zip(passages, ev)}, trained, train, train_ev)
        out[name] = {pid: {t: r["coded"] for t, r in rows.items()} for pid, rows in decided.items()}
    return out


def main() -> None:
    name = (arg("set") or "").upper()
    if name not in SETS:
        raise SystemExit(f"Error: --set must be one of {', '.join(SETS)}")
    themes = load_themes(arg("themes", REPO / "config" / "themes.yaml"))
    theme_ids = list(themes)
    params = params_from_argv()
    passages = heldout.read_passages(DATA / f"theme_coding_{name.lower()}.csv", themes)
    decisions, docs, numeric = heldout.features(passages, themes, params)
    halves(f"Set {name}, lexicon rule", passages, decisions, theme_ids)
    if SETS[name]:
        folders, written_label, real_label = SETS[name]
        unseen = [p for p in passages if p["doc_id"].startswith("unseen")]
        real = real_documents(f"theme_coding_{name.lower()}_sources.csv", folders)
        table(f"Set {name}, lexicon rule, {written_label}",
              rows_for([p for p in unseen if p["doc_id"] not in real], decisions, theme_ids))
        if real_label:
            table(f"Set {name}, lexicon rule, {real_label}",
                  rows_for([p for p in unseen if p["doc_id"] in real], decisions, theme_ids))
    if arg("examples-file"):
        ex.default_examples_path = lambda: Path(arg("examples-file"))
    if "--examples" in sys.argv:
        for variant, decided in by_example(passages, themes, params, VARIANTS).items():
            halves(f"Set {name}, coder: examples ({variant})", passages, decided, theme_ids)
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
    table(f"Set {name}, autocode model trained on set A", model)


if __name__ == "__main__":
    main()
