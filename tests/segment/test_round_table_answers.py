"""Round-table written interviews (segment/round_table_answers.py): under each question, one
paragraph per respondent, "Name (aside) : answer", each name once per question. Look-alikes: a
glossary or a timetable under a question (third person, no one speaking), two answers only, a
label repeated in the run (a transcript's turns, discovery's), a run under a plain paragraph."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import StyleMap, split_lines
from corpus.segment.round_table_answers import respondent_label, round_table_speakers

QUESTION = "Comment avez-vous connu la maison de santé ?"
ROUND = [
    "Dix ans de la maison de santé : paroles d'usagers",
    "Nous avons posé les mêmes questions par courriel à trois patients fidèles.",
    QUESTION,
    "Josiane Martel (patiente depuis 2014) : Par mon médecin, qui s'y est installé le premier.",
    "kiki31 (forum des usagers) : J'ai vu l'affiche à la pharmacie, je crois.",
    "Paul (aidant) : Ma mère y était suivie, je l'accompagnais le jeudi.",
    "La suite des réponses la semaine prochaine.",
]


def test_each_respondent_under_the_question_is_a_turn_of_their_name(gazetteer):
    text, segs = _segment(ROUND, gazetteer)
    for snippet, who in (("Par mon médecin", "Josiane Martel"), ("J'ai vu l'affiche", "kiki31"),
                         ("Ma mère y était suivie", "Paul")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("turn", who)
    assert _at(text, segs, QUESTION).kind not in ("turn", "verbatim")
    assert _at(text, segs, "La suite des réponses").kind == "narrative"


def _declared(lines):
    return round_table_speakers(split_lines("\n".join(lines)), None)


def test_look_alikes_declare_no_respondent():
    glossary = ["Quels sigles faut-il connaître ?", "CPTS (communauté professionnelle) : elle réunit les soignants.",
                "MSP (maison de santé) : elle regroupe des professionnels.", "ARS (agence régionale) : elle finance."]
    assert _declared(glossary) == {}  # third person: definitions
    assert _declared(ROUND[:5]) == {}  # two answers only
    repeated = ROUND[:4] + [ROUND[3], ROUND[4]]
    assert _declared(repeated) == {}  # a name twice in the run: not one answer each
    plain = [ROUND[1]] + ROUND[3:6]
    assert _declared(plain) == {}  # no question above
    grid = ["Que dire au médecin régulateur ?", "S : Je suis l'infirmière libérale de Mme P., 84 ans.",
            "A : Elle est traitée par anticoagulant.", "E : Je pense qu'elle a un hématome.",
            "D : Je souhaite que vous la voyiez aujourd'hui."]
    assert _declared(grid) == {}  # a SAED grid's letters: an example message, not respondents


def test_respondent_label_shape():
    m = respondent_label("Pierre Jarillon (compte créé en 1999) : Lors de sa création.")
    assert (m.group("name"), m.group("aside")) == ("Pierre Jarillon", "compte créé en 1999")
    assert respondent_label("Source : Santé publique France.") is None  # a not-label word
    assert respondent_label("Il faut dire une chose : nous étions seuls.") is None  # a sentence, five words


def test_attendance_line_is_no_respondent_and_does_not_part_the_answers(gazetteer):
    # a meeting record's attendance line ("Présents : …", an accented not_labels word) between the
    # heading and the function-labelled turns: not a speaker, and the turns are still read
    assert respondent_label("Présents : six professionnels ; l'interne observe sans intervenir.") is None
    meeting = ["Annexe C – Extrait du staff du 3 mai, maison de santé du Val de Saône",
               "Présents : six professionnels ; l'interne observe sans intervenir.",
               "La sage-femme : Je l'ai vue lundi, elle dort mal depuis la naissance.",
               "Une IDE : Moi je passe le matin, elle pleure souvent quand je repars.",
               "Le kiné : Je peux décaler ma séance pour qu'elle soit moins seule le soir."]
    styles = line_styles(meeting, {0}, "bold")  # the heading in bold: the interviewer's part
    declared = round_table_speakers(split_lines("\n".join(meeting)), StyleMap(styles))
    assert "Présents" not in declared
    assert {"La sage-femme", "Une IDE", "Le kiné"} <= set(declared)
    text, segs = _segment(meeting, gazetteer, styles=styles)
    assert _at(text, segs, "six professionnels").kind not in ("turn", "verbatim")
    assert _at(text, segs, "elle dort mal").kind == "turn"


def test_a_phrase_holding_an_attendance_word_and_the_labelled_animator(gazetteer):
    # seglabels14: "Étaient présents :", "Personnes excusées :" hold a not_labels word (any word of
    # the label counts, not only the whole label); "L'animateur :" names the interviewer's part
    assert respondent_label("Étaient présents : Mme A. (infirmière libérale, Caudry), M. B. (pharmacien).") is None
    assert respondent_label("Personnes excusées : Dr Martin, Mme Roche.") is None
    assert respondent_label("Josiane Martel (patiente depuis 2014) : Par mon médecin.") is not None
    minutes = ["CPTS du Haut-Doubs – Groupe de travail « Soins non programmés » – 4 avril 2024",
               "Personnes présentes : Mme L. (infirmière libérale, Morteau), M. P. (pharmacien, Pontarlier), "
               "Mme R. (médecin généraliste, Pontarlier).",
               "L'animateur : Qu'est-ce qui vous manque le plus le samedi matin ?",
               "Mme L. : Un médecin à joindre. Je tombe sur le répondeur et je finis par envoyer aux urgences.",
               "M. P. : Et moi j'ai des ordonnances périmées que je ne peux pas renouveler, je dépanne comme je peux.",
               "Mme R. : On a un planning de garde mais personne ne le connaît, on devrait l'envoyer à tous.",
               "L'animateur : Un annuaire partagé vous aiderait ?"]
    styles = line_styles(minutes, {0}, "bold")
    declared = round_table_speakers(split_lines("\n".join(minutes)), StyleMap(styles))
    assert "Personnes présentes" not in declared
    assert declared.get("L'animateur", {}).get("moderator", True)
    text, segs = _segment(minutes, gazetteer, styles=styles)
    assert _at(text, segs, "Mme L. (infirmière libérale").kind not in ("turn", "verbatim")
    assert _at(text, segs, "vous manque le plus").kind not in ("turn", "verbatim")
    assert _at(text, segs, "Un médecin à joindre").kind == "turn"


# s27-segr46a: a report's quotations introduced by a description and a speech verb ("La famille rapporte :
# « … »", round 46's ethics consultation) are no round table: the lead-in is not a label, the words are
# a verbatim of no named speaker whose role the description gives. Unseen variant: a social-work
# report in the Jura, a neighbour, a daughter and a physiotherapist.
REPORTED = [
    "Synthèse de la visite à domicile du 3 avril",
    "Qui a été entendu ?",
    "La voisine du dessous raconte : « Je l'entends tomber la nuit, au moins deux fois par semaine. »",
    "La fille cadette confie : « Je n'arrive plus à venir de Dole tous les soirs, je n'en peux plus. »",
    "Le kinésithérapeute du cabinet précise : « Je le vois deux fois par semaine, il a perdu beaucoup d'équilibre. »",
    "Une réévaluation du plan d'aide est proposée au conseil départemental.",
]


def test_a_description_and_a_speech_verb_before_a_colon_is_no_respondent(gazetteer):
    assert respondent_label(REPORTED[2]) is None
    assert _declared(REPORTED) == {}
    text, segs = _segment(REPORTED, gazetteer)
    for snippet in ("Je l'entends tomber", "Je n'arrive plus à venir", "il a perdu beaucoup"):
        s = _at(text, segs, snippet)
        assert s.kind in ("verbatim", "turn") and s.speaker == ""
    assert _at(text, segs, "il a perdu beaucoup").role == "kinesitherapeute"
    assert _at(text, segs, "Une réévaluation du plan").kind == "narrative"


def test_a_respondent_named_by_two_words_is_still_a_label():
    # near-miss: a two-word name whose last word is no speech verb stays a respondent's label
    assert respondent_label("Marie Claude (aidante) : Je l'ai appris par la pharmacie.").group("name") == "Marie Claude"
