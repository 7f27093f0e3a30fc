"""Words woven into the author's sentence whose subject points back to the person presented just
before (segment/anaphoric_fragments.py, s53): "Cette dernière décrit …« … »", "Notre interlocutrice
reconnaît que … « … »". Look-alikes: a notion in guillemets too short to be anyone's words, a
sentence quoting a text, a sentence whose subject is no anaphor."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

PORTRAITS = [
    "Les rencontres ont eu lieu au printemps 2023 dans les villages du Haut-Jura.",
    "1. L'ergothérapeute",
    "Mme Lucie Vuillet exerce comme ergothérapeute libérale à Morez depuis 2015. Elle intervient au domicile "
    "de personnes âgées adressées par les médecins du plateau.",
    "Cette dernière décrit des visites menées « au milieu des cartons, parce qu'on déménage toujours trop tard », "
    "où l'enjeu est d'abord la sécurité.",
    "2. La maison de santé",
    "Nous avons ensuite rencontré l'infirmière coordinatrice de la maison de santé des Rousses, qui organise les visites.",
    "Notre interlocutrice reconnaît que la fiche de repérage « reste dans un tiroir si personne ne la réclame », "
    "et souhaite la relancer.",
    "Celle-ci parle alors de « virage domiciliaire ».",
]


def test_the_anaphor_stands_for_the_person_presented_before(gazetteer):
    text, segs = _segment(PORTRAITS, gazetteer)
    s = _at(text, segs, "au milieu des cartons, parce qu'on déménage")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Lucie Vuillet", "autre_paramedical")
    c = _at(text, segs, "reste dans un tiroir si personne")
    assert (c.kind, c.speaker, c.role) == ("verbatim", "", "coordinateur")
    assert _at(text, segs, "virage domiciliaire").kind == "narrative"  # a notion: two words


DESCRIBED = [
    "Des professionnels de passage",
    "La sage-femme de PMI qui assure les tournées mensuelles décrit son travail comme une course, où l'on fait "
    "« ce qu'on peut avant que la navette reparte » avant de rejoindre le bourg suivant.",
    "La puéricultrice du centre, installée pour deux ans, dit avoir appris à « peser les bébés sous l'auvent quand "
    "la salle déborde », sans attendre que les mères viennent.",
    "La coordinatrice décrit ce dispositif comme un « guichet unique ».",
    "Le rapport de l'agence décrit « une organisation souple et réactive des acteurs du territoire ».",
]


def test_words_woven_into_a_sentence_whose_subject_a_trade_describes(gazetteer):
    # s54: the subject a determiner and a trade's noun, the phrase a first person's ("on") or a long one
    text, segs = _segment(DESCRIBED, gazetteer)
    s = _at(text, segs, "ce qu'on peut avant que la navette reparte")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "sage_femme")
    assert _at(text, segs, "peser les bébés sous l'auvent quand").kind == "verbatim"
    assert _at(text, segs, "guichet unique").kind == "narrative"  # a notion: two words
    assert _at(text, segs, "une organisation souple et réactive").kind == "narrative"  # a text's words
