"""A meeting's record where each participant speaks once under their own label, paragraphs one
after another, the record naming most labels elsewhere (segment/meeting_rounds.py). Near misses: a
list of definitions, labels the record names nowhere, too short a run."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.discovery import meeting_rounds

# round 75's convention (s38): initials, the key at the end
PROCESSION = [
    "Mairie de Sartène – Réunion préparatoire du 3 mars 2025",
    "La réunion s'est tenue salle du conseil de 17 h à 18 h 30. Le compte rendu reprend les interventions dans l'ordre.",
    "PR : Le pénitent marche pieds nus pendant plus de trois heures. Il a fallu le soutenir deux fois dans la montée.",
    "AM : La ville peut fermer la circulation dès 20 heures et laisser un passage libre pour un véhicule de secours.",
    "MG : Il faut surtout prévoir les spectateurs. Je serai de garde cette nuit-là, je peux me tenir près de l'église.",
    "IDE : Moi. Je l'ai fait l'an dernier, j'avais préparé une bassine et des compresses dans la sacristie.",
    "MC : Pensez aussi aux confrères âgés qui portent les statues.",
    "Liste des sigles",
    "PR : prieur de la confrérie ; AM : adjointe au maire chargée des fêtes ; MG : médecin généraliste, Sartène ; "
    "IDE : infirmière libérale, Sartène.",
]

# unseen: first names with their trade in brackets, an attendance line at the top, a civility
QUART_D_HEURE = [
    "Atelier de découpe – Lamballe – Point sécurité du lundi 2 juin 2025, 6 h",
    "Présents : Yannick, Sonia et Mickaël, opérateurs ; Mme Hélène Briand, infirmière de santé au travail.",
    "Yannick (opérateur) : On a encore eu la scie qui bloque vendredi. Moi je veux bien, mais on force dessus.",
    "Sonia (opératrice) : Je mets les gants anticoupure mais ils glissent quand c'est gras, on le dit depuis mars.",
    "Mickaël (opérateur) : Pareil pour moi, et le tapis va trop vite quand on est deux.",
    "Mme Briand : Je vous propose qu'on regarde les gants ensemble jeudi, je passerai à la pause.",
    "Décision : essai de deux modèles de gants à partir du 10 juin.",
]


def test_initials_keyed_at_the_end(gazetteer):
    text, segs = _segment(PROCESSION, gazetteer, doc={"kind": "report"})
    s = _at(text, segs, "Le pénitent marche pieds nus")
    assert (s.kind, s.speaker, s.role) == ("turn", "PR", "autre")
    s = _at(text, segs, "La ville peut fermer la circulation")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "AM", "elu", "Corse")
    assert _at(text, segs, "je peux me tenir près de l'église").role == "medecin_generaliste"
    s = _at(text, segs, "confrères âgés qui portent les statues")
    assert (s.kind, s.speaker, s.role) == ("turn", "MC", "inconnu")  # not in the key
    assert _at(text, segs, "prieur de la confrérie").kind == "narrative"  # the key is no turn


def test_names_with_their_trade_named_in_the_attendance_line(gazetteer):
    text, segs = _segment(QUART_D_HEURE, gazetteer, doc={"kind": "report"})
    s = _at(text, segs, "la scie qui bloque vendredi")
    assert (s.kind, s.speaker) == ("turn", "Yannick")
    assert _at(text, segs, "les gants anticoupure").speaker == "Sonia"
    assert _at(text, segs, "regarde les gants ensemble jeudi").kind == "turn"
    assert _at(text, segs, "essai de deux modèles de gants").kind == "narrative"


def _text(paragraphs):
    return "\n".join(paragraphs) + "\n"


def test_near_misses():
    # a list of definitions: its terms are named nowhere else and the lines do not speak
    glossary = ["Glossaire", "Territoire : espace de vie défini par les flux de patients.",
                "Parcours : suite des étapes de la prise en charge d'un patient.",
                "Coordination : action de mettre en cohérence les interventions.",
                "Exercice coordonné : forme d'exercice réunissant plusieurs professions."]
    # labels that speak but that the record names nowhere
    unnamed = ["Compte rendu", "PR : Je pense qu'il faut prévoir plus de temps.",
               "AM : On peut fermer la rue à 20 heures, je m'en occupe.",
               "MG : Je serai de garde, je peux venir."]
    # the record names them, but two turns only
    short = ["Présents : Yannick et Sonia.", "Yannick : Je veux bien, mais on force dessus.",
             "Sonia : Je mets les gants, on le dit depuis mars."]
    for paragraphs in (glossary, unnamed, short):
        text = _text(paragraphs)
        assert not meeting_rounds(split_lines(text), text), paragraphs[0]
    text = _text(PROCESSION)
    assert meeting_rounds(split_lines(text), text)


def test_person_labels_after_an_article():
    from corpus.segment.meeting_rounds import person_label

    assert person_label("Le Marcheur") and person_label("L'infirmière") and person_label("Dr Aubert")
    assert person_label("Léa")  # "Lé" is no elided article (s38 review: it was read as "L'" + "a")
    assert not person_label("Notre devise")
