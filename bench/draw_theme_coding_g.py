"""Draw the bundled-corpus passages of the blind theme coding set G (issue #15, session 6).

Set F's draw (bench/draw_theme_coding_f.py, itself set C's) with a new seed and one more
exclusion: segments of kinds narrative, verbatim, turn, moderator, in structure sections of kind
body, abstract or annex, at least 40 characters, not overlapping a passage of sets A–F and not
holding a quote of theme_sample.csv (a document with no such segment left is skipped); per-document quotas and at least a few of each kind;
passages longer than 700 characters cut at the last sentence end before it. Prints CSV rows
(doc_id, char_start, char_end, kind, text) without any code: the coding is done afterwards by
reading, against docs/CODEBOOK.md only.

    python bench/draw_theme_coding_g.py /work/main/results/interim > /tmp/set_g_draw.csv
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc

SEED = 20261201_7
# Passages per document, roughly by size but so that the small documents still count.
QUOTAS = {"gautier2019": 46, "perelli2022": 26, "fournier2021": 20, "aef2021": 12, "sfsp2023": 12}
TAKEN = (
    "theme_coding_heldout.csv",
    "theme_coding_test.csv",
    "theme_coding_c.csv",
    "theme_coding_f.csv",
)


def taken_spans(taken: tuple[str, ...] = TAKEN) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for name in taken:
        for row in setc.read_commented_csv(setc.DATA / name):
            spans.setdefault(row["doc_id"], []).append((int(row["char_start"]), int(row["char_end"])))
    return spans


def draw_excluding(interim: Path, seed: int, quotas: dict[str, int], taken: tuple[str, ...]) -> list[dict]:
    """Set C's draw outside the passages of the `taken` codings (later sets' draws call it too)."""
    spans, keys = taken_spans(taken), setc.sample_keys()
    # A document whose eligible segments were all drawn by earlier sets is left out (sfsp2023).
    quotas = {doc: n for doc, n in quotas.items() if setc.eligible(interim, doc, spans, keys)}
    return setc.draw(interim, seed, quotas, spans)


def draw(interim: Path) -> list[dict]:
    return draw_excluding(interim, SEED, QUOTAS, TAKEN)


if __name__ == "__main__":
    setc.main(sys.argv, draw)
