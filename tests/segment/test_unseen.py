"""The unseen set (tests/data/segment_unseen/): documents written after the rules were changed
and never tuned on. Floors at the scores measured the first time (SCORES.md), so that a later
change that loses ground shows; raising them means the set has been tuned on: add new ones."""

from __future__ import annotations

import pytest

from heldout import HELDOUT_DIR, score_dir

UNSEEN_DIR = HELDOUT_DIR.parent / "segment_unseen"
# document -> (F1, speaker, role, region) floors: the first, untuned scores
THRESHOLDS = {
    "groupes_focaux": (0.5, 0.0, 1.0, 1.0),
    "presse_regionale": (0.0, 0.0, 0.0, 0.0),
}


@pytest.fixture(scope="module")
def results():
    return score_dir(UNSEEN_DIR)


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_unseen_scores_do_not_fall(results, name):
    r = results[name]
    floors = dict(zip(("f1", "speaker", "role", "region"), THRESHOLDS[name]))
    low = {k: round(r[k], 3) for k, v in floors.items() if r[k] < v}
    assert not low, f"{name}: {low} below {floors}; misses: {r['misses']}"
    assert r["fp"] == 0, r["misses"]
