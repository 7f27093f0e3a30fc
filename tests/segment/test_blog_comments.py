"""A blog's readers' comments as WordPress prints them (segment/headed_messages.py): "Maëlle dit :",
the date and time, the comment's paragraphs, "Répondre". Near-misses: a narrative "Elle dit :" with
no stamp under it; a self-presentation "en tant que patient sans médecin traitant" is a patient."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech as _speech

BLOG = [
    "Permanence des soins : la CPTS lance une ligne dédiée",
    "Publié par : la CPTS du Pays de Vannes, le 2 février 2024",
    "Depuis lundi, une ligne répond aux patients le samedi matin.",
    "2 réponses",
    "Gwenaëlle dit :",
    "3 février 2024 à 20 h 41",
    "Pharmacienne à Séné, je trouve l'initiative utile, mais on aurait aimé être prévenus.",
    "Les patients arrivent déjà avec des questions auxquelles on ne sait pas répondre.",
    "Répondre",
    "tomtom56 dit : 4 février 2024 à 09 h 12",
    "En tant que patient sans médecin traitant, j'ai appelé samedi et on m'a rappelé dans l'heure.",
    "Répondre",
]


def test_comments_are_their_commenters_words(gazetteer):
    text, segs = _segment(BLOG, gazetteer, doc={"kind": "communication"})
    s = _at(text, segs, "je trouve l'initiative utile")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Gwenaëlle", "pharmacien")
    assert s.char_end > text.index("auxquelles on ne sait pas")  # the comment's second paragraph
    s = _at(text, segs, "j'ai appelé samedi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "tomtom56", "autre")
    assert _at(text, segs, "3 février 2024 à 20 h 41").kind == "narrative"
    assert _at(text, segs, "une ligne répond aux patients").kind == "narrative"
    assert len(_speech(segs)) == 2


NARRATIVE = [
    "Le soir, ma voisine passe me voir. Elle dit :",
    "il faudrait que tu appelles le cabinet demain matin.",
    "Je ne l'ai pas fait.",
    "Mon frère dit :",
    "ce n'est pas grave, on verra la semaine prochaine.",
]


def test_a_narrated_says_without_stamp_is_no_comment(gazetteer):
    text, segs = _segment(NARRATIVE, gazetteer, doc={"kind": "autre"})
    assert _speech(segs) == []
