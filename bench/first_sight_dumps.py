"""Dump each blind round as the segmenter saw it first: segmented by the commit it was written on.

    python bench/first_sight_dumps.py OUTDIR [--rounds 39-61] [--jobs 2]

A round (tests/data/segment_unseenNN) is written on its own branch from main, before anyone tunes
on it; the parent of the commit that added its README is the code that met it first. For each
round this checks that commit out in a detached worktree (under a temporary folder), copies the
round's current annotations into it, and runs bench/segment_dump.py with ``--repo`` that worktree.
The dumps are what a learned step trained on unseen documents needs (bench/train_speaker_ranker.py
--first-sight): the state a document nobody tuned on is in, not the tuned sets' state.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def first_sight_commit(n: int) -> str | None:
    """The parent of the commit that added round n's README, or None when it has none."""
    added = git("log", "--diff-filter=A", "--format=%H", "--", f"tests/data/segment_unseen{n}/README.md").split()
    return git("rev-parse", f"{added[-1]}^") if added else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--rounds", default="39-61")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    lo, hi = (int(x) for x in a.rounds.split("-"))
    with tempfile.TemporaryDirectory() as tmp:
        trees: dict[str, Path] = {}
        try:
            for n in range(lo, hi + 1):
                name = f"segment_unseen{n}"
                commit = first_sight_commit(n)
                if commit is None:
                    print(f"round {n}: no README added in the history, skipped", file=sys.stderr)
                    continue
                if commit not in trees:
                    trees[commit] = Path(tmp) / commit[:12]
                    git("worktree", "add", "--detach", str(trees[commit]), commit)
                tree = trees[commit]
                target = tree / "tests" / "data" / name
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(ROOT / "tests" / "data" / name, target)
                subprocess.run([sys.executable, str(ROOT / "bench" / "segment_dump.py"), str(a.out), name,
                                "--repo", str(tree), "--jobs", str(a.jobs)], check=True)
                print(f"round {n}: segmented by {commit[:10]}")
        finally:
            for tree in trees.values():
                git("worktree", "remove", "--force", str(tree))


if __name__ == "__main__":
    main()
