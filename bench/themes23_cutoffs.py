"""Session 22 (themes23; tests/data/THEME_SCORES.md "Session 22 (themes23)"): how each theme's flip cut-offs
(up, down) are chosen on the training folds, how flat the choice is, and steadier rules — compared without refitting,
from the fold scores that ``themes_loso_fast.py --only=default --save-scores=X`` saves (every outer and inner fold's
gated P(theme), the rule's decisions and the labels, four themes; bench/themes23_run.sh).

    PYTHONPATH=src:bench python bench/themes23_cutoffs.py /tmp/themes23/scores_base.pkl /tmp/themes23/scores_health21.pkl

The first file is the base (its feature cache: $TFIX4_FEATURES, for the sets' labels); the second, a neutral feature
change (the health21 lexicon), gives the stability counts: how many folds' cut-offs move, per theme and rule.

A rule = (grid, criterion, pick):
- grid ``coarse``: examples.UPS x examples.DOWNS (steps of 0.1, today's); ``fine``: steps of 0.05 over the same range
  (2.0 = never up, -1.0 = never down kept as the grid's ends);
- criterion ``mean``: mean F1 over the training sets with >= 5 positives (today's); ``pooled``: one F1 over every
  training passage (the inner folds' predictions pooled);
- pick ``first``: the best criterion, ties to the fewest flips, then the first grid point (today's);
  ``smooth``: the best criterion averaged over the grid point's neighbours within ``w`` steps (a window; the grid's
  ends average fewer points), ties as ``first``;
  ``prior``: one cut-off t = up = down (fine grid 0.05..0.95) whose decisions on the training passages have the
  training prevalence (closest; ties to the fewest flips);
  ``bag``: the cut-off chosen most often by the rule ``w`` when each training set in turn is left out of the choice
  (ties to the choice on all of them, then to the first chosen).
"""
from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import themes_loso as tl  # noqa: E402

from corpus.themes import examples as ex  # noqa: E402
from corpus.themes import load_themes  # noqa: E402

FINE_UPS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14)) + (2.0,)  # 0.30 .. 0.95, never
FINE_DOWNS = (-1.0,) + tuple(round(0.05 * i, 2) for i in range(1, 15))  # never, 0.05 .. 0.70
GRIDS = {"coarse": (ex.UPS, ex.DOWNS), "fine": (FINE_UPS, FINE_DOWNS)}

RULES = {  # label: (grid, criterion, pick, window)
    "default": ("coarse", "mean", "first", 0),
    "fine": ("fine", "mean", "first", 0),
    "smooth": ("coarse", "mean", "smooth", 1),
    "fine, smooth": ("fine", "mean", "smooth", 2),
    "pooled": ("coarse", "pooled", "first", 0),
    "pooled, smooth": ("coarse", "pooled", "smooth", 1),
    "pooled, fine, smooth": ("fine", "pooled", "smooth", 2),
    "prior": ("fine", "pooled", "prior", 0),
    "bagged": ("coarse", "mean", "bag", "default"),
    "pooled, bagged": ("coarse", "pooled", "bag", "pooled"),
}


def counts(y, r, p, ups, downs):
    """Per grid point (up x down) of one set: true positives, predicted positives, flips."""
    ups, downs = np.asarray(ups), np.asarray(downs)
    zero, one = r == 0, r == 1
    up1 = p[zero][None, :] >= ups[:, None]  # rule 0 turned 1
    dn1 = p[one][None, :] >= downs[:, None]  # rule 1 kept 1
    tp = (up1 & (y[zero] == 1)).sum(1)[:, None] + (dn1 & (y[one] == 1)).sum(1)[None, :]
    pred = up1.sum(1)[:, None] + dn1.sum(1)[None, :]
    flips = up1.sum(1)[:, None] + (one.sum() - dn1.sum(1))[None, :]
    return tp, pred, flips


