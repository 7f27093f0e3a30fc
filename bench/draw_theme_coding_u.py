"""Draw the passages of the blind theme coding set U (issue #15, session 17): both halves in one script.

Set R's draw (its `draw_bundled` and `draw_unseen`, the latter built on Q's ``earlier_sources`` /
``earlier_ranges`` / ``is_earlier``, P's ``earlier_texts``, L's ``numbered_draw`` / ``first_of_each_text``
and G's ``draw_excluding``) with new seeds, set T added to the exclusions, rounds 31, 32 and 33 first.

Bundled half: G's ``draw_excluding`` outside the passages of A–T (only gautier2019 has eligible segments
left), and (new) not holding the words of an earlier passage drawn at another place (``earlier_keys``). Unseen half: rounds 31, 32 and 33 (written for the
project, no earlier set drew them) give 158 passages, more than the 100–110 wanted, so a seeded sample of
``QUOTA`` from their pool (set R's leftover sampling on these three folders; chosen by folder, never by
words) and no leftovers of rounds 9–20; a passage an earlier set holds (same text, or file and paragraph
range overlapping an earlier location) is dropped before sampling. Unseen passages are numbered unseenU001….

    PYTHONPATH=bench python bench/draw_theme_coding_u.py bundled INTERIM > /tmp/set_u_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_u.py unseen > /tmp/set_u_unseen.csv

INTERIM holds ``<doc>/text.txt``, ``structure.csv`` and ``segments.jsonl`` of main's extraction and
segmentation of the bundled documents. Run from the repository root. Both print CSV rows without any code:
the coding is done afterwards by reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_r as setr
import draw_theme_coding_t as sett

SEED = 20261201_170
UNSEEN_SEED = 20261201_171
QUOTAS = {**sett.QUOTAS, "gautier2019": 100}
TAKEN = (*sett.TAKEN, "theme_coding_t.csv")
EARLIER = sett.EARLIER + "t"
# main when set U was drawn (session 17's start: rounds 31–33 merged).
MAIN = "934754a80c4595a53762d45bbab682188e553e54"
FIRST = ("segment_unseen31", "segment_unseen32", "segment_unseen33")
# The three rounds give 158 passages, more than the 100–110 wanted: a seeded sample of ``QUOTA`` from
# their pool (by folder, never by words); what is left of them stays for a later set. No leftovers
# of rounds 9–20 are needed.
QUOTA = 106


SAMPLE_KEYS = setc.sample_keys


def earlier_keys() -> dict[str, list[str]]:
    """theme_sample.csv's quote keys plus the whole text of every bundled passage of the earlier codings.

    gautier2019 quotes its interviews in the body and again in its annex transcripts: a segment at one
    place may hold the words of a passage an earlier set drew at the other (9 of a first draw of 100, some
    of them in the shipped examples). C's ``eligible`` drops a segment when a key is in it or when its
    first 60 characters are in a key: with whole texts as keys, such repeats are not drawn again."""
    keys = SAMPLE_KEYS()
    for name in TAKEN:
        for row in setc.read_commented_csv(setc.DATA / name):
            keys.setdefault(row["doc_id"], []).append(setc.squash(row["text"]))
    return keys


def draw_bundled(interim: Path) -> list[dict]:
    setc.sample_keys = earlier_keys
    try:
        return setr.draw_bundled(interim, SEED, QUOTAS, TAKEN)
    finally:
        setc.sample_keys = SAMPLE_KEYS


def draw_unseen() -> list[dict]:
    return setr.draw_unseen("U", UNSEEN_SEED, MAIN, EARLIER, (), FIRST, QUOTA)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
