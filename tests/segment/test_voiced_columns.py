"""A table whose header says whose words a column holds (segment/voiced_columns.py): words and
their translation in one row, the attribution on the line under it; a nursing student's process
recording "N° | Ce que dit Mme V. | Ce que je réponds | Mon analyse". Look-alikes: a glossary
with a translation column, a transcript table "Locuteur | Propos", a table of figures."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def _speech(text, segs, snippet):
    return _at(text, segs, snippet).kind in ("verbatim", "turn")


CREOLE = [
    "Les patients sont désignés par P suivi d'un numéro, les infirmières libérales par IDE.",
    "Propos en créole réunionnais | Traduction",
    "Mi manz pa lo sik, mé mon kër i fé mal kan mi mars. | Je ne mange pas de sucre, mais mon cœur me fait mal quand je marche.",
    "(P4, 72 ans, Saint-Pierre)",
    "(en français) | On passe chez eux trois fois par semaine, ils attendent surtout de parler.",
    "(IDE2, Le Tampon)",
    "La marche revient dans presque tous les entretiens.",
]


def test_the_words_and_their_translation_are_one_verbatim_of_the_line_under(gazetteer):
    text, segs = _segment(CREOLE, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Mi manz pa lo sik")
    # near miss: a words and translation table is no carer's exchange, the role is the code's
    assert (s.kind, s.speaker, s.region, s.role) == ("verbatim", "P4", "La Réunion", "inconnu")
    assert "quand je marche" in text[s.char_start:s.char_end]
    s = _at(text, segs, "On passe chez eux")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "IDE2", "infirmier")
    assert not _speech(text, segs, "Propos en créole")
    assert not _speech(text, segs, "La marche revient")


RECORDING = [
    "M. R., 84 ans, vit seul à Limoges ; l'entretien a eu lieu pendant le pansement.",
    "N° | Ce que dit M. R. | Ce que je lui réponds | Ce que j'en pense",
    "1 | Je ne sers plus à rien, mes enfants ne passent plus le dimanche. | Vous vous sentez seul ? | Je reformule.",
    "2 | (il regarde la fenêtre) | Je reste avec vous encore un moment. | J'ai comblé le silence.",
    "3 | Ma femme faisait les papiers, moi je ne sais pas faire. | C'est difficile depuis son départ ? | Je relance.",
]


def test_a_process_recording_the_patient_speaks_the_student_moderates(gazetteer):
    # unseen: another header wording, another patient, an action in the words column
    text, segs = _segment(RECORDING, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Je ne sers plus à rien")
    # the person a carer's process recording is with is the one cared for
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. R.", "autre")
    assert "Vous vous sentez seul" not in text[s.char_start:s.char_end]
    assert _at(text, segs, "Ma femme faisait les papiers").kind == "verbatim"
    assert _at(text, segs, "Je reste avec vous").kind == "moderator"
    for not_said in ("il regarde la fenêtre", "Je reformule", "J'ai comblé le silence"):
        assert not _speech(text, segs, not_said)


@pytest.mark.parametrize("lines", [
    # a glossary: a Creole word and its translation, no one's words
    ["Mot créole | Traduction", "lakaz, la maison familiale | la maison de famille où l'on revient", "Fin du lexique."],
    # a table of figures under a words-like header but no translation, own words or person
    ["Propos recueillis | Nombre", "sur l'accès aux soins dans le quartier | douze entretiens menés", "Total."],
])
def test_look_alikes_have_no_voiced_rows(lines, gazetteer):
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


def test_the_process_recording_of_the_case_gives_the_patient_role(gazetteer):
    lines = [
        "Mme V., 79 ans, est suivie en hospitalisation à domicile pour des soins palliatifs.",
        "N° | Ce que dit Mme V. | Ce que je réponds | Mon analyse",
        "1 | Vous savez, ma fille vient tous les jours, mais elle est fatiguée. | Vous vous sentez une charge ? | Reformulation.",
    ]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "ma fille vient tous les jours")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme V.", "autre")
