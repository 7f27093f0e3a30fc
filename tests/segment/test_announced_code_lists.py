"""A list of codes announced by a colon, one entry a line, that says who each code is ("…
Correspondance des fichiers :" then "REC_0042 : infirmière coordinatrice de SSIAD, Embrun"), the
codes any shape (a recorder's file names number to four digits): the participants of the document
(speakers.announced_code_lines), whose quotations "(REC_0042, 23'40)" take the role the list gives
(quotes._coded_parenthesis). Near-misses: entries that describe no one (a file set aside), a
dialogue's short answers after a colon."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer
from corpus.segment.speakers import announced_code_lines


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


CASE = [
    "2.3 Recueil des données",
    "Chaque citation renvoie au nom du fichier audio et à la minute de l'enregistrement. Correspondance des fichiers :",
    "REC_0042 : infirmière coordinatrice de SSIAD, Embrun",
    "REC_0047 : médecin généraliste, Guillestre",
    "3.1 Une coordination qui repose sur des personnes",
    "« L'hiver, quand le col est fermé, je fais les plannings trois fois par jour. Je connais chaque "
    "aide-soignante, chaque route. » (REC_0042, 23'40)",
]

# another recorder's names, other trades, the list announced otherwise
VARIANT = [
    "Méthode",
    "Les enregistrements portent le nom que leur a donné l'appareil ; ils correspondent aux personnes suivantes :",
    "ZOOM0031 : pharmacienne titulaire, Privas",
    "ZOOM0035 : sage-femme libérale, Aubenas",
    "Résultats",
    "« On voit les patientes avant le médecin, souvent, parce qu'on est ouvertes le samedi et qu'on "
    "répond au téléphone. » (ZOOM0031)",
]


def test_file_names_listed(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    s = _at(text, segs, "quand le col est fermé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "REC_0042", "coordinateur")


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    s = _at(text, segs, "ouvertes le samedi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "ZOOM0031", "pharmacien")


def test_near_misses():
    assert announced_code_lines(["Fichiers écartés :", "REC_0051 : inaudible", "REC_0052 : coupé au début"]) == []
    assert announced_code_lines(["Nous leur avons demandé s'ils se réunissaient :", "P1 : Jamais, pas le temps.",
                                 "P2 : On se voit à la pharmacie."]) == []
    # one entry alone is no list
    assert announced_code_lines(["Correspondance :", "REC_0042 : infirmière coordinatrice, Embrun"]) == []
