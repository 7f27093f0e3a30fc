"""Question-and-answer records (segment/answer_records.py): an officer's record of numbered questions
and the answers taken down in guillemets ("Question n°2 : … ?", "Réponse : « … »"); a bare answer is
the words of the one who answered above it, or of the person the narration presents just above the
question. Look-alikes: a model of the record to fill in (bracketed answers), a single question."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

RECORD = [
    "PROCÈS-VERBAL D'INTERPELLATION",
    "L'an deux mille vingt-cinq et le trois mars, à la requête de l'association Santé Vallée, je me suis "
    "transporté au centre de santé de Ghisonaccia.",
    "Sur place, j'ai rencontré l'infirmière du centre, qui a accepté de répondre à une question.",
    "Question n°1 : Le centre est-il ouvert le samedi ?",
    # (the answer word alone on its line, the answer below it, as a record's layout extracts)
    "Réponse :",
    "« Nous ouvrons un samedi sur deux, le matin seulement, faute de médecin. »",
    "Le docteur Marchetti étant présent, je lui ai posé les questions suivantes.",
    "Question n°2 : Avez-vous réduit vos jours de consultation ?",
    "Réponse du docteur Marchetti : « Je ne viens plus que le mardi, je l'ai dit au bureau en janvier. »",
    "Question n°3 : Comptez-vous quitter le centre ?",
    "Réponse :",
    "« Je n'ai rien à ajouter, voyez avec mon avocat pour la suite. »",
    "Dont acte. Coût de l'acte : 120 euros.",
]


def test_bare_answers_go_to_who_answers(gazetteer):
    text, segs = _segment(RECORD, gazetteer)
    first = _at(text, segs, "Nous ouvrons un samedi sur deux")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "", "infirmier")
    last = _at(text, segs, "voyez avec mon avocat")
    assert (last.kind, last.speaker) == ("verbatim", "docteur Marchetti")
    assert _at(text, segs, "Avez-vous réduit vos jours").kind not in ("verbatim", "turn")


TEMPLATE = [
    "Modèle d'acte – interpellation (usage interne)",
    "L'an [année], je me suis transporté [adresse], où j'ai rencontré [nom, qualité].",
    "Question n°1 : [la question, une seule interrogation]",
    "Réponse :",
    "« [recopier la réponse telle que je l'entends, sans reformuler] »",
    "Question n°2 : [la question suivante]",
    "Réponse :",
    "« [idem, ou noter que je n'ai pas pu recueillir la réponse] »",
]


def test_a_model_to_fill_in_quotes_no_one(gazetteer):
    _, segs = _segment(TEMPLATE, gazetteer)
    assert speech(segs) == []


def test_one_question_makes_no_record(gazetteer):
    lines = ["Lors de la visite, la pharmacienne a répondu à notre question.",
             "Question : Les livraisons sont-elles régulières ?",
             "Réponse :",
             "« Nous sommes livrés deux fois par jour, sauf le samedi après-midi. »"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Nous sommes livrés deux fois").kind != "verbatim"


def test_answers_on_the_answer_word_line(gazetteer):
    # the same record typed with each answer on its answer word's line: turns labelled "Réponse"
    lines = [x for x in RECORD if x != "Réponse :"]
    lines = [f"Réponse : {x}" if x.startswith("« ") else x for x in lines]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "Nous ouvrons un samedi sur deux")
    assert (first.kind in ("verbatim", "turn"), first.speaker, first.role) == (True, "", "infirmier")
    assert _at(text, segs, "voyez avec mon avocat").speaker == "docteur Marchetti"
