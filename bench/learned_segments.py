"""Does a classifier learned over the segmenter's segments transfer to an unseen round better than
the hand-written readers alone? (issue #14, session 11, experiment ``seglearn``)

1. ``cache``: every document of every set tests/data/segment_* (never segment_unseen26 /
   segment_real26) is typeset, extracted and segmented like tests/heldout.py does; its text, its
   segments and the readers that fired (bench/negatives.py's trace) are cached as JSONL under
   bench/out/learned_segments/ (git-ignored).
2. Each segment is labelled 1 when an expected verbatim/turn item's snippet starts in it (the scorer's
   rule), else 0, and described by cheap, deterministic features (``features``): no string of a
   document, only shapes and shares (quotes, dashes, first person, oral markers, a label at line start,
   speech verbs of lang/fr/attributions.yaml in the previous segment, neighbours' kinds, position on page).
3. ``eval``: leave-one-round-out (a round = a set dir). The model is trained on the other sets; the
   thresholds of (a) veto (a speech segment with p < t becomes narrative) and (b) rescue (a non-speech
   segment with p > t' becomes a verbatim) are chosen INSIDE the training sets (nested leave-one-set-out
   over them), never on the held-out round. Each held-out document is scored with tests/heldout.py's
   own ``score`` (same TP/FP/FN; attributes untouched).

    PYTHONPATH=src:tests nice .venv/bin/python bench/learned_segments.py cache     # ~10 min, once
    PYTHONPATH=src:tests nice .venv/bin/python bench/learned_segments.py eval [--model lr|hgb] [--json out.json]

Run on demand, never imported by the package. Results: bench/LEARNED_SEGMENTS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import heldout  # noqa: E402

CACHE = ROOT / "bench" / "out" / "learned_segments"
FORBIDDEN = {"segment_unseen26", "segment_real26"}  # held out from every fixer: never opened
SPEECH = heldout.SPEECH
LATE = ["segment_unseen21", "segment_unseen22", "segment_unseen23", "segment_unseen24", "segment_unseen25",
        "segment_real21", "segment_real22", "segment_real23", "segment_real24",
        "segment_negatives_s8", "segment_negatives_s9"]
KINDS = ["narrative", "heading", "verbatim", "turn", "moderator", "attribution", "note", "other"]


def set_dirs() -> list[Path]:
    return [d for d in sorted((ROOT / "tests" / "data").glob("segment_*"))
            if d.is_dir() and d.name not in FORBIDDEN]


# ---------------------------------------------------------------------------------------- cache
def cache(names: list[str] | None = None, where: Path = CACHE) -> None:
    from negatives import Trace

    where.mkdir(parents=True, exist_ok=True)
    trace = Trace()
    try:
        for d in set_dirs():
            if names and d.name not in names:
                continue
            out = where / f"{d.name}.jsonl"
            if out.exists():
                continue
            rows = []
            with tempfile.TemporaryDirectory() as tmp:
                for path in sorted(d.glob("*.yaml")):
                    spec = heldout.load(path)
                    trace.reset()
                    text, segments = heldout.segment_document(spec, Path(tmp))
                    keep = ("kind", "char_start", "char_end", "page_start", "page_end", "speaker", "role",
                            "region", "attr_source")
                    segs = [{**{k: s.get(k, "") for k in keep},
                             "readers": trace.readers(s["speaker"]) if s["kind"] in SPEECH else []}
                            for s in segments]
                    rows.append({"set": d.name, "doc": path.stem, "text": text, "segments": segs})
            tmp_out = out.with_suffix(".part")
            with open(tmp_out, "w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            tmp_out.rename(out)
            print(d.name, len(rows), flush=True)
    finally:
        trace.close()


def added_at(set_name: str) -> str:
    """The commit that added a set: its src/ is the segmenter the round met UNTUNED (those commits add
    data only)."""
    import subprocess

    out = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%H", "--reverse", "--",
                          f"tests/data/{set_name}"], capture_output=True, text=True, check=True).stdout.split()
    return out[0]


def cache_untuned(names: list[str]) -> None:
    """Segments of each late round by the segmenter of the commit that added it (a detached worktree
    under /tmp; the current tests/ and bench/ typeset and trace), cached under CACHE/untuned/."""
    import os
    import subprocess

    for name in names:
        if (CACHE / "untuned" / f"{name}.jsonl").exists():
            continue
        commit = added_at(name)
        tree = Path(tempfile.gettempdir()) / f"seglearn-at-{commit[:10]}"
        if not tree.exists():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit], check=True,
                           capture_output=True)
        env = {**os.environ, "PYTHONPATH": f"{tree / 'src'}:{ROOT / 'tests'}:{ROOT / 'bench'}"}
        code = ("import sys; from pathlib import Path; sys.path[:0] = [%r, %r, %r]; import corpus; "
                "assert corpus.__file__.startswith(%r), corpus.__file__; import learned_segments as L; "
                "L.cache([%r], Path(%r))" % (str(tree / "src"), str(ROOT / "tests"), str(ROOT / "bench"),
                                             str(tree), name, str(CACHE / "untuned")))
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=str(ROOT))
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def load_cache(where: Path = CACHE) -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = {}
    for path in sorted(where.glob("segment_*.jsonl")):
        if path.stem in FORBIDDEN:
            continue
        with open(path, encoding="utf-8") as fh:
            sets[path.stem] = [json.loads(line) for line in fh if line.strip()]
    return sets



# ------------------------------------------------------------------------------------- features
FIRST_PERSON = {"je", "j", "me", "m", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "on"}
ORAL = {"euh", "ben", "bah", "hein", "bon", "voilà", "quoi", "enfin", "bref", "genre", "truc"}
THIRD_PERSON = {"il", "elle", "ils", "elles", "lui", "leur", "leurs"}
TOKEN = re.compile(r"\w+", re.UNICODE)
LABEL = re.compile(r"^[^\n:«»\"“]{1,40}?\s?:\s")  # any short "X :" prefix at line start
DASHES = "–—-−"
OPEN_QUOTES = "«\"“„"


@__import__("functools").lru_cache(maxsize=1)
def speech_verbs() -> re.Pattern:
    import yaml

    data = yaml.safe_load((ROOT / "src" / "corpus" / "lang" / "fr" / "attributions.yaml").read_text(encoding="utf-8"))
    alts = sorted((v for v in data["speech_verbs"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def text_features(text: str) -> dict[str, float]:
    """Shapes and shares of one segment's text (no word of a document kept)."""
    import math

    t = text.strip()
    toks = [w.lower() for w in TOKEN.findall(t)]
    n = max(len(toks), 1)
    lines = [ln for ln in t.split("\n") if ln.strip()]
    return {
        "open_quote": float(bool(t) and t[0] in OPEN_QUOTES),
        "dash_start": float(bool(t) and t[0] in DASHES),
        "has_guillemets": float("«" in t),
        "close_quote_end": float(t.rstrip(" .…").endswith(("»", "\"", "”"))),
        "first_person": sum(w in FIRST_PERSON for w in toks) / n,
        "oral": (sum(w in ORAL for w in toks) + t.count("…") + t.count("...")) / n,
        "third_person": sum(w in THIRD_PERSON for w in toks) / n,
        "question": float("?" in t),
        "label_start": float(bool(LABEL.match(t))),
        "label_lines": sum(bool(LABEL.match(ln.strip())) for ln in lines) / max(len(lines), 1),
        "log_chars": math.log1p(len(t)),
        "n_lines": math.log1p(len(lines)),
        "digits": sum(c.isdigit() for c in t) / max(len(t), 1),
        "upper": sum(c.isupper() for c in t) / max(sum(c.isalpha() for c in t), 1),
        "paren": float("(" in t),
        "speech_verb": float(bool(speech_verbs().search(t))),
        "ends_colon": float(t.endswith(":")),
        "empty": float(not t),
    }


