"""A document that names no role of the vocabulary (a sociolinguistic interview, a painter's life
story): its undescribed speakers are outside the vocabulary, `autre` (segment/unnamed_field_roles.py).
In the speakers' own words only a care profession vetoes; offices and posts they talk about do not.
Look-alikes: the same interview in a document that names a health role on one line (in the
narrative, or in the speech: the interviewer asks about "votre médecin traitant") keeps `inconnu`; a speaker
described otherwise keeps the description's role; a focus group with one speaker of the
vocabulary keeps `inconnu` for the others."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer
from corpus.segment.unnamed_field_roles import names_a_role


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


TURNS = [
    "ENQ : il y a longtemps que vous habitez le quartier ?",
    "LOC12 : ben ça fait trente ans hein, on est venus quand les enfants étaient petits, on avait acheté la maison là derrière.",
    "ENQ : et vous vous plaisez ici ?",
    "LOC12 : oh oui c'est calme, on a le marché le jeudi, les voisins on se connaît tous, c'est agréable quoi.",
    "ENQ : et le travail, vous faisiez quoi avant la retraite ?",
    "LOC12 : j'étais peintre en bâtiment, à mon compte, je faisais surtout les appartements du centre.",
]


def _roles(lines: list[str], gaz) -> list[str]:
    text, segs = _segment(lines, gaz)
    return [_at(text, segs, snippet).role for snippet in ("ça fait trente ans", "c'est calme", "j'étais peintre")]


def test_speakers_of_a_text_naming_no_role_are_autre(gaz):
    assert _roles(["Entretien n° 12, transcription", *TURNS], gaz) == ["autre", "autre", "autre"]


def test_a_role_named_in_the_speech_keeps_inconnu(gaz):
    # the interviewer asks about the doctor: the speakers may be in the field, their codes stay unknown
    turns = [*TURNS[:4], "ENQ : et votre médecin traitant, il est dans le quartier ?", TURNS[5]]
    text, segs = _segment(["Entretien n° 12, transcription", *turns], gaz)
    assert _at(text, segs, "j'étais peintre").role == "inconnu"


def test_a_speaker_of_the_vocabulary_among_them_keeps_inconnu(gaz):
    turns = ["Animatrice : qu'est-ce qui a changé pour vous depuis l'ouverture ?",
             "Claire (infirmière) : on se voit plus souvent, on se parle dans le couloir, les dossiers circulent mieux.",
             "Marc : moi je vois surtout que les rendez-vous sont plus rapides, c'est ce qui compte pour les gens.",
             "Claire : oui, et on a moins de doublons dans les examens, ça c'est net depuis un an.",
             "Animatrice : et le soir, quand la maison est fermée, vous faites comment ?",
             "Marc : on appelle le 15, ou on attend le lendemain, il n'y a pas vraiment d'autre solution.",
             "Claire : la garde du samedi matin a beaucoup aidé, les patients le savent maintenant."]
    text, segs = _segment(["Groupe de discussion, transcription", *turns], gaz)
    assert _at(text, segs, "les rendez-vous sont plus rapides").role == "inconnu"


def test_a_text_naming_a_health_role_keeps_inconnu(gaz):
    context = "Le quartier a perdu son dernier médecin généraliste en 2019 ; la pharmacie a fermé l'année suivante."
    assert _roles([context, "Entretien n° 12, transcription", *TURNS], gaz) == ["inconnu", "inconnu", "inconnu"]


def test_a_described_speaker_keeps_the_description(gaz):
    intro = "Entretien n° 12 avec LOC12, infirmière libérale, transcription"
    assert set(_roles([intro, *TURNS], gaz)) == {"infirmier"}


@pytest.mark.parametrize("text, expected", [
    ("J'étais peintre en bâtiment à mon compte.\nOn a le marché le jeudi.", False),
    ("Le soir j'appelle mon médecin traitant.\nLe marché le jeudi.", True),
    ("Le maire a inauguré la salle.", True),
])
def test_names_a_role(text, expected):
    assert names_a_role(text) is expected


# segroles12: institutions, posts and places the speakers talk about say what they speak of, not who
# speaks ("J'ai rejoint le Ministère", "un profil chef de projet", real12/entretien_questions_gras,
# real22/designgouv_*); an unseen variant: a former town-planner speaking of the préfecture and the mayor's office
OFFICE_TURNS = [
    "ENQ : et le travail, vous faisiez quoi avant la retraite ?",
    "LOC12 : j'étais dessinatrice, j'ai passé vingt ans à la préfecture, au service des routes, avec un chef de projet qui changeait tous les deux ans.",
    "ENQ : et vous vous plaisez ici ?",
    "LOC12 : oh oui c'est calme, on a le marché le jeudi, les voisins on se connaît tous, c'est agréable quoi.",
]


def test_offices_named_in_the_speech_do_not_veto(gaz):
    text, segs = _segment(["Entretien n° 12, transcription", *OFFICE_TURNS], gaz)
    assert _at(text, segs, "j'étais dessinatrice").role == "autre"
    assert _at(text, segs, "c'est calme").role == "autre"


def test_a_care_profession_named_in_the_speech_still_vetoes(gaz):
    turns = [*OFFICE_TURNS[:3], OFFICE_TURNS[3].replace("on a le marché", "l'infirmière passe le matin, on a le marché")]
    text, segs = _segment(["Entretien n° 12, transcription", *turns], gaz)
    assert _at(text, segs, "j'étais dessinatrice").role == "inconnu"


def test_an_office_named_in_the_prose_still_vetoes(gaz):
    context = "Le quartier a perdu son bureau de poste en 2018 ; le maire a fait installer une borne l'année suivante."
    text, segs = _segment([context, "Entretien n° 12, transcription", *OFFICE_TURNS], gaz)
    assert _at(text, segs, "j'étais dessinatrice").role == "inconnu"


# s25-segr44b: a two-person exchange introduced "entre un médecin … et une patiente …": the doctor's
# title gives one party, the other speaker is the other party. Unseen: another place, a father of a
# child; near-miss: parties of which no speaker has either role (nothing given).
CHAT = ["3.1 Exemple de téléconsultation",
        "La conversation suivante, reproduite avec leur accord, a eu lieu entre une médecin généraliste de la MSP "
        "de Kourou et un père de famille de 41 ans habitant Macouria.",
        "[10:02] Malik : Bonjour docteur, ma fille a de la fièvre depuis hier soir et elle ne mange plus.",
        "[10:06] Dr K. : Bonjour. Combien de fièvre ce matin ? Est-ce qu'elle boit bien ?",
        "[10:09] Malik : 39,1 ce matin, elle boit un peu, elle dort beaucoup.",
        "[10:15] Dr K. : Venez au cabinet avant midi, je la verrai entre deux rendez-vous.",
        "[10:16] Malik : D'accord, on part maintenant.",
        "Cet échange montre la fonction de tri de la messagerie."]


def test_the_other_party_of_an_introduced_exchange(gazetteer):
    text, segs = _segment(CHAT, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "ma fille a de la fièvre")
    assert (s.speaker, s.role) == ("Malik", "autre")
    assert _at(text, segs, "Venez au cabinet avant midi").role == "medecin_generaliste"
    lines = list(CHAT)
    lines[1] = "La conversation suivante a eu lieu entre une pharmacienne de Kourou et une infirmière de Macouria."
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "ma fille a de la fièvre").role in ("", "inconnu")


def test_participant_codes_presented_by_sex_age_and_place_alone_are_lay_people(gaz):
    """Session 31: "P2 (femme, 58 ans, Auray)" in a patients' group whose words name a nurse:
    'autre', as a name presented so is. Near miss: a study of nurses gives its codes their trade."""
    head = ["Annexe 3 – Groupe de discussion, maison de santé de Pluvigner, 9 février 2024"]
    turns = ["Participants : P1 (homme, 67 ans, Pluvigner) ; P2 (femme, 58 ans, Auray).",
             "Animatrice : Qu'est-ce qui vous a aidés ?",
             "P2 : Les recettes. Je croyais qu'il fallait tout arrêter, et en fait non, c'est la quantité.",
             "P1 : Voir les autres. Et l'infirmière passe le vendredi vérifier le pilulier."]
    text, segs = _segment(head + turns, gaz)
    assert [(_at(text, segs, s).speaker, _at(text, segs, s).role) for s in ("Les recettes", "Voir les autres")] \
        == [("P2", "autre"), ("P1", "autre")]
    assert _at(text, segs, "Les recettes").place == "Auray"  # her own place, not the heading's
    text, segs = _segment(head + ["Deux infirmières libérales du secteur ont participé à ce groupe."] + turns, gaz)
    assert _at(text, segs, "Les recettes").role == "infirmier"
