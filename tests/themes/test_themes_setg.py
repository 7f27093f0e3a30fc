"""Agreement with set G, the fifth blind human coding (tests/data/theme_coding_g.csv;
tests/data/THEME_SCORES.md, "Set G (session 6)" and "Set G: first scores").

Set G was coded against docs/CODEBOOK.md by a coder who had not seen the rule, the lexicon or any
tool output: 104 random segments of the bundled corpus not in sets A, B, C or F, and 149 passages
of real French text from outside the corpus chosen by source near the corpus's subject (social and
medico-social law, the national digital-health agency's guides, a rural commune's public life, the
social contributions of liberal professions). Untuned until session 6's themesfix, then a tuning set
(themesfix2, like A–F; set H is the next blind measure). The floors are the scores measured with the
themesfix2 default (rounded down to two decimals); the targets (macro-F1 0.8, kappa 0.6 per theme) are not
met: they guard against regressions.
"""

from __future__ import annotations

from collections import Counter

import pytest
from theme_codings import (
    DEFAULT_THEMES,
    assert_floors,
    assert_halves_floors,
    assert_model_floors,
    coded_set,
    overlapping,
    sources,
)
from theme_codings import is_unseen as _unseen
from theme_codings import lexicon as _lexicon

# Scores of the lexicon rule on set G, default configuration, four default themes (kappa
# coordination, liberal, territoire, reunionite):
# (a) first, main at 4eb7b60 (the session-5 default): macro-F1 0.534 (bundled 0.578, unseen 0.401);
#     kappa 0.602, 0.559, 0.488, 0.222
# (b) the session-6 default (branch themesfix 86638f7, untuned on G): macro-F1 0.541 (bundled 0.578,
#     unseen 0.414); kappa 0.602, 0.559, 0.488, 0.255. Floors: (b) rounded down; (a)'s reunionite
#     kappa (0.222) and unseen macro-F1 (0.401) would fail them. These are G's untuned figures.
# (c) themesfix2 (tuned on A-G: territoire and libéral fields, réunionite's procedure context and
#     meeting-as-setting exclusions, no "conseil d'administration"): macro-F1 0.635 (bundled 0.606,
#     unseen 0.608); kappa 0.602, 0.679, 0.621, 0.409. Floors: (c) rounded down.
RULE_MACRO_F1 = 0.63
RULE_MACRO_F1_BUNDLED = 0.60
RULE_MACRO_F1_UNSEEN = 0.60
RULE_KAPPA = {"coordination": 0.60, "liberal": 0.67, "territoire": 0.62, "reunionite": 0.40}
# The autocode model trained on set A (as for sets C and F), with (b): macro-F1 0.576; kappa 0.593,
# 0.559, 0.646, 0.255 ((a): 0.569, reunionite 0.222); with (c): macro-F1 0.632; kappa 0.593, 0.679,
# 0.608, 0.409.
MODEL_MACRO_F1 = 0.63
MODEL_KAPPA = {"coordination": 0.59, "liberal": 0.67, "territoire": 0.60, "reunionite": 0.40}
EARLIER_SETS = ("theme_coding_heldout.csv", "theme_coding_test.csv", "theme_coding_c.csv", "theme_coding_f.csv")


@pytest.fixture(scope="module")
def lexicon():
    return _lexicon()


@pytest.fixture(scope="module")
def set_g():
    return coded_set("theme_coding_g.csv")


@pytest.fixture(scope="module")
def set_a():
    return coded_set("theme_coding_heldout.csv")


def test_set_g_is_large_independent_and_sourced(set_g, lexicon):
    passages = set_g[0]
    bundled = [p for p in passages if not _unseen(p)]
    unseen = [p for p in passages if _unseen(p)]
    assert len(passages) >= 220 and len(bundled) >= 100 and len(unseen) >= 120
    assert not overlapping(bundled, EARLIER_SETS)
    found = sources("theme_coding_g_sources.csv")
    assert {p["doc_id"] for p in unseen} == set(found)
    assert all(row["licence"] and len(row["commit"]) == 40 and row["location"] for row in found.values())
    assert max(Counter(row["repository"] for row in found.values()).values()) <= 40
    # No repository of the earlier unseen passages except the legal codes; no legal article again.
    earlier = {row["location"]: row["repository"]
               for name in ("theme_coding_c_sources.csv", "theme_coding_e_sources.csv", "theme_coding_f_sources.csv")
               for row in sources(name).values()}
    assert not {row["repository"] for row in found.values()} & (set(earlier.values()) - {"etalab/codes-juridiques-francais"})
    assert not {row["location"] for row in found.values()} & set(earlier)
    # Every theme has positives on both halves.
    for theme in DEFAULT_THEMES:
        assert sum(p["labels"][theme] for p in bundled) >= 6
        assert sum(p["labels"][theme] for p in unseen) >= 9


def test_lexicon_rule_on_set_g(set_g, lexicon):
    assert_floors(set_g[0], set_g[1][0], lexicon, RULE_MACRO_F1, RULE_KAPPA)


def test_lexicon_rule_on_the_halves_of_set_g(set_g, lexicon):
    assert_halves_floors(set_g[0], set_g[1][0], lexicon, RULE_MACRO_F1_BUNDLED, RULE_MACRO_F1_UNSEEN)


def test_autocode_trained_on_set_a_predicts_set_g(set_a, set_g):
    assert_model_floors(set_a, set_g, MODEL_MACRO_F1, MODEL_KAPPA)
