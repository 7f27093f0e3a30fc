"""The confounding tables (`corpus.confounding`): how much of a group's verbatims come from one
document, and each theme's specificity within each document (documents as strata)."""

from __future__ import annotations

import math

import pytest

from corpus import confounding


def test_confounding_rows_share_of_the_largest_document():
    verb = ([{"doc_id": "a", "region": "Occitanie", "role": "infirmier"}] * 3
            + [{"doc_id": "b", "region": "Occitanie", "role": "infirmier"}]
            + [{"doc_id": "b", "region": "Bretagne", "role": "pharmacien"}] * 2
            + [{"doc_id": "c", "region": "Bretagne", "role": "pharmacien"}] * 2)
    rows = {(r["group_by"], r["group"]): r for r in confounding.confounding_rows(verb)}
    occ = rows[("region", "Occitanie")]
    assert (occ["n_verbatims"], occ["n_documents"], occ["largest_doc"], occ["largest_n"]) == (4, 2, "a", 3)
    assert occ["largest_share"] == 0.75 and occ["warning"] == 1
    bre = rows[("region", "Bretagne")]  # 2 and 2: exactly half is not "more than half"; tie -> "b"
    assert bre["largest_doc"] == "b" and bre["largest_share"] == 0.5 and bre["warning"] == 0
    assert rows[("role", "infirmier")]["warning"] == 1


def test_stratified_specificity_within_each_document():
    from scipy.stats import hypergeom

    seg = lambda sid, doc, region, kind="verbatim": {"segment_id": sid, "doc_id": doc, "kind": kind, "region": region, "role": ""}
    segs = {s["segment_id"]: s for s in [seg("a1", "a", "Occitanie"), seg("a2", "a", "Bretagne"),
                                         seg("b1", "b", "Occitanie"), seg("a3", "a", "Occitanie", "narrative")]}
    words = {"a1": 100, "a2": 300, "b1": 50, "a3": 1000}
    hits = ([{"segment_id": "a1", "theme": "territoire"}] * 8 + [{"segment_id": "a2", "theme": "territoire"}] * 2
            + [{"segment_id": "b1", "theme": "territoire"}] * 5 + [{"segment_id": "a3", "theme": "territoire"}] * 9)
    rows = confounding.stratified_rows(segs, words, hits, ["territoire"])
    got = {(r["group_by"], r["group"], r["doc_id"]): r for r in rows if r["theme"] == "territoire"}
    occ_a = got[("region", "Occitanie", "a")]
    assert (occ_a["hits"], occ_a["tokens"], occ_a["doc_tokens"]) == (8, 100, 400)  # narrative left out
    expected = -math.log10(hypergeom(400, 10, 100).sf(7))  # P(X >= 8), N=400, K=10, n=100
    assert occ_a["specificity"] == pytest.approx(expected, rel=1e-6)
    assert got[("region", "Occitanie", "b")]["specificity"] == 0  # all of b's verbatims: nothing to compare
    assert got[("region", "Bretagne", "a")]["specificity"] < 0
