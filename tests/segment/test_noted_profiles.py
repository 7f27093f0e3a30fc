"""Extracts without quotation marks whose speaker a footnote describes, "… si ça n'allait pas.¹"
over "¹ Patiente P4, 67 ans, Gacé." (segment/noted_profiles.py); look-alikes: a note that cites a
text, a single noted paragraph, the author's own prose with a call."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.noted_profiles import note_speaker

CHAPTER = [
    "4. Résultats",
    "La perte du médecin traitant a souvent été découverte par hasard. Le profil de chaque personne figure en note.",
    "J'ai téléphoné pour mon renouvellement et la secrétaire m'a dit que le docteur ne prenait plus personne, qu'il partait en juin.¹",
    "Cette découverte par le secrétariat est vécue comme une rupture, d'autant que la relation était ancienne.²",
    "Vingt-huit ans qu'il me suivait, il a soigné mes enfants, et il est parti avec une affiche sur la porte, c'est tout.³",
    "¹ Patiente P6, 71 ans, retraitée, Vimoutiers.",
    "² Haute Autorité de santé, rapport 2021, p. 14.",
    "³ M. L., fils d'un patient, 49 ans, domicilié à Lisieux.",
]


def test_paragraphs_closed_by_a_call_whose_note_describes_the_speaker(gazetteer):
    text, segs = _segment(CHAPTER, gazetteer)
    s = _at(text, segs, "la secrétaire m'a dit que le docteur")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "P6", "autre", "Normandie")
    s = _at(text, segs, "Vingt-huit ans qu'il me suivait")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "M. L.", "autre", "Normandie")
    # the author's sentence with a call to a reference stays prose
    assert _at(text, segs, "Cette découverte par le secrétariat").kind == "narrative"


def test_one_noted_paragraph_is_no_convention(gazetteer):
    lines = ["Introduction", "J'ai choisi ce sujet après un stage dans une maison de santé du pays d'Auge, en 2022, au printemps.¹",
             "¹ Interne en médecine générale, stage de niveau 1, Lisieux."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "J'ai choisi ce sujet").kind == "narrative"


def test_note_speakers():
    assert note_speaker("Patiente P4, 67 ans, retraitée, Gacé") == "P4"
    assert note_speaker("M. F., fils de la patiente P2, 46 ans") == "M. F."
    assert note_speaker("Fils d'une patiente, 52 ans, Argentan") == ""
