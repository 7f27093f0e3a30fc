"""Session 21 (themes21; tests/data/THEME_SCORES.md "Session 21"): the default coder's leave-one-set-out row put together
from one process per theme (``themes_loso_fast.py --only=default --theme=T --save=X``), for a base and a candidate
lexicon, each over its own feature cache (the rule's decisions of the themes not given), per set, with Δ, the mean
(D out, judged by its wrong decisions), κ per theme and the sets below −0.01 (the house rule).

    PYTHONPATH=src:bench python bench/themes21_combine.py \\
        base=/tmp/themes21/feat_base.pkl:/tmp/themes21/base_coordination.pkl,/tmp/themes21/base_liberal.pkl \\
        health21=/tmp/themes21/feat_health21.pkl:/tmp/themes21/health21_coordination.pkl,...
"""
import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import themes_loso as tl  # noqa: E402

from corpus.themes import load_themes  # noqa: E402

themes = load_themes(Path(__file__).resolve().parents[1] / "config" / "themes.yaml")  # the labels only
TH = list(themes)
os.environ.setdefault("THEMES_ERRORS_CACHE", "/tmp/themes21/tokens.pkl")
args = [a.split("=", 1) for a in sys.argv[1:] if not a.startswith("--")]
sys.argv = sys.argv[:1]  # tl.load reads its own options from sys.argv
os.environ["TFIX4_FEATURES"] = args[0][1].split(":", 1)[0]
sets, _ = tl.load(themes)


def rows_of(spec):
    feat, decs = spec.split(":", 1)
    ev = pickle.loads(Path(feat).read_bytes())
    dec = {s: {t: np.array([e["rows"][t]["coded"] for e in ev[s]]) for t in TH} for s in tl.SETS}
    given = []
    for path in decs.split(","):
        for s, by_theme in pickle.loads(Path(path).read_bytes()).items():
            dec[s].update(by_theme)
            given += [t for t in by_theme if t not in given]
    return tl.table(sets, dec, TH), given


R = {name: rows_of(spec) for name, spec in args}
names = [n for n, _ in args]
b, c = names
print(f"themes by the default: {b}: {R[b][1]}; {c}: {R[c][1]}; the others by each lexicon's rule\n")
print(f"| set | {b} | {c} | Δ |")
print("|---|---|---|---|")
deltas, low = {}, []
for s in tl.SETS:
    rb, rc = R[b][0][s], R[c][0][s]
    if s == "D":
        eb, ec = (sum(r["fp"] + r["fn"] for r in rows) for rows in (rb, rc))
        print(f"| D | {eb} err | {ec} err | {ec - eb:+d} |")
        continue
    mb, mc = tl.macro(rb), tl.macro(rc)
    deltas[s] = mc - mb
    low += [f"{s} {mc - mb:+.3f}"] if mc - mb < -0.01 else []
    print(f"| {s} | {mb:.3f} | {mc:.3f} | {mc - mb:+.3f} |")
mb = np.mean([tl.macro(R[b][0][s]) for s in deltas])
mc = np.mean([tl.macro(R[c][0][s]) for s in deltas])


def kappas(name):
    return " / ".join(f"{np.mean([R[name][0][s][i]['kappa'] for s in deltas if R[name][0][s][i]['tp'] + R[name][0][s][i]['fn'] >= 5]):.3f}"
                      for i in range(len(TH)))


print(f"| **mean ({len(deltas)} sets, D out)** | **{mb:.4f}** | **{mc:.4f}** | **{mc - mb:+.4f}** |")
print(f"κ per theme ({' / '.join(TH)}): {b} {kappas(b)}; {c} {kappas(c)}")
print("sets below −0.01:", ", ".join(low) or "none")
print("sets up / down / equal:", sum(d > 1e-9 for d in deltas.values()), "/", sum(d < -1e-9 for d in deltas.values()), "/",
      sum(abs(d) <= 1e-9 for d in deltas.values()))
