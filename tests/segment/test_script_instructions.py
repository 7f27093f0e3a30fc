"""An interviewer's script: the quotation after a condition or a step, "Si la personne accepte :
« … »", "Fin de l'appel : « … »", is a text to read (segment/script_instructions.py); look-alikes:
one conditional sentence of an account, a first-person condition."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.script_instructions import instruction_leads

SCRIPT = [
    "Annexe 2 – Guide de l'appel de suivi à J+7",
    "L'infirmière de coordination lit le texte suivant sans le modifier.",
    "En cas de répondeur : « Bonjour, ici l'infirmière de coordination de la CPTS, je vous rappellerai demain matin. »",
    "Si le patient est joignable : « Je vous appelle pour savoir comment se passe votre retour à domicile depuis votre sortie. »",
    "Fin de l'appel : « Merci, n'hésitez pas à nous joindre au numéro indiqué sur votre compte rendu. »",
]


def test_a_scripts_lines_are_no_verbatims(gazetteer):
    text, segs = _segment(SCRIPT, gazetteer)
    for snippet in ("je vous rappellerai demain matin", "comment se passe votre retour", "n'hésitez pas à nous joindre"):
        assert _at(text, segs, snippet).kind != "verbatim"


def test_an_accounts_condition_is_not_a_script(gazetteer):
    account = [
        "Les infirmières décrivent leurs appels de suivi.",
        "Si je devais résumer : « On rappelle tout le monde, même quand ça va bien, parce que c'est là qu'on repère les chutes. » (IDE 3)",
        "Quand elle rappelle, une coordinatrice explique : « Les patients sont surpris qu'on s'intéresse à eux après la sortie. »",
    ]
    text, segs = _segment(account, gazetteer)
    assert _at(text, segs, "On rappelle tout le monde").kind == "verbatim"
    assert _at(text, segs, "Les patients sont surpris").kind == "verbatim"


def test_instruction_leads():
    assert instruction_leads("Si la personne accepte : « Je vais") == [(0, 25)]
    # after a sentence: extraction ran two short lines of the script together
    assert len(instruction_leads("Si la personne refuse : remercier. Si la personne accepte : « Je")) == 2
    assert instruction_leads("Si je devais résumer : « On rappelle") == []  # first person
    assert instruction_leads("Le protocole prévoit que si la personne accepte : « … »") == []  # inside a sentence


# s31-segr56a: a procedure's steps written as infinitives ending on a saying verb
PROCEDURE = [
    "Maison de santé des Tilleuls – Protocole d'accueil au secrétariat – Version 2",
    "Saluer le patient dès son arrivée au guichet et dire : « Bonjour, avez-vous votre carte Vitale et votre ordonnance ? »",
    "En l'absence du médecin demandé, ne pas improviser de créneau. Répondre : « Je note votre demande, le docteur vous rappelle avant midi. »",
]


def test_a_procedures_infinitive_steps_are_no_verbatims(gazetteer):
    text, segs = _segment(PROCEDURE, gazetteer)
    for snippet in ("avez-vous votre carte Vitale", "le docteur vous rappelle avant midi"):
        assert _at(text, segs, snippet).kind != "verbatim"


def test_a_finite_or_prepositional_saying_verb_is_no_step():
    assert instruction_leads("Elle hésite longtemps avant de répondre : « Je ne sais plus. »") == []
    assert instruction_leads("Le patient finit par dire : « Je ne reviendrai pas. »") == []
    assert instruction_leads("Pierre se lève et dit : « On arrête là. »") == []
    assert instruction_leads("Dire : « Bonjour. »") != []


def test_a_notices_anticipated_question_to_the_reader_is_no_verbatim(gazetteer):
    lines = ["Centre de vaccination de Montbrison – Informations pratiques avant votre rendez-vous.",
             "À l'accueil, l'infirmière vous posera : « Avez-vous de la fièvre ou un traitement en cours ? ». "
             "Préparez votre carnet de vaccination.",
             "Après l'injection, le pharmacien vous dira : « Restez quinze minutes en salle d'attente. »"]
    text, segs = _segment(lines, gazetteer)
    for snippet in ("Avez-vous de la fièvre", "Restez quinze minutes en salle"):
        assert _at(text, segs, snippet).kind != "verbatim"


def test_a_narrative_future_without_the_reader_stays_speech():
    from corpus.segment.quotes import QuoteCall
    from corpus.segment.script_instructions import anticipated_call
    call = QuoteCall(True, {"speaker": "Morel"})
    assert anticipated_call("Il dira plus tard à un journaliste : ", call) is call
    assert anticipated_call("Elle nous dira : ", call) is call  # the writers, not the reader
    assert anticipated_call("Après l'examen, le pharmacien vous dira : ", call).verbatim is False
