"""A speaker's code whose letters name the profession once its number is set aside ("ORTHO3 :",
"IDE5 :") gives the speaker that role where nothing else describes them, also under an interview
heading that names the code only ("Entretien avec ORTHO3"; segment/segmenter.py, s26-segrole); "ORTHO" is how codes shorten
orthophoniste (lang/fr/roles.yaml). A code of letters that name nothing ("E4") gets no profession."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at, segment_lines

from corpus.segment.regions import load_gazetteer
from corpus.segment.roles import normalize_role


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def _interview(code: str, answers: tuple[str, str]) -> list[str]:
    return [f"Annexe 4 – Entretien avec {code}",
            "ENQ : Comment se passent vos échanges avec les autres professionnels du secteur ?",
            f"{code} : {answers[0]}",
            "ENQ : Et depuis la crise sanitaire ?",
            f"{code} : {answers[1]}"]


def test_ortho_is_short_for_orthophoniste():
    assert normalize_role("ORTHO") == "autre_paramedical"
    assert normalize_role("orthophoniste") == "autre_paramedical"
    assert normalize_role("orthodontie") == "autre"  # not a word that only begins like it


def test_an_interview_of_a_speech_therapist_code(gazetteer):
    text, segs = segment_lines(_interview("ORTHO2", (
        "Presque aucun. Les bilans arrivent sans courrier, je devine ce que le médecin cherche.",
        "Les séances à distance, on les a essayées, ça n'a pas tenu longtemps.")), gazetteer)
    first = segment_at(text, segs, "Presque aucun")
    assert (first.kind, first.speaker, first.role) == ("turn", "ORTHO2", "autre_paramedical")
    assert segment_at(text, segs, "Les séances à distance").role == "autre_paramedical"


def test_an_unseen_nurse_code_under_the_same_heading(gazetteer):
    text, segs = segment_lines(_interview("IDE5", (
        "On s'appelle avec le cabinet médical, surtout pour les pansements compliqués.",
        "Les tournées se sont allongées, on a récupéré des patients d'un collègue parti.")), gazetteer)
    turn = segment_at(text, segs, "surtout pour les pansements")
    assert (turn.kind, turn.speaker, turn.role) == ("turn", "IDE5", "infirmier")


def test_a_code_whose_letters_name_nothing_stays_unknown(gazetteer):
    text, segs = segment_lines(_interview("E4", (
        "On s'appelle avec le cabinet médical, surtout pour les pansements compliqués.",
        "Les tournées se sont allongées, on a récupéré des patients d'un collègue parti.")), gazetteer)
    turn = segment_at(text, segs, "surtout pour les pansements")
    assert turn.kind == "turn" and turn.role in ("autre", "inconnu")  # no profession read into "E"
