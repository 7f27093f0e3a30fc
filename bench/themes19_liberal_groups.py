"""Session 19 (themes19; tests/data/THEME_SCORES.md): per set and per group: libéral by the default coder (base vs naming libéral), the other themes by the rule
(exact Δ of the macro); optional réunionite by the default (session 18's pickle) for both."""
import pickle

import numpy as np

base = pickle.load(open("/tmp/themes19/base_liberal.pkl.row", "rb"))
cand = pickle.load(open("/tmp/themes19/namelib_liberal.pkl.row", "rb"))
SETS = base["sets"]
TH = ["coordination", "liberal", "territoire", "reunionite"]
BLIND = list("CFGHIJKLMNOPQRSTU")
ENGINEER = ["A", "B", "E", "dev"]
KU = list("KLMNOPQRSTU")
AJ = ["A", "B", "C", "E", "F", "G", "H", "I", "J", "dev"]
LU = list("LMNOPQRSTU")
GROUPS = [("all 21 (D out)", [s for s in SETS if s != "D"]), ("blind: C, F–U (17)", BLIND),
          ("engineer/dev: A, B, E, dev (4)", ENGINEER), ("brief's K–U (11)", KU), ("brief's A–J, dev (10)", AJ),
          ("after the explicit line: L–U (10)", LU),
          ("titles coded 1 (session 8): A, B, C, dev (4)", ["A", "B", "C", "dev"]), ("F–U (16)", list("FGHIJKLMNOPQRSTU"))]


def macro(rows):
    kept = [r for r in rows if r["tp"] + r["fn"] >= 5]
    return sum(r["f1"] for r in kept) / len(kept)


def lib(rows):
    return rows[TH.index("liberal")]


print("| set | libéral + | base: tp/fp/fn | F1 | κ | naming libéral: tp/fp/fn | F1 | κ | macro base | macro cand | Δ |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
M = {}
for s in SETS:
    b, c = base["rows"][s], cand["rows"][s]
    lb, lc = lib(b), lib(c)
    if s == "D":
        eb = sum(r["fp"] + r["fn"] for r in b)
        ec = sum(r["fp"] + r["fn"] for r in c)
        print(f"| D | {lb['tp'] + lb['fn']} | {lb['tp']}/{lb['fp']}/{lb['fn']} | | | {lc['tp']}/{lc['fp']}/{lc['fn']} | | | {eb} err | {ec} err | {ec - eb:+d} |")
        continue
    M[s] = (macro(b), macro(c), lb, lc)
    print(f"| {s} | {lb['tp'] + lb['fn']} | {lb['tp']}/{lb['fp']}/{lb['fn']} | {lb['f1']:.3f} | {lb['kappa']:.3f} | "
          f"{lc['tp']}/{lc['fp']}/{lc['fn']} | {lc['f1']:.3f} | {lc['kappa']:.3f} | {M[s][0]:.3f} | {M[s][1]:.3f} | {M[s][1] - M[s][0]:+.3f} |")
print()
print("| group | macro base | macro naming libéral | Δ | κ libéral base | κ libéral naming | sets below −0.01 |")
print("|---|---|---|---|---|---|---|")
for name, g in GROUPS:
    mb = np.mean([M[s][0] for s in g])
    mc = np.mean([M[s][1] for s in g])
    ks = [s for s in g if M[s][2]["tp"] + M[s][2]["fn"] >= 5]
    kb = np.mean([M[s][2]["kappa"] for s in ks])
    kc = np.mean([M[s][3]["kappa"] for s in ks])
    low = [f"{s} {M[s][1] - M[s][0]:+.3f}" for s in g if M[s][1] - M[s][0] < -0.01]
    print(f"| {name} | {mb:.4f} | {mc:.4f} | {mc - mb:+.4f} | {kb:.3f} ({len(ks)} sets) | {kc:.3f} | {', '.join(low) or 'none'} |")
print("\nthresholds libéral (base / cand):", {s: (base['thresholds']['liberal'][s], cand['thresholds']['liberal'][s]) for s in SETS})
