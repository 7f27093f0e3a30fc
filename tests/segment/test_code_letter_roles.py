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


# s29-segroles13: letters that abbreviate a trade by a word that, alone in a description, means
# something else (lang/fr/roles.yaml code_letter_roles): read only as a code's letters.
def test_officine_letters_name_a_pharmacist_only_as_a_code():
    from corpus.segment.roles import letters_role
    assert letters_role("OFF") == "pharmacien"  # "OFF3": a pharmacy thesis codes by setting
    assert letters_role("Off") == "pharmacien"  # "Off-4"
    assert letters_role("Prep.") == "autre_paramedical"  # "Prep.1": a pharmacy technician
    assert letters_role("IDE") == "infirmier"  # the rules still read the other letters
    assert normalize_role("voix off") == "autre"  # near-miss: "off" in a description is no pharmacy
    assert normalize_role("Off") == "autre"
    assert letters_role("E") in ("autre", "inconnu")


def test_an_officine_code_in_a_closing_parenthesis(gazetteer):
    text, segs = segment_lines([
        "3.2 La garde en zone rurale",
        "Pour OFF3, la fermeture d'une officine voisine a tout changé : « Depuis qu'elle a fermé, "
        "j'ai quatre cents patients de plus et pas un préparateur de plus » (OFF3, Ambert).",
        "OFF5 évoque la garde : « Le dimanche je fais quarante kilomètres pour une boîte de paracétamol » (OFF5, Cunlhat).",
    ], gazetteer)
    first = segment_at(text, segs, "quatre cents patients")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "OFF3", "pharmacien")
    assert segment_at(text, segs, "quarante kilomètres").role == "pharmacien"


def test_an_unseen_officine_code_as_a_turn_label(gazetteer):
    text, segs = segment_lines(_interview("OFF2", (
        "Les ordonnances de sortie arrivent sans un mot, j'appelle le service et personne ne sait.",
        "On a mis en place un carnet avec le cabinet infirmier, ça tient à peu près.")), gazetteer)
    turn = segment_at(text, segs, "Les ordonnances de sortie")
    assert (turn.kind, turn.speaker, turn.role) == ("turn", "OFF2", "pharmacien")


def test_a_code_of_other_letters_beside_them_gets_no_pharmacy(gazetteer):
    # near-miss: "OF" (no listed letters) and "E" name nothing
    text, segs = segment_lines(_interview("OF2", (
        "Les ordonnances de sortie arrivent sans un mot, j'appelle le service et personne ne sait.",
        "On a mis en place un carnet avec le cabinet infirmier, ça tient à peu près.")), gazetteer)
    turn = segment_at(text, segs, "Les ordonnances de sortie")
    assert turn.role != "pharmacien"