def surface(ys, rules, ps, ups, downs, criterion):
    """(criterion, flips) over the grid, as examples.choose_thresholds scores each point."""
    C = [counts(y, r, p, ups, downs) for y, r, p in zip(ys, rules, ps)]
    flips = sum(c[2] for c in C)
    if criterion == "mean":
        f1 = [2 * tp / np.maximum(1, pred + y.sum()) for (tp, pred, _), y in zip(C, ys) if y.sum() >= ex.MIN_POSITIVES]
        crit = np.mean(f1, axis=0) if f1 else np.zeros(flips.shape)
    else:
        tp, pred = sum(c[0] for c in C), sum(c[1] for c in C)
        crit = 2 * tp / np.maximum(1, pred + sum(y.sum() for y in ys))
    return np.round(crit, 6), flips


def window(a, w):
    """Each point's mean over the points within w grid steps (fewer at the grid's ends)."""
    out = np.zeros_like(a, dtype="float64")
    n = np.zeros_like(a, dtype="float64")
    U, D = a.shape
    for du in range(-w, w + 1):
        for dd in range(-w, w + 1):
            src = a[max(0, du):U + min(0, du), max(0, dd):D + min(0, dd)]
            out[max(0, -du):U + min(0, -du), max(0, -dd):D + min(0, -dd)] += src
            n[max(0, -du):U + min(0, -du), max(0, -dd):D + min(0, -dd)] += 1
    return np.round(out / n, 6)


def best(crit, flips):
    """(i, j) of the best criterion, ties to the fewest flips, then the first in grid order."""
    key = [(crit[i, j], -flips[i, j]) for i in range(crit.shape[0]) for j in range(crit.shape[1])]
    k = max(range(len(key)), key=lambda n: (key[n], -n))
    return divmod(k, crit.shape[1])


def choose(ys, rules, ps, rule):
    grid, criterion, pick, w = RULES[rule]
    ups, downs = GRIDS[grid]
    if pick == "bag":
        full = choose(ys, rules, ps, w)
        votes = [choose(ys[:k] + ys[k + 1:], rules[:k] + rules[k + 1:], ps[:k] + ps[k + 1:], w) for k in range(len(ys))]
        return max(votes, key=lambda c: (votes.count(c), c == full, -votes.index(c)))
    if pick == "prior":
        ts = FINE_UPS[:-1] + (0.05, 0.1, 0.15, 0.2, 0.25)
        y, r, p = np.concatenate(ys), np.concatenate(rules), np.concatenate(ps)
        gap = [(abs(int(ex.flip(r, p, t, t).sum()) - int(y.sum())), int((ex.flip(r, p, t, t) != r).sum()), t)
               for t in sorted(ts)]
        t = min(gap)[2]
        return t, t
    crit, flips = surface(ys, rules, ps, ups, downs, criterion)
    if pick == "smooth":
        crit = window(crit, w)
    i, j = best(crit, flips)
    return ups[i], downs[j]


def inner(th, held):
    """The training sets' labels, rule and inner-fold scores when ``held`` is left out (as themes_loso_fast)."""
    train = [s for s in th["labels"] if s != held]
    keep = {s: th["labels"][s] >= 0 for s in train}
    return ([th["labels"][s][keep[s]] for s in train], [th["rule"][s][keep[s]] for s in train],
            [th["gated"][frozenset([held, s]), s][keep[s]] for s in train])


def run(saved, rule):
    """({held: {theme: decisions}}, {theme: {held: (up, down)}}) of one rule over one scores file."""
    dec, cut = {}, {}
    for theme, th in saved["scores"].items():
        for held in saved["sets"]:
            up, down = choose(*inner(th, held), rule)
            cut.setdefault(theme, {})[held] = (up, down)
            dec.setdefault(held, {})[theme] = ex.flip(th["rule"][held], th["gated"][frozenset([held]), held], up, down)
    return dec, cut


