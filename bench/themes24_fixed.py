"""Session 22 (themes24; tests/data/THEME_SCORES.md "Session 22 (themes24)"): a candidate judged on the four-theme
row of the default (22-set leave-one-set-out) twice, from saved fold scores (``themes_loso_fast.py --only=default
--save-scores=X``): with each fold's cut-offs re-chosen on the candidate's inner folds (today's protocol) and with each
fold's cut-offs held at the base's (the candidate's models and rule, the base's (up, down) per theme and fold).
themes23_fixed.py did this for territoire alone; this is every theme and the per-set macro-F1 the house rule reads.

    PYTHONHASHSEED=0 TFIX4_FEATURES=/tmp/themes24/feat_base.pkl THEMES_ERRORS_CACHE=/tmp/themes24/tokens.pkl \\
      PYTHONPATH=src:bench python bench/themes24_fixed.py /tmp/themes24/scores_base.pkl \\
      /tmp/themes24/scores_health21_coordination.pkl /tmp/themes24/scores_health21_liberal.pkl ...

The first file is the base (all four themes); the others are the candidate's scores, one or more files whose themes are
merged. A theme with no candidate scores keeps the base's decisions in every column (said in the output): the row is
then the candidate's effect through the themes given only.
"""
from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import themes23_cutoffs as tc  # noqa: E402
import themes_loso as tl  # noqa: E402

from corpus.themes import examples as ex  # noqa: E402
from corpus.themes import load_themes  # noqa: E402


def decide(th, held, cut):
    return ex.flip(th["rule"][held], th["gated"][frozenset([held]), held], *cut)


def main():
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.argv = sys.argv[:1]
    os.environ.setdefault("THEMES_ERRORS_CACHE", "/tmp/themes24/tokens.pkl")
    themes = load_themes(Path(__file__).resolve().parents[1] / "config" / "themes.yaml")
    TH = list(themes)
    sets, ev = tl.load(themes)
    base = pickle.loads(Path(files[0]).read_bytes())
    assert base["sets"] == tl.SETS
    cand = {"sets": tl.SETS, "scores": {}}
    for f in files[1:]:
        c = pickle.loads(Path(f).read_bytes())
        assert c["sets"] == tl.SETS
        cand["scores"].update(c["scores"])
    given = [t for t in TH if t in cand["scores"]]
    missing = [t for t in TH if t not in given]

    _, cut_b = tc.run(base, "default")
    for t in TH:  # today's choice reproduced on the base
        assert cut_b[t] == base["thresholds"][t], t
    _, cut_c = tc.run(cand, "default")

    dec = {k: {s: {} for s in tl.SETS} for k in ("base", "rechosen", "held")}
    for t in TH:
        for s in tl.SETS:
            b = decide(base["scores"][t], s, cut_b[t][s])
            dec["base"][s][t] = b
            if t in given:
                th = cand["scores"][t]
                dec["rechosen"][s][t] = decide(th, s, cut_c[t][s])
                dec["held"][s][t] = decide(th, s, cut_b[t][s])
            else:
                dec["rechosen"][s][t] = dec["held"][s][t] = b
    rows = {k: tl.table(sets, d, TH) for k, d in dec.items()}
    mac = {k: {s: tl.macro(r[s]) for s in tl.SETS if s != "D"} for k, r in rows.items()}
    derr = {k: sum(x["fp"] + x["fn"] for x in r["D"]) for k, r in rows.items()}
    mean = {k: float(np.mean(list(m.values()))) for k, m in mac.items()}

    print(f"candidate themes: {', '.join(given)}" + (f"; base decisions kept for {', '.join(missing)}" if missing else ""))
    for t in given:
        moved = [s for s in tl.SETS if cut_c[t][s] != cut_b[t][s]]
        print(f"{t}: folds whose cut-offs are re-chosen differently: {len(moved)} of 22"
              + (" (" + "; ".join(f"{s} {cut_b[t][s]} -> {cut_c[t][s]}" for s in moved) + ")" if moved else ""))
    print()
    print("| set | base | candidate, cut-offs re-chosen | Δ | candidate, base cut-offs held | Δ |")
    print("|---|---|---|---|---|---|")
    for s in tl.SETS:
        if s == "D":
            print(f"| D | {derr['base']} err | {derr['rechosen']} err | {derr['rechosen'] - derr['base']:+d} | "
                  f"{derr['held']} err | {derr['held'] - derr['base']:+d} |")
            continue
        b, c, h = mac["base"][s], mac["rechosen"][s], mac["held"][s]
        print(f"| {s} | {b:.3f} | {c:.3f} | {c - b:+.3f} | {h:.3f} | {h - b:+.3f} |")
    print(f"| **mean (21 sets, D out)** | **{mean['base']:.4f}** | **{mean['rechosen']:.4f}** | "
          f"**{mean['rechosen'] - mean['base']:+.4f}** | **{mean['held']:.4f}** | **{mean['held'] - mean['base']:+.4f}** |")

    def kappas(r):
        return " / ".join(f"{np.mean([r[s][i]['kappa'] for s in mac['base'] if r[s][i]['tp'] + r[s][i]['fn'] >= 5]):.3f}"
                          for i in range(len(TH)))

    print(f"κ per theme ({' / '.join(TH)}): base {kappas(rows['base'])}; re-chosen {kappas(rows['rechosen'])}; "
          f"held {kappas(rows['held'])}")
    for k in ("rechosen", "held"):
        d = {s: mac[k][s] - mac["base"][s] for s in mac["base"]}
        low = ", ".join(f"{s} {v:+.3f}" for s, v in d.items() if v < -0.01) or "none"
        verdict = "passes" if mean[k] > mean["base"] and low == "none" else "fails"
        print(f"{k}: mean {mean[k] - mean['base']:+.4f}; sets below −0.01: {low}; up / down / equal "
              f"{sum(v > 1e-9 for v in d.values())} / {sum(v < -1e-9 for v in d.values())} / "
              f"{sum(abs(v) <= 1e-9 for v in d.values())}; worst {min(d, key=d.get)} {min(d.values()):+.3f}; "
              f"house rule {verdict}")
    print()
    for i, t in enumerate(TH):  # per theme: F1 and decisions that differ
        for k in ("rechosen", "held"):
            per = {s: rows[k][s][i]["f1"] - rows["base"][s][i]["f1"] for s in mac["base"]
                   if rows["base"][s][i]["tp"] + rows["base"][s][i]["fn"] >= 5}
            ndiff = sum(int((dec[k][s][t] != dec["base"][s][t]).sum()) for s in tl.SETS)
            print(f"{t} {k}: decisions differing {ndiff}; F1 Δ per set: "
                  + (", ".join(f"{s} {v:+.3f}" for s, v in per.items() if abs(v) > 1e-9) or "none"))


if __name__ == "__main__":
    main()
