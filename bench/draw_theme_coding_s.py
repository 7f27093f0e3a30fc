"""Draw the passages of the blind theme coding set S (issue #15, session 15): both halves in one script.

Set R's draw (its `draw_bundled` and `draw_unseen`) with new seeds, set R added to the exclusions, round 29 first; R's draw uses Q's
(``earlier_sources``, ``earlier_ranges``, ``is_earlier``), P's ``earlier_texts``, L's ``numbered_draw`` /
``first_of_each_text`` and G's ``draw_excluding``.

Bundled half: G's ``draw_excluding`` outside the passages of A–R (only gautier2019 has eligible segments
left). Unseen half: every passage of round 29 (written for the project, no earlier set drew it), then a
seeded sample of ``LEFTOVER_QUOTA`` from the pooled leftovers of rounds 9–20 (written for the project, on
primary care, R drew 58 of them: chosen by folder, never by words); a passage an earlier set holds (same
text, or file and paragraph range overlapping an earlier location) is dropped before sampling. Unseen
passages are numbered unseenS001….

    PYTHONPATH=bench python bench/draw_theme_coding_s.py bundled /work/main/results/interim > /tmp/set_s_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_s.py unseen > /tmp/set_s_unseen.csv

Run from the repository root. Both print CSV rows without any code: the coding is done afterwards by
reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_r as setr

SEED = 20261201_150
UNSEEN_SEED = 20261201_151
QUOTAS = setr.QUOTAS
TAKEN = (*setr.TAKEN, "theme_coding_r.csv")
EARLIER = setr.EARLIER + "r"
# main when set S was drawn (session 15's start: round 29 merged).
MAIN = "cdec84e7fd05250026721a09f84bf1f0f2e7561e"
FIRST = ("segment_unseen29",)
LEFTOVERS = setr.LEFTOVERS
LEFTOVER_QUOTA = 54


def draw_bundled(interim: Path) -> list[dict]:
    return setr.draw_bundled(interim, SEED, QUOTAS, TAKEN)


def draw_unseen() -> list[dict]:
    return setr.draw_unseen("S", UNSEEN_SEED, MAIN, EARLIER, FIRST, LEFTOVERS, LEFTOVER_QUOTA)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
