"""Session 22 (themes24; THEME_SCORES.md "Session 22 (themes24)"): every decision of health21 that differs from the
base under the cut-offs re-chosen or held, with the base's and the candidate's P and (up, down); the precise mean and
F deltas. Reads /tmp/themes24/scores_base.pkl and /tmp/themes24/scores_health21_<theme>.pkl.

    PYTHONHASHSEED=0 TFIX4_FEATURES=/tmp/themes24/feat_base.pkl THEMES_ERRORS_CACHE=/tmp/themes24/tokens.pkl \\
      PYTHONPATH=src:bench python bench/themes24_detail.py
"""
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import themes23_cutoffs as tc  # noqa: E402
import themes_loso as tl  # noqa: E402

from corpus.themes import examples as ex  # noqa: E402
from corpus.themes import load_themes  # noqa: E402

themes = load_themes(Path(__file__).resolve().parents[1] / "config" / "themes.yaml")
TH = list(themes)
sets, ev = tl.load(themes)
base = pickle.loads(Path("/tmp/themes24/scores_base.pkl").read_bytes())
cand = {"sets": tl.SETS, "scores": {}}
for t in TH:
    cand["scores"].update(pickle.loads(Path(f"/tmp/themes24/scores_health21_{t}.pkl").read_bytes())["scores"])
_, cb = tc.run(base, "default")
_, cc = tc.run(cand, "default")


def dec(sc, cut):
    return {s: {t: ex.flip(sc["scores"][t]["rule"][s], sc["scores"][t]["gated"][frozenset([s]), s], *cut[t][s])
                for t in TH} for s in tl.SETS}


D = {"base": dec(base, cb), "re": dec(cand, cc), "held": dec(cand, cb)}
R = {k: tl.table(sets, d, TH) for k, d in D.items()}
M = {k: {s: tl.macro(r[s]) for s in tl.SETS if s != "D"} for k, r in R.items()}
for k in ("re", "held"):
    d = {s: M[k][s] - M["base"][s] for s in M["base"]}
    print(k, f"mean {np.mean(list(d.values())):.5f} F {d['F']:.5f} worst", min(d.items(), key=lambda x: x[1]))
for t in TH:
    for s in tl.SETS:
        b, h, r = D["base"][s][t], D["held"][s][t], D["re"][s][t]
        pb, pc = (x["scores"][t]["gated"][frozenset([s]), s] for x in (base, cand))
        for i in np.nonzero((b != h) | (b != r))[0]:
            print(t, s, i, "base", b[i], "re", r[i], "held", h[i], "rule_b", base["scores"][t]["rule"][s][i],
                  "rule_c", cand["scores"][t]["rule"][s][i], f"p_b {pb[i]:.3f} p_c {pc[i]:.3f}", "cut", cb[t][s], cc[t][s])
for k in R:
    print(k, "tp/fp/fn per theme, F:", [(x["tp"], x["fp"], x["fn"]) for x in R[k]["F"]],
          "dev:", [(x["tp"], x["fp"], x["fn"]) for x in R[k]["dev"]])
