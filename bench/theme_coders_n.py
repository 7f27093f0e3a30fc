"""Two human coders on set N (issue #15, session 11): how far do two careful coders of docs/CODEBOOK.md
agree, and where does the tool stand between them? THEME_SCORES.md, "Two coders on N (session 11)".

Coder 1 is tests/data/theme_coding_n.csv (session 10, one row per passage and code); coder 2 is
tests/data/theme_coding_n_coder2.csv (session 11, one row per passage, a 0/1 column per theme),
coded blind to coder 1 and to the tool and committed before this script was first run.
Statistics are the project's own (corpus.themes.agreement.agreement_row: scikit-learn's precision,
recall, F1 and Cohen's kappa, Gwet's AC1), the first rater argument being the reference:

- coder 2 against coder 1 (coder 1 as reference for precision, recall, F1);
- the tool's default (``coding.coder: examples``, every theme, as bench/score_theme_coding.py
  ``--examples`` scores it) and the lexicon rule against coder 1, against coder 2, and against
  the passages where both coders agree on that theme (n differs per theme).

    PYTHONPATH=src:bench .venv/bin/python bench/theme_coders_n.py [--no-tool] [--list]

``--no-tool`` prints the coder-versus-coder tables only (seconds); ``--list`` prints every
disagreement between the coders (passage id, coder 1 / coder 2, coder 2's note, the text).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from corpus.themes import agreement, heldout, load_themes

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
THEMES = ("coordination", "liberal", "territoire", "reunionite")
CODER1 = DATA / "theme_coding_n.csv"
CODER2 = DATA / "theme_coding_n_coder2.csv"


def read_coder2(path: Path = CODER2) -> dict[str, dict]:
    """{passage_id: {"labels": {theme: 0/1}, "note": str}} of a one-row-per-passage coding."""
    with open(path, encoding="utf-8", newline="") as fh:
        body = "".join(ln for ln in fh if not ln.startswith("#"))
    out = {}
    for r in csv.DictReader(io.StringIO(body)):
        pid = f"{r['doc_id']}:{int(r['char_start'])}-{int(r['char_end'])}"
        if pid in out:
            raise SystemExit(f"{path}: passage {pid} twice")
        out[pid] = {"labels": {t: int(r[t]) for t in THEMES}, "note": r.get("note", "")}
    return out


def coders(themes: dict) -> tuple[list[dict], dict[str, dict[str, int]], dict[str, dict[str, int]], dict]:
    """Coder 1's passages (file order), both coders' labels by passage id, coder 2's rows."""
    passages = heldout.read_passages(CODER1, themes)
    c2 = read_coder2()
    ids = [p["passage_id"] for p in passages]
    if set(ids) != set(c2) or len(ids) != len(c2):
        raise SystemExit(f"the two codings do not hold the same passages: "
                         f"{sorted(set(ids) ^ set(c2))[:5]}")
    one = {p["passage_id"]: {t: p["labels"][t] for t in THEMES} for p in passages}
    two = {pid: c2[pid]["labels"] for pid in ids}
    return passages, one, two, c2


def rows(reference: dict, other: dict, ids: list[str], method: str,
         per_theme_ids: dict[str, list[str]] | None = None) -> list[dict]:
    """agreement_row per theme on ``ids`` (or on per_theme_ids[theme])."""
    out = []
    for t in THEMES:
        use = per_theme_ids[t] if per_theme_ids else ids
        out.append(agreement.agreement_row(t, method, [reference[i][t] for i in use],
                                           [other[i][t] for i in use]))
    return out


def macro(rs: list[dict]) -> float:
    return sum(r["f1"] for r in rs) / len(rs)


def print_table(title: str, rs: list[dict], ref: str, other: str) -> None:
    print(f"\n{title}: macro-F1 {macro(rs):.3f}\n")
    print(f"| theme | n | prev. {ref} | prev. {other} | P | R | F1 | κ | AC1 | tp | fp | fn | tn |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rs:
        print(f"| {r['theme']} | {r['n']} | {r['prevalence_human']:.3f} | {r['prevalence_tool']:.3f} | "
              f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['kappa']:.3f} | "
              f"{r['ac1']:.3f} | {r['tp']} | {r['fp']} | {r['fn']} | {r['tn']} |")


