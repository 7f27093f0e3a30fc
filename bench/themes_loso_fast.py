"""Leave-one-set-out over A–R and dev since session 15 (19 sets, 190 fits per theme; A–Q and dev in session 14, 171 fits; A–P and dev in session 13, 17 sets, about 200 CPU s per theme;
A–M until session 12, A–L until session 9, A–J until session 8) for the coder by example's classifier, fast enough to
iterate (issue #15, session 8, themesfix7): the same protocol as bench/themes_loso.py (each set
coded by models trained on the others; per-theme flip thresholds chosen by an inner
leave-one-set-out on the training sets only), with three savings that do not change what is
measured:

- the parse, the rule's evidence and the vectors of every coded passage are computed once and
  cached ($TFIX4_FEATURES, by bench/themes_loso.py's ``load``);
- a model is fitted once per training set: the inner fold (held A, inner B) and (held B, inner A)
  train on the same sets, so 66 fits per theme instead of 121;
- the kNN vote uses one neighbour order over all passages (cosine, stable), restricted to the
  training passages, instead of sorting every fold's similarity matrix again;
- (session 16, themesloso) the vote reads each passage's first 256 neighbours (the full order only
  where they hold fewer than k training passages), and the dense rows (the rule's numbers and the
  passage vector) are stacked once for every passage: the same bytes (``--uncached``: the path
  before; tests/themes/test_bench_loso_cache.py; tests/data/THEME_SCORES.md, "Session 16").
  Since session 16 S is in the leave-one-set-out (20 sets); ``--without=S`` gives A–R and dev.
  Since session 17 (themes17) T too (21 sets); ``--without=T`` gives session 16's A–S and dev.
  Since session 18 (themes18) U too (22 sets); ``--without=U`` gives session 17's A–T and dev.

    PYTHONPATH=src nice .venv/bin/python bench/themes_loso_fast.py            # every candidate
    ... --only="default"  --only="C=0.3"                                        # some of them
    ... --rule-for=liberal   # that theme keeps the rule's decisions in every candidate
    ... --only=default --theme=liberal --save=/tmp/default_liberal.pkl   # one theme per process
    ... --only=default --combine=/tmp/default_coordination.pkl --combine=...  # their table row
    ... --themes=/tmp/variant.yaml   # a variant lexicon (give it its own $TFIX4_FEATURES)
    ... --overrides=PATH   # (session 20) a `coding.examples_overrides` CSV (set, passage_id, theme,
                           # label): training labels replaced, or the passage left out of that theme's
                           # training (fits and inner thresholds); every set still scored on its own labels
    ... --only="own rule" --theme=T --save=X   # (session 21, themes22) each theme's classifier reads only its
                           # own rule numbers, not the other themes' (bench/themes22_run.sh runs the four)
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import themes_loso as tl  # noqa: E402

from corpus.themes import examples as ex  # noqa: E402
from corpus.themes import load_themes  # noqa: E402

SETS = tl.SETS


TOP = 256  # the nearest passages kept per passage for the kNN vote (the full order where they do not suffice)
CACHED = "--uncached" not in sys.argv  # --uncached: session 15's code path (to prove the savings change nothing)


class Neighbours:
    """Every passage's others, nearest first (cosine of passage vectors, stable order)."""

    def __init__(self, ev_all: list[dict]):
        self.index = {id(e): i for i, e in enumerate(ev_all)}
        V = np.asarray([ex._vector(e) for e in ev_all])
        self.sims = V @ V.T
        self.order = np.argsort(-self.sims, axis=1, kind="stable")
        self.top = np.ascontiguousarray(self.order[:, :TOP])

    def _nearest(self, te, pos, k, exclude_self):
        """(test x k) indices of each test passage's k nearest training passages, in the order of
        the full neighbour order; from its first TOP neighbours where they hold k training
        passages (a fold leaves out two sets of about 200), else from the full order: the same
        indices either way, since the k first members of the full order lie within the first TOP."""
        def first_k(order):
            member = pos[order] >= 0
            if exclude_self:
                member &= order != te_rows[:, None]
            take = member & (np.cumsum(member, axis=1) <= k)
            return take, order

        if not CACHED:
            te_rows = te
            take, order = first_k(self.order[te])
            return order[take].reshape(len(te), k)
        te_rows = te
        take, order = first_k(self.top[te])
        short = take.sum(axis=1) < k
        idx = np.empty((len(te), k), dtype=self.order.dtype)
        if (~short).any():
            idx[~short] = order[~short][take[~short]].reshape(-1, k)
        if short.any():
            te_rows = te[short]
            take_s, order_s = first_k(self.order[te_rows])
            idx[short] = order_s[take_s].reshape(-1, k)
        return idx

    def scores(self, train_ev, train_y, test_ev, k=ex.K, exclude_self=False):
        tr = np.asarray([self.index[id(e)] for e in train_ev])
        te = np.asarray([self.index[id(e)] for e in test_ev])
        pos = np.full(len(self.sims), -1)
        pos[tr] = np.arange(len(tr))
        y = np.asarray(train_y, dtype="float64")
        k = min(k, len(tr) - (1 if exclude_self else 0))
        idx = self._nearest(te, pos, k, exclude_self)
        w = np.clip(np.take_along_axis(self.sims[te], idx, axis=1), 0, None)
        votes = (w * y[pos[idx]]).sum(axis=1)
        return np.where(w.sum(axis=1) > 0, votes / np.maximum(w.sum(axis=1), 1e-12), 0.0)


