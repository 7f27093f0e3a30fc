"""Agreement with set C, the third blind human coding (tests/data/theme_coding_c.csv;
tests/data/THEME_SCORES.md, "Set C (session 4)").

Set C was coded against docs/CODEBOOK.md by a coder who had not seen the rule, the lexicon or any
tool output: 132 random segments of the bundled corpus not in sets A or B, and 111 passages of
real French text from outside the corpus (regional press, European Parliament, Wikipedia, drug
leaflets, legal codes). Not tuned on until session 6, when its disagreements were read to build
the levers of THEME_SCORES.md "Session 6 (themesfix)"; the floors are the latest scores (rounded
down; the earlier, untuned ones are in the comments), far below the targets (macro-F1 0.8, kappa 0.6 per theme): they guard against regressions
and are meant to be raised when the rule improves.
"""

from __future__ import annotations

import csv

import pytest
from theme_codings import DATA, coded_set
from theme_codings import is_unseen as _unseen
from theme_codings import lexicon as _lexicon
from theme_codings import rule_rows as _rule_rows
from theme_codings import span as _span

from corpus.themes import agreement, autocode, heldout

# First scores on set C (lexicon rule as it stood at 03fb84e): kappa 0.64/0.55/0.60/0.29 (rule),
# 0.65/0.58/0.54/0.29 (model). Raised to the second measure (session 4, themesfix: the domain
# gate of docs/CODEBOOK.md), rounded down: kappa per theme.
# Third and last measure (session 4 round 3: réunionite's weak_context): kappa 0.736, 0.773,
# 0.714, 0.330 (rule); 0.751, 0.800, 0.623, 0.330 (model).
# Session 6 (themesfix: set C read and tuned on from here; libéral weak_context, réunionite
# procedure and reporting entries, EPCI / RSA names): kappa 0.736, 0.800, 0.714, 0.510 (rule);
# 0.751, 0.828, 0.623, 0.510 (model). Session 6, themesfix2 (fields, réunionite procedure context,
# meeting-as-setting exclusions): kappa 0.736, 0.800, 0.714, 0.584 (rule); 0.751, 0.828, 0.613,
# 0.584 (model).
RULE_KAPPA = {"coordination": 0.73, "liberal": 0.80, "territoire": 0.71, "reunionite": 0.58}
MODEL_KAPPA = {"coordination": 0.75, "liberal": 0.82, "territoire": 0.61, "reunionite": 0.58}


def _macro_f1(rows):
    rows = [r for r in rows if r["theme"] in RULE_KAPPA]
    return sum(r["f1"] for r in rows) / len(rows)


def _kappas(rows):
    return {r["theme"]: round(r["kappa"], 3) for r in rows if r["theme"] in RULE_KAPPA}


@pytest.fixture(scope="module")
def lexicon():
    return _lexicon()


@pytest.fixture(scope="module")
def set_c():
    return coded_set("theme_coding_c.csv")


@pytest.fixture(scope="module")
def set_a():
    return coded_set("theme_coding_heldout.csv")


def test_set_c_is_large_independent_and_sourced(set_c, lexicon):
    passages = set_c[0]
    bundled = [p for p in passages if not _unseen(p)]
    unseen = [p for p in passages if _unseen(p)]
    assert len(passages) >= 220 and len(bundled) >= 120 and len(unseen) >= 100
    taken = [q for name in ("theme_coding_heldout.csv", "theme_coding_test.csv")
             for q in heldout.read_passages(DATA / name, lexicon) if not _unseen(q)]
    # No bundled passage of C overlaps one of A or B (one line repeated in gautier2019,
    # "Déployer au plus tard 24 mois…", is in B at one place and in C at another).
    assert not [(p["passage_id"], q["passage_id"]) for p in bundled for q in taken
                if p["doc_id"] == q["doc_id"] and _span(p)[0] < _span(q)[1] and _span(q)[0] < _span(p)[1]]
    with open(DATA / "theme_coding_c_sources.csv", encoding="utf-8", newline="") as fh:
        sources = {row["doc_id"]: row for row in csv.DictReader(fh)}
    assert {p["doc_id"] for p in unseen} == set(sources)
    assert all(row["licence"] and len(row["commit"]) == 40 for row in sources.values())


def test_lexicon_rule_on_set_c(set_c, lexicon):
    rows = _rule_rows(set_c[0], set_c[1][0], lexicon)
    # first: macro-F1 0.589; kappa coordination 0.644, liberal 0.556, territoire 0.608, reunionite 0.291
    # second (domain gate): macro-F1 0.677; kappa 0.736, 0.773, 0.714, 0.291
    # third (réunionite weak_context): macro-F1 0.680; kappa 0.736, 0.773, 0.714, 0.330
    # session 5 (accent rule of lexicon.accent_clash, decided on A, D, E, dev): macro-F1 0.682;
    # kappa 0.736, 0.773, 0.714, 0.341
    # session 6 (themesfix, tuned on C and F from here): macro-F1 0.728 (untuned: 0.682 above)
    # session 6 (themesfix2): macro-F1 0.745
    assert _macro_f1(rows) >= 0.74
    kappas = _kappas(rows)
    assert all(kappas[t] >= floor for t, floor in RULE_KAPPA.items()), kappas


def test_lexicon_rule_on_the_bundled_part_of_set_c(set_c, lexicon):
    passages = [p for p in set_c[0] if not _unseen(p)]
    # first: macro-F1 0.736 on the 132 bundled segments (0.153 on the 111 unseen passages)
    # third (réunionite weak_context): 0.717 (réunionite recall 5 -> 4 of 10 positives)
    # session 5 (accent rule): 0.725; session 6 (themesfix): 0.725
    assert _macro_f1(_rule_rows(passages, set_c[1][0], lexicon)) >= 0.72


def test_autocode_trained_on_set_a_predicts_set_c(set_a, set_c, lexicon):
    (train, (_, docs, numeric)), (test, (_, test_docs, test_numeric)) = set_a, set_c
    rows = []
    for theme in lexicon:
        out = autocode.fit_predict(docs, numeric, [p["labels"][theme] for p in train],
                                   test_docs, test_numeric, seed=42)
        rows.append(agreement.agreement_row(theme, "model", [p["labels"][theme] for p in test],
                                            [c for c, _ in out]))
    # first: macro-F1 0.587; kappa 0.659, 0.587, 0.548, 0.291
    # second (domain gate): macro-F1 0.672; kappa 0.751, 0.800, 0.644, 0.291
    # third (réunionite weak_context): macro-F1 0.670; kappa 0.751, 0.800, 0.623, 0.330
    # session 5 (accent rule): macro-F1 0.672; kappa 0.751, 0.800, 0.623, 0.341
    # session 6 (themesfix): macro-F1 0.719; kappa 0.751, 0.828, 0.623, 0.510
    # session 6 (themesfix2): macro-F1 0.733; kappa 0.751, 0.828, 0.613, 0.584
    assert _macro_f1(rows) >= 0.73
    kappas = _kappas(rows)
    assert all(kappas[t] >= floor for t, floor in MODEL_KAPPA.items()), kappas
