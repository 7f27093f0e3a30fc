"""A quotation set as a figure, its caption below saying whose words they are
(segment/captioned_quotes.py, s53): the caption's person after "Propos de …", the interview's number
the speaker; a caption describing no one leaves someone's words with nobody named, which no ranker
then names. Look-alike: a caption under a figure that is no quotation, a quotation inside a sentence
above a caption."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.captioned_quotes import caption

FIGURES = [
    "Partie 2 – Paroles de terrain",
    "Six entretiens ont été menés en 2023 auprès de soignants du Pays de Retz ; les propos marquants sont présentés en figures.",
    "« On ne se voit jamais, alors on s'écrit dans le cahier, et ça tient la coordination debout. »",
    "Figure 3 – Propos d'une infirmière libérale de Machecoul, entretien n°4, mai 2023.",
    "Cette image du cahier revient dans la plupart des entretiens.",
    "« Rappeler la pharmacie avant 18 h pour le pilulier de Mme R. Merci ! »",
    "Figure 4 – Note laissée sur le réfrigérateur d'une patiente, avril 2023.",
    "Figure 5 – Carte des communes du territoire.",
]


def test_the_caption_says_whose_words(gazetteer):
    text, segs = _segment(FIGURES, gazetteer)
    s = _at(text, segs, "On ne se voit jamais, alors on s'écrit")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Entretien n°4", "infirmier", "Pays de la Loire")
    note = _at(text, segs, "Rappeler la pharmacie avant 18 h")
    assert (note.kind, note.speaker, note.role) == ("verbatim", "", "inconnu")
    assert _at(text, segs, "Figure 3 – Propos d'une infirmière").kind == "narrative"
    assert _at(text, segs, "Carte des communes du territoire").kind == "narrative"


def test_caption():
    assert caption("Figure 3 – Propos d'une infirmière libérale, entretien n°4.") == "Propos d'une infirmière libérale, entretien n°4."
    assert caption("Encadré 2. Paroles de la coordinatrice") == "Paroles de la coordinatrice"
    assert caption("La figure 3 montre la carte.") == ""