def doc_features(doc: dict) -> list[dict[str, float]]:
    """One feature row per segment of a cached document."""
    text, segs = doc["text"], doc["segments"]
    pages: dict[int, tuple[int, int]] = {}
    for s in segs:
        a, b = pages.get(s["page_start"], (s["char_start"], s["char_end"]))
        pages[s["page_start"]] = (min(a, s["char_start"]), max(b, s["char_end"]))
    n_speech = sum(s["kind"] in SPEECH for s in segs)
    fired = {r.rstrip("*") for s in segs for r in s["readers"]}
    rows = []
    texts = [text[s["char_start"]:s["char_end"]] for s in segs]
    tf = [text_features(t) for t in texts]
    for k, s in enumerate(segs):
        f = dict(tf[k])
        for kind in KINDS:
            f[f"kind={kind}"] = float(s["kind"] == kind)
            f[f"prev={kind}"] = float(k > 0 and segs[k - 1]["kind"] == kind)
            f[f"next={kind}"] = float(k + 1 < len(segs) and segs[k + 1]["kind"] == kind)
        f["prev_speech_verb"] = tf[k - 1]["speech_verb"] if k > 0 else 0.0
        f["prev_ends_colon"] = tf[k - 1]["ends_colon"] if k > 0 else 0.0
        f["next_speech_verb"] = tf[k + 1]["speech_verb"] if k + 1 < len(segs) else 0.0
        f["prev_label_start"] = tf[k - 1]["label_start"] if k > 0 else 0.0
        a, b = pages[s["page_start"]]
        f["page_pos"] = (s["char_start"] - a) / max(b - a, 1)
        f["has_speaker"] = float(bool(s["speaker"]))
        f["has_role"] = float(bool(s["role"]))
        f["has_region"] = float(bool(s["region"]))
        for src in ("attribution", "participant_table", "interview_header", "speaker_sheet", "document_sheet",
                    "transcript", "study_field"):
            f[f"attr={src}"] = float(s["attr_source"] == src)
        f["readers_keyed"] = float(sum(r.endswith("*") for r in s["readers"]))
        f["doc_readers"] = float(len(fired))
        f["doc_speech_share"] = n_speech / max(len(segs), 1)
        rows.append(f)
    return rows


