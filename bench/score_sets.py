"""Score segmentation test sets (tests/data/segment_*) in parallel and write one JSON per set.

Each document is typeset, extracted and segmented exactly as tests/heldout.py does; the JSON
holds heldout.score()'s result per document (TP/FP/FN, F1, speaker/role/region, misses), so two
runs of this script (two versions of the code) can be compared document by document.

    python bench/score_sets.py OUTDIR [SET ...] [--jobs N] [--repo DIR]
    python bench/score_sets.py --compare OLD_DIR NEW_DIR     # documents better / worse, pooled F1

--repo scores another checkout's src/ and tests/ (e.g. a `git worktree` of the session start).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

FIELDS = ("speaker", "role", "region")


def _init(repo: str) -> None:
    sys.path[:0] = [str(Path(repo) / "src"), str(Path(repo) / "tests")]


def _score_one(path: str) -> tuple[str, str, dict]:
    import heldout

    spec = heldout.load(Path(path))
    with tempfile.TemporaryDirectory() as tmp:
        try:
            text, segments = heldout.segment_document(spec, Path(tmp))
            result = heldout.score(spec, text, segments)
        except Exception as exc:  # one broken document is reported, never stops the others
            n = sum(1 for i in spec["expected"] if i["kind"] in heldout.SPEECH)
            result = {"n": n, "tp": 0, "fp": 0, "fn": n, "f1": 0.0, **{f: 0.0 for f in FIELDS},
                      "misses": [f"ERROR {type(exc).__name__}: {exc}"]}
    return Path(path).parent.name, Path(path).stem, result


def score_sets(repo: Path, out: Path, sets: list[str], jobs: int) -> None:
    data = repo / "tests" / "data"
    names = sets or sorted(p.name for p in data.glob("segment_*") if p.is_dir())
    paths = [str(p) for name in names for p in sorted((data / name).glob("*.yaml"))]
    results: dict[str, dict] = {name: {} for name in names}
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=(str(repo),)) as pool:
        for set_name, stem, result in pool.map(_score_one, paths, chunksize=1):
            results[set_name][stem] = result
    out.mkdir(parents=True, exist_ok=True)
    for name, docs in results.items():
        (out / f"{name}.json").write_text(json.dumps(dict(sorted(docs.items())), ensure_ascii=False, indent=1),
                                          encoding="utf-8")
    print(pooled(out, names))


def _load(directory: Path, names=None) -> dict[str, dict]:
    files = sorted(directory.glob("segment_*.json"))
    return {f"{f.stem}/{doc}": r for f in files if names is None or f.stem in names
            for doc, r in json.loads(f.read_text(encoding="utf-8")).items()}


def _at_target(r: dict) -> bool:
    return r["f1"] >= 0.9 and all(r[f] >= 0.9 for f in FIELDS)


def pooled(directory: Path, names=None) -> str:
    docs = _load(directory, names)
    tp, fp, fn = (sum(r[k] for r in docs.values()) for k in ("tp", "fp", "fn"))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    attrs = {f: sum(r[f] * r["tp"] for r in docs.values()) / tp if tp else 0.0 for f in FIELDS}
    positive = [r for r in docs.values() if r["n"]]
    return (f"{len(docs)} documents: F1 {f1:.3f} (TP {tp}, FP {fp}, FN {fn}); "
            + ", ".join(f"{f} {v:.3f}" for f, v in attrs.items())
            + f"; {sum(map(_at_target, positive))}/{len(positive)} at target")


def compare(old: Path, new: Path) -> str:
    a, b = _load(old), _load(new)
    lines = [f"old: {pooled(old)}", f"new: {pooled(new)}"]
    key = ("tp", "fp", "fn", *FIELDS)
    for doc in sorted(set(a) | set(b)):
        if doc not in a or doc not in b:
            lines.append(f"ONLY {'new' if doc in b else 'old'} {doc}")
            continue
        ra, rb = a[doc], b[doc]
        if tuple(ra[k] for k in key) == tuple(rb[k] for k in key):
            continue
        worse = rb["tp"] < ra["tp"] or rb["fp"] > ra["fp"] or any(rb[f] < ra[f] - 1e-9 for f in FIELDS)
        better = rb["tp"] > ra["tp"] or rb["fp"] < ra["fp"] or any(rb[f] > ra[f] + 1e-9 for f in FIELDS)
        tag = "MIXED" if worse and better else "WORSE" if worse else "better"
        lines.append(f"{tag} {doc}: " + " ".join(f"{k} {ra[k]:.2f}->{rb[k]:.2f}" if isinstance(ra[k], float)
                                                 else f"{k} {ra[k]}->{rb[k]}" for k in key if ra[k] != rb[k]))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("JOBS", "2")))
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        print(compare(*args.compare))
    else:
        score_sets(args.repo.resolve(), args.out, args.sets, args.jobs)


if __name__ == "__main__":
    main()