def resampled(saved, rule):
    """{theme: (moves, choices)}: how often a fold's cut-off moves when one of its training sets is left out of the
    choice (the models unchanged: a stand-in for a neutral change of the training data)."""
    out = {}
    for theme, th in saved["scores"].items():
        moves = n = 0
        for held in saved["sets"]:
            ys, rules, ps = inner(th, held)
            full = choose(ys, rules, ps, rule)
            for k in range(len(ys)):
                n += 1
                moves += choose(ys[:k] + ys[k + 1:], rules[:k] + rules[k + 1:], ps[:k] + ps[k + 1:], rule) != full
        out[theme] = (moves, n)
    return out


def flatness(saved, theme):
    """Per fold: the chosen (up, down), its criterion, how many coarse grid points lie within 0.005 / 0.01 of it, and
    the best criterion at another up and at another down (how much the choice wins by)."""
    out = []
    th = saved["scores"][theme]
    for held in saved["sets"]:
        ys, rules, ps = inner(th, held)
        crit, flips = surface(ys, rules, ps, ex.UPS, ex.DOWNS, "mean")
        i, j = best(crit, flips)
        b = crit[i, j]
        other_up = np.delete(crit, i, axis=0).max()
        other_down = np.delete(crit, j, axis=1).max()
        out.append((held, ex.UPS[i], ex.DOWNS[j], b, int((crit >= b - 0.005).sum()), int((crit >= b - 0.01).sum()),
                    b - other_up, b - other_down))
    return out


