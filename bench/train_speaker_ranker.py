"""Train the speaker ranker (segment/speaker_ranker.py) on annotated sets dumped by segment_dump.py.

    python bench/segment_dump.py DUMP              # every tests/data/segment_* set, segmented now
    python bench/train_speaker_ranker.py DUMP [--exclude SET ...] [--out FILE] [--evaluate DUMP2]

Two seeded scikit-learn logistic models, written as plain numbers a methodologist can read in
src/corpus/lang/fr/speaker_ranker.json:
- the ranker: pairwise (the annotated speaker's candidate against each other candidate of the
  same quote, features standardised), so its weights say what makes a candidate the one;
- the abstention model: from the best candidate's score and its lead over the runner-up, the
  probability that it is who speaks (trained on every quotation, anonymous ones included).
``--evaluate`` prints, on another dump (e.g. a round at first sight), what the fallback does on
the quotations whose speaker the rules read nothing about: fixed, wrong, left.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import heldout  # noqa: E402

from corpus.segment import speaker_ranker as sr  # noqa: E402

THRESHOLD = 0.4  # chosen before rounds 60 and 61 were scored (session 34); see SCORES.md


def quotations(dump: Path, exclude: set[str]):
    """(set, document, expected item, rule segment, [(candidate, features, is_speaker)])."""
    for f in sorted(dump.glob("*/*.json")):
        if f.parent.name in exclude:
            continue
        j = json.loads(f.read_text(encoding="utf-8"))
        speech = [(s["char_start"], s["char_end"]) for s in j["segments"] if s["kind"] in ("verbatim", "turn")]
        starts = sorted(a for a, _ in speech)
        doc = sr.DocumentView.of(j["text"])
        for item in j["expected"]:
            seg = j["segments"][item["seg"]]
            if item["kind"] != "verbatim" or seg["kind"] != "verbatim":
                continue
            want = heldout.norm_speaker(item["speaker"] or "")
            a, b = seg["char_start"], seg["char_end"]
            skip = tuple(x for x in speech if x != (a, b))
            cands = [(c, ft, bool(want) and heldout.norm_speaker(c.text) == want)
                     for c, ft in sr.rank_features(doc, a, b, skip, starts)]
            yield f.parent.name, f.stem, item, seg, cands


def fit(rows: list, keys: list[str]) -> dict:
    matrix = np.array([[ft[k] for k in keys] for *_, cands in rows for _, ft, _ in cands])
    scaler = StandardScaler().fit(matrix)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    rng = np.random.RandomState(0)
    diffs, labels = [], []
    for *_, cands in rows:
        pos = [ft for _, ft, ok in cands if ok]
        if not pos:
            continue
        p = (np.array([pos[0][k] for k in keys]) - scaler.mean_) / scale
        for _, ft, ok in cands:
            if ok:
                continue
            n = (np.array([ft[k] for k in keys]) - scaler.mean_) / scale
            flip = rng.rand() < 0.5  # both orientations, so the model needs no intercept
            diffs.append(n - p if flip else p - n)
            labels.append(0 if flip else 1)
    ranker = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000).fit(np.array(diffs), labels)
    weights = ranker.coef_[0]
    model = {"features": keys, "mean": dict(zip(keys, map(float, scaler.mean_))),
             "scale": dict(zip(keys, map(float, scale))), "weights": dict(zip(keys, map(float, weights)))}
    tops, truth = [], []
    for *_, cands in rows:
        if not cands:
            continue
        good = {c.text for c, _, ok in cands if ok}
        top, name, lead = sr.top_and_lead([(sr.candidate_score(ft, model), c.text) for c, ft, _ in cands])
        tops.append([top, lead])
        truth.append(name in good)
    gate = LogisticRegression(max_iter=2000).fit(np.array(tops), truth)
    model["abstain"] = {"intercept": float(gate.intercept_[0]), "top": float(gate.coef_[0][0]),
                        "lead": float(gate.coef_[0][1])}
    model["threshold"] = THRESHOLD
    return model


def rounded(model: dict) -> dict:
    """Six decimals: the file reads well and the same data give the same bytes."""
    def r(x):
        return {k: r(v) for k, v in x.items()} if isinstance(x, dict) else round(x, 6) if isinstance(x, float) else x
    return r(model)


def evaluate(dump: Path, model: dict) -> dict:
    """On the quotations the rules left without speaker, role or description: fixed / wrong / left."""
    out = {"fixed": 0, "wrong": 0, "left": 0, "anonymous_named": 0, "anonymous_left": 0}
    for _set, _doc, item, seg, cands in quotations(dump, set()):
        if seg["speaker"] or seg["role"] not in ("", "inconnu") or seg["role_raw"]:
            continue
        name, ok, p = "", False, 0.0
        if cands:
            top, name, lead = sr.top_and_lead([(sr.candidate_score(ft, model), c.text) for c, ft, _ in cands])
            p = sr.confidence(top, lead, model)
            ok = name in {c.text for c, _, good in cands if good}
        named = bool(name) and p >= model["threshold"]
        if item["speaker"]:
            out["fixed" if named and ok else "wrong" if named else "left"] += 1
        else:
            out["anonymous_named" if named else "anonymous_left"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", type=Path)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--out", type=Path, default=Path(sr.MODEL_PATH))
    ap.add_argument("--evaluate", type=Path, nargs="*", default=[])
    a = ap.parse_args()
    rows = list(quotations(a.dump, set(a.exclude)))
    keys = sorted(next(ft for *_, cands in rows for _, ft, _ in cands))
    model = rounded(fit(rows, keys))
    model["trained_on"] = {"quotations": len(rows), "sets": len({r[0] for r in rows}),
                           "excluded": sorted(a.exclude)}
    a.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(rows)} quotations of {model['trained_on']['sets']} sets")
    for d in a.evaluate:
        print(d, evaluate(d, model))


if __name__ == "__main__":
    main()
