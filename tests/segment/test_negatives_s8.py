"""The look-alike negatives of seggen6 (tests/data/segment_negatives_s8/): genres about health or
social care that carry dialogue-like material and no interview speech. Each gives no verbatim or
turn. First scores (bench/NEGATIVES.md, code 3c3b543): 4 of 25 documents with false items, 11 in
all (a play read in a ward, a voice server's script, a theatre-forum sketch, an institution's
guideline cited with its year); 0 since written_dialogues.py and cited_documents.py."""

from __future__ import annotations

import pytest
from heldout import HERE, score_dir

NEGATIVES_DIR = HERE / "data" / "segment_negatives_s8"
NAMES = sorted(p.stem for p in NEGATIVES_DIR.glob("*.yaml"))


@pytest.fixture(scope="module")
def results():
    # each document typeset, extracted and segmented like tests/heldout.py (a slow test)
    return score_dir(NEGATIVES_DIR)


def test_the_set_is_the_written_one():
    assert len(NAMES) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_look_alike_negatives_give_no_items(results, name):
    r = results[name]
    assert (r["n"], r["tp"], r["fp"]) == (0, 0, 0), r["misses"]
