"""Time codes in the parenthesis closing a quotation are no part of the speaker
(segment/quote_time_codes.py). Look-alikes: an author and a year, a time code alone, a clock time
inside the quotation, a parenthesis after no quotation."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.quote_time_codes import fold_quote_time_codes


def test_fold_keeps_length_and_touches_only_time_codes():
    text = ("« On se voit au staff. » (IDE2, 00:41:07)\n« Oui. » (E5, 01:02:10–01:03:00) puis\n"
            "« Une formule. » (Martin, 2019)\n« Seule. » (00:12:00)\nLe rendez-vous (MG1, 10:30) est pris.\n")
    folded = fold_quote_time_codes(text)
    assert len(folded) == len(text)
    assert "» (IDE2" in folded and "00:41:07" not in folded
    assert "01:02:10" not in folded and "(E5" in folded
    assert "(Martin, 2019)" in folded  # an author and a year
    assert "(00:12:00)" in folded  # a time code alone: no code before it
    assert "(MG1, 10:30)" in folded  # after no quotation


def test_a_quotation_with_a_time_code_is_its_codes(gazetteer):
    lines = ["Participants : IDE1, infirmière libérale à Dax ; IDE2, infirmier libéral à Mont-de-Marsan ; "
             "MG1, médecin généraliste à Dax.",
             "Les infirmiers disent la même chose : « Le soir, je n'ai personne à appeler, alors j'attends le lendemain. » (IDE2, 00:41:07)",
             "« Je passe par la pharmacie, elle connaît tout le monde. » (MG1, 00:12:30-00:13:02)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "je n'ai personne à appeler")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "IDE2", "infirmier")
    s = _at(text, segs, "Je passe par la pharmacie")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "MG1", "medecin_generaliste")
    assert any("(IDE2, 00:41:07)" in seg.text for seg in segs)  # the document's own characters
