"""Draw the bundled-corpus passages of the blind theme coding set L (issue #15, session 8).

Set K's draw (bench/draw_theme_coding_k.py, itself set J's, I's, H's, G's and C's) with a new seed
and set K added to the exclusions: segments of kinds narrative, verbatim, turn, moderator, in
structure sections of kind body, abstract or annex, at least 40 characters, not overlapping a
passage of sets A–K and not holding a quote of theme_sample.csv (a document with no such segment
left is skipped); per-document quotas and at least a few of each kind; passages longer than 700
characters cut at the last sentence end before it. Prints CSV rows (doc_id, char_start,
char_end, kind, text) without any code: the coding is done afterwards by reading, against
docs/CODEBOOK.md only.

Set K's coding was on branch ``themeswriteK`` when set L was drawn: while
tests/data/theme_coding_k.csv is absent, its spans (doc_id and offsets only) are read from that
branch.

    PYTHONPATH=bench python bench/draw_theme_coding_l.py /work/main/results/interim > /tmp/set_l_draw.csv
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_j as setj

SEED = 20261130_92
# As sets J and K (gautier2019 two more, since perelli2022 has 24 left): aef2021, fournier2021 and sfsp2023 have no eligible segment left (skipped).
QUOTAS = {"gautier2019": 66, "perelli2022": 30, "fournier2021": 4, "aef2021": 12, "sfsp2023": 4}
SET_K = "theme_coding_k.csv"
SET_K_BRANCH = "themeswriteK"
# The sets that hold bundled passages (D and E hold only unseen ones); set K is added below.
TAKEN = (*setj.TAKEN, "theme_coding_j.csv")


def set_k_spans() -> dict[str, list[tuple[int, int]]]:
    path = setc.DATA / SET_K
    if path.exists():
        rows = setc.read_commented_csv(path)
    else:
        text = subprocess.run(
            ["git", "show", f"{SET_K_BRANCH}:tests/data/{SET_K}"], capture_output=True, text=True, check=True
        ).stdout
        rows = list(csv.DictReader(io.StringIO("".join(l for l in text.splitlines(True) if not l.startswith("#")))))
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        spans.setdefault(row["doc_id"], []).append((int(row["char_start"]), int(row["char_end"])))
    return spans


def draw(interim: Path) -> list[dict]:
    spans, keys = setg.taken_spans(TAKEN), setc.sample_keys()
    for doc, pairs in set_k_spans().items():
        spans.setdefault(doc, []).extend(pairs)
    quotas = {doc: n for doc, n in QUOTAS.items() if setc.eligible(interim, doc, spans, keys)}
    return setc.draw(interim, SEED, quotas, spans)


if __name__ == "__main__":
    setc.main(sys.argv, draw)
