"""Interventions labelled by a noun phrase naming the person (segment/intervention_labels.py):
"Question de …", "Réponse de Dr … (ARS …) :" inline, "Intervention de Mme …, conseillère …" as a
line above the words; look-alikes: a report's "Réponse de la France", a methods section's
"Question de recherche", a single label."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.intervention_labels import intervention_speakers

DEBATE = [
    "Atelier 3 – Échanges avec la salle",
    "Le modérateur donne la parole à la salle après les deux exposés.",
    "Question de la salle (un pharmacien d'officine de Lannion) : Nous avons distribué les masques sans "
    "consigne. Qui décidera la prochaine fois ?",
    "Réponse de Mme Soizic Le Bihan (ARS Bretagne) : La délégation départementale. Nous avons écrit une "
    "procédure avec les CPTS du territoire.",
    "Complément de Dr Yann Morvan (médecin généraliste, Paimpol) : Et nous l'avons testée en janvier, "
    "avec les infirmières du secteur.",
    "Réponse de Mme Soizic Le Bihan (ARS Bretagne) : C'est exact, elle sera publiée au printemps.",
]

MINUTES = [
    "Délibération n° 7 – Maison de santé de Saint-Affrique",
    "Intervention de M. le Président",
    "Nous examinons le rapport n° 7. Qui souhaite intervenir ?",
    "Intervention de Mme Claire Vidal, conseillère départementale du canton de Millau",
    "Je soutiens ce projet : sans maison de santé, nous perdrons encore deux médecins d'ici deux ans.",
    "Intervention de M. Paul Roques, vice-président chargé des solidarités",
    "Nous avons inscrit les crédits au budget primitif.",
    "Intervention de M. le Président",
    "Je mets aux voix.",
]


def test_inline_labels_are_turns_with_role_and_region(gazetteer):
    text, segs = _segment(DEBATE, gazetteer)
    s = _at(text, segs, "Nous avons distribué les masques")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "", "pharmacien", "Bretagne")
    s = _at(text, segs, "La délégation départementale.")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mme Soizic Le Bihan", "institutionnel_ars", "Bretagne")
    s = _at(text, segs, "Et nous l'avons testée en janvier")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Dr Yann Morvan", "medecin_generaliste", "Bretagne")
    assert _at(text, segs, "Le modérateur donne la parole").kind == "narrative"


def test_label_lines_above_the_words_and_the_chair(gazetteer):
    text, segs = _segment(MINUTES, gazetteer)
    s = _at(text, segs, "Je soutiens ce projet")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Mme Claire Vidal", "elu", "Occitanie")
    s = _at(text, segs, "Nous avons inscrit les crédits")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. Paul Roques", "elu")
    assert _at(text, segs, "Nous examinons le rapport").kind == "moderator"
    assert _at(text, segs, "Je mets aux voix.").kind == "moderator"


@pytest.mark.parametrize("lines", [
    # nobody named with a civility: a country, a research question, a document
    ["Réponse de la France : un plan national a été adopté en 2020.",
     "Question de recherche : comment les CPTS ont-elles coordonné les soins ?",
     "Réponse de l'administration : le décret est paru en juillet.",
     "Question de méthode : les entretiens ont été enregistrés."],
    # a single label among prose
    ["Les échanges ont été nourris.",
     "Question de M. Jean Dupuy (maire de Figeac) : quand la maison de santé ouvrira-t-elle ?",
     "La réponse viendra au prochain conseil."],
])
def test_look_alikes_declare_nothing(lines, gazetteer):
    assert intervention_speakers(split_lines("\n".join(lines) + "\n"), gazetteer) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]
