"""Agreement with the held-out human codings (docs/CODEBOOK.md; tests/data/THEME_SCORES.md).

theme_coding_heldout.csv (229 passages) was coded before any tuning, then used to tune the
lexicon and the rule: its scores are in-sample. theme_coding_test.csv (120 passages) was coded
before the tuning too and never used for it: the honest measure. theme_coding_d.csv (160 real
general-domain sentences) is a tuning set for false positives outside the corpus's field.
Thresholds are the levels reached (rounded down), not the targets (macro-F1 0.8, kappa 0.6),
which are not all met. Set C (the blind coding by another coder): test_themes_sets.py.
"""

from __future__ import annotations

import pytest
from theme_codings import coded_set, model_rows
from theme_codings import lexicon as _lexicon
from theme_codings import macro_f1 as _macro_f1
from theme_codings import rule_rows as _rule_rows

from corpus.themes import agreement, autocode, coding, heldout


@pytest.fixture(scope="module")
def lexicon():
    return _lexicon()


@pytest.fixture(scope="module")
def tuned():
    return coded_set("theme_coding_heldout.csv")


@pytest.fixture(scope="module")
def test_set():
    return coded_set("theme_coding_test.csv")


def test_the_samples_are_large_enough(tuned, test_set):
    assert len(tuned[0]) >= 200 and len(test_set[0]) >= 100
    assert not {p["text"] for p in tuned[0]} & {p["text"] for p in test_set[0]}


def test_lexicon_rule_on_the_untouched_test_coding(test_set, lexicon):
    rows = _rule_rows(test_set[0], test_set[1][0], lexicon)
    # session 3: macro-F1 0.728; kappa coordination 0.67, liberal 0.70, territoire 0.62, reunionite 0.68
    # session 4 (domain gate): macro-F1 0.690; kappa 0.652, 0.564, 0.609, 0.677 (liberal below 0.6)
    # session 4 round 3 (réunionite weak_context, B's third and last evaluation): macro-F1 0.684;
    # kappa 0.652, 0.564, 0.609, 0.655
    assert _macro_f1(rows) >= 0.68
    assert all(r["kappa"] >= 0.56 for r in rows), rows


def test_lexicon_rule_on_the_tuning_coding(tuned, lexicon):
    rows = _rule_rows(tuned[0], tuned[1][0], lexicon)
    # reached (in-sample): macro-F1 0.776; kappa 0.656, 0.795, 0.663, 0.737
    # round 3 (réunionite weak_context): macro-F1 0.787; kappa 0.656, 0.795, 0.663, 0.788
    assert _macro_f1(rows) >= 0.78
    assert all(r["kappa"] >= 0.65 for r in rows), rows


def test_autocode_cross_validated_on_the_tuning_coding(tuned, lexicon):
    passages, (_, docs, numeric) = tuned
    rows = []
    for theme in lexicon:
        labels = [p["labels"][theme] for p in passages]
        rows.append(agreement.agreement_row(theme, "model", labels,
                                            autocode.cross_validated(docs, numeric, labels, 42)))
    # reached: macro-F1 0.797; kappa 0.678, 0.814, 0.730, 0.737
    # round 3 (réunionite weak_context): macro-F1 0.803; kappa 0.667, 0.814, 0.720, 0.788
    # session 6 (themesfix: libéral weak_context, réunionite procedure and reporting entries, EPCI/RSA names):
    # macro-F1 0.799 (the rule on A: 0.787 -> 0.788); a side effect on the model's features
    # session 7 (themesfix5: study_context): macro-F1 0.803; kappa 0.685, 0.834, 0.659, 0.808
    # (territoire 0.659: the rule's numbers, features of the model, moved on A's method passages)
    assert _macro_f1(rows) >= 0.79
    assert all(r["kappa"] >= 0.65 for r in rows), rows


