"""Speaker / role / region misses of the segmentation held-out sets (issue #14).

For each set directory given (default: every tuning set), prints the scores table of
tests/heldout.py and, per document, the matched items whose speaker, role or region differ from
the annotation (the misses that are not detection misses), so they can be classed.

    PYTHONPATH=src:tests python bench/segment_roles.py [DIR ...] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import heldout  # noqa: E402

# Every scored set except the one being tuned elsewhere (segment_unseen21 this session); the
# negatives set is included so that a gained false item would show.
TUNING_SETS = [
    "segment_heldout", "segment_unseen",
    *(f"segment_unseen{n}" for n in (2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20)),
    *(f"segment_real{n}" for n in (8, 12, 14, 17, 18, 19, 20, 21)),
    "segment_dev11", "segment_negatives_s8",
]
ATTRIBUTES = ("speaker=", "role=", "region=")


def pooled(results: dict[str, dict]) -> dict[str, float]:
    """Attribute accuracy over all matched items of a set (weighted by TP)."""
    tp = sum(r["tp"] for r in results.values())
    out = {"tp": tp}
    for f in heldout.FIELDS:
        out[f] = sum(r[f] * r["tp"] for r in results.values()) / tp if tp else 0.0
    return out


def report(directory: Path) -> str:
    results = heldout.score_dir(directory)
    lines = [f"## {directory.name}", heldout.table(results)]
    p = pooled(results)
    lines.append(f"pooled: TP {p['tp']} speaker {p['speaker']:.3f} role {p['role']:.3f} region {p['region']:.3f}")
    for name, r in results.items():
        lines.extend(f"  {name}: {m}" for m in r["misses"] if m.startswith(ATTRIBUTES))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    dirs = [Path(d) for d in args.dirs] or [ROOT / "tests" / "data" / s for s in TUNING_SETS]
    for d in dirs:
        text = report(d)
        print(text, flush=True)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{d.name}.txt").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
