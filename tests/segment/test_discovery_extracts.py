"""Speaker labels of short extracts and crossed interviews (corpus/segment/discovery.py,
conventions.py TURN; s49): a first name answering the one question of a short extract, a label of
a first name's initials and a surname in capitals ("J.-L. HOARAU. —"), an interview heading that
names its person by a participant's numbered label."""

from __future__ import annotations

from segment_text import heading_structure, line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def test_a_first_name_answering_the_question_of_a_short_extract(gazetteer):
    lines = ["Le groupe d'analyse de la pratique",
             "Le service réunit chaque mois les assistantes familiales autour d'une psychologue.",
             "Extrait de séance, avril 2023 (notes prises avec l'accord du groupe)",
             "Hélène (psychologue) : Qu'est-ce qui vous a le plus pesé ce mois-ci ?",
             "Brigitte : Les trajets. Je fais quatre-vingts kilomètres par semaine pour les rendez-vous, et ça ne compte nulle part.",
             "Le silence qui suit en dit long."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "Je fais quatre-vingts kilomètres")
    assert (s.kind, s.speaker) == ("turn", "Brigitte")
    assert _at(text, segs, "le plus pesé ce mois-ci").kind == "moderator"


def test_a_dialogue_keeps_its_own_reading(gazetteer):
    # a longer exchange: the rule for a lone answer does not apply, the labels are judged as before
    lines = ["Transcription",
             "Hélène : Qu'est-ce qui vous a le plus pesé ce mois-ci ?",
             "Brigitte : Les trajets, surtout.",
             "Hélène : Et la fatigue ?",
             "Brigitte : Aussi, mais on s'y fait."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "entretien"})
    assert _at(text, segs, "Les trajets, surtout").speaker == "Brigitte"


def test_initials_and_a_surname_in_capitals_label_a_crossed_interview(gazetteer):
    lines = ["Regards croisés",
             "Nous avons posé les mêmes questions à deux professionnels de Saint-Benoît.",
             "Marie-Claude FONTAINE, infirmière libérale à Saint-Benoît depuis 2004.",
             "Dr Patrice HOAREAU, médecin généraliste à Saint-Benoît.",
             "Qu'a changé la CPTS pour vous ?",
             "M.-C. FONTAINE. — Avant, je ne connaissais pas les médecins du bas de la ville. Aujourd'hui je les appelle.",
             "P. HOAREAU. — Pour moi, c'est le parcours plaie. Je sais qu'une infirmière passera dans la semaine.",
             "M.-C. FONTAINE. — Et on se voit aux soirées de formation, ça compte aussi."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"}, structure=heading_structure(lines, [0, 4]))
    s = _at(text, segs, "je ne connaissais pas les médecins")
    assert (s.kind, s.speaker, s.role) == ("turn", "M.-C. FONTAINE", "infirmier")  # the initials as printed
    s = _at(text, segs, "c'est le parcours plaie")
    assert (s.kind, s.speaker, s.role) == ("turn", "P. HOAREAU", "medecin_generaliste")  # the full name's trade


def test_an_interview_heading_naming_a_numbered_participant(gazetteer):
    lines = ["Méthode",
             "Six kinésithérapeutes libéraux du Jura ont participé ; ils sont désignés par « Kiné » suivi d'un numéro.",
             "Annexe 4 – Extrait de l'entretien avec Kiné 3 (8 février 2023, 40 minutes)",
             "Q : Comment organisez-vous votre liste d'attente ?",
             "R : Je n'en ai plus. J'ai arrêté de noter les noms quand on a dépassé les quatre-vingts, je le dis au téléphone.",
             "Q : Et les médecins, comment le prennent-ils ?",
             "R : Mal, au début. Maintenant ils appellent avant d'envoyer quelqu'un."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"}, structure=heading_structure(lines, [0, 2]))
    s = _at(text, segs, "J'ai arrêté de noter les noms")
    assert (s.kind, s.speaker, s.role) == ("turn", "Kiné 3", "kinesitherapeute")


def test_a_voice_named_in_a_bracket_inside_an_interviews_answers(gazetteer):
    # s49: an annex transcript whose questions are bold headings and answers roman paragraphs; another
    # voice named in a bracket closing on a colon, stage directions in brackets between the answers
    lines = ["Annexe 5 – Retranscription de l'entretien n° 3",
             "Dr Étienne Vallat, 69 ans, médecin généraliste en cumul emploi-retraite, Aigurande (Indre). Son épouse, "
             "Mme Odile Vallat, tient le secrétariat du cabinet.",
             "Qu'est-ce qui vous fait tenir, au quotidien ?",
             "Les patients. Et ma femme, qui tient l'agenda, sinon je n'y arriverais pas.",
             "[Mme Vallat, depuis le secrétariat :] Et qui rappelle les gens pour leurs résultats, dis-le aussi !",
             "Vous a-t-on sollicité pour organiser la suite ?",
             "[le téléphone sonne ; le Dr Vallat décroche]",
             "[voix au téléphone, interlocuteur non identifié :] Docteur, c'est pour l'ordonnance de ma mère, vous passez quand ?",
             "La communauté, oui, ils m'ont invité. Je n'y vais pas, c'est le soir et c'est loin.",
             "[fin de l'extrait retenu]",
             "Transcription relue par le témoin et publiée avec son accord écrit."]
    styles = line_styles(lines, {2, 5}, "bold")
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"}, styles=styles,
                          structure=heading_structure(lines, [0, 2, 5]))
    s = _at(text, segs, "Et qui rappelle les gens")
    assert (s.kind, s.speaker) == ("turn", "Mme Odile Vallat")
    answer = _at(text, segs, "qui tient l'agenda")
    assert answer.kind == "turn" and answer.role == "medecin_generaliste" and answer is not s
    s = _at(text, segs, "c'est pour l'ordonnance de ma mère")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "le téléphone sonne").kind not in ("turn", "verbatim")
    assert _at(text, segs, "La communauté, oui").role == "medecin_generaliste"
    assert _at(text, segs, "Transcription relue par le témoin").kind not in ("turn", "verbatim")  # the editor's note
