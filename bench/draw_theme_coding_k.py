"""Draw the bundled-corpus passages of the blind theme coding set K (issue #15, session 8).

Set J's draw (bench/draw_theme_coding_j.py, itself set I's, H's, G's and C's) with a new seed and
set J added to the exclusions: segments of kinds narrative, verbatim, turn, moderator, in
structure sections of kind body, abstract or annex, at least 40 characters, not overlapping a
passage of sets A–J and not holding a quote of theme_sample.csv (a document with no such segment
left is skipped); per-document quotas and at least a few of each kind; passages longer than 700
characters cut at the last sentence end before it. Prints CSV rows (doc_id, char_start,
char_end, kind, text) without any code: the coding is done afterwards by reading, against
docs/CODEBOOK.md only.

    PYTHONPATH=bench python bench/draw_theme_coding_k.py /work/main/results/interim > /tmp/set_k_draw.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_j as setj

SEED = 20261130_81
# As set J: aef2021, fournier2021 and sfsp2023 have no eligible segment left (skipped by the draw).
QUOTAS = {"gautier2019": 64, "perelli2022": 30, "fournier2021": 4, "aef2021": 12, "sfsp2023": 4}
# The sets that hold bundled passages (D and E hold only unseen ones).
TAKEN = (*setj.TAKEN, "theme_coding_j.csv")


def draw(interim: Path) -> list[dict]:
    return setg.draw_excluding(interim, SEED, QUOTAS, TAKEN)


if __name__ == "__main__":
    setc.main(sys.argv, draw)
