"""Draw the bundled-corpus passages of the blind theme coding set M (issue #15, session 9).

Set L's draw (bench/draw_theme_coding_l.py, itself set K's, J's, I's, H's, G's and C's) with a new
seed and sets K and L added to the exclusions: segments of kinds narrative, verbatim, turn,
moderator, in structure sections of kind body, abstract or annex, at least 40 characters, not
overlapping a passage of sets A–L and not holding a quote of theme_sample.csv; per-document
quotas and at least a few of each kind; passages longer than 700 characters cut at the last
sentence end before it. Prints CSV rows (doc_id, char_start, char_end, kind, text) without any
code: the coding is done afterwards by reading, against docs/CODEBOOK.md only.

Only gautier2019 has eligible segments left (perelli2022, aef2021, fournier2021 and sfsp2023 have
none once A–L are excluded), so all of set M's bundled passages come from it.

    PYTHONPATH=bench python bench/draw_theme_coding_m.py /work/main/results/interim > /tmp/set_m_draw.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_l as setl

SEED = 20261130_94
# The documents without an eligible segment left are skipped by the eligibility check below.
QUOTAS = {"gautier2019": 92, "perelli2022": 30, "fournier2021": 4, "aef2021": 12, "sfsp2023": 4}
TAKEN = (*setl.TAKEN, "theme_coding_k.csv", "theme_coding_l.csv")


def draw(interim: Path) -> list[dict]:
    spans, keys = setg.taken_spans(TAKEN), setc.sample_keys()
    quotas = {doc: n for doc, n in QUOTAS.items() if setc.eligible(interim, doc, spans, keys)}
    return setc.draw(interim, SEED, quotas, spans)


if __name__ == "__main__":
    setc.main(sys.argv, draw)
