"""Draw the passages of the blind theme coding set R (issue #15, session 14): both halves in one script.

Set Q's draw (bench/draw_theme_coding_q.py) with new seeds, set Q added to the exclusions and new folders;
the helpers are Q's (``earlier_sources``, ``earlier_ranges``, ``is_earlier``), set P's ``earlier_texts``,
set L's ``numbered_draw`` / ``first_of_each_text`` and set G's ``draw_excluding``.

Bundled half: set G's ``draw_excluding`` outside the passages of A–Q (only gautier2019 has eligible
segments left). Unseen half: every passage of round 28 (written for the project, no earlier set drew it),
then a seeded sample of ``LEFTOVER_QUOTA`` from the pooled leftovers of rounds 9–20 (written for the
project, on primary care: chosen by folder, never by words); a passage an earlier set holds (same text,
or file and paragraph range overlapping an earlier location) is dropped before sampling. Unseen passages
are numbered unseenR001….

    PYTHONPATH=bench python bench/draw_theme_coding_r.py bundled /work/main/results/interim > /tmp/set_r_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_r.py unseen > /tmp/set_r_unseen.csv

Run from the repository root. Both print CSV rows without any code: the coding is done afterwards by
reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_g as setg
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_l_unseen as lu
import draw_theme_coding_p as setp
import draw_theme_coding_q as setq

SEED = 20261201_140
UNSEEN_SEED = 20261201_141
QUOTAS = {"gautier2019": 104, **{doc: n for doc, n in setq.QUOTAS.items() if doc != "gautier2019"}}
TAKEN = (*setq.TAKEN, "theme_coding_q.csv")
EARLIER = setq.EARLIER + "q"
# main when set R was drawn (session 14's start: round 28 merged).
MAIN = "cef18bab3c8a31b26523d4142a422fa51015abb2"
FIRST = ("segment_unseen28",)
LEFTOVERS = tuple(f"segment_unseen{n}" for n in (9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20))
LEFTOVER_QUOTA = 58


def left(folder: str, texts: set[str], ranges, letter: str = "R", seed: int = UNSEEN_SEED,
         main: str = MAIN) -> list[dict]:
    rows = lu.numbered_draw(f"unseen{letter}", seed, ((folder, main, setq.EVERY, None),))
    return [r for r in rows if not setq.is_earlier(r, texts, ranges)]


def draw_bundled(interim: Path, seed: int = SEED, quotas: dict = QUOTAS, taken: tuple = TAKEN) -> list[dict]:
    return setg.draw_excluding(interim, seed, quotas, taken)


def draw_unseen(letter: str = "R", seed: int = UNSEEN_SEED, main: str = MAIN, earlier: str = EARLIER,
                first: tuple = FIRST, leftovers: tuple = LEFTOVERS, quota: int = LEFTOVER_QUOTA) -> list[dict]:
    """Every passage of ``first`` no earlier set holds, then a seeded sample of ``quota`` from the
    pooled leftovers of ``leftovers`` (set S calls it with its own letter, seeds and folders)."""
    texts, ranges = setp.earlier_texts(earlier), setq.earlier_ranges(setq.earlier_sources(earlier))
    rows = [r for folder in first for r in left(folder, texts, ranges, letter, seed, main)]
    pool = [r for folder in leftovers for r in left(folder, texts, ranges, letter, seed, main)]
    rng = random.Random(seed)
    rows.extend(pool[i] for i in sorted(rng.sample(range(len(pool)), min(quota, len(pool)))))
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseen{letter}{i:03d}", char_start=0, char_end=len(row["text"]))
    return lu.first_of_each_text(rows)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
