"""The look-alike negatives of seggen7 (tests/data/segment_negatives_s9/): documents about health or
social care whose short "X :" lines are fields of a form or a card, steps of a procedure, items of a
script or time slots — not people speaking. Each gives no verbatim or turn. First scores
(bench/NEGATIVES.md, code 179f444): 5 of 17 documents with false items, 12 in all (an ARS press
kit's Q&A 3, a simulated patient's role sheet 3, an SBAR card 3, a plan-blanc exercise's injects 2,
a training day's workshop title 1); 0 since field_labels.py."""

from __future__ import annotations

import pytest
from heldout import HERE, score_dir

NEGATIVES_DIR = HERE / "data" / "segment_negatives_s9"
NAMES = sorted(p.stem for p in NEGATIVES_DIR.glob("*.yaml"))


@pytest.fixture(scope="module")
def results():
    # each document typeset, extracted and segmented like tests/heldout.py (a slow test)
    return score_dir(NEGATIVES_DIR)


def test_the_set_is_the_written_one():
    assert len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_look_alike_negatives_give_no_items(results, name):
    r = results[name]
    assert (r["n"], r["tp"], r["fp"]) == (0, 0, 0), r["misses"]
