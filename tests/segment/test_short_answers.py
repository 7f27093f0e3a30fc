"""One-word answers in guillemets credited by a parenthesis describing the respondent
(segment/short_answers.py). Look-alikes that must not change: a one-word mention glossed by a
parenthesis that describes a word, a one-word quotation inside a sentence."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.short_answers import answered_alone

ANSWERS = [
    "4.2. Combien de réunions de la CPTS avez-vous suivies cette année ?",
    "Les réponses les plus fréquentes sont reproduites ci-dessous :",
    "1. « Aucune, je n'ai jamais reçu d'invitation pour les réunions du territoire. » (orthophoniste, cabinet libéral, Vitré)",
    "2. « Trois. » (infirmière libérale, Fougères)",
    "3. « Coordination » (terme le plus cité dans les réponses)",
    "Le mot « coordination » (au sens large) revient dans presque toutes les réponses.",
]


def test_a_one_word_answer_in_the_list_is_speech(gazetteer):
    text, segs = _segment(ANSWERS, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "« Trois. »")
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Bretagne")
    assert _at(text, segs, "« Coordination »").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Le mot « coordination »").kind == "narrative"


def test_answered_alone():
    line = "2. « Trois. » (infirmière libérale, Fougères)"
    a, b = line.index("«"), line.index("»") + 1
    assert answered_alone(line, a, b)
    line = "Le mot « coordination » (infirmière libérale, Fougères)"
    a, b = line.index("«"), line.index("»") + 1
    assert not answered_alone(line, a, b)  # inside a sentence: a word mentioned
