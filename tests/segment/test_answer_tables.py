"""Free-text survey answers set as a table "Identifiant | Réponse | Profil"
(segment/answer_tables.py). Look-alikes: a transcript set as a table "Locuteur | Propos" (a label,
no profile), a table of figures, rows that extraction ran into one line."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.answer_tables import profile_description

SURVEY = [
    "Enquête auprès des infirmiers libéraux du Finistère – question ouverte",
    "N° | Commentaire libre | Profil du répondant",
    "R-017 | Un numéro unique pour joindre le médecin de garde, c'est tout ce que je demande. | IDEL • F • 41 ans • Brest",
    "R-052 | Des réunions moins tard le soir, on finit nos tournées à 20 h. | IDEL • H • 55 ans • Quimper "
    "R-088 | Rien de particulier, ça fonctionne déjà bien chez nous. | Infirmière coordinatrice • F • 38 ans • Morlaix",
    "Les réponses sont reproduites telles quelles.",
    "Indicateur | Valeur | Profil",
    "Taux de réponse | 42 % | Tous",
]


def test_survey_answers_are_their_respondents_verbatims(gazetteer):
    text, segs = _segment(SURVEY, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Un numéro unique pour joindre le médecin")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "R-017", "infirmier", "Bretagne")
    assert "IDEL" not in s.text  # the answer cell, not the row
    s = _at(text, segs, "Des réunions moins tard le soir")
    assert (s.kind, s.speaker, s.place) == ("verbatim", "R-052", "Quimper")
    s = _at(text, segs, "Rien de particulier, ça fonctionne")  # a row extraction ran into the line above
    assert (s.kind, s.speaker, s.role) == ("verbatim", "R-088", "coordinateur")
    assert _at(text, segs, "Les réponses sont reproduites").kind == "narrative"
    assert _at(text, segs, "Taux de réponse").kind != "verbatim"


TRANSCRIPT = [
    "Locuteur | Propos",
    "Enquêtrice | Comment avez-vous connu la CPTS ?",
    "Interviewée | Par une collègue, à une soirée de formation sur les plaies, il y a deux ans maintenant.",
]


def test_a_transcript_table_is_not_a_survey(gazetteer):
    text, segs = _segment(TRANSCRIPT, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "Par une collègue, à une soirée")
    assert (s.kind, s.speaker) == ("turn", "Interviewée")  # a labelled turn, not an answer with a profile


def test_profile_fields():
    assert profile_description("MG · H · 58 ans · Calvados") == "MG, H, 58 ans, Calvados"
    assert profile_description("Pédiatre / F / 44 ans") == "Pédiatre, F, 44 ans"


PROFESSIONS = [
    "Question 9 – Vos attentes",
    "Ille-et-Vilaine (3 réponses)",
    "Profession | Réponse",
    "Pharmacienne | Un annuaire des infirmiers qui font encore des tournées le dimanche matin.",
    "Orthoptiste | RAS",
    "Kinésithérapeute | Qu'on arrête de nous oublier dans les invitations aux réunions de secteur.",
    "Profession | Effectif",
    "Médecin généraliste | 14 adhérents au 1er janvier",
    "Fonction | Commentaire",
    "Secrétariat | Les dossiers arrivent incomplets presque une fois sur deux.",
]


def test_a_profession_column_profiles_its_rows(gazetteer):
    text, segs = _segment(PROFESSIONS, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Un annuaire des infirmiers")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "pharmacien")
    s = _at(text, segs, "Qu'on arrête de nous oublier")
    assert (s.kind, s.role) == ("verbatim", "kinesitherapeute")
    assert _at(text, segs, "RAS").kind != "verbatim"  # too short to be an answer
    assert _at(text, segs, "14 adhérents").kind != "verbatim"  # no answer column
    # a one-field profile that names no post (a service, not a person) is no respondent's profile
    assert _at(text, segs, "Les dossiers arrivent incomplets").kind != "verbatim"


# Two professions' words side by side, one column each, two rows run into one line by the
# extraction (answer_tables.profession_columns, segfix35); a figures table under such a header is no one's words.
SIDE_BY_SIDE = [
    "Tableau 3 – Sujet | Pharmaciens | Kinésithérapeutes",
    "Messagerie | « Je n'ouvre la messagerie qu'une fois par semaine, le lundi. » | « Personne ne nous écrit, on n'est dans aucun annuaire. » "
    "Réunions | « Le soir, je ferme à vingt heures, je ne peux pas venir. » | « Les réunions sont faites pour les médecins, pas pour nous. »",
    "Les deux professions décrivent le même isolement.",
    "Tableau 4 – Indicateur | Médecins | Infirmières",
    "Adhérents | 12 | 31",
]


def test_profession_columns_speak(gazetteer):
    text, segs = _segment(SIDE_BY_SIDE, gazetteer)
    got = [(s.kind, s.role) for s in (_at(text, segs, w) for w in (
        "Je n'ouvre la messagerie", "Personne ne nous écrit", "Le soir, je ferme", "Les réunions sont faites"))]
    assert got == [("verbatim", "pharmacien"), ("verbatim", "kinesitherapeute"),
                   ("verbatim", "pharmacien"), ("verbatim", "kinesitherapeute")]
    assert _at(text, segs, "décrivent le même isolement").kind == "narrative"
    assert _at(text, segs, "Adhérents | 12").kind == "narrative"


# session 16 (segfix38): a thesis's table of excerpts without guillemets, the speaker a code in a
# column of its own, the codes' professions given by a key of ranges in the methods
def test_an_excerpt_table_with_a_code_column_and_a_key_by_ranges(gazetteer):
    lines = ["Huit professionnels exerçant entre Rodez et Millau ont participé. K1 à K5 sont kinésithérapeutes, "
             "O1 et O2 orthophonistes.",
             "Thème | Extrait | Participant",
             "Délais | Trois mois pour une première séance, et les médecins me demandent de faire vite. | K2",
             "Adressage | On reçoit des ordonnances sans un mot sur ce que l'enfant a déjà fait. | O1",
             "Indicateur | Valeur | Participant",
             "Durée moyenne | 42 minutes | K1"]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "Trois mois pour une première séance")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "K2", "kinesitherapeute", "Occitanie")
    other = _at(text, segs, "On reçoit des ordonnances")
    assert (other.kind, other.speaker, other.role) == ("verbatim", "O1", "autre_paramedical")
    assert _at(text, segs, "42 minutes").kind not in ("verbatim", "turn")
