"""Draw the bundled-corpus passages of the blind theme coding set N (issue #15, session 10).

Set M's draw (bench/draw_theme_coding_m.py, itself set L's, K's, J's, I's, H's, G's and C's) with a
new seed and set M added to the exclusions: segments of kinds narrative, verbatim, turn,
moderator, in structure sections of kind body, abstract or annex, at least 40 characters, not
overlapping a passage of sets A–M and not holding a quote of theme_sample.csv; per-document quotas
and at least a few of each kind; passages longer than 700 characters cut at the last sentence end
before it. Prints CSV rows (doc_id, char_start, char_end, kind, text) without any code: the coding
is done afterwards by reading, against docs/CODEBOOK.md only.

Only gautier2019 has eligible segments left once A–M are excluded; the other documents are skipped
by the eligibility check.

    PYTHONPATH=bench python bench/draw_theme_coding_n.py /work/main/results/interim > /tmp/set_n_draw.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_m as setm

SEED = 20261130_100
QUOTAS = {"gautier2019": 90, "perelli2022": 30, "fournier2021": 4, "aef2021": 12, "sfsp2023": 4}
TAKEN = (*setm.TAKEN, "theme_coding_m.csv")


def draw(interim: Path) -> list[dict]:
    spans, keys = setg.taken_spans(TAKEN), setc.sample_keys()
    quotas = {doc: n for doc, n in QUOTAS.items() if setc.eligible(interim, doc, spans, keys)}
    return setc.draw(interim, SEED, quotas, spans)


if __name__ == "__main__":
    setc.main(sys.argv, draw)
