"""Draw the passages of the blind theme coding set W (issue #15, session 19): both halves in one script.

Set V's draw (bench/draw_theme_coding_v.py: U's ``earlier_keys``, V's letters-and-digits ``eligible`` and
``drop_repeats``) with new seeds and set V added to the exclusions.

Bundled half: G's ``draw_excluding`` outside the passages of A–V (only gautier2019 has eligible segments
left), not holding the words of an earlier passage (V's checks, V's passages among the keys and texts).
Unseen half: first every paragraph passage of round 36 (written for the project, no earlier set drew it),
then a seeded sample of the leftovers of rounds 31–35 that U and V did not take (chosen by folder, never by
words) up to ``TOTAL`` passages. A passage an earlier set holds (same text, file and paragraph range
overlapping an earlier location, or — new in W for this half — V's letters-and-digits check against the
folded texts of every passage of A–V) is dropped before sampling. Unseen passages are numbered unseenW001….

    PYTHONPATH=bench python bench/draw_theme_coding_w.py bundled INTERIM > /tmp/set_w_draw.csv
    PYTHONPATH=bench python bench/draw_theme_coding_w.py unseen > /tmp/set_w_unseen.csv

INTERIM holds ``<doc>/text.txt``, ``structure.csv`` and ``segments.jsonl`` of main's extraction and
segmentation of the bundled documents (session 19: /tmp/bundled-base, main 249c5b34's segmentation).
Run from the repository root. Both print CSV rows without any code: the coding is done afterwards by
reading, against docs/CODEBOOK.md only.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import draw_theme_coding_c as setc
import draw_theme_coding_h_unseen as hu
import draw_theme_coding_l_unseen as lu
import draw_theme_coding_p as setp
import draw_theme_coding_q as setq
import draw_theme_coding_r as setr
import draw_theme_coding_u as setu
import draw_theme_coding_v as setv

SEED = 20261203_190
UNSEEN_SEED = 20261203_191
QUOTAS = {**setv.QUOTAS, "gautier2019": 100}
TAKEN = (*setv.TAKEN, "theme_coding_v.csv")
EARLIER = setv.EARLIER + "v"
# main when set W was drawn (session 19's start: round 36 merged).
MAIN = "249c5b34080bf1c714f6099df960ca1d30802dc5"
FIRST = ("segment_unseen36",)
LEFTOVERS = tuple(f"segment_unseen{n}" for n in (31, 32, 33, 34, 35))
# Round 36 first, then leftovers of rounds 31–35 up to this many unseen passages (106: the shared-run check
# drops one after the draw, the medical oath of a negatif document an earlier set holds, 105 left).
TOTAL = 106


# New in W: two passages sharing a run of this many folded characters anywhere hold the same words. V's check
# compares the first 40 folded characters only; W's first draw took an interview answer twice with different
# openings (a turn of the annex, « On l'a eu avec [MSP]... sans la CPTS », and the same words as a verbatim of
# the body, « On l'a vu avec [cite une maison médicale], sans la CPTS »).
RUN = 60


def runs(text: str, n: int = RUN) -> set[str]:
    flat = setv.fold(text)
    return {flat[i:i + n] for i in range(0, max(1, len(flat) - n + 1))}


def drop_shared_runs(rows: list[dict], earlier: list[str]) -> list[dict]:
    """After the seeded draw (so the sample stays the one coded): drop a passage sharing a run of ``RUN``
    folded characters with an earlier passage (``earlier``: texts) or with a passage drawn before it here."""
    seen: set[str] = set()
    for text in earlier:
        seen |= runs(text)
    kept = []
    for row in rows:
        mine = runs(row["text"])
        if len(setv.fold(row["text"])) >= RUN and mine & seen:
            continue
        seen |= mine
        kept.append(row)
    return kept


def draw_bundled(interim: Path) -> list[dict]:
    """V's bundled draw with W's seed and A–V as the earlier sets (V's functions read ``setv.TAKEN``), then
    the shared-run check against every bundled passage of A–V and theme_sample.csv."""
    taken = setv.TAKEN
    setv.TAKEN = TAKEN
    setc.sample_keys, setc.eligible = setv.earlier_keys, setv.eligible
    try:
        rows = setv.drop_repeats(setr.draw_bundled(interim, SEED, QUOTAS, TAKEN))
        earlier = [row["text"] for name in (*TAKEN, "theme_sample.csv")
                   for row in setc.read_commented_csv(setc.DATA / name) if row.get("text")]
        return drop_shared_runs(rows, earlier)
    finally:
        setv.TAKEN = taken
        setc.sample_keys, setc.eligible = setu.SAMPLE_KEYS, setv._ELIGIBLE


def earlier_folded() -> list[str]:
    """Every passage of A–V (bundled and unseen) and of theme_sample.csv, folded to letters and digits."""
    return sorted({setv.fold(t) for t in earlier_texts()})


def left(folder: str, texts: set[str], ranges, folded: list[str]) -> list[dict]:
    """R's ``left`` (every passage of the folder no earlier set holds) plus V's folded-text check."""
    rows = setr.left(folder, texts, ranges, "W", UNSEEN_SEED, MAIN)
    return [r for r in rows if not setv.repeats(r["text"], folded)]


def draw_unseen() -> list[dict]:
    """Every passage of ``FIRST``, then a seeded sample of the pooled leftovers of ``LEFTOVERS`` up to
    ``TOTAL`` passages (R's ``draw_unseen`` with the quota computed from round 36's count)."""
    texts, ranges = setp.earlier_texts(EARLIER), setq.earlier_ranges(setq.earlier_sources(EARLIER))
    folded = earlier_folded()
    rows = [r for folder in FIRST for r in left(folder, texts, ranges, folded)]
    pool = [r for folder in LEFTOVERS for r in left(folder, texts, ranges, folded)]
    quota = max(0, TOTAL - len(rows))
    rng = random.Random(UNSEEN_SEED)
    rows.extend(pool[i] for i in sorted(rng.sample(range(len(pool)), min(quota, len(pool)))))
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenW{i:03d}", char_start=0, char_end=len(row["text"]))
    # After the seeded draw (numbers stay those of the draw): the shared-run check against every earlier text.
    return drop_shared_runs(lu.first_of_each_text(rows), sorted(earlier_texts()))


def earlier_texts() -> set[str]:
    """The texts of every passage of A–V and of theme_sample.csv."""
    texts = setp.earlier_texts(EARLIER)
    for name in ("theme_coding_heldout.csv", "theme_coding_test.csv", "theme_sample.csv"):
        texts.update(row["text"] for row in setc.read_commented_csv(setc.DATA / name) if row.get("text"))
    return texts


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "unseen":
        hu.draw = draw_unseen
        hu.main()
    else:
        setc.main(sys.argv[1:], draw_bundled)