class DenseRows:
    """``examples._dense`` of every passage computed once (the rule's numbers and the passage vector:
    per passage, independent of the fold); a fold's rows are taken from it, the same float64 numbers
    as building them again. Other calls (another theme list, no vector, entry similarities) go to the
    original function."""

    def __init__(self, ev_all: list[dict], theme_ids: list[str], dense=None):
        self.original = dense or ex._dense
        self.index = {id(e): i for i, e in enumerate(ev_all)}
        self.theme_ids = list(theme_ids)
        self.ev_all = ev_all
        self.rows = self.original(ev_all, self.theme_ids)
        self.by_list = {tuple(self.theme_ids): self.rows}  # session 21 (themes22): one theme's own numbers too

    def __call__(self, ev, theme_ids, vector=True, entries=False):
        if vector and not entries:
            key = tuple(theme_ids)
            if key not in self.by_list:
                self.by_list[key] = self.original(self.ev_all, list(theme_ids))
            try:
                return self.by_list[key][[self.index[id(e)] for e in ev]]
            except KeyError:  # a passage not in the bench's sets
                pass
        return self.original(ev, theme_ids, vector, entries)


THRESHOLDS: dict = {}  # {theme: {held set: (up, down)}} chosen by the inner folds, saved with --save
SCORES: dict = {}  # {theme: gated fold scores, rule, training labels}: --save-scores (session 22, themes23)
TRAIN_LABELS: dict = {}  # {theme: {set: training labels, -1 = left out}} from --overrides (session 20)


def train_labels(sets, theme):
    """{set: training labels of ``theme``}: the human labels, with --overrides applied (-1: left out)."""
    y = {s: np.array([p["labels"][theme] for p in sets[s]]) for s in SETS}
    return {s: TRAIN_LABELS.get(theme, {}).get(s, y[s]) for s in SETS}


def load_overrides(sets, themes):
    from corpus.themes import examples as ex_mod

    for path in [a.split("=", 1)[1] for a in sys.argv if a.startswith("--overrides=")]:
        flat = [dict(p, set=s) for s in SETS for p in sets[s]]
        for theme, labels in ex_mod.apply_overrides(flat, ex_mod.read_overrides(path, themes), path).items():
            i = 0
            for s in SETS:
                n = len(sets[s])
                TRAIN_LABELS.setdefault(theme, {})[s] = np.array([-1 if v is None else v for v in labels[i:i + n]])
                i += n
        changed = {t: {s: int((TRAIN_LABELS[t][s] != np.array([p["labels"][t] for p in sets[s]])).sum())
                       for s in SETS if (TRAIN_LABELS[t][s] != np.array([p["labels"][t] for p in sets[s]])).any()}
                   for t in TRAIN_LABELS}
        print(f"  overrides {path}: training labels changed or left out per set {changed}", file=sys.stderr)


def fold_scores(sets, ev, theme_ids, theme, fit, opts):
    """{(excluded sets, one of them): P(theme) of that set's passages}, from a model fitted on
    the sets other than the excluded ones (one: the outer fold; two: an inner fold)."""
    y = train_labels(sets, theme)
    skip = set(opts.get("skip", ()))
    out = {}
    excluded = [(h,) for h in SETS] + [(a, b) for i, a in enumerate(SETS) for b in SETS[i + 1:]]
    models = {}  # a set skipped from training makes some folds train on the same sets
    for ex_sets in excluded:
        train = tuple(s for s in SETS if s not in ex_sets and s not in skip)
        if train not in models:
            models[train] = fit([e for s in train for e, v in zip(ev[s], y[s]) if v >= 0],
                                np.concatenate([y[s][y[s] >= 0] for s in train]))
        model = models[train]
        for s in ex_sets:
            out[frozenset(ex_sets), s] = model(ev[s])
    return out


