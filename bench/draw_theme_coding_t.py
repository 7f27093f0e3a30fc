"""Draw the passages of the blind theme coding set T (issue #16's session: #15): both halves in one script.

Set R's draw (its `draw_bundled` and `draw_unseen`, the latter built on Q's ``earlier_sources`` /
``earlier_ranges`` / ``is_earlier``, P's ``earlier_texts``, L's ``numbered_draw`` / ``first_of_each_text``
and G's ``draw_excluding``) with new seeds, set S added to the exclusions, round 30 first.

Bundled half: G's ``draw_excluding`` outside the passages of A–S (only gautier2019 has eligible segments
left). Unseen half: every passage of round 30 (written for the project, no earlier set drew it), then a
seeded sample of ``LEFTOVER_QUOTA`` from the pooled leftovers of rounds 9–20 (written for the project, on
primary care, R and S drew from them: chosen by folder, never by words); a passage an earlier set holds
(same text, or file and paragraph range overlapping an earlier location) is dropped before sampling.
Unseen passages are numbered unseenT001….

    PYTHONPATH=bench python bench/draw_theme_coding_t.py bundled /work/main/results/interim > /tmp/set_t_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_t.py unseen > /tmp/set_t_unseen.csv

Run from the repository root. Both print CSV rows without any code: the coding is done afterwards by
reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_r as setr
import draw_theme_coding_s as sets

SEED = 20261201_160
UNSEEN_SEED = 20261201_161
QUOTAS = {**setr.QUOTAS, "gautier2019": 102}
TAKEN = (*sets.TAKEN, "theme_coding_s.csv")
EARLIER = sets.EARLIER + "s"
# main when set T was drawn (session 16's start: rounds 30 and 31 merged).
MAIN = "8f8836ddc0a9daf8421ed31b6ccd9108fe94f3a3"
FIRST = ("segment_unseen30",)
LEFTOVERS = setr.LEFTOVERS
LEFTOVER_QUOTA = 52


def draw_bundled(interim: Path) -> list[dict]:
    return setr.draw_bundled(interim, SEED, QUOTAS, TAKEN)


def draw_unseen() -> list[dict]:
    return setr.draw_unseen("T", UNSEEN_SEED, MAIN, EARLIER, FIRST, LEFTOVERS, LEFTOVER_QUOTA)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
