"""The line under a heading that numbers an interview describes the person who answers first
(segment/interview_cards.py): "Annexe 3 – Entretien n° 6" then "Médecin du CDPS de Maripasoula,
salariée du centre hospitalier de Cayenne ; entretien réalisé …". Look-alikes: a label that
joins later keeps its own (unknown) role; a line under the heading that describes no person."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def _annex(card: str) -> list[str]:
    return ["Annexe 2 – Entretien n° 4",
            card,
            "Q : Comment s'organise une évacuation quand un patient doit descendre sur Saint-Laurent ?",
            "R : Ça dépend du fleuve. En saison sèche, c'est l'hélicoptère, et il faut le demander à Cayenne.",
            "Q : Et la CPTS ?",
            "R : Elle n'existe pas ici. Nous, on est un service de l'hôpital.",
            "R2 : Moi je traduis pour le docteur quand les familles appellent."]


def test_the_card_under_the_heading_describes_the_first_to_answer(gazetteer):
    text, segs = _segment(_annex("Infirmière du centre de santé de Maripasoula ; entretien réalisé sur place "
                                 "le 14 mars 2022 (48 min)."), gazetteer, doc={"kind": "memoire"})
    first = _at(text, segs, "Ça dépend du fleuve")
    assert (first.kind, first.speaker, first.role, first.region) == ("turn", "R", "infirmier", "Guyane")
    assert _at(text, segs, "Elle n'existe pas ici").role == "infirmier"
    joined = _at(text, segs, "Moi je traduis")
    assert (joined.speaker, joined.role) == ("R2", "inconnu")


def test_a_line_under_the_heading_that_describes_nobody(gazetteer):
    text, segs = _segment(_annex("Entretien réalisé sur place le 14 mars 2022 (48 min)."), gazetteer,
                          doc={"kind": "memoire"})
    assert _at(text, segs, "Ça dépend du fleuve").role == "inconnu"


# a memoir's annex whose labels are set off by spaces only, the interview's header on its own line
# (round 25's kiné in Corse, reworded): the header's description ends with its line, so the
# interviewer's "Ch." opening the next line is no hospital ("CH")
SPACED = [
    "Entretien O3 – orthophoniste libérale, Ajaccio – 41 min",
    "Ch.    Comment avez-vous connu la CPTS ?",
    "O3    Par une collègue, en fait. On cherchait à monter des ateliers pour les parents, et elle m'a dit d'aller à la réunion.",
    "Ch.    Et vous y êtes allée ?",
    "O3    Oui, et depuis je ne rate plus une soirée.",
]


def test_an_interview_header_s_description_stops_at_its_line(gazetteer):
    text, segs = _segment(SPACED, gazetteer)
    seg = _at(text, segs, "Par une collègue")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", "O3", "autre_paramedical", "Corse")


def _field_card(fields: list[str]) -> list[str]:
    return ["Annexe 4 – Entretien n° 2", *fields,
            "Enquêtrice : Comment travaillez-vous avec les médecins du secteur ?",
            "PA2 : Ça dépend des cabinets. Certains m'envoient tous leurs patients stables, d'autres aucun.",
            "Enquêtrice : Et les pharmaciens ?",
            "PA2 : Très bien, ce sont eux qui repèrent les patients qui ne renouvellent plus."]


def test_a_card_of_field_lines_describes_the_label_it_names(gazetteer):
    # "Participante : PA2" names the label; "Exercice :" and "Lieu :" describe that person
    text, segs = _segment(_field_card(["Participante : PA2",
                                       "Exercice : infirmière en pratique avancée, oncologie",
                                       "Lieu : centre hospitalier de Mende",
                                       "Durée : 41 min"]), gazetteer, doc={"kind": "memoire"})
    first = _at(text, segs, "Ça dépend des cabinets")
    assert (first.kind, first.speaker, first.role, first.region) == ("turn", "PA2", "infirmier", "Occitanie")
    assert _at(text, segs, "ce sont eux qui repèrent").role == "infirmier"


def test_field_lines_naming_another_label_describe_nobody(gazetteer):
    # the card names a participant who never answers below: no role given to PA2
    text, segs = _segment(_field_card(["Participante : PA7",
                                       "Exercice : infirmière en pratique avancée, oncologie",
                                       "Lieu : centre hospitalier de Mende"]), gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "Ça dépend des cabinets").role == "inconnu"


def _lettered(heading: str, label: str) -> list[str]:
    return [heading,
            "I : Comment les médecins traitants vous sollicitent-ils ?",
            f"{label} : Par fax, encore, pour la moitié d'entre eux. Les autres appellent le secrétariat.",
            "I : Et la liste d'attente ?",
            f"{label} : Six semaines en ce moment, alors on priorise les sorties d'hôpital."]


def test_a_heading_by_letter_describes_the_label_of_that_letter(gazetteer):
    text, segs = _segment(_lettered("Entretien F – infirmière coordinatrice de SSIAD, Mende, 31 min", "F"),
                          gazetteer, doc={"kind": "these"})
    first = _at(text, segs, "Par fax, encore")
    assert (first.kind, first.speaker, first.role) == ("turn", "F", "coordinateur")
    assert _at(text, segs, "Six semaines en ce moment").role == "coordinateur"


def test_a_heading_by_letter_gives_no_role_to_another_label(gazetteer):
    # the heading's letter is not the label that answers: whose description it is stays unsaid
    text, segs = _segment(_lettered("Entretien F – infirmière coordinatrice de SSIAD, Mende, 31 min", "G"),
                          gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "Par fax, encore").role == "inconnu"


def test_a_heading_by_letter_is_the_interview_the_answer_label_answers(gazetteer):
    # session 31 (round 56, 'Entretien B – pharmacienne adjointe, …' over 'Q :' / 'R :'; rounds 48 and 51
    # annotate the interview's identifier): the answer word's label is the heading's interview
    text, segs = _segment(_lettered("Entretien F – infirmière coordinatrice de SSIAD, Mende, 31 min", "R"),
                          gazetteer, doc={"kind": "these"})
    first = _at(text, segs, "Par fax, encore")
    assert (first.speaker, first.role) == ("Entretien F", "coordinateur")


# s44: a word processor's header table over the transcript, one field a row ("| Pseudonyme | Nadia |",
# "| Fonction | Coordinatrice du DAC de la Nièvre |"): the fields of a sheet, the person the one
# answering label
TABLE_SHEET = [
    "Annexe 4 – Entretien n° 2",
    "| Date | 3 mars 2024 |",
    "| Lieu | Locaux du DAC, Nevers |",
    "| Pseudonyme | Nadia |",
    "| Fonction | Coordinatrice du dispositif d'appui depuis 2020 |",
    "E : Pouvez-vous me décrire une semaine de travail ?",
    "Nadia : Je passe beaucoup de temps au téléphone avec les infirmières et les assistantes sociales.",
    "E : Et les médecins ?",
    "Nadia : Ils m'appellent quand une sortie d'hôpital se passe mal, rarement avant.",
]


def test_a_header_table_of_fields_describes_the_one_answering_label(gazetteer):
    text, segs = _segment(TABLE_SHEET, gazetteer)
    for snippet in ("beaucoup de temps au téléphone", "quand une sortie d'hôpital"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", "Nadia", "coordinateur", "Bourgogne-Franche-Comté")


def test_a_card_whose_fields_run_on_one_line_between_dashes(gazetteer):
    # (s55) "Code : E4 – Fonction : sage-femme libérale … – Lieu : … – Date : … – Durée : …" under the heading
    lines = ["Annexe 5 – Retranscription de l'entretien 4",
             "Code : E4 – Fonction : sage-femme libérale, membre du groupe périnatalité – Lieu : cabinet, Le Prêcheur – "
             "Date : 14 mars 2024 – Durée : 47 minutes",
             "Enquêtrice : Comment êtes-vous arrivée dans le groupe ?",
             "E4 : C'est la coordinatrice qui m'a appelée, ils cherchaient une sage-femme du nord.",
             "Enquêtrice : Et qu'est-ce que le groupe a mis en place ?",
             "E4 : Un parcours pour les femmes qui sortent de la maternité, avec une fiche."]
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "ils cherchaient une sage-femme du nord")
    assert (seg.kind, seg.role, seg.region) == ("turn", "sage_femme", "Martinique")
