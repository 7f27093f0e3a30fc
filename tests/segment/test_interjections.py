"""Voices heard once inside a labelled dialogue (segment/interjections.py): "Une voix dans la salle :",
"Gérard, retraité de Condé :" between the turns of labels that recur; "Le trésorier :" in a general
meeting's minutes whose attendance sheet says who holds the office. Look-alikes: "Un point :",
"Une question :" (no person), a function label far from any dialogue."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.interjections import interjection

CAFE = [
    "Café-santé du 3 avril 2025 à Vire – compte rendu",
    "Invités : Dr Anne Lemaître, médecin généraliste à la maison de santé de Vire ; M. Paul Héroult, "
    "conseiller municipal délégué à la santé.",
    "Animatrice : Docteur, qu'est-ce qui a changé depuis l'ouverture de la maison de santé ?",
    "Dr Lemaître : On travaille enfin ensemble, les infirmières passent entre deux tournées et on règle les "
    "problèmes dans le couloir.",
    "Une voix dans la salle : Et ceux qui attendent un médecin traitant depuis trois ans, on leur dit quoi ?",
    "M. Héroult : Nous cherchons deux internes pour la rentrée, la ville leur loue un appartement.",
    "Gérard, retraité de Condé-sur-Noireau : Moi je fais quarante kilomètres pour mon renouvellement, tous les "
    "trois mois.",
    "Animatrice : Merci à tous, on poursuit autour d'un café.",
]

MINUTES = [
    "Association Santé Bocage – procès-verbal de l'assemblée générale du 12 mars 2025",
    "Feuille de présence : Dr Luc Marie, médecin généraliste, trésorier ; Mme Odile Lecoq, infirmière "
    "libérale, présidente ; M. Yves Hardy, expert-comptable, invité.",
    "M. Hardy : Le résultat est positif mais les subventions arrivent toujours avec six mois de retard.",
    "Le trésorier : Je propose de garder deux mois de charges en réserve avant toute embauche.",
    "Première résolution : l'assemblée approuve les comptes de l'exercice 2024. Adoptée à l'unanimité.",
    "La présidente : Il faudra trouver un financement pour la coordinatrice avant l'été, sinon on la perd.",
    "Mme Lecoq : Je m'en occupe avec l'agence.",
    "Un membre du bureau : Et qu'on arrête de remplir trois tableaux pour la même chose.",
    "Questions diverses",
    "La séance est levée à 22 h.",
]


def test_a_voice_and_a_first_name_heard_once_between_labelled_turns(gazetteer):
    text, segs = _segment(CAFE, gazetteer)
    voice = _at(text, segs, "Et ceux qui attendent un médecin traitant")
    assert (voice.kind, voice.speaker, voice.role) == ("turn", "", "inconnu")
    # the doctor's turn ends where the voice starts
    assert "Et ceux qui attendent" not in text[_at(text, segs, "On travaille enfin").char_start:
                                               _at(text, segs, "On travaille enfin").char_end]
    retired = _at(text, segs, "je fais quarante kilomètres")
    assert (retired.kind, retired.speaker, retired.role, retired.region) == ("turn", "Gérard", "autre", "Normandie")
    assert _at(text, segs, "Nous cherchons deux internes").speaker == "M. Paul Héroult"


def test_an_office_the_attendance_sheet_gives_and_the_last_voice(gazetteer):
    text, segs = _segment(MINUTES, gazetteer)
    treasurer = _at(text, segs, "garder deux mois de charges")
    assert (treasurer.kind, treasurer.speaker, treasurer.role) == ("turn", "Le trésorier", "medecin_generaliste")
    president = _at(text, segs, "trouver un financement pour la coordinatrice")
    assert (president.kind, president.speaker, president.role) == ("turn", "La présidente", "infirmier")
    member = _at(text, segs, "qu'on arrête de remplir trois tableaux")
    assert (member.kind, member.speaker, member.role) == ("turn", "", "inconnu")


def test_no_person_no_interjection(gazetteer):
    assert interjection("Un point : les locaux ouvriront en mai.", gazetteer) is None
    assert interjection("Une question : faut-il un parking ?", gazetteer) is None
    # an office no listed person holds says nothing of who speaks
    assert interjection("Le constat : les délais dépassent trois mois.", gazetteer, {"Dr Luc Marie": "trésorier"}) is None
    label, attrs = interjection("Une habitante du bourg : On attend depuis deux ans.", gazetteer)
    assert (label, attrs["speaker"], attrs["role"]) == ("Une habitante du bourg", "", "autre")


def test_labels_far_from_a_dialogue_stay_narrative(gazetteer):
    report = ["Rapport d'activité 2024", "Une habitante : c'est ainsi que le questionnaire désignait chaque répondante.",
              "Le constat : les délais dépassent trois mois.", "La méthode : douze entretiens."]
    text, segs = _segment(report, gazetteer)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)