def test_autocode_trained_on_one_coding_predicts_the_other(tuned, test_set, lexicon):
    rows = model_rows(tuned, test_set, lexicon)
    # session 3: macro-F1 0.739; session 4 (domain gate): 0.705; kappa 0.652, 0.600, 0.646, 0.677
    # round 3 (réunionite weak_context; the rule's numbers are features): 0.681; kappa 0.652,
    # 0.520, 0.646, 0.655 (liberal: one more miss of 10 positives)
    assert _macro_f1(rows) >= 0.68
    assert all(r["kappa"] >= 0.52 for r in rows), rows


@pytest.fixture(scope="module")
def general():
    return coded_set("theme_coding_d.csv")


def test_general_text_is_not_coded_with_the_themes_of_the_field(general, tuned, lexicon):
    """Set D (real general-domain sentences): before the domain gate the rule coded 38
    coordination, 15 liberal and 62 territoire decisions on its 160 sentences (3 positives);
    réunionite has no domain list and still fires (19 coded, 2 positives; 6 with its
    weak_context list, round 3). Session 6 (themesfix2): territoire's field holds the words of
    local public life, so "les habitants du pays" and "les habitants après le cyclone" (a
    passage is its own document here, one field word opens it) are two more: 3 -> 5."""
    passages, (decisions, _, _) = general
    coded = {t: sum(decisions[p["passage_id"]][t] for p in passages) for t in lexicon}
    assert coded["coordination"] + coded["liberal"] + coded["territoire"] <= 5, coded
    both = passages + tuned[0]
    rows = _rule_rows(both, {**decisions, **tuned[1][0]}, lexicon)
    # reached (in-sample, A and D pooled): macro-F1 0.737 (0.602 without the gate); 0.765 with
    # réunionite's weak_context (round 3)
    assert _macro_f1(rows) >= 0.76


@pytest.fixture(scope="module")
def meetings():
    return coded_set("theme_coding_e.csv")


def test_reunionite_on_real_text_about_meetings_and_procedures(meetings, lexicon):
    """Set E (tuning set, round 3): 151 real passages where meetings and bureaucracy or their
    confusable senses come up (a drug's "administration", a judicial "dossier", a results
    "tableau", the European "Commission"); 21 réunionite positives. Before `weak_context:` the
    rule coded 45 (P 0.36, R 0.76, F1 0.48, kappa 0.36); with it 23 (P 0.48, R 0.52, F1 0.50,
    kappa 0.41)."""
    passages, (decisions, _, _) = meetings
    assert len(passages) >= 150
    row = _rule_rows(passages, decisions, lexicon)[list(lexicon).index("reunionite")]
    assert row["f1"] >= 0.49 and row["kappa"] >= 0.41 and row["precision"] >= 0.47, row
    plain = {t: {k: v for k, v in spec.items() if k != "weak_context"} for t, spec in lexicon.items()}
    without = heldout.features(passages, plain, dict(coding.DEFAULT_PARAMS))[0]
    before = _rule_rows(passages, without, plain)[list(lexicon).index("reunionite")]
    assert before["fp"] >= row["fp"] + 10, (before, row)


def test_a_sample_labelled_by_theme_columns_reads_as_passages(tmp_path):
    """theme_sample.csv's layout (a 0/1 column per theme) read like a coding file's passages; a
    theme without its column is an error, not a silent 0."""
    path = tmp_path / "sample.csv"
    path.write_text("# a comment line\ndoc_id,text,coordination,liberal\n"
                    "d1,On se téléphone entre infirmières.,1,0\nd2,Les honoraires baissent.,0,1\n",
                    encoding="utf-8")
    rows = heldout.read_labelled_passages(path, {"coordination": {}, "liberal": {}})
    assert [(r["passage_id"], r["doc_id"], r["labels"]) for r in rows] == [
        ("dev0", "d1", {"coordination": 1, "liberal": 0}), ("dev1", "d2", {"coordination": 0, "liberal": 1})]
    with pytest.raises(KeyError):
        heldout.read_labelled_passages(path, {"coordination": {}, "territoire": {}})