def decisions(sets, ev, theme_ids, fit_for, opts, gate=True):
    """{set: {theme: 0/1}} of one candidate."""
    out = {s: {} for s in SETS}
    for theme in theme_ids:
        rule = {s: np.array([e["rows"][theme]["coded"] for e in ev[s]]) for s in SETS}
        inside = {s: np.array([theme not in e["outside"] for e in ev[s]]) for s in SETS}
        scores = fold_scores(sets, ev, theme_ids, theme, fit_for(theme), opts)
        gated = {k: np.where(inside[k[1]], v, 0.0) if gate else v for k, v in scores.items()}
        SCORES[theme] = {"gated": gated, "rule": rule, "labels": train_labels(sets, theme)}
        for held in SETS:
            train = [s for s in SETS if s != held and s not in opts.get("skip", ())]
            ups, downs = opts.get("ups", ex.UPS), opts.get("downs", ex.DOWNS)
            if opts.get("alone"):
                out[held][theme] = (gated[frozenset([held]), held] >= 0.5).astype(int)
                continue
            ty = train_labels(sets, theme)  # the inner folds score the training sets on their training labels
            up, down = ex.choose_thresholds([ty[s][ty[s] >= 0] for s in train], [rule[s][ty[s] >= 0] for s in train],
                                            [gated[frozenset([held, s]), s][ty[s] >= 0] for s in train], ups, downs)
            out[held][theme] = ex.flip(rule[held], gated[frozenset([held]), held], up, down)
            THRESHOLDS.setdefault(theme, {})[held] = (up, down)
            print(f"  {theme} held {held}: up {up} down {down}", file=sys.stderr)
    return out


def model_fitter(theme_ids, own=False, **kw):
    """``own`` (session 21, themes22): each theme's model reads only its own rule numbers (entries,
    similarity contrast, score > 0, coded), not the other themes'."""
    def fit_for(theme):
        def fit(train_ev, train_y):
            m = ex.fit_model(train_ev, train_y, [theme] if own else theme_ids, theme, seed=tl.SEED, **kw)
            return lambda test_ev: ex.predict_model(m, test_ev, theme)
        return fit
    return fit_for


LOW_UPS = (0.1, 0.15, 0.2, 0.25) + ex.UPS  # calibrated, a confident « yes » may sit near the
LOW_DOWNS = ex.DOWNS[:1] + (0.02,) + ex.DOWNS[1:]  # theme's rate (4–15 %), far below 0.5


def add_entry_similarities(sets, ev, themes):
    """Each passage's ``entry_sims`` (corpus.themes.vectors.entry_similarities), from the
    cached parse."""
    import themes_errors as te

    from corpus.lang import MODEL
    from corpus.themes import coding, vectors

    vocab = coding.load_vocab(MODEL)
    mats = vectors.entry_matrices(themes, vocab)
    tokens = te.cached_tokens(sets)
    for name in SETS:
        for p, e in zip(sets[name], ev[name]):
            e["entry_sims"] = vectors.entry_similarities(tokens[name][p["passage_id"]], mats, vocab)


CANDIDATES = {  # label: (fit options, LOSO options)
    "before: default, K and L not in training": ({"features": "knn"}, {"skip": ("K", "L")}),
    "before: default, M not in training": ({"features": "knn"}, {"skip": ("M",)}),
    "default": ({"features": "knn"}, {}),
    # session 21 (themes22): each theme's classifier reads only its own rule numbers (issue #15)
    "own rule": ({"features": "knn", "own": True}, {}),
    "no class weights": ({"features": "knn", "class_weight": None}, {}),
    "C=3": ({"features": "knn", "C": 3.0}, {}),
    "calibrated": ({"features": "knn", "calibrate": True}, {}),
    "sentence contrasts": ({"features": "knn"}, {"sentences": True}),
    "scaled": ({"features": "knn", "scale": True}, {}),
    "scaled, C=0.1": ({"features": "knn", "scale": True, "C": 0.1}, {}),
    "C=0.3": ({"features": "knn", "C": 0.3}, {}),
    "no kNN": ({"features": "base"}, {}),
    # session 11 (themesfix10): word vectors beyond the passage mean, and calibration with a low grid
    "entry similarities": ({"features": "knn", "entries": True}, {"entries": True}),
    "calibrated, low grid": ({"features": "knn", "calibrate": True},
                             {"ups": LOW_UPS, "downs": LOW_DOWNS}),
    "low grid": ({"features": "knn"}, {"ups": LOW_UPS, "downs": LOW_DOWNS}),
    # session 13 (themesfix11): the unweighted fit's probabilities sit near the theme's rate (a cheap stand-in for
    # "calibrated, low grid", a third of its cost), with the flip grid reaching down to them
    "no class weights, low grid": ({"features": "knn", "class_weight": None}, {"ups": LOW_UPS, "downs": LOW_DOWNS}),
}


