"""How brittle is the segmenter to a convention it has not seen? (issue #14, session 7)

Takes the documents the segmenter handles (the tuning sets, YAML format of tests/heldout.py),
varies ONE surface convention at a time with the transforms of tests/perturb.py (text and
annotation together), and scores each changed document like tests/heldout.py (typeset to PDF,
extracted, segmented). Prints, per transform: documents changed (and skipped), pooled F1 and
speaker / role / region on found items before and after on the changed documents, items lost
(found before, missed after), items gained, and FP gained on documents without interview
material.

    PYTHONPATH=src:tests nice .venv/bin/python bench/perturb_conventions.py \
        [--sets segment_unseen16 ...] [--transforms code_word sep_emdash ...] [--seed 0] \
        [--json out.json] [--verbose]

Run on demand, not part of `make test` (a full run segments every changed document once per
transform: about ten minutes on the shared 2-core machine). Results: bench/PERTURB.md.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import heldout  # noqa: E402
from perturb import SPEECH, TRANSFORMS, perturb  # noqa: E402

SETS = ["segment_heldout", "segment_unseen", *(f"segment_unseen{k}" for k in (2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 16)),
        "segment_real8", "segment_real12", "segment_real14", "segment_dev11"]
FIELDS = heldout.FIELDS


def item_results(spec: dict, text: str, segments: list[dict]) -> list[dict]:
    """Per expected speech item: found, and for found ones whether speaker/role/region match."""
    starts = [s["char_start"] for s in segments]

    def at(snippet):
        return bisect.bisect_right(starts, heldout.position(text, snippet)) - 1

    out = []
    for item in spec["expected"]:
        if item["kind"] not in SPEECH:
            continue
        k = at(item["snippet"])
        seg = segments[k]
        found = seg["kind"] in SPEECH and all(at(s) == k for s in item.get("also", []))
        res = {"found": found}
        if found:
            for f in FIELDS:
                want, got = str(item.get(f) or ""), seg[f] or ""
                res[f] = (heldout.norm_speaker(got) == heldout.norm_speaker(want)) if f == "speaker" else got == want
        out.append(res)
    return out


def evaluate(spec: dict, workdir: Path) -> dict:
    text, segments = heldout.segment_document(spec, workdir)
    r = heldout.score(spec, text, segments)
    return {"tp": r["tp"], "fp": r["fp"], "fn": r["fn"], "n": r["n"],
            "items": item_results(spec, text, segments), "misses": r["misses"]}


def pooled(results: list[dict]) -> dict:
    tp = sum(r["tp"] for r in results)
    fp = sum(r["fp"] for r in results)
    fn = sum(r["fn"] for r in results)
    f1 = 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else 1.0
    found = [i for r in results for i in r["items"] if i["found"]]
    acc = {f: (sum(i[f] for i in found) / len(found) if found else 0.0) for f in FIELDS}
    return {"tp": tp, "fp": fp, "fn": fn, "f1": f1, **acc}


def load_docs(sets: list[str]) -> list[tuple[str, dict]]:
    docs = []
    for name in sets:
        for path in sorted((ROOT / "tests" / "data" / name).glob("*.yaml")):
            docs.append((f"{name}/{path.stem}", heldout.load(path)))
    return docs


def run(sets, transforms, seed=0, verbose=False) -> dict:
    docs = load_docs(sets)
    out = {"seed": seed, "transforms": {}}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base: dict[str, dict] = {}
        for name in transforms:
            before, after, details = [], [], []
            skipped = lost = gained = neg_fp = 0
            for key, spec in docs:
                new = perturb(spec, name, seed, key)
                if new is None:
                    skipped += 1
                    continue
                if key not in base:
                    base[key] = evaluate(spec, work)
                b, a = base[key], evaluate(new, work)
                before.append(b)
                after.append(a)
                doc_lost = sum(1 for x, y in zip(b["items"], a["items"]) if x["found"] and not y["found"])
                doc_gained = sum(1 for x, y in zip(b["items"], a["items"]) if not x["found"] and y["found"])
                lost += doc_lost
                gained += doc_gained
                if b["n"] == 0:
                    neg_fp += max(0, a["fp"] - b["fp"])
                if doc_lost or (b["n"] == 0 and a["fp"] > b["fp"]) or verbose:
                    details.append({"doc": key, "lost": doc_lost, "misses": a["misses"]})
            pb, pa = pooled(before), pooled(after)
            out["transforms"][name] = {"changed": len(before), "skipped": skipped, "before": pb, "after": pa,
                                       "lost": lost, "gained": gained, "neg_fp": neg_fp, "details": details}
            print(row(name, out["transforms"][name]), flush=True)
    return out


def row(name: str, t: dict) -> str:
    b, a = t["before"], t["after"]
    return (f"| {name} | {t['changed']} | {t['skipped']} | {b['f1']:.2f} ({b['tp']}/{b['fp']}/{b['fn']}) | "
            f"{a['f1']:.2f} ({a['tp']}/{a['fp']}/{a['fn']}) | "
            f"{b['speaker']:.2f} / {b['role']:.2f} / {b['region']:.2f} | "
            f"{a['speaker']:.2f} / {a['role']:.2f} / {a['region']:.2f} | {t['lost']} | {t['gained']} | {t['neg_fp']} |")


HEADER = ("| transform | docs changed | skipped | F1 before (TP/FP/FN) | F1 after (TP/FP/FN) | "
          "speaker / role / region before | after | items lost | items gained | FP gained on negatives |\n"
          "|---|---|---|---|---|---|---|---|---|---|")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=SETS)
    ap.add_argument("--transforms", nargs="*", default=list(TRANSFORMS))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    print(HEADER, flush=True)
    out = run(args.sets, args.transforms, args.seed, args.verbose)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    for name, t in out["transforms"].items():
        for d in t["details"]:
            for miss in d["misses"]:
                print(f"  {name} {d['doc']} (lost {d['lost']}): {miss}")


if __name__ == "__main__":
    main()
