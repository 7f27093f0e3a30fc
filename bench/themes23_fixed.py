"""Session 22 (themes23): one theme's row under a feature change (health21) with the cut-offs re-chosen (today) and
with the cut-offs held at the base's per-fold values (only the models change), from saved fold scores.

    PYTHONPATH=src:bench python bench/themes23_fixed.py territoire /tmp/themes23/scores_base.pkl \\
        /tmp/themes23/scores_health21_territoire.pkl
"""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import themes23_cutoffs as tc  # noqa: E402

from corpus.themes import agreement  # noqa: E402
from corpus.themes import examples as ex  # noqa: E402

theme, base_path, cand_path = sys.argv[1:4]
base, cand = (pickle.loads(Path(p).read_bytes()) for p in (base_path, cand_path))
tb, tcand = base["scores"][theme], cand["scores"][theme]
_, cut_b = tc.run({"sets": base["sets"], "scores": {theme: tb}}, "default")
_, cut_c = tc.run({"sets": cand["sets"], "scores": {theme: tcand}}, "default")


def f1(th, held, cut):
    d = ex.flip(th["rule"][held], th["gated"][frozenset([held]), held], *cut)
    r = agreement.agreement_row(theme, "x", list(th["labels"][held]), [int(v) for v in d])
    return r["f1"], r["tp"] + r["fn"]


print(f"| set | {theme} F1 base | health21, cut-offs re-chosen | Δ | health21, base cut-offs | Δ |")
print("|---|---|---|---|---|---|")
d1, d2 = [], []
for s in base["sets"]:
    b, npos = f1(tb, s, cut_b[theme][s])
    c, _ = f1(tcand, s, cut_c[theme][s])
    x, _ = f1(tcand, s, cut_b[theme][s])
    if npos < 5:
        continue
    d1.append(c - b)
    d2.append(x - b)
    print(f"| {s} | {b:.3f} | {c:.3f} | {c - b:+.3f} | {x:.3f} | {x - b:+.3f} |")
print(f"| mean ({len(d1)} sets with >= 5 positives) | | | {np.mean(d1):+.4f} | | {np.mean(d2):+.4f} |")
print(f"sets whose {theme} F1 moves: re-chosen {sum(abs(v) > 1e-9 for v in d1)}, fixed {sum(abs(v) > 1e-9 for v in d2)}; "
      f"largest loss re-chosen {min(d1):+.3f}, fixed {min(d2):+.3f}")