def bootstrap(reference: dict, other: dict, ids: list[str], reps: int = 1000,
              seed: int = 42) -> dict[str, tuple[float, float]]:
    """95 % percentile intervals of kappa per theme and of macro-F1 over ``reps`` resamples of
    the passages (with replacement, seeded): how much of the coders' agreement is the sample."""
    import random

    rng = random.Random(seed)
    draws: dict[str, list[float]] = {t: [] for t in THEMES} | {"macro-F1": []}
    for _ in range(reps):
        sample = [rng.choice(ids) for _ in ids]
        rs = rows(reference, other, sample, "bootstrap")
        for r in rs:
            draws[r["theme"]].append(r["kappa"])
        draws["macro-F1"].append(macro(rs))
    out = {}
    for name, values in draws.items():
        values.sort()
        out[name] = (values[int(0.025 * reps)], values[int(0.975 * reps) - 1])
    return out


def tool_decisions(passages: list[dict], themes: dict) -> dict[str, dict[str, dict[str, int]]]:
    """{"default (coder: examples)": …, "lexicon rule": …} decisions {passage_id: {theme: 0/1}},
    computed as bench/score_theme_coding.py does for set N."""
    from score_theme_coding import by_example
    from themes_errors import params_from_argv

    params = params_from_argv()
    rule, _, _ = heldout.features(passages, themes, params)
    default = by_example(passages, themes, params, [("every theme", None)])["every theme"]
    return {"default (coder: examples)": default, "lexicon rule": rule}


def main() -> None:
    themes = load_themes(REPO / "config" / "themes.yaml")
    passages, one, two, c2 = coders(themes)
    ids = [p["passage_id"] for p in passages]
    halves = {"all": ids,
              "bundled": [i for i in ids if not i.startswith("unseen")],
              "unseen": [i for i in ids if i.startswith("unseen")]}
    for name, sub in halves.items():
        print_table(f"Coder 2 against coder 1 (reference), {name}, n {len(sub)}",
                    rows(one, two, sub, "coder2"), "coder 1", "coder 2")
    ci = bootstrap(one, two, ids)
    print("\nCoder 2 against coder 1, all: 95 % bootstrap intervals (1,000 resamples of the 236 "
          "passages, seed 42): " + "; ".join(f"{k} {'κ ' if k in THEMES else ''}{lo:.3f}–{hi:.3f}"
                                             for k, (lo, hi) in ci.items()))
    agree = {t: [i for i in ids if one[i][t] == two[i][t]] for t in THEMES}
    dis = {t: [i for i in ids if i not in set(agree[t])] for t in THEMES}
    noted = {i for i in ids if "hesitat" in c2[i]["note"]}
    print(f"\nDisagreements: {sum(len(v) for v in dis.values())} decisions on "
          f"{len(set().union(*dis.values()))} passages; in the {len(noted)} passages coder 2 noted "
          f"as hesitant: {sum(1 for v in dis.values() for i in v if i in noted)}")
    if "--list" in sys.argv:
        text = {p["passage_id"]: p["text"] for p in passages}
        for t in THEMES:
            print(f"\n## {t}: coder 1 / coder 2 disagree on {len(dis[t])}")
            for i in dis[t]:
                print(f"- {i} {one[i][t]}/{two[i][t]} [{c2[i]['note']}] {text[i]}")
    if "--no-tool" in sys.argv:
        return
    for tool, decided in tool_decisions(passages, themes).items():
        sides = "; ".join(f"{t} {sum(decided[i][t] == one[i][t] for i in dis[t])} of {len(dis[t])}"
                          for t in THEMES)
        print(f"\n{tool}, on the decisions the coders split on, sides with coder 1: {sides}")
        for name, sub in halves.items():
            print_table(f"{tool} against coder 1, {name}, n {len(sub)}",
                        rows(one, decided, sub, tool), "coder 1", "tool")
            print_table(f"{tool} against coder 2, {name}, n {len(sub)}",
                        rows(two, decided, sub, tool), "coder 2", "tool")
            both = {t: [i for i in agree[t] if i in set(sub)] for t in THEMES}
            print_table(f"{tool} against the passages where both coders agree (per theme), {name}",
                        rows(one, decided, sub, tool, both), "coders", "tool")


if __name__ == "__main__":
    main()
