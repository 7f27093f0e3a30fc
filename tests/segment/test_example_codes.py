"""Numbered examples led by a known speaker code (segment/fallbacks.py example_code_attrs): a
thesis sets its extracts as "(4) O2 : « … »", the codes defined once in the methods. Look-alikes:
an unknown code, a numbered item whose words do not speak."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

THESIS = [
    "2.3 La relation avec les prescripteurs",
    "Les cinq participantes, désignées K1 à K5, sont des kinésithérapeutes libérales exerçant à Brest.",
    "(7) K3 : « On reçoit des prescriptions sans aucun bilan, alors je rappelle le cabinet moi-même. »",
    "(8) K5 : « Le chirurgien, je ne l'ai jamais eu au téléphone, on passe par le patient. »",
    "(9) Q2 : « Je ne sais pas toujours qui appeler quand la douleur revient le soir. »",
    "(10) K1 : « Rééducation du genou, vingt séances, deux fois par semaine. »",
    "Les exemples (7) et (8) montrent une coordination qui passe par le patient.",
]


def test_numbered_example_of_a_known_code_is_its_verbatim(gazetteer):
    text, segs = _segment(THESIS, gazetteer)
    for snippet, code in (("On reçoit des prescriptions", "K3"), ("Le chirurgien, je ne l'ai jamais", "K5")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("verbatim", code)
    assert _at(text, segs, "qui appeler quand").speaker != "Q2"  # no code the methods define: not its words
    assert _at(text, segs, "Rééducation du genou").kind == "narrative"  # a prescription's wording: no one speaks
    assert _at(text, segs, "Les exemples (7) et (8)").kind == "narrative"