# ------------------------------------------------------------------------------ labels, scoring
def prepare(doc: dict, spec: dict) -> dict:
    """The scorer's rule, precomputed: for each expected verbatim/turn item, the segment its snippet
    starts in and whether its ``also`` snippets fall in the same one."""
    import bisect

    starts = [s["char_start"] for s in doc["segments"]]

    def at(snippet: str) -> int:
        return bisect.bisect_right(starts, heldout.position(doc["text"], snippet)) - 1

    items = []
    for item in spec["expected"]:
        if item["kind"] in SPEECH:
            k = at(item["snippet"])
            items.append((k, all(at(s) == k for s in item.get("also", []))))
    nonempty = [bool(doc["text"][s["char_start"]:s["char_end"]].strip()) for s in doc["segments"]]
    labels = [0] * len(doc["segments"])
    for k, _ in items:
        labels[k] = 1
    return {"items": items, "nonempty": nonempty, "labels": labels}


def counts(prep: dict, speech: list[bool]) -> tuple[int, int, int]:
    """(TP, FP, FN) exactly as tests/heldout.py ``score`` counts them, for given speech flags."""
    tp, claimed = 0, set()
    for k, also in prep["items"]:
        if speech[k] and also:
            tp += 1
            claimed.add(k)
    fp = sum(1 for k, sp in enumerate(speech) if sp and k not in claimed and prep["nonempty"][k])
    return tp, fp, len(prep["items"]) - tp


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else 1.0


def apply(kinds: list[str], p, mode: str, t: float) -> list[bool]:
    """Speech flags after the model: ``veto`` turns speech with p < t into narrative, ``rescue`` turns
    non-speech with p > t into a verbatim, ``both`` does the two (t = (t_veto, t_rescue))."""
    out = []
    for kind, q in zip(kinds, p):
        sp = kind in SPEECH
        if mode in ("veto", "both") and sp and q < (t[0] if mode == "both" else t):
            sp = False
        elif mode in ("rescue", "both") and not sp and q > (t[1] if mode == "both" else t):
            sp = True
        out.append(sp)
    return out


VETO_GRID = [0.0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
RESCUE_GRID = [1.01, 0.99, 0.98, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5]  # 1.01: rescue nothing


def best_threshold(docs: list[dict], mode: str):
    """The threshold of ``mode`` that maximises pooled F1 over ``docs`` (each with out-of-fold p);
    ties go to the most conservative one (first in the grid)."""
    grid = (VETO_GRID if mode == "veto" else RESCUE_GRID if mode == "rescue"
            else [(a, b) for a in VETO_GRID for b in RESCUE_GRID])
    best, best_f = grid[0], -1.0
    for t in grid:
        tp = fp = fn = 0
        for d in docs:
            a, b, c = counts(d["prep"], apply(d["kinds"], d["p"], mode, t))
            tp, fp, fn = tp + a, fp + b, fn + c
        if f1(tp, fp, fn) > best_f + 1e-12:
            best, best_f = t, f1(tp, fp, fn)
    return best, best_f


# ----------------------------------------------------------------------------------- the model
def make_model(name: str):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if name == "hgb":
        return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                              l2_regularization=1.0, random_state=0)
    return make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=2000, random_state=0))


