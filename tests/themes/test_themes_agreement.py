"""Agreement statistics against values computed by hand, and human codings read from CSV."""

from __future__ import annotations

import pytest

from corpus.errors import CorpusError
from corpus.themes import agreement

THEMES = {"coordination": {"label": "Coordination"}, "reunionite": {"label": "Réunionite"}}


def test_agreement_row_matches_hand_computed_values():
    # tp: 0, 1, 8; fn: 2; fp: 5; tn: 3, 4, 6, 7, 9
    human = [1, 1, 1, 0, 0, 0, 0, 0, 1, 0]
    tool = [1, 1, 0, 0, 0, 1, 0, 0, 1, 0]
    row = agreement.agreement_row("coordination", "lexicon", human, tool)
    assert (row["tp"], row["fp"], row["fn"], row["tn"]) == (3, 1, 1, 5)
    assert row["n"] == 10
    assert row["prevalence_human"] == pytest.approx(0.4)
    assert row["prevalence_tool"] == pytest.approx(0.4)
    assert row["precision"] == pytest.approx(0.75)
    assert row["recall"] == pytest.approx(0.75)
    assert row["f1"] == pytest.approx(0.75)
    # po = 0.8; pe = 0.4 * 0.4 + 0.6 * 0.6 = 0.52; kappa = 0.28 / 0.48
    assert row["kappa"] == pytest.approx(0.28 / 0.48)
    # pi = 0.4; pe = 2 * 0.4 * 0.6 = 0.48; AC1 = (0.8 - 0.48) / 0.52
    assert row["ac1"] == pytest.approx(0.32 / 0.52)


def test_ac1_stays_high_where_kappa_collapses_on_a_frequent_code():
    # Gwet's "kappa paradox": 90 % agreement on a code present in 90 % of the passages
    human = [1] * 18 + [0] * 2
    tool = [1] * 17 + [0] + [1] + [0]
    row = agreement.agreement_row("coordination", "lexicon", human, tool)
    assert (row["tp"], row["fn"], row["fp"], row["tn"]) == (17, 1, 1, 1)
    # pe(kappa) = 0.9 * 0.9 + 0.1 * 0.1 = 0.82 -> (0.9 - 0.82) / 0.18
    assert row["kappa"] == pytest.approx(0.08 / 0.18)
    # pe(AC1) = 2 * 0.9 * 0.1 = 0.18 -> (0.9 - 0.18) / 0.82
    assert row["ac1"] == pytest.approx(0.72 / 0.82)
    assert agreement.gwet_ac1([1, 0, 1], [1, 0, 1]) == pytest.approx(1.0)


def test_undefined_statistics_are_numbers_not_nan():
    row = agreement.agreement_row("reunionite", "model", [0, 0, 0], [0, 0, 0])
    assert row["kappa"] == 1.0 and row["precision"] == 0.0 and row["f1"] == 0.0
    row = agreement.agreement_row("reunionite", "model", [1, 0, 0], [0, 0, 0])
    assert row["kappa"] == 0.0 and row["recall"] == 0.0


def _segments():
    return [{"doc_id": "d", "segment_id": f"d-{i}", "char_start": s, "char_end": e}
            for i, (s, e) in enumerate([(0, 100), (100, 200), (200, 300), (300, 400)])]


def test_a_segment_is_in_the_sample_when_a_selection_covers_most_of_it():
    sels = [agreement.Selection("d", 0, 90, "coordination"),       # 90 % of d-0
            agreement.Selection("d", 100, 130, "reunionite"),      # 30 % of d-1
            agreement.Selection("d", 100, 200, "none"),            # all of d-1, no theme
            agreement.Selection("d", 260, 400, "reunionite")]      # 40 % of d-2, all of d-3
    labels = agreement.human_labels(sels, _segments(), list(THEMES), min_cover=0.5)
    assert labels == {
        "d-0": {"coordination": 1, "reunionite": 0},
        # in the sample through "none"; the partial réunionite selection still marks it
        "d-1": {"coordination": 0, "reunionite": 1},
        "d-3": {"coordination": 0, "reunionite": 1},
    }  # d-2: 40 % covered at most, not in the sample


def test_codes_are_mapped_to_theme_ids_by_id_or_label(tmp_path):
    path = tmp_path / "coding.csv"
    path.write_text("# a comment line\ndoc_id,char_start,char_end,code\nd,0,100,Réunionite\n"
                    "d,100,200,COORDINATION\nd,200,300,autre chose\n", encoding="utf-8")
    codes = [s.code for s in agreement.read_coding(path, THEMES)]
    assert codes == ["reunionite", "coordination", "autre chose"]


@pytest.mark.parametrize("body, message", [
    ("doc_id,char_start,code\nd,0,x\n", "missing column"),
    ("doc_id,char_start,char_end,code\nd,0,zz,x\n", "row 2: char_start/char_end must be integers"),
    ("doc_id,char_start,char_end,code\nd,10,5,x\n", "row 2: char_end must be greater"),
])
def test_bad_coding_files_are_one_clear_error(tmp_path, body, message):
    path = tmp_path / "coding.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        agreement.read_coding(path, THEMES)
    with pytest.raises(CorpusError, match="not found"):
        agreement.read_coding(tmp_path / "absent.csv", THEMES)
