"""Train the speaker ranker (segment/speaker_ranker.py) on annotated sets dumped by segment_dump.py.

    python bench/segment_dump.py DUMP              # every tests/data/segment_* set, segmented now
    python bench/first_sight_dumps.py FIRST        # each unseen round segmented by the commit it was written on
    python bench/train_speaker_ranker.py DUMP --first-sight FIRST [--exclude SET ...] [--out FILE] [--evaluate DUMP2]

The rows are the quotations no rule gave a speaker (those the shipped ranker named count as such):
"bare" ones, about whose speaker the rules read nothing, and "described" ones, where a rule read a
role or a description but no name. Three seeded scikit-learn logistic models, written as plain
numbers a methodologist can read in src/corpus/lang/fr/speaker_ranker.json:
- the ranker: pairwise (the annotated speaker's candidate against each other candidate of the
  same quote, features standardised), so its weights say what makes a candidate the one;
- the abstention model of bare quotations: from the best candidate's score and its lead over the
  runner-up, the probability that it is who speaks (anonymous quotations included);
- the abstention model of described quotations, on the score, the lead and what the description
  says (description_features); first-sight rows weigh FIRST_SIGHT_WEIGHT times a tuned set's,
  because a document never seen is in their state (the tuned sets' descriptions are mostly of
  anonymous people that their rules were taught to read).
``--evaluate`` prints, on another dump (e.g. a round at first sight), what the fallback does per
kind of quotation: fixed, wrong, left, anonymous named, anonymous left.
"""

from __future__ import annotations

import argparse
import functools
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
from corpus.segment.coded_descriptions import description_code  # noqa: E402

THRESHOLD = 0.4  # chosen before rounds 60 and 61 were scored (session 34); see SCORES.md
# described quotations: chosen on leave-one-round-out of first-sight rounds 39-61 before rounds 62
# and 63 were scored (0.5 named more anonymous quotations, 0.7 fixed fewer); with the session's
# final candidates, leave-one-round-out on rounds 39-63: 31 of 79 named fixed, 1 of 103 anonymous
# named (session 35; SCORES.md)
THRESHOLD_DESCRIBED = 0.6
FIRST_SIGHT_WEIGHT = 3.0
DESCRIPTION_KEYS = ("top", "lead", "indefinite", "definite", "no_description", "description_words", "role_autre")


@functools.lru_cache(maxsize=1)
def _gazetteer():
    """The project's gazetteer (config/gazetteer.csv), as the workflow gives the segmenter."""
    from corpus.segment.regions import load_gazetteer

    return load_gazetteer(str(ROOT / "config" / "gazetteer.csv"))


def quotations(dump: Path, exclude: set[str], weight: float = 1.0, read: bool = True):
    """Rows of the annotated quotations: dicts with set, doc, item, seg, described, read (a rule
    gave it a speaker), weight and cands [(candidate, features, is_speaker)]. A quotation a rule
    gave a speaker is a row as if nothing had been read (no description: what a rule read there
    names the speaker); ``read=False`` leaves them out."""
    for f in sorted(dump.glob("*/*.json")):
        if f.parent.name in exclude:
            continue
        j = json.loads(f.read_text(encoding="utf-8"))
        speech = [(s["char_start"], s["char_end"]) for s in j["segments"] if s["kind"] in ("verbatim", "turn")]
        starts = sorted(a for a, _ in speech)
        doc = sr.DocumentView.of(j["text"], _gazetteer())
        for item in j["expected"]:
            if item["seg"] < 0:
                continue  # its snippet is not in the extracted text
            seg = dict(j["segments"][item["seg"]])
            if item["kind"] != "verbatim" or seg["kind"] != "verbatim":
                continue
            if seg.get("attr_source") == "speaker_ranker":  # the ranker's own choice: as the rules left it
                seg.update(speaker="", role="inconnu", role_raw="")
            if seg["role_raw"] and not seg["speaker"] and description_code(seg["role_raw"]):
                continue  # a description opening with a code: segment/coded_descriptions.py names it first
            was_read = bool(seg["speaker"])
            if was_read and not read:
                continue
            if was_read:
                seg.update(role="inconnu", role_raw="")
            role, role_raw = seg["role"] or "", seg["role_raw"] or ""
            want = heldout.norm_speaker(item["speaker"] or "")
            a, b = seg["char_start"], seg["char_end"]
            skip = tuple(x for x in speech if x != (a, b))
            cands = [(c, ft, bool(want) and heldout.norm_speaker(c.text) == want)
                     for c, ft in sr.rank_features(doc, a, b, skip, starts, role, role_raw)]
            yield {"set": f.parent.name, "doc": f.stem, "item": item, "seg": seg, "weight": weight, "text": j["text"],
                   "described": sr.described(role, role_raw), "read": was_read, "cands": cands}


