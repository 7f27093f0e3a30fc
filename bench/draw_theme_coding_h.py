"""Draw the bundled-corpus passages of the blind theme coding set H (issue #15, session 6).

Set G's draw (bench/draw_theme_coding_g.py, itself set C's) with a new seed and set G added to
the exclusions: segments of kinds narrative, verbatim, turn, moderator, in structure sections of
kind body, abstract or annex, at least 40 characters, not overlapping a passage of sets A–G and
not holding a quote of theme_sample.csv (a document with no such segment left is skipped);
per-document quotas and at least a few of each kind; passages longer than 700 characters cut at
the last sentence end before it. Prints CSV rows (doc_id, char_start, char_end, kind, text)
without any code: the coding is done afterwards by reading, against docs/CODEBOOK.md only.

    python bench/draw_theme_coding_h.py /work/main/results/interim > /tmp/set_h_draw.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc

SEED = 20261201_9
# Passages per document, roughly by size but so that the small documents still count.
# After A–G, fournier2021 has one eligible segment left and sfsp2023 none (skipped).
QUOTAS = {"gautier2019": 56, "perelli2022": 26, "fournier2021": 4, "aef2021": 12, "sfsp2023": 8}
# The sets that hold bundled passages (D and E hold only unseen ones).
TAKEN = (
    "theme_coding_heldout.csv",
    "theme_coding_test.csv",
    "theme_coding_c.csv",
    "theme_coding_f.csv",
    "theme_coding_g.csv",
)


def taken_spans() -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for name in TAKEN:
        for row in setc.read_commented_csv(setc.DATA / name):
            spans.setdefault(row["doc_id"], []).append((int(row["char_start"]), int(row["char_end"])))
    return spans


def draw(interim: Path) -> list[dict]:
    spans, keys = taken_spans(), setc.sample_keys()
    quotas = {doc: n for doc, n in QUOTAS.items() if setc.eligible(interim, doc, spans, keys)}
    return setc.draw(interim, SEED, quotas, spans)


if __name__ == "__main__":
    setc.main(sys.argv, draw)
