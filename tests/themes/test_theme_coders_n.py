"""Two human coders of set N (THEME_SCORES.md, "Two coders on N (session 11)"): the agreement
statistics recomputed from the two CSVs on a six-passage slice, against values computed by hand."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from corpus.themes import agreement, heldout

DATA = Path(__file__).resolve().parents[1] / "data"
THEMES = {t: {"label": t} for t in ("coordination", "liberal", "territoire", "reunionite")}
# six passages of gautier2019 (char_start-char_end): two the coders split on for coordination,
# one for libéral, one territoire both code, two nothing at all
SLICE = ["gautier2019:84418-85113", "gautier2019:78233-78701", "gautier2019:716218-716270",
         "gautier2019:923734-923971", "gautier2019:965289-965577", "gautier2019:869309-869455"]


def coder1() -> dict[str, dict[str, int]]:
    return {p["passage_id"]: p["labels"]
            for p in heldout.read_passages(DATA / "theme_coding_n.csv", THEMES)}


def coder2() -> dict[str, dict[str, int]]:
    with open(DATA / "theme_coding_n_coder2.csv", encoding="utf-8", newline="") as fh:
        body = "".join(ln for ln in fh if not ln.startswith("#"))
    return {f"{r['doc_id']}:{r['char_start']}-{r['char_end']}": {t: int(r[t]) for t in THEMES}
            for r in csv.DictReader(io.StringIO(body))}


def test_both_coders_code_the_same_236_passages_once():
    one, two = coder1(), coder2()
    assert len(one) == 236
    assert set(one) == set(two)


def slice_row(theme: str) -> dict:
    one, two = coder1(), coder2()
    return agreement.agreement_row(theme, "coder2", [one[i][theme] for i in SLICE],
                                   [two[i][theme] for i in SLICE])


def test_coordination_kappa_on_the_slice_matches_hand_computation():
    # coder 1 / coder 2: 1/1, 0/0, 0/1 (« Crainte … du GHT »), 0/0, 1/0 (« parcours … du
    # patient »), 0/0. po = 4/6; prevalences 2/6 and 2/6; pe = (1/3)^2 + (2/3)^2 = 5/9;
    # kappa = (2/3 - 5/9) / (4/9) = 1/4. AC1: pi = 1/3, pe = 2 * 1/3 * 2/3 = 4/9,
    # AC1 = (2/3 - 4/9) / (5/9) = 2/5. Coder 1 as reference: tp 1, fp 1, fn 1 -> F1 1/2.
    row = slice_row("coordination")
    assert (row["tp"], row["fp"], row["fn"], row["tn"]) == (1, 1, 1, 3)
    assert row["kappa"] == pytest.approx(0.25)
    assert row["ac1"] == pytest.approx(0.4)
    assert row["f1"] == pytest.approx(0.5)


def test_liberal_kappa_is_zero_on_the_slice_though_five_of_six_agree():
    # coder 1 codes « quotas de libéraux ou de salariés » libéral, coder 2 does not; the other
    # five are 0/0. po = 5/6; prevalences 1/6 and 0; pe = 1/6 * 0 + 5/6 * 1 = 5/6 -> kappa 0.
    # AC1: pi = 1/12, pe = 2 * 1/12 * 11/12 = 11/72, AC1 = (60/72 - 11/72) / (61/72) = 49/61.
    row = slice_row("liberal")
    assert (row["tp"], row["fp"], row["fn"], row["tn"]) == (0, 0, 1, 5)
    assert row["kappa"] == pytest.approx(0.0)
    assert row["ac1"] == pytest.approx(49 / 61)
    assert row["f1"] == 0.0


def test_territoire_agrees_fully_on_the_slice():
    # both code only « faible densité de médecins dans certains territoires »: po = 1, kappa 1;
    # AC1: pi = 1/6, pe = 10/36, AC1 = (1 - 10/36) / (26/36) = 1
    row = slice_row("territoire")
    assert (row["tp"], row["fp"], row["fn"], row["tn"]) == (1, 0, 0, 5)
    assert row["kappa"] == pytest.approx(1.0)
    assert row["ac1"] == pytest.approx(1.0)
