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

import csv
from collections import Counter

import pytest
from theme_codings import DATA, coded_set
from theme_codings import is_unseen as _unseen
from theme_codings import lexicon as _lexicon
from theme_codings import macro_f1 as _macro_f1
from theme_codings import rule_rows as _rule_rows
from theme_codings import span as _span

from corpus.themes import agreement, autocode, heldout

DEFAULT_THEMES = ("coordination", "liberal", "territoire", "reunionite")
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


def _default_rows(rows):
    return [r for r in rows if r["theme"] in DEFAULT_THEMES]


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
    taken = [q for name in EARLIER_SETS for q in heldout.read_passages(DATA / name, lexicon) if not _unseen(q)]
    assert not [(p["passage_id"], q["passage_id"]) for p in bundled for q in taken
                if p["doc_id"] == q["doc_id"] and _span(p)[0] < _span(q)[1] and _span(q)[0] < _span(p)[1]]
    with open(DATA / "theme_coding_g_sources.csv", encoding="utf-8", newline="") as fh:
        sources = {row["doc_id"]: row for row in csv.DictReader(fh)}
    assert {p["doc_id"] for p in unseen} == set(sources)
    assert all(row["licence"] and len(row["commit"]) == 40 and row["location"] for row in sources.values())
    assert max(Counter(row["repository"] for row in sources.values()).values()) <= 40
    # No repository of the earlier unseen passages except the legal codes; no legal article again.
    earlier = {}
    for name in ("theme_coding_c_sources.csv", "theme_coding_e_sources.csv", "theme_coding_f_sources.csv"):
        with open(DATA / name, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                earlier[row["location"]] = row["repository"]
    assert not {row["repository"] for row in sources.values()} & (set(earlier.values()) - {"etalab/codes-juridiques-francais"})
    assert not {row["location"] for row in sources.values()} & set(earlier)
    # Every theme has positives on both halves.
    for theme in DEFAULT_THEMES:
        assert sum(p["labels"][theme] for p in bundled) >= 6
        assert sum(p["labels"][theme] for p in unseen) >= 9


def test_lexicon_rule_on_set_g(set_g, lexicon):
    rows = _default_rows(_rule_rows(set_g[0], set_g[1][0], lexicon))
    assert _macro_f1(rows) >= RULE_MACRO_F1
    kappas = {r["theme"]: round(r["kappa"], 3) for r in rows}
    assert all(kappas[t] >= floor for t, floor in RULE_KAPPA.items()), kappas


def test_lexicon_rule_on_the_bundled_part_of_set_g(set_g, lexicon):
    passages = [p for p in set_g[0] if not _unseen(p)]
    rows = _default_rows(_rule_rows(passages, set_g[1][0], lexicon))
    assert _macro_f1(rows) >= RULE_MACRO_F1_BUNDLED


def test_lexicon_rule_on_the_unseen_part_of_set_g(set_g, lexicon):
    passages = [p for p in set_g[0] if _unseen(p)]
    rows = _default_rows(_rule_rows(passages, set_g[1][0], lexicon))
    assert _macro_f1(rows) >= RULE_MACRO_F1_UNSEEN


def test_autocode_trained_on_set_a_predicts_set_g(set_a, set_g, lexicon):
    (train, (_, docs, numeric)), (test, (_, test_docs, test_numeric)) = set_a, set_g
    rows = []
    for theme in DEFAULT_THEMES:
        out = autocode.fit_predict(docs, numeric, [p["labels"][theme] for p in train],
                                   test_docs, test_numeric, seed=42)
        rows.append(agreement.agreement_row(theme, "model", [p["labels"][theme] for p in test],
                                            [c for c, _ in out]))
    assert _macro_f1(rows) >= MODEL_MACRO_F1
    kappas = {r["theme"]: round(r["kappa"], 3) for r in rows}
    assert all(kappas[t] >= floor for t, floor in MODEL_KAPPA.items()), kappas
