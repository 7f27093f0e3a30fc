"""An interview's SHEET of fields (fiche signalétique) under a heading that numbers the interview,
naming no label: "Profession : masseur-kinésithérapeute. Mode d'exercice : libéral … Commune :
Loches." (fields one a line or run in), before or after the transcript (interview_cards.sheet_card):
the document's one answering label is the person it describes, role and place. Near-misses: a
sheet with no trade (date, duration), a focus group's several answering labels."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


TRANSCRIPT = [
    "Annexe 4 – Transcription de l'entretien n° 3",
    "Chercheuse : Pour commencer, comment les patients arrivent-ils jusqu'à vous ?",
    "Interviewée : Majoritairement par les médecins du pôle de santé, on est dans le même bâtiment.",
    "Chercheuse : Et les échanges avec les médecins, comment ça se passe ?",
    "Interviewée : Avec deux d'entre eux, très bien, on se croise à la machine à café.",
    "Chercheuse : Merci beaucoup pour votre temps.",
]
CASE = TRANSCRIPT + [
    "Fiche signalétique de l'entretien n° 3",
    "Profession : masseur-kinésithérapeute. Mode d'exercice : libéral, pôle de santé pluriprofessionnel. "
    "Commune : Loches. Années d'exercice : 14. Date : 21 février 2024. Durée : 26 minutes.",
]

# the sheet first, one field a line, other words and another place and trade
VARIANT = [
    "Fiche d'identification de l'entretien n° 7",
    "Fonction : sage-femme libérale",
    "Lieu d'exercice : Guéret",
    "Durée : 41 minutes",
    "Enquêteur : Vous suivez beaucoup de grossesses à domicile ?",
    "Interviewé : Une vingtaine par an, surtout des femmes loin de la maternité.",
    "Enquêteur : Et la CPTS vous aide ?",
    "Interviewé : Pour les astreintes, oui, depuis l'an dernier.",
]


def test_sheet_after_the_transcript(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    for snippet in ("Majoritairement par les médecins", "on se croise à la machine"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Interviewée", "kinesitherapeute", "Centre-Val de Loire")
    assert _at(text, segs, "Mode d'exercice").kind not in ("turn", "verbatim")


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    s = _at(text, segs, "Une vingtaine par an")
    assert (s.kind, s.role, s.region) == ("turn", "sage_femme", "Nouvelle-Aquitaine")


def test_near_misses(gazetteer):
    text, segs = _segment(TRANSCRIPT + ["Fiche signalétique de l'entretien n° 3",
                                        "Date : 21 février 2024. Durée : 26 minutes. Commune : Loches."], gazetteer)
    assert _at(text, segs, "on se croise à la machine").role != "kinesitherapeute"
    group = [
        "Annexe 6 – Focus group n° 2",
        "Animatrice : Qui commence ?",
        "P1 : Moi. Je suis infirmière, on manque de temps pour se coordonner.",
        "P2 : Et moi pharmacien, je confirme, on se parle peu.",
        "Animatrice : Merci à vous deux.",
        "Fiche signalétique de l'entretien n° 2",
        "Profession : masseur-kinésithérapeute. Commune : Loches.",
    ]
    text, segs = _segment(group, gazetteer)
    assert _at(text, segs, "on se parle peu").role != "kinesitherapeute"