def fit_predict(model_name: str, train: list[dict], test: list[dict]) -> None:
    """Fits on the segments of ``train`` documents, writes p (probability of 1) into ``test`` docs."""
    import numpy as np

    x = np.array([r for d in train for r in d["x"]])
    y = np.array([v for d in train for v in d["prep"]["labels"]])
    model = make_model(model_name).fit(x, y)
    xt = np.array([r for d in test for r in d["x"]])
    p = model.predict_proba(xt)[:, 1] if len(xt) else []
    i = 0
    for d in test:
        d["p"] = list(p[i:i + len(d["kinds"])])
        i += len(d["kinds"])


# what the segmenter decided (its kinds, attributes, readers): dropped by ``--text-only``, a model that
# reads the segments' text and shape alone
READER_FEATURES = ("kind=", "prev=", "next=", "attr=", "has_", "readers_keyed", "doc_readers", "doc_speech_share")


def build(sets: dict[str, list[dict]], text_only: bool = False) -> tuple[dict[str, list[dict]], list[str]]:
    names = None
    out: dict[str, list[dict]] = {}
    for set_name, docs in sets.items():
        specs = {p.stem: p for p in (ROOT / "tests" / "data" / set_name).glob("*.yaml")}
        out[set_name] = []
        for doc in docs:
            spec = heldout.load(specs[doc["doc"]])
            feats = doc_features(doc)
            if names is None and feats:
                names = sorted(n for n in feats[0] if not (text_only and n.startswith(READER_FEATURES)))
            out[set_name].append({"set": set_name, "doc": doc["doc"], "spec": spec, "raw": doc,
                                  "kinds": [s["kind"] for s in doc["segments"]], "prep": prepare(doc, spec),
                                  "x": [[f[n] for n in names] for f in feats]})
    return out, names or []


def evaluate(model_name: str, json_path: str | None, inner_folds: int = 5, untuned: bool = False,
             text_only: bool = False, train_untuned: bool = False) -> dict:
    """Leave-one-round-out. ``untuned``: the held-out late rounds are segmented by the segmenter of the
    commit that added them (CACHE/untuned), the state a new round meets; training stays on the other
    sets' current segments. ``train_untuned``: the training sets ALSO bring the untuned segments of the
    other late rounds (the readers' mistakes on conventions they had not seen), a set's two versions
    kept in the same inner fold."""
    import copy

    data, names = build(load_cache(), text_only)
    set_names = sorted(data)
    early = build(load_cache(CACHE / "untuned"), text_only)[0] if (untuned or train_untuned) else {}
    tests = early if untuned else data
    for s in data:
        for d in data[s]:
            d["version"] = "current"
    for s in early:
        for d in early[s]:
            d["version"] = "untuned"
    result = {"model": model_name, "features": names, "inner_folds": inner_folds, "untuned": untuned,
              "text_only": text_only, "train_untuned": train_untuned, "sets": {}}
    for held in sorted(tests):
        train_sets = [s for s in set_names if s != held]
        # nested: out-of-fold p on the training sets (folds of whole sets), thresholds chosen there
        folds = [train_sets[i::inner_folds] for i in range(inner_folds)]
        pool = {s: data[s] + (early.get(s, []) if train_untuned else []) for s in train_sets}
        inner = {s: [copy.copy(d) for d in pool[s]] for s in train_sets}
        for fold in folds:
            fit_predict(model_name, [d for s in train_sets if s not in fold for d in inner[s]],
                        [d for s in fold for d in inner[s]])
        inner_docs = [d for s in train_sets for d in inner[s]]
        thresholds = {m: best_threshold(inner_docs, m)[0] for m in ("veto", "rescue", "both")}
        test = [copy.copy(d) for d in tests[held]]
        fit_predict(model_name, [d for s in train_sets for d in pool[s]], test)
        row = {"thresholds": thresholds, "docs": {}}
        for d in test:
            entry = {}
            for mode in ("readers", "veto", "rescue", "both"):
                speech = ([k in SPEECH for k in d["kinds"]] if mode == "readers"
                          else apply(d["kinds"], d["p"], mode, thresholds[mode]))
                segs = [dict(s, kind=(s["kind"] if (s["kind"] in SPEECH) == sp else
                                      ("verbatim" if sp else "narrative")),
                             text=d["raw"]["text"][s["char_start"]:s["char_end"]])
                        for s, sp in zip(d["raw"]["segments"], speech)]
                r = heldout.score(d["spec"], d["raw"]["text"], segs)  # the scorer's own counts
                assert (r["tp"], r["fp"], r["fn"]) == counts(d["prep"], speech), (held, d["doc"], mode)
                entry[mode] = {k: r[k] for k in ("n", "tp", "fp", "fn", "f1", "speaker", "role", "region")}
            row["docs"][d["doc"]] = entry
        for mode in ("readers", "veto", "rescue", "both"):
            tp = sum(e[mode]["tp"] for e in row["docs"].values())
            fp = sum(e[mode]["fp"] for e in row["docs"].values())
            fn = sum(e[mode]["fn"] for e in row["docs"].values())
            row[mode] = {"tp": tp, "fp": fp, "fn": fn, "f1": f1(tp, fp, fn)}
        result["sets"][held] = row
        print(f"{held:24s} t={thresholds}  " + "  ".join(f"{m} {row[m]['f1']:.3f}" for m in
                                                        ("readers", "veto", "rescue", "both")), flush=True)
    for group, members in (("late", [s for s in LATE if s in result["sets"]]), ("all", sorted(result["sets"]))):
        result[group] = {}
        for mode in ("readers", "veto", "rescue", "both"):
            tp = sum(result["sets"][s][mode]["tp"] for s in members)
            fp = sum(result["sets"][s][mode]["fp"] for s in members)
            fn = sum(result["sets"][s][mode]["fn"] for s in members)
            result[group][mode] = {"tp": tp, "fp": fp, "fn": fn, "f1": f1(tp, fp, fn)}
        print(group, {m: round(v["f1"], 4) for m, v in result[group].items()}, flush=True)
    if json_path:
        Path(json_path).write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
    return result