def _best(row: dict, model: dict) -> tuple[float, str, float, bool]:
    """(score, candidate, lead, is it the annotated speaker) of a row's best candidate."""
    top, name, lead = sr.top_and_lead([(sr.candidate_score(ft, model), c.text) for c, ft, _ in row["cands"]])
    return top, name, lead, name in {c.text for c, _, good in row["cands"] if good}


def fit(rows: list, keys: list[str]) -> dict:
    matrix = np.array([[ft[k] for k in keys] for r in rows for _, ft, _ in r["cands"]])
    scaler = StandardScaler().fit(matrix)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    rng = np.random.RandomState(0)
    diffs, labels = [], []
    for r in rows:
        pos = [ft for _, ft, ok in r["cands"] if ok]
        if not pos:
            continue
        p = (np.array([pos[0][k] for k in keys]) - scaler.mean_) / scale
        for _, ft, ok in r["cands"]:
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
    bare, desc, truth_bare, truth_desc, w_desc = [], [], [], [], []
    for r in rows:
        if not r["cands"]:
            continue
        top, _name, lead, ok = _best(r, model)
        if r["described"]:
            values = {"top": top, "lead": lead, **sr.description_features(r["seg"]["role"] or "", r["seg"]["role_raw"] or "")}
            desc.append([values[k] for k in DESCRIPTION_KEYS])
            truth_desc.append(bool(r["item"]["speaker"]) and ok)
            w_desc.append(r["weight"])
        else:
            bare.append([top, lead])
            truth_bare.append(bool(r["item"]["speaker"]) and ok)
    gate = LogisticRegression(max_iter=2000).fit(np.array(bare), truth_bare)
    model["abstain"] = {"intercept": float(gate.intercept_[0]), "top": float(gate.coef_[0][0]),
                        "lead": float(gate.coef_[0][1])}
    x = np.array(desc)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    gate = LogisticRegression(max_iter=3000).fit((x - scaler.mean_) / scale, truth_desc, sample_weight=w_desc)
    model["abstain_described"] = {"intercept": float(gate.intercept_[0]),
                                  "mean": dict(zip(DESCRIPTION_KEYS, map(float, scaler.mean_))),
                                  "scale": dict(zip(DESCRIPTION_KEYS, map(float, scale))),
                                  "weights": dict(zip(DESCRIPTION_KEYS, map(float, gate.coef_[0])))}
    model["threshold"] = THRESHOLD
    model["threshold_described"] = THRESHOLD_DESCRIBED
    return model


def rounded(model: dict) -> dict:
    """Six decimals: the file reads well and the same data give the same bytes."""
    def r(x):
        return {k: r(v) for k, v in x.items()} if isinstance(x, dict) else round(x, 6) if isinstance(x, float) else x
    return r(model)


def evaluate(dump: Path, model: dict) -> dict:
    """Per kind of quotation (bare, described): fixed / wrong / left / anonymous named / left."""
    out = {k: {"fixed": 0, "wrong": 0, "left": 0, "anonymous_named": 0, "anonymous_left": 0}
           for k in ("bare", "described")}
    for r in quotations(dump, set(), read=False):
        seg = r["seg"]
        name, p, lead = "", 0.0, 0.0
        ok = False
        if r["cands"]:
            top, name, lead, ok = _best(r, model)
            if r["described"]:
                p = sr.confidence_described(top, lead, sr.description_features(seg["role"] or "", seg["role_raw"] or ""), model)
            else:
                p = sr.confidence(top, lead, model)
        named = (bool(name) and lead >= sr.MIN_LEAD and not sr.abstains(r["text"], r["seg"]["char_start"], [c for c, _, _ in r["cands"]], name)
                 and p >= model["threshold_described" if r["described"] else "threshold"])
        counts = out["described" if r["described"] else "bare"]
        if r["item"]["speaker"]:
            counts["fixed" if named and ok else "wrong" if named else "left"] += 1
        else:
            counts["anonymous_named" if named else "anonymous_left"] += 1
    return out


def train(dump: Path, first_sight: list[Path], exclude: set[str]) -> dict:
    rows = list(quotations(dump, exclude))
    for d in first_sight:
        rows += list(quotations(d, exclude, FIRST_SIGHT_WEIGHT))
    keys = sorted(next(ft for r in rows for _, ft, _ in r["cands"]))
    model = rounded(fit(rows, keys))
    model["trained_on"] = {"quotations": len(rows), "sets": len({r["set"] for r in rows}),
                           "first_sight_quotations": sum(r["weight"] != 1.0 for r in rows),
                           "excluded": sorted(exclude)}
    return model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", type=Path)
    ap.add_argument("--first-sight", type=Path, nargs="*", default=[])
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--out", type=Path, default=Path(sr.MODEL_PATH))
    ap.add_argument("--evaluate", type=Path, nargs="*", default=[])
    a = ap.parse_args()
    model = train(a.dump, a.first_sight, set(a.exclude))
    a.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{a.out}: {model['trained_on']['quotations']} quotations of {model['trained_on']['sets']} sets")
    for d in a.evaluate:
        print(d, evaluate(d, model))


if __name__ == "__main__":
    main()
