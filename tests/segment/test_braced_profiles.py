"""Profiles in curly braces after a quotation read as parentheses (segment/braced_profiles.py).
Look-alikes: braces that follow no quotation (a formula, a set), braces on another line."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.braced_profiles import fold_profile_brackets


def test_fold_keeps_length_and_touches_only_profiles():
    text = "« On se parle enfin. » {MG, 25 ans}\nSoit E = {a, b} et « x » suivi de texte {y}.\n"
    folded = fold_profile_brackets(text)
    assert len(folded) == len(text)
    assert "» (MG, 25 ans)" in folded
    assert "E = {a, b}" in folded  # a set, after no quotation
    assert "texte {y}" in folded


def test_a_braced_profile_attributes_the_quotation(gazetteer):
    lines = ["Du côté des pharmaciens, le constat est net : « on nous appelle enfin avant la sortie, et plus "
             "après » {pharmacienne titulaire, Brest}."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "on nous appelle enfin avant la sortie")
    assert (s.kind, s.role, s.region) == ("verbatim", "pharmacien", "Bretagne")
    assert any("{pharmacienne titulaire, Brest}" in seg.text for seg in segs)  # the document's own braces