def summarise(paths: list[str], out_path: str) -> dict:
    """The small summary committed with the report: per run, per held-out set the thresholds chosen
    inside the training sets and TP/FP/FN/F1 per mode, the documents made worse, the items a negative
    document (no expected speech) gained; pooled over the late rounds and over all held-out sets."""
    summary = {}
    for path in paths:
        run = json.loads(Path(path).read_text())
        name = Path(path).stem
        sets = {}
        for set_name, row in run["sets"].items():
            entry = {"thresholds": row["thresholds"]}
            for mode in ("readers", "veto", "rescue", "both"):
                docs = row["docs"].values()
                entry[mode] = {**{k: row[mode][k] for k in ("tp", "fp", "fn")}, "f1": round(row[mode]["f1"], 4),
                               "docs_worse": sum(d[mode]["f1"] < d["readers"]["f1"] - 1e-9 or (
                                   d[mode]["fp"] > d["readers"]["fp"] and d[mode]["tp"] <= d["readers"]["tp"])
                                   for d in docs),
                               "negative_items_gained": sum(d[mode]["fp"] - d["readers"]["fp"] for d in docs
                                                            if d[mode]["n"] == 0)}
            sets[set_name] = entry
        summary[name] = {"model": run["model"], "untuned": run.get("untuned", False),
                         "text_only": run.get("text_only", False), "sets": sets,
                         **{g: {m: {**v, "f1": round(v["f1"], 4)} for m, v in run[g].items()} for g in ("late", "all")}}
    Path(out_path).write_text(json.dumps(summary, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return summary

def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["cache", "cache-untuned", "eval", "summary"])
    ap.add_argument("--runs", nargs="*", help="summary: the eval JSON files to summarise")
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--model", default="lr", choices=["lr", "hgb"])
    ap.add_argument("--json")
    ap.add_argument("--untuned", action="store_true", help="held-out late rounds as the segmenter first met them")
    ap.add_argument("--text-only", action="store_true", help="without the segmenter's kinds, attributes, readers")
    ap.add_argument("--train-untuned", action="store_true", help="train also on the other late rounds' untuned segments")
    args = ap.parse_args(argv)
    if args.cmd == "cache":
        cache(args.sets)
    elif args.cmd == "cache-untuned":
        cache_untuned(args.sets or LATE)
    elif args.cmd == "summary":
        summarise(args.runs, args.json)
    else:
        evaluate(args.model, args.json, untuned=args.untuned, text_only=args.text_only,
                 train_untuned=args.train_untuned)


if __name__ == "__main__":
    main()
