"""Session 20 (themes20; tests/data/THEME_SCORES.md "Session 20"): the default coder's libéral row on the 22-set
leave-one-set-out for several variants (row pickles of ``themes_loso_fast.py --only=default --theme=liberal
--save=X``: libéral by the coder, the other themes by the rule, so a set's Δ macro is libéral's F1 change over its
theme count), per set and per group, against session 19's base (default naming, examples as coded). With
``--adjudicated=PATH`` (a `coding.examples_overrides` CSV) every row is scored again with those labels in place of
the original ones (empty label: the passage left out of the scoring) — for information, the bench's labels stay
the original ones.

    PYTHONPATH=src:bench python bench/themes20_groups.py base=/tmp/themes19/base_liberal.pkl cand=/tmp/...pkl ...
"""
import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, "bench")
os.environ.setdefault("TFIX4_FEATURES", "/tmp/themes20/feat_base.pkl")
os.environ.setdefault("THEMES_ERRORS_CACHE", "/tmp/themes20/tokens.pkl")
import themes_loso as tl  # noqa: E402

from corpus.themes import agreement, load_themes  # noqa: E402
from corpus.themes import examples as ex  # noqa: E402

TH = ["coordination", "liberal", "territoire", "reunionite"]
variants = [a.split("=", 1) for a in sys.argv[1:] if not a.startswith("--")]
adjudicated = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--adjudicated=")), None)
themes = load_themes(Path("config/themes.yaml"))
sets, ev = tl.load(themes)
SETS = tl.SETS
labels = {s: {t: np.array([p["labels"][t] for p in sets[s]]) for t in TH} for s in SETS}
keep = {s: np.ones(len(sets[s]), bool) for s in SETS}
if adjudicated:
    for (s, pid, theme), v in ex.read_overrides(adjudicated, themes).items():
        i = [p["passage_id"] for p in sets[s]].index(pid)
        if v is None:
            keep[s][i] = False
        else:
            labels[s][theme][i] = v
rule = {s: {t: np.array([e["rows"][t]["coded"] for e in ev[s]]) for t in TH} for s in SETS}
BLIND = list("CFGHIJKLMNOPQRSTU")
EARLY = ["A", "B", "C", "E", "F", "G", "H", "I", "J", "dev"]
GROUPS = [("all 21 (D out)", [s for s in SETS if s != "D"]), ("blind: C, F–U (17)", BLIND),
          ("early: A–J, dev (10)", EARLY), ("K–U (11)", list("KLMNOPQRSTU")),
          ("titles coded 1: A, B, C, dev (4)", ["A", "B", "C", "dev"]), ("F–U (16)", list("FGHIJKLMNOPQRSTU"))]


def rows_of(dec):
    out = {}
    for s in SETS:
        k = keep[s]
        out[s] = [agreement.agreement_row(t, "x", labels[s][t][k].tolist(),
                                          [int(v) for v in (dec[s][t] if t in dec[s] else rule[s][t])[k]]) for t in TH]
    return out


def macro(rows):
    kept = [r for r in rows if r["tp"] + r["fn"] >= 5]
    return sum(r["f1"] for r in kept) / len(kept)


R = {name: rows_of(pickle.loads(Path(path).read_bytes())) for name, path in variants}
names = [n for n, _ in variants]
base = names[0]
print(f"scored against: {'the adjudicated labels of ' + adjudicated if adjudicated else 'the original labels'}\n")
print("| set | libéral + | " + " | ".join(f"{n}: tp/fp/fn, F1, κ" for n in names) + " | " +
      " | ".join(f"macro {n}" for n in names) + " | " + " | ".join(f"Δ {n}" for n in names[1:]) + " |")
print("|---|---|" + "---|" * (2 * len(names) + len(names) - 1))
for s in SETS:
    lib = {n: R[n][s][1] for n in names}
    pos = lib[base]["tp"] + lib[base]["fn"]
    if s == "D":
        errs = {n: sum(r["fp"] + r["fn"] for r in R[n][s]) for n in names}
        print(f"| D | {pos} | " + " | ".join(f"{lib[n]['tp']}/{lib[n]['fp']}/{lib[n]['fn']}" for n in names) + " | "
              + " | ".join(f"{errs[n]} err" for n in names) + " | " + " | ".join(f"{errs[n] - errs[base]:+d}" for n in names[1:]) + " |")
        continue
    m = {n: macro(R[n][s]) for n in names}
    print(f"| {s} | {pos} | " + " | ".join(f"{lib[n]['tp']}/{lib[n]['fp']}/{lib[n]['fn']}, {lib[n]['f1']:.3f}, {lib[n]['kappa']:.3f}"
                                         for n in names) + " | "
          + " | ".join(f"{m[n]:.3f}" for n in names) + " | " + " | ".join(f"{m[n] - m[base]:+.3f}" for n in names[1:]) + " |")
print()
print("| group | " + " | ".join(f"macro {n}" for n in names) + " | " + " | ".join(f"Δ {n}" for n in names[1:]) + " | "
      + " | ".join(f"κ libéral {n}" for n in names) + " | sets below −0.01 |")
print("|---|" + "---|" * (3 * len(names)))
for gname, g in GROUPS:
    mm = {n: np.mean([macro(R[n][s]) for s in g]) for n in names}
    ks = [s for s in g if R[base][s][1]["tp"] + R[base][s][1]["fn"] >= 5]
    kk = {n: np.mean([R[n][s][1]["kappa"] for s in ks]) for n in names}
    low = "; ".join(f"{n}: " + (", ".join(f"{s} {macro(R[n][s]) - macro(R[base][s]):+.3f}" for s in g
                                          if macro(R[n][s]) - macro(R[base][s]) < -0.01) or "none") for n in names[1:])
    print(f"| {gname} | " + " | ".join(f"{mm[n]:.4f}" for n in names) + " | "
          + " | ".join(f"{mm[n] - mm[base]:+.4f}" for n in names[1:]) + " | "
          + " | ".join(f"{kk[n]:.3f}" for n in names) + f" ({len(ks)} sets) | {low} |")
