"""A committee record's chair named by a "Présidence de" line, and the record's own lines
(segment/chaired_records.py); look-alikes: a record with no such line (a rapporteur speaking as
"président" of a working group stays a member), a chair's sentence about the committee."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.chaired_records import chair_names, is_chair, is_record_line

RECORD = [
    "Mercredi 14 octobre 2020",
    "- Présidence de M. Paul Guérin, président -",
    "La réunion est ouverte à 14 h 30.",
    "M. Paul Guérin, président. - Nous poursuivons nos travaux avec l'audition des représentants des infirmiers libéraux.",
    "Je vous rappelle que cette audition fait l'objet d'une captation vidéo.",
    "La commission procède à l'audition de Mme Hélène Vasseur, présidente de l'union régionale.",
    "Mme Hélène Vasseur, présidente de l'union régionale des infirmiers. - Pendant le premier confinement, nous avons organisé les tournées à domicile.",
    "Mme Anne Lefort. - Combien d'infirmiers ont été contaminés dans la région ?",
]


def test_chair_named_by_presidence_line_is_moderator(gazetteer):
    text, segs = _segment(RECORD, gazetteer)
    assert _at(text, segs, "Nous poursuivons nos travaux").kind == "moderator"
    assert _at(text, segs, "Je vous rappelle que cette audition").kind == "moderator"
    s = _at(text, segs, "Pendant le premier confinement")
    assert (s.kind, s.speaker) == ("turn", "Hélène Vasseur")
    s = _at(text, segs, "Combien d'infirmiers")
    assert (s.kind, s.role) == ("turn", "elu")


def test_record_line_ends_the_intervention(gazetteer):
    text, segs = _segment(RECORD, gazetteer)
    assert _at(text, segs, "La commission procède à l'audition").kind not in ("turn", "verbatim", "moderator")


def test_without_presidence_line_a_president_stays_a_member(gazetteer):
    lines = [
        "M. Jean Morin, président du groupe de travail. - Avec Mme Dubois, nous vous présentons nos conclusions sur les déserts médicaux.",
        "Mme Sophie Dubois, rapporteure. - Dix ans après la loi, la situation s'est aggravée.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Avec Mme Dubois").kind == "turn"


def test_chair_names_and_record_lines():
    chairs = chair_names(split_lines("- Présidence de Mme Jeanne Roche, présidente d'âge -\nSous la présidence de M. Luc Bernard, la séance reprend.\n"))
    assert is_chair("Jeanne Roche", chairs) and is_chair("Luc Bernard", chairs)
    assert not is_chair("Anne Lefort", chairs)
    assert is_record_line("La commission d'enquête procède à la désignation de son bureau.")
    assert is_record_line("La séance est levée à 18 heures.")
    assert not is_record_line("La commission doit entendre les syndicats la semaine prochaine.")
    assert not is_record_line("Le procès-verbal de la réunion sera diffusé.")


def test_the_chair_running_the_sitting_moderates(gazetteer):
    """s51: "M. le Maire : Nous abordons le point 7 …" and "Je mets aux voix" run the sitting (moderator
    items); the same label presenting the project speaks as a member."""
    from corpus.segment.chaired_records import chair_procedure

    lines = ["Procès-verbal du conseil municipal du 14 mars 2024",
             "Présents : M. Paul Vidal, maire ; Mme Claudine Roux, adjointe à la santé ; M. Henri Blanc, conseiller municipal.",
             "M. le Maire : Nous abordons le point 7, la maison de santé. Madame Roux, vous avez la parole.",
             "Mme Roux : Le projet réunit deux médecins, trois infirmières et une kinésithérapeute, et l'ARS le soutient.",
             "M. Blanc : Nous voterons pour, mais nous voulons connaître le loyer demandé aux professionnels.",
             "M. le Maire : Le loyer sera fixé par la commission, au prix du marché, pour ne pas fausser la concurrence.",
             "M. le Maire : S'il n'y a pas d'autres interventions, je mets la délibération aux voix."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Nous abordons le point 7").kind == "moderator"
    assert _at(text, segs, "je mets la délibération aux voix").kind == "moderator"
    assert _at(text, segs, "Le loyer sera fixé par la commission").kind == "turn"
    assert _at(text, segs, "Le projet réunit deux médecins").kind == "turn"
    assert not chair_procedure("Mme Roux", "Je mets aux voix")
    assert not chair_procedure("M. le Maire", "Le loyer sera fixé par la commission.")


MINUTES = [
    "Maison de santé des Coteaux – Compte rendu de la réunion d'équipe du mardi 9 avril 2024",
    "1. Protocole plaies chroniques",
    "Dr Carrère : On commence par le protocole plaies, les infirmières ont relu la version de mars.",
    "Mme Soulé : Oui, et on commence par la photo à chaque pansement, jointe au dossier partagé.",
    "Dr Carrère : Point suivant, les gardes du mois de mai. Qui peut prendre le 8 ?",
    "Dr Marty : Je prends le 8 si quelqu'un me remplace le 15, j'ai déjà deux week-ends.",
    "Dr Carrère : Pas d'autre question ? La prochaine réunion aura lieu le mardi 14 mai.",
    "Personnes présentes",
    "| Nom | Profession | Structure |",
    "| Dr Anne Carrère | Médecin généraliste, présidente de la SISA | MSP des Coteaux |",
    "| Claire Soulé | Infirmière libérale | Cabinet infirmier du bourg |",
    "| Dr Paul Marty | Médecin généraliste | MSP des Coteaux |",
]


def test_the_chair_the_attendance_list_names_runs_the_meeting(gazetteer):
    # s54: "Dr Carrère : Point suivant, …" where the list says "présidente de la SISA": the chair's
    # procedure, a moderator item; the same procedure by a member who chairs nothing stays a turn
    text, segs = _segment(MINUTES, gazetteer)
    assert _at(text, segs, "On commence par le protocole plaies").kind == "moderator"
    assert _at(text, segs, "Point suivant, les gardes du mois de mai").kind == "moderator"
    assert _at(text, segs, "La prochaine réunion aura lieu le mardi 14 mai").kind == "moderator"
    assert _at(text, segs, "on commence par la photo à chaque pansement").kind == "turn"  # no chair
    marty = _at(text, segs, "Je prends le 8 si quelqu'un me remplace")
    assert (marty.kind, marty.role) == ("turn", "medecin_generaliste")
