"""Theme coding (issue #15): the default rule's disagreements with every human coding, to read
and class them (tests/data/THEME_SCORES.md, "Session 6: error classes"), and its scores per set
under a configuration, to choose levers by leave-one-set-out.

Sets (tests/data): A theme_coding_heldout.csv, B theme_coding_test.csv, C theme_coding_c.csv,
D theme_coding_d.csv, E theme_coding_e.csv, F theme_coding_f.csv (a tuning set since session 6),
dev theme_sample.csv. Set G is never read.

    PYTHONPATH=src .venv/bin/python bench/themes_errors.py                 # every FP / FN
    ... --set=F --theme=liberal     # only these (repeatable)
    ... --scores                    # macro-F1 and kappa per set and theme, no passages
    ... --set-param=KEY=VALUE       # a coding: parameter (YAML value) for this run
    ... --themes=PATH               # another themes.yaml
    ... --add=G=theme_coding_g.csv  # one more coding (tests/data file or path), repeatable
    ... --fresh                     # re-parse (tokens are cached in /tmp between runs, or in
                                    # $THEMES_ERRORS_CACHE; a set added or changed is parsed again)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from corpus.themes import agreement, coding, heldout, load_themes

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
FILES = {"A": "theme_coding_heldout.csv", "B": "theme_coding_test.csv", "C": "theme_coding_c.csv",
         "D": "theme_coding_d.csv", "E": "theme_coding_e.csv", "F": "theme_coding_f.csv"}
MIN_POS = 5  # macro-F1 over the themes with at least this many human positives in the set (κ of
# the others in parentheses; a set with none, like D, is judged by its wrong decisions)


def extra_files() -> dict[str, str]:
    """Codings named on the command line: ``--add=G=theme_coding_g.csv`` (a file of tests/data
    or a path)."""
    out = {}
    for a in sys.argv:
        if a.startswith("--add="):
            name, path = a.split("=", 2)[1:]
            out[name] = path
    return out


def load_sets(themes: dict) -> dict[str, list[dict]]:
    files = {**FILES, **extra_files()}
    sets = {name: heldout.read_passages(DATA / f, themes) for name, f in files.items()}
    sets["dev"] = heldout.read_labelled_passages(DATA / "theme_sample.csv", themes)
    return sets


def cached_tokens(sets: dict) -> dict[str, dict[str, list[dict]]]:
    """{set: {passage_id: tokens}}; parsing ~1,700 passages takes minutes on a busy machine."""
    import os
    import pickle

    cache = Path(os.environ.get("THEMES_ERRORS_CACHE", "/tmp/themes_errors_tokens.pkl"))
    out = pickle.loads(cache.read_bytes()) if cache.exists() and "--fresh" not in sys.argv else {}
    missing = [name for name, ps in sets.items()
               if set(out.get(name, {})) != {p["passage_id"] for p in ps}]
    for name in missing:  # a set added or changed since the cache was written
        out[name] = heldout.annotate_passages(sets[name])
    if missing:
        cache.write_bytes(pickle.dumps(out))
    return {name: out[name] for name in sets}


def run_rule(sets, tokens, themes, params, vocab) -> dict[str, list[dict]]:
    return {name: heldout.evidence_from_tokens(ps, tokens[name], themes, params, vocab=vocab)
            for name, ps in sets.items()}


def set_rows(passages, ev, theme_ids) -> list[dict]:
    human = {t: [p["labels"][t] for p in passages] for t in theme_ids}
    tool = {t: [e["rows"][t]["coded"] for e in ev] for t in theme_ids}
    return [agreement.agreement_row(t, "lexicon", human[t], tool[t]) for t in theme_ids]


def macro(rows) -> float:
    kept = [r for r in rows if r["tp"] + r["fn"] >= MIN_POS]
    return sum(r["f1"] for r in kept) / len(kept) if kept else float("nan")


def scores(sets, ev, theme_ids) -> dict[str, list[dict]]:
    return {name: set_rows(sets[name], ev[name], theme_ids) for name in sets}


def print_scores(per: dict, theme_ids) -> None:
    print("| set | n | macro-F1 | wrong decisions | " + " | ".join(f"κ {t}" for t in theme_ids) + " |")
    print("|---|---|---|---|" + "---|" * len(theme_ids))
    for name, rows in per.items():
        cells = [f"{r['kappa']:.3f}" if r["tp"] + r["fn"] >= MIN_POS else f"({r['kappa']:.2f})"
                 for r in rows]
        wrong = sum(r["fp"] + r["fn"] for r in rows)
        print(f"| {name} | {rows[0]['n']} | {macro(rows):.3f} | {wrong} | " + " | ".join(cells) + " |")


def print_errors(sets, ev, theme_ids, only_sets, only_themes) -> None:
    for name in sets:
        if only_sets and name not in only_sets:
            continue
        for t in theme_ids:
            if only_themes and t not in only_themes:
                continue
            for kind, want_h, want_t in (("FP", 0, 1), ("FN", 1, 0)):
                bad = [(p, e) for p, e in zip(sets[name], ev[name])
                       if p["labels"][t] == want_h and e["rows"][t]["coded"] == want_t]
                print(f"\n=== {name} {t} {kind} ({len(bad)})")
                for p, e in bad:
                    r = e["rows"][t]
                    print(f"- [{p['passage_id']}] score {r['score']:.2f} evidence: "
                          f"{r['evidence'] or '-'} | human: "
                          f"{','.join(x for x in theme_ids if p['labels'][x]) or 'none'}")
                    print("  " + " ".join(p["text"].split())[:900])


def params_from_argv() -> dict:
    params = dict(coding.DEFAULT_PARAMS)
    for a in sys.argv:
        if a.startswith("--set-param="):
            key, value = a.split("=", 2)[1:]
            params[key] = yaml.safe_load(value)
    return params


def main() -> None:
    from corpus.lang import MODEL
    from corpus.nlp import load_model

    path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--themes=")),
                REPO / "config" / "themes.yaml")
    themes = load_themes(path)
    theme_ids = list(themes)
    sets = load_sets(themes)
    tokens = cached_tokens(sets)
    ev = run_rule(sets, tokens, themes, params_from_argv(), load_model(MODEL).vocab)
    if "--scores" not in sys.argv:
        only_sets = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--set=")]
        only_themes = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--theme=")]
        print_errors(sets, ev, theme_ids, only_sets, only_themes)
    print()
    print_scores(scores(sets, ev, theme_ids), theme_ids)


if __name__ == "__main__":
    main()
