"""Session 21 (themes21; tests/data/THEME_SCORES.md "Session 21"): two leave-one-set-out rows of one theme by the
default coder (``themes_loso_fast.py --only=default --theme=T --save=X`` writes X.row: per set the agreement rows of
every theme, that theme by the coder, the others by the same lexicon's rule), per set and against each other: the
theme's tp/fp/fn, F1, κ, the set's macro-F1 (themes with ≥ 5 human positives), Δ, the mean over the sets (D out,
judged by its wrong decisions) and the sets below −0.01 (the house rule).

    python bench/themes21_compare.py coordination base=/tmp/themes21/base_coordination.pkl.row cand=/tmp/...pkl.row
"""
import pickle
import sys
from pathlib import Path

theme = sys.argv[1]
(bn, bp), (cn, cp) = [a.split("=", 1) for a in sys.argv[2:4]]
B, C = pickle.loads(Path(bp).read_bytes()), pickle.loads(Path(cp).read_bytes())
assert B["sets"] == C["sets"]
i = [r["theme"] for r in B["rows"][B["sets"][0]]].index(theme)


def macro(rows):
    kept = [r for r in rows if r["tp"] + r["fn"] >= 5]
    return sum(r["f1"] for r in kept) / len(kept)


def cell(r):
    return f"{r['tp']}/{r['fp']}/{r['fn']}, {r['f1']:.3f}, {r['kappa']:.3f}"


print(f"| set | {theme} + | {bn}: tp/fp/fn, F1, κ | {cn}: tp/fp/fn, F1, κ | macro {bn} | macro {cn} | Δ |")
print("|---|---|---|---|---|---|---|")
deltas, low = {}, []
for s in B["sets"]:
    rb, rc = B["rows"][s], C["rows"][s]
    pos = rb[i]["tp"] + rb[i]["fn"]
    if s == "D":
        eb, ec = (sum(r["fp"] + r["fn"] for r in rows) for rows in (rb, rc))
        print(f"| D | {pos} | {cell(rb[i])} | {cell(rc[i])} | {eb} err | {ec} err | {ec - eb:+d} |")
        continue
    mb, mc = macro(rb), macro(rc)
    deltas[s] = mc - mb
    if mc - mb < -0.01:
        low.append(f"{s} {mc - mb:+.3f}")
    print(f"| {s} | {pos} | {cell(rb[i])} | {cell(rc[i])} | {mb:.3f} | {mc:.3f} | {mc - mb:+.3f} |")
n = len(deltas)
mb = sum(macro(B["rows"][s]) for s in deltas) / n
mc = sum(macro(C["rows"][s]) for s in deltas) / n
kb = [B["rows"][s][i]["kappa"] for s in deltas if B["rows"][s][i]["tp"] + B["rows"][s][i]["fn"] >= 5]
kc = [C["rows"][s][i]["kappa"] for s in deltas if C["rows"][s][i]["tp"] + C["rows"][s][i]["fn"] >= 5]
print(f"| mean ({n} sets, D out) | | κ {theme} {sum(kb) / len(kb):.3f} | κ {theme} {sum(kc) / len(kc):.3f} | "
      f"**{mb:.4f}** | **{mc:.4f}** | **{mc - mb:+.4f}** |")
print("sets below −0.01:", ", ".join(low) or "none")
print("sets up / down / equal:", sum(d > 1e-9 for d in deltas.values()), "/", sum(d < -1e-9 for d in deltas.values()), "/",
      sum(abs(d) <= 1e-9 for d in deltas.values()))
