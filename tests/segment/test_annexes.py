"""Verbatim annex tables (segment/annexes.py): a text cell and the interview number it comes from.
s53 (round 109): a QDA tool's code system in an annex counts segments and documents per code
("| 1.2 Réticences | 22 | 9 |"): figures, no interview's number, no one's words."""

from __future__ import annotations


def test_a_code_system_s_counts_are_no_verbatims(tmp_path):
    import heldout

    lines = [
        "Le système de codes a été stabilisé après le double codage de deux entretiens.",
        "| Code | Segments codés | Documents |",
        "| 1.1 Raisons de l'installation en maison de santé | 31 | 12 |",
        "| 1.2 Freins à l'exercice coordonné | 18 | 7 |",
        "| 2.1 Relations avec l'hôpital de Vierzon | 25 | 11 |",
    ]
    spec = {"doc": {"doc_id": "annex_codes", "kind": "these", "region": "", "place": ""},
            "pages": [[["bold", "Annexes"], ["bold", "Annexe 6 – Système de codes (export MAXQDA)"], *[["", t] for t in lines]]]}
    segs = heldout.segment_document(spec, tmp_path)[1]
    assert all(s["kind"] not in ("turn", "verbatim", "moderator") for s in segs)
