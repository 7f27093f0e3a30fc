"""Agreement with set K, the ninth blind human coding (tests/data/theme_coding_k.csv;
tests/data/THEME_SCORES.md, "Set K (session 8)", "Set K: first scores" and "Set K: scores with
the session-8 default").

Set K was coded against docs/CODEBOOK.md by a coder who had not seen the rule, the lexicon, the
coded examples or any tool output: 94 random segments of the bundled corpus not in sets A, B, C,
F, G, H, I or J, and 133 passages from outside the corpus (the paragraphs of segmentation test
documents of issue #14 that no earlier set used: rounds 19, 7, 6 and 5 written for the project on
primary care, and the real round 19, not about health care). Never used for tuning. The floors
are the scores measured on set K (rounded down to two decimals); the targets (macro-F1 0.8, kappa
0.6 per theme) are not met: they guard against regressions. Two coders are floored: the default
configuration (`coder: examples`, every theme) and the rule alone (`coder: lexicon`).
"""

from __future__ import annotations

import pytest
from theme_codings import (
    assert_floors,
    assert_halves_floors,
    assert_model_floors,
    assert_sourced_from_folders,
    coded_set,
    examples_decisions,
)
from theme_codings import lexicon as _lexicon

# Scores on set K, four default themes (kappa coordination, liberal, territoire, reunionite):
# (a) first, main at b28fca0 (session 7's final default `coder: examples`; untuned on K):
#     the rule alone (`coder: lexicon`) 0.570 (bundled 0.675, unseen 0.470); kappa 0.449, 0.385,
#     0.538, 0.552. The default, `coder: examples` recoding every theme: 0.596 (bundled 0.679,
#     unseen 0.508); kappa 0.596, 0.385, 0.528, 0.552 (THEME_SCORES.md, "Set K: first scores").
# (b) final, main at 3c3b543 (themesfix6 merged: examples A–J; untuned on K): the rule alone
#     unchanged, decision for decision, 0.570 (0.5699; bundled 0.675, unseen 0.470). The default
#     0.609 (bundled 0.687, unseen 0.525); kappa 0.609, 0.427, 0.528, 0.552; with session 7's
#     examples file instead, 0.596 as (a) (THEME_SCORES.md, "Set K: scores with the session-8
#     default"). Floors: (b) rounded down.
RULE_MACRO_F1 = 0.56
RULE_MACRO_F1_BUNDLED = 0.67
RULE_MACRO_F1_UNSEEN = 0.47
RULE_KAPPA = {"coordination": 0.44, "liberal": 0.38, "territoire": 0.53, "reunionite": 0.55}
DEFAULT_MACRO_F1 = 0.60
DEFAULT_MACRO_F1_BUNDLED = 0.68
DEFAULT_MACRO_F1_UNSEEN = 0.52
DEFAULT_KAPPA = {"coordination": 0.60, "liberal": 0.42, "territoire": 0.52, "reunionite": 0.55}
# The autocode model trained on set A (as for sets C, F–J): with (a) and (b) macro-F1 0.571, kappa
# 0.479, 0.385, 0.517, 0.552.
MODEL_MACRO_F1 = 0.57
MODEL_KAPPA = {"coordination": 0.47, "liberal": 0.38, "territoire": 0.51, "reunionite": 0.55}
EARLIER_SETS = (
    "theme_coding_heldout.csv",
    "theme_coding_test.csv",
    "theme_coding_c.csv",
    "theme_coding_f.csv",
    "theme_coding_g.csv",
    "theme_coding_h.csv",
    "theme_coding_i.csv",
    "theme_coding_j.csv",
)
EARLIER_SOURCES = (
    "theme_coding_c_sources.csv",
    "theme_coding_e_sources.csv",
    "theme_coding_f_sources.csv",
    "theme_coding_g_sources.csv",
    "theme_coding_h_sources.csv",
    "theme_coding_i_sources.csv",
    "theme_coding_j_sources.csv",
)
SOURCE_FOLDERS = ("segment_unseen19", "segment_real19", "segment_unseen7", "segment_unseen6", "segment_unseen5")


@pytest.fixture(scope="module")
def lexicon():
    return _lexicon()


@pytest.fixture(scope="module")
def set_k():
    return coded_set("theme_coding_k.csv")


@pytest.fixture(scope="module")
def by_example(set_k, lexicon):
    """The default coder's decisions on set K (``coder: examples``, every theme; set K is not
    among the shipped examples)."""
    return examples_decisions(set_k[0], lexicon)


@pytest.fixture(scope="module")
def set_a():
    return coded_set("theme_coding_heldout.csv")


def test_set_k_is_large_independent_and_sourced(set_k):
    # Every theme has positives on both halves (libéral only 6 bundled and 4 unseen: its scores
    # on set K rest on few passages).
    assert_sourced_from_folders(set_k[0], "theme_coding_k_sources.csv", EARLIER_SETS, EARLIER_SOURCES,
                                SOURCE_FOLDERS, 90, 130, (5, 4))


def test_lexicon_rule_on_set_k(set_k, lexicon):
    assert_floors(set_k[0], set_k[1][0], lexicon, RULE_MACRO_F1, RULE_KAPPA)


def test_lexicon_rule_on_the_halves_of_set_k(set_k, lexicon):
    assert_halves_floors(set_k[0], set_k[1][0], lexicon, RULE_MACRO_F1_BUNDLED, RULE_MACRO_F1_UNSEEN)


def test_autocode_trained_on_set_a_predicts_set_k(set_a, set_k):
    assert_model_floors(set_a, set_k, MODEL_MACRO_F1, MODEL_KAPPA)


def test_default_coder_on_set_k(set_k, by_example, lexicon):
    assert_floors(set_k[0], by_example, lexicon, DEFAULT_MACRO_F1, DEFAULT_KAPPA)


def test_default_coder_on_the_halves_of_set_k(set_k, by_example, lexicon):
    assert_halves_floors(set_k[0], by_example, lexicon, DEFAULT_MACRO_F1_BUNDLED, DEFAULT_MACRO_F1_UNSEEN)
