"""Dump each test-set document's text, segments and annotated items (matched to segments) as JSON.

The material a learned step (e.g. a speaker ranker) is trained and judged on, without segmenting
again for every experiment:

    python bench/segment_dump.py OUTDIR [SET ...] [--jobs N] [--repo DIR]

OUTDIR/<set>/<document>.json: text, segments (kind, span, speaker, role, region, attr_source) and
the expected items, each with ``seg``: the index of the segment its snippet lies in (-1 when the
extracted text does not hold the snippet: a warning names it).
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

KEEP = ("kind", "char_start", "char_end", "speaker", "role_raw", "role", "region", "attr_source")


def _init(repo: str) -> None:
    sys.path[:0] = [str(Path(repo) / "src"), str(Path(repo) / "tests")]


def _dump_one(args: tuple[str, str]) -> str:
    import heldout

    path, out = Path(args[0]), Path(args[1])
    spec = heldout.load(path)
    target = out / path.parent.name / f"{path.stem}.json"
    with tempfile.TemporaryDirectory() as tmp:
        try:
            text, segments = heldout.segment_document(spec, Path(tmp))
        except Exception as exc:  # one broken document is reported, never stops the others
            return f"ERROR {path.name}: {type(exc).__name__}: {exc}"
    starts = [s["char_start"] for s in segments]
    items, lost = [], []
    for item in spec["expected"]:
        try:
            k = bisect.bisect_right(starts, heldout.position(text, item["snippet"])) - 1
        except AssertionError:  # a snippet the extracted text does not hold: kept, matched to no segment
            k = -1
            lost.append(item["snippet"])
        items.append({**{f: item.get(f) for f in ("kind", "snippet", "speaker", "role", "region")}, "seg": k})
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"doc": spec["doc"], "text": text,
                                  "segments": [{f: s.get(f) for f in KEEP} for s in segments],
                                  "expected": items}, ensure_ascii=False), encoding="utf-8")
    return "".join(f"WARNING {path.name}: snippet not in the text: {x!r}\n" for x in lost).rstrip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    a = ap.parse_args()
    data = a.repo / "tests" / "data"
    names = a.sets or sorted(p.name for p in data.glob("segment_*") if p.is_dir())
    paths = [(str(p), str(a.out)) for name in names for p in sorted((data / name).glob("*.yaml"))]
    with ProcessPoolExecutor(a.jobs, initializer=_init, initargs=(str(a.repo),)) as pool:
        for msg in pool.map(_dump_one, paths, chunksize=1):
            if msg:
                print(msg, file=sys.stderr)
    print(f"{len(paths)} documents dumped to {a.out}")


if __name__ == "__main__":
    main()
