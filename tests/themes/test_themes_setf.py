"""Agreement with set F, the fourth blind human coding (tests/data/theme_coding_f.csv;
tests/data/THEME_SCORES.md, "Set F (session 5)" and "Set F: first scores").

Set F was coded against docs/CODEBOOK.md by a coder who had not seen the rule, the lexicon or any
tool output: 113 random segments of the bundled corpus not in sets A, B or C, and 136 passages of
real French text from outside the corpus chosen by source near the corpus's subject (health and
social law, local cooperation, liberal-profession codes, craft-worker interviews, regional press).
Not tuned on in session 5; a tuning set since session 6 (its untuned first scores are kept in
the comments below, the floors are the session-6 scores rounded down); the targets (macro-F1 0.8, kappa 0.6 per theme) are not met: they guard against regressions.
"""

from __future__ import annotations

import csv

import pytest
from theme_codings import DATA, coded_set
from theme_codings import is_unseen as _unseen
from theme_codings import lexicon as _lexicon
from theme_codings import macro_f1 as _macro_f1
from theme_codings import rule_rows as _rule_rows
from theme_codings import span as _span

from corpus.themes import agreement, autocode, heldout

DEFAULT_THEMES = ("coordination", "liberal", "territoire", "reunionite")
# First scores of the lexicon rule on set F, default configuration (kappa coordination, liberal,
# territoire, reunionite):
# (a) main at 4f033f6: macro-F1 0.543 (bundled 0.657, unseen 0.258); kappa 0.659, 0.329, 0.614, 0.389
# (b) + themesmodel's accent rule (the session-5 default): macro-F1 0.549 (bundled 0.657,
#     unseen 0.262); kappa 0.659, 0.343, 0.614, 0.402
# Set F is a TUNING set since session 6 (themesfix read its disagreements; THEME_SCORES.md,
# "Session 6 (themesfix)"); floors raised to (c), the figures above stay the untuned ones:
# (c) session 6 (libéral weak_context, réunionite procedure and reporting entries, EPCI / RSA
#     names): macro-F1 0.608 (bundled 0.657, unseen 0.338); kappa 0.683, 0.456, 0.614, 0.516
# (d) session 6, themesfix2 (territoire and libéral fields, réunionite procedure context and
#     meeting-as-setting exclusions): macro-F1 0.658 (bundled 0.672, unseen 0.549);
#     kappa 0.683, 0.527, 0.656, 0.618. Floors: (d) rounded down.
RULE_MACRO_F1 = 0.65
RULE_MACRO_F1_BUNDLED = 0.67
RULE_MACRO_F1_UNSEEN = 0.54
RULE_KAPPA = {"coordination": 0.68, "liberal": 0.52, "territoire": 0.65, "reunionite": 0.61}
# The autocode model trained on set A (as for set C), with (b): macro-F1 0.552;
# kappa 0.659, 0.343, 0.619, 0.402; with (c): macro-F1 0.612; kappa 0.683, 0.456, 0.630, 0.516;
# with (d): macro-F1 0.658; kappa 0.683, 0.527, 0.656, 0.618.
MODEL_MACRO_F1 = 0.65
MODEL_KAPPA = {"coordination": 0.68, "liberal": 0.52, "territoire": 0.65, "reunionite": 0.61}


def _default_rows(rows):
    return [r for r in rows if r["theme"] in DEFAULT_THEMES]


@pytest.fixture(scope="module")
def lexicon():
    return _lexicon()


@pytest.fixture(scope="module")
def set_f():
    return coded_set("theme_coding_f.csv")


@pytest.fixture(scope="module")
def set_a():
    return coded_set("theme_coding_heldout.csv")


def test_set_f_is_large_independent_and_sourced(set_f, lexicon):
    passages = set_f[0]
    bundled = [p for p in passages if not _unseen(p)]
    unseen = [p for p in passages if _unseen(p)]
    assert len(passages) >= 220 and len(bundled) >= 110 and len(unseen) >= 110
    taken = [q for name in ("theme_coding_heldout.csv", "theme_coding_test.csv", "theme_coding_c.csv")
             for q in heldout.read_passages(DATA / name, lexicon) if not _unseen(q)]
    assert not [(p["passage_id"], q["passage_id"]) for p in bundled for q in taken
                if p["doc_id"] == q["doc_id"] and _span(p)[0] < _span(q)[1] and _span(q)[0] < _span(p)[1]]
    with open(DATA / "theme_coding_f_sources.csv", encoding="utf-8", newline="") as fh:
        sources = {row["doc_id"]: row for row in csv.DictReader(fh)}
    assert {p["doc_id"] for p in unseen} == set(sources)
    assert all(row["licence"] and len(row["commit"]) == 40 and row["location"] for row in sources.values())
    # Every theme has positives on both halves except liberal, which has one unseen positive.
    for theme in DEFAULT_THEMES:
        assert sum(p["labels"][theme] for p in bundled) >= 6
        assert sum(p["labels"][theme] for p in unseen) >= 1


def test_lexicon_rule_on_set_f(set_f, lexicon):
    rows = _default_rows(_rule_rows(set_f[0], set_f[1][0], lexicon))
    assert _macro_f1(rows) >= RULE_MACRO_F1
    kappas = {r["theme"]: round(r["kappa"], 3) for r in rows}
    assert all(kappas[t] >= floor for t, floor in RULE_KAPPA.items()), kappas


def test_lexicon_rule_on_the_bundled_part_of_set_f(set_f, lexicon):
    passages = [p for p in set_f[0] if not _unseen(p)]
    rows = _default_rows(_rule_rows(passages, set_f[1][0], lexicon))
    assert _macro_f1(rows) >= RULE_MACRO_F1_BUNDLED


def test_lexicon_rule_on_the_unseen_part_of_set_f(set_f, lexicon):
    passages = [p for p in set_f[0] if _unseen(p)]
    rows = _default_rows(_rule_rows(passages, set_f[1][0], lexicon))
    assert _macro_f1(rows) >= RULE_MACRO_F1_UNSEEN


def test_autocode_trained_on_set_a_predicts_set_f(set_a, set_f, lexicon):
    (train, (_, docs, numeric)), (test, (_, test_docs, test_numeric)) = set_a, set_f
    rows = []
    for theme in DEFAULT_THEMES:
        out = autocode.fit_predict(docs, numeric, [p["labels"][theme] for p in train],
                                   test_docs, test_numeric, seed=42)
        rows.append(agreement.agreement_row(theme, "model", [p["labels"][theme] for p in test],
                                            [c for c, _ in out]))
    assert _macro_f1(rows) >= MODEL_MACRO_F1
    kappas = {r["theme"]: round(r["kappa"], 3) for r in rows}
    assert all(kappas[t] >= floor for t, floor in MODEL_KAPPA.items()), kappas