def main():
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.argv = sys.argv[:1]
    os.environ.setdefault("THEMES_ERRORS_CACHE", "/tmp/themes23/tokens.pkl")
    themes = load_themes(Path(__file__).resolve().parents[1] / "config" / "themes.yaml")
    TH = list(themes)
    sets, ev = tl.load(themes)
    rule_dec = {s: {t: np.array([e["rows"][t]["coded"] for e in ev[s]]) for t in TH} for s in tl.SETS}
    saved = [pickle.loads(Path(f).read_bytes()) for f in files]
    assert saved[0]["sets"] == tl.SETS

    # 1. today's choice reproduced, and how flat it is
    base_dec, base_cut = run(saved[0], "default")
    for t in TH:
        assert base_cut[t] == saved[0]["thresholds"][t], (t, base_cut[t], saved[0]["thresholds"][t])
    print("## today's cut-offs per fold (base): up, down, criterion (mean F1 of the training sets), grid points within"
          " 0.005 / 0.01, margin over the best at another up / another down\n")
    for t in TH:
        rows = flatness(saved[0], t)
        print(f"{t}: " + "; ".join(f"{h} ({u}, {d}) {b:.4f} {n5}/{n10} +{mu:.4f}/+{md:.4f}"
                                   for h, u, d, b, n5, n10, mu, md in rows))
        print(f"  median points within 0.005: {np.median([r[4] for r in rows]):.0f}, within 0.01: "
              f"{np.median([r[5] for r in rows]):.0f} (of {len(ex.UPS) * len(ex.DOWNS)}); margin at another up: median "
              f"{np.median([r[6] for r in rows]):.4f}, < 0.002 in {sum(r[6] < 0.002 for r in rows)} folds; at another "
              f"down: median {np.median([r[7] for r in rows]):.4f}, < 0.002 in {sum(r[7] < 0.002 for r in rows)} folds\n")

    def row(dec):
        full = {s: {**rule_dec[s], **dec[s]} for s in tl.SETS}
        return tl.table(sets, full, TH)

    def macro(rows):
        return {s: tl.macro(rows[s]) for s in tl.SETS if s != "D"}

    base_rows = row(base_dec)
    bm = macro(base_rows)
    print(f"base row (default): mean {np.mean(list(bm.values())):.4f}, D "
          f"{sum(r['fp'] + r['fn'] for r in base_rows['D'])} err\n")

    results = {}
    for rule in RULES:
        dec, cut = run(saved[0], rule)
        rows = row(dec)
        m = macro(rows)
        moved = {}
        h_rows = None
        if len(saved) > 1:  # a second scores file: all four themes, or some (then no health21 row)
            dec_h, cut_h = run(saved[1], rule)
            moved = {t: sum(cut[t][s] != cut_h[t][s] for s in tl.SETS) for t in cut_h}
            h_rows = row(dec_h) if len(cut_h) == len(TH) else None
        results[rule] = (rows, m, cut, moved, h_rows, resampled(saved[0], rule))

    print("## rules, four themes by the coder (22-set leave-one-set-out), base features\n")
    print("| rule | mean (21, D out) | Δ vs default | D err | sets below −0.01 vs default | up / down / equal | "
          "κ per theme | folds whose cut-off moves with health21 | cut-offs moved by leaving one training set out "
          "(" + " / ".join(TH) + ", of 462 each; total) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for rule, (rows, m, cut, moved, _, rs) in results.items():
        d = {s: m[s] - bm[s] for s in m}
        low = ", ".join(f"{s} {v:+.3f}" for s, v in d.items() if v < -0.01) or "none"
        kap = " / ".join(f"{np.mean([rows[s][i]['kappa'] for s in m if rows[s][i]['tp'] + rows[s][i]['fn'] >= 5]):.3f}"
                         for i in range(len(TH)))
        mv = ", ".join(f"{t} {v} of 22" for t, v in moved.items())
        rv = " / ".join(str(rs[t][0]) for t in TH) + f"; {sum(v[0] for v in rs.values())}"
        print(f"| {rule} | {np.mean(list(m.values())):.4f} | {np.mean(list(m.values())) - np.mean(list(bm.values())):+.4f}"
              f" | {sum(r['fp'] + r['fn'] for r in rows['D'])} | {low} | {sum(v > 1e-9 for v in d.values())} / "
              f"{sum(v < -1e-9 for v in d.values())} / {sum(abs(v) <= 1e-9 for v in d.values())} | {kap} | {mv} | {rv} |")

    if len(saved) > 1 and all(r[4] is not None for r in results.values()):
        print("\n## health21 judged under each rule (base → health21, the same rule on both)\n")
        print("| rule | mean base | mean health21 | Δ | sets below −0.01 |")
        print("|---|---|---|---|---|")
        for rule, (rows, m, _, _, h_rows, _) in results.items():
            hm = macro(h_rows)
            low = ", ".join(f"{s} {hm[s] - m[s]:+.3f}" for s in m if hm[s] - m[s] < -0.01) or "none"
            print(f"| {rule} | {np.mean(list(m.values())):.4f} | {np.mean(list(hm.values())):.4f} | "
                  f"{np.mean(list(hm.values())) - np.mean(list(m.values())):+.4f} | {low} |")

    wanted = os.environ.get("DETAIL", "").split(",")
    for rule in [r for r in wanted if r in results]:
        rows, m, cut, moved, _, _ = results[rule]
        print(f"\n## default vs {rule}: per set (four themes by the coder)\n")
        print(f"| set | default | {rule} | Δ |")
        print("|---|---|---|---|")
        for s in tl.SETS:
            if s == "D":
                eb, ec = (sum(r["fp"] + r["fn"] for r in x["D"]) for x in (base_rows, rows))
                print(f"| D | {eb} err | {ec} err | {ec - eb:+d} |")
                continue
            print(f"| {s} | {bm[s]:.3f} | {m[s]:.3f} | {m[s] - bm[s]:+.3f} |")
        print(f"| **mean (21 sets, D out)** | **{np.mean(list(bm.values())):.4f}** | **{np.mean(list(m.values())):.4f}** | "
              f"**{np.mean(list(m.values())) - np.mean(list(bm.values())):+.4f}** |")
        for i, t in enumerate(TH):
            per = {s: rows[s][i]["f1"] - base_rows[s][i]["f1"] for s in m if rows[s][i]["tp"] + rows[s][i]["fn"] >= 5}
            print(f"{t}: cut-offs " + "; ".join(f"{s} {cut[t][s]}" for s in tl.SETS)
                  + "\n  F1 Δ per set: " + ", ".join(f"{s} {v:+.3f}" for s, v in per.items() if abs(v) > 1e-9))


if __name__ == "__main__":
    main()
