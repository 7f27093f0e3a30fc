"""Train the role ranker (segment/role_ranker.py) on annotated sets dumped by segment_dump.py.

    python bench/first_sight_dumps.py FIRST        # each unseen round segmented by the commit it was written on
    python bench/train_role_ranker.py DUMP --first-sight FIRST [FIRST2 ...] [--out FILE]
    python bench/train_role_ranker.py DUMP --first-sight FIRST --loro      # leave one round out

The rows are the annotated quotations and turns a rule left with role ``inconnu`` (the state the
fallback meets). Two seeded scikit-learn logistic models, written as plain numbers in
src/corpus/lang/fr/role_ranker.json:
- the ranker: pairwise (the annotated role's candidate against each other candidate of the same
  quotation, features standardised), so its weights say what makes a candidate the role;
- the abstention model: from the best candidate's score and its lead over the runner-up, the
  probability that it is the annotated role (rows annotated ``inconnu`` included).
First-sight rows weigh FIRST_SIGHT_WEIGHT times a tuned set's: a document never seen is in their state.
``--loro`` trains without one first-sight round (and without that round's tuned dump) and counts,
on that round at first sight: fixed, wrong, left, inconnu kept, inconnu filled.
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

from train_speaker_ranker import rounded  # noqa: E402  (six decimals: the same data give the same bytes)

from corpus.segment import role_ranker as rr  # noqa: E402

# chosen on leave-one-round-out of the first-sight rounds 39-65 before rounds 68 and 69 were written
# (0.5 fixed more and named more wrongly; on the tuned sets it filled twice as many roles annotated
# `inconnu`); see SCORES.md, session 36
THRESHOLD = 0.6
FIRST_SIGHT_WEIGHT = 3.0


def rows_of(dump: Path, exclude: set[str], weight: float = 1.0) -> list[dict]:
    """One row per annotated quotation or turn a rule left ``inconnu``: the candidates' features of
    its group (the speaker's items left ``inconnu``, or the anonymous quotation alone) and the
    annotated role."""
    out = []
    for f in sorted(dump.glob("*/*.json")):
        if f.parent.name in exclude:
            continue
        j = json.loads(f.read_text(encoding="utf-8"))
        text = j["text"]
        segs = [dict(s) for s in j["segments"]]
        for s in segs:
            if s.get("attr_source") == "role_ranker":  # the ranker's own choice: as the rules left it
                s.update(role="inconnu", role_raw="")
        speech = sorted((s["char_start"], s["char_end"]) for s in segs if s["kind"] in rr.SPEECH)
        asked = sorted((s["char_start"], s["char_end"]) for s in segs if s["kind"] == rr.MODERATOR)
        firsts: dict[str, int] = {}
        for s in segs:
            if s["kind"] in rr.SPEECH and s["speaker"]:
                firsts[s["speaker"]] = min(firsts.get(s["speaker"], s["char_start"]), s["char_start"])
        described = {s["speaker"] for s in segs if s["kind"] in rr.SPEECH and s["speaker"]
                     and (s["role"] or "") not in rr.UNDESCRIBED}
        groups: dict[str, list[int]] = {}
        for k, s in enumerate(segs):
            if rr.is_target(s["kind"], s["role"] or "", s["speaker"] or "") and s["speaker"] not in described:
                groups.setdefault(s["speaker"] or f"#{k}", []).append(k)
        group_of = {k: key for key, ks in groups.items() for k in ks}
        folded = counts = None
        feats_of: dict[str, dict] = {}
        for item in j["expected"]:
            k = item["seg"]
            if k < 0 or item["kind"] not in rr.SPEECH or k not in group_of:
                continue
            key = group_of[k]
            if key not in feats_of:
                if folded is None:
                    folded = rr._fold_aligned(text)
                    counts = rr.document_role_counts(folded, speech)
                speaker = segs[k]["speaker"] or ""
                spans = [(segs[x]["char_start"], segs[x]["char_end"]) for x in groups[key]]
                feats_of[key] = rr.group_features(text, folded, spans, speaker, speech, firsts.get(speaker), counts,
                                                  asked)[0]
            out.append({"set": f.parent.name, "doc": f.stem, "want": item["role"] or "inconnu", "weight": weight,
                        "feats": feats_of[key], "snippet": item["snippet"], "kind": segs[k]["kind"],
                        "speaker": segs[k]["speaker"] or ""})
    return out


def fit(rows: list[dict], threshold: float = THRESHOLD) -> dict:
    keys = list(rr.FEATURES)
    matrix = np.array([[ft[k] for k in keys] for r in rows for ft in r["feats"].values()])
    scaler = StandardScaler().fit(matrix)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    rng = np.random.RandomState(0)
    diffs, labels, weights = [], [], []
    for r in rows:
        if r["want"] not in r["feats"]:
            continue
        p = (np.array([r["feats"][r["want"]][k] for k in keys]) - scaler.mean_) / scale
        for role, ft in sorted(r["feats"].items()):
            if role == r["want"]:
                continue
            n = (np.array([ft[k] for k in keys]) - scaler.mean_) / scale
            flip = rng.rand() < 0.5  # both orientations, so the model needs no intercept
            diffs.append(n - p if flip else p - n)
            labels.append(0 if flip else 1)
            weights.append(r["weight"])
    ranker = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000).fit(np.array(diffs), labels,
                                                                               sample_weight=weights)
    model = {"features": keys, "mean": dict(zip(keys, map(float, scaler.mean_))),
             "scale": dict(zip(keys, map(float, scale))), "weights": dict(zip(keys, map(float, ranker.coef_[0])))}
    x, y, w = [], [], []
    for r in rows:
        if not r["feats"]:
            continue
        role, top, lead = rr.ranked(r["feats"], model)
        values = rr.gate_values(r["feats"], role, top, lead)
        x.append([values[k] for k in rr.GATE])
        y.append(role == r["want"])
        w.append(r["weight"])
    gate = LogisticRegression(max_iter=2000).fit(np.array(x), y, sample_weight=w)
    model["abstain"] = {"intercept": float(gate.intercept_[0]),
                        "weights": dict(zip(rr.GATE, map(float, gate.coef_[0])))}
    model["threshold"] = threshold
    return model


def outcome(row: dict, model: dict, threshold: float) -> str:
    role, p = rr.decide(row["feats"], model)
    named = bool(role) and p >= threshold
    if row["want"] == "inconnu":
        return "inconnu_filled" if named else "inconnu_kept"
    return ("fixed" if role == row["want"] else "wrong") if named else "left"


def count(rows: list[dict], model: dict, threshold: float) -> dict:
    out = {k: 0 for k in ("fixed", "wrong", "left", "inconnu_kept", "inconnu_filled")}
    for r in rows:
        out[outcome(r, model, threshold)] += 1
    return out


def loro(tuned: Path, first: list[Path], thresholds: list[float], show: bool = False) -> None:
    fs_rows = [r for d in first for r in rows_of(d, set(), FIRST_SIGHT_WEIGHT)]
    tuned_rows = rows_of(tuned, set())
    rounds = sorted({r["set"] for r in fs_rows})
    total = {t: {} for t in thresholds}
    for held in rounds:
        train = [r for r in tuned_rows if r["set"] != held] + [r for r in fs_rows if r["set"] != held]
        model = fit(train)
        test = [r for r in fs_rows if r["set"] == held]
        for t in thresholds:
            for k, v in count(test, model, t).items():
                total[t][k] = total[t].get(k, 0) + v
        if show:
            for r in test:
                role, p = rr.decide(r["feats"], model)
                print(f"{held} {outcome(r, model, thresholds[0]):14} want={r['want']:20} got={role:20} "
                      f"p={p:.2f} {r['doc'][:50]} {r['snippet'][:40]!r}")
    for t in thresholds:
        print(f"threshold {t}: {total[t]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", type=Path)
    ap.add_argument("--first-sight", type=Path, nargs="*", default=[])
    ap.add_argument("--out", type=Path, default=rr.MODEL_PATH)
    ap.add_argument("--loro", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.3, 0.4, 0.5, 0.6, 0.7])
    a = ap.parse_args()
    if a.loro:
        loro(a.dump, a.first_sight, a.thresholds, a.show)
        return
    rows = rows_of(a.dump, set()) + [r for d in a.first_sight for r in rows_of(d, set(), FIRST_SIGHT_WEIGHT)]
    model = rounded(fit(rows))
    model["trained_on"] = {"rows": len(rows), "first_sight_rows": sum(r["weight"] != 1.0 for r in rows)}
    a.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{a.out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