def report(label, sets, dec, theme_ids):
    per = tl.table(sets, dec, theme_ids)
    cells = [f"{sum(r['fp'] + r['fn'] for r in per[s])} err" if s == "D" else f"{tl.macro(per[s]):.3f}"
             for s in SETS]
    mean = np.mean([tl.macro(per[s]) for s in SETS if s != "D"])
    kap = []
    for i, t in enumerate(theme_ids):
        ks = [per[s][i]["kappa"] for s in SETS if s != "D" and per[s][i]["tp"] + per[s][i]["fn"] >= tl.MIN_POS]
        kap.append(f"{np.mean(ks):.3f}")
    print(f"| {label} | " + " | ".join(cells) + f" | **{mean:.4f}** | " + " / ".join(kap) + " |",
          flush=True)
    return per, mean


def main():
    path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--themes=")),  # a variant lexicon
                Path(__file__).resolve().parents[1] / "config" / "themes.yaml")  # (its own $TFIX4_FEATURES)
    themes = load_themes(path)
    theme_ids = list(themes)
    sets, ev = tl.load(themes)
    load_overrides(sets, themes)
    nb = Neighbours([e for s in SETS for e in ev[s]])
    ex.knn_scores = nb.scores  # the same vote, one neighbour order for every fold
    if CACHED:  # the rule's numbers and vectors of every passage stacked once
        ex._dense = DenseRows([e for s in SETS for e in ev[s]], theme_ids)
    wanted = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")]
    rule = {s: {t: np.array([e["rows"][t]["coded"] for e in ev[s]]) for t in theme_ids} for s in SETS}
    print("| candidate | " + " | ".join(SETS) + " | mean (D out) | mean κ per theme |")
    print("|---|" + "---|" * (len(SETS) + 2))
    report("rule", sets, rule, theme_ids)
    keep = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--rule-for=")]
    only_themes = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--theme=")]
    saved = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--combine=")]
    if saved:  # one candidate's themes, each run in its own process (--theme=X --save=PATH)
        dec = {s: dict(rule[s]) for s in SETS}
        for path in saved:
            for s, by_theme in pickle.loads(Path(path).read_bytes()).items():
                dec[s].update(by_theme)
        report(", ".join(wanted) or "combined", sets, dec, theme_ids)
        return
    for label, (fit_kw, opts) in CANDIDATES.items():
        if wanted and label not in wanted:
            continue
        t, wall = time.process_time(), time.time()
        coded = [t for t in theme_ids if t not in keep and (not only_themes or t in only_themes)]
        dense = ex._dense
        if opts.get("entries") and "entry_sims" not in ev[SETS[0]][0]:
            add_entry_similarities(sets, ev, themes)
        if opts.get("sentences"):  # each theme's largest per-sentence contrast as 4 more numbers
            if "extra" not in ev[SETS[0]][0]:
                tl.add_sentence_contrasts(ev, themes)
            ex._dense = tl.with_extra(dense)
        dec = decisions(sets, ev, coded, model_fitter(theme_ids, **fit_kw), opts)
        ex._dense = dense
        save_scores = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--save-scores=")), None)
        if save_scores:  # every fold's scores, so that cut-off rules can be compared without refitting
            Path(save_scores).write_bytes(pickle.dumps({"sets": list(SETS), "scores": SCORES,
                                                        "thresholds": THRESHOLDS}))
        save = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--save=")), None)
        if save:
            Path(save).write_bytes(pickle.dumps({s: {t: dec[s][t] for t in coded} for s in SETS}))
            rows = tl.table(sets, {s: {**rule[s], **dec[s]} for s in SETS}, theme_ids)
            Path(save + ".row").write_bytes(pickle.dumps(  # the row: per-set rows (F1, κ...), thresholds
                {"sets": list(SETS), "coded": coded, "rows": rows,
                 "thresholds": {th: THRESHOLDS[th] for th in coded}}))
            print(f"  {label} {coded}: {time.process_time() - t:.0f} CPU s, {time.time() - wall:.0f} s wall",
                  file=sys.stderr)
            continue
        for s in SETS:
            dec[s].update({t: rule[s][t] for t in keep})
            dec[s] = {t: dec[s][t] for t in theme_ids}
        label += f", rule for {' '.join(keep)}" if keep else ""
        report(label, sets, dec, theme_ids)
        print(f"  {label}: {time.process_time() - t:.0f} CPU s, {time.time() - wall:.0f} s wall", file=sys.stderr)


if __name__ == "__main__":
    main()
