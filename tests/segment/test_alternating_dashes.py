"""Conversations in alternating unnamed dialogue dashes (segment/alternating_dashes.py): a
street interview in a memoir, the host's presentation "Nadia, vous êtes …", a turn over two
paragraphs; look-alikes: a FAQ in dashes (no one addressed), a bulleted list, a novel's two
lone replies, a run where both sides ask."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.alternating_dashes import conversations
from corpus.segment.base import split_lines

MICRO_TROTTOIR = [
    "Encadré 4 – Micro-trottoir devant la maison de santé, mai 2020",
    "— Bonjour madame. Nadia, vous êtes infirmière à Roubaix, vous sortez de la garde ?",
    "— Oui, on a fini à six heures. On était trois, on se relayait pour les visites.",
    "Franchement, sans le groupe de messagerie, je ne sais pas comment on aurait fait.",
    "— Et vos patients, ils viennent encore ?",
    "— Moins qu'avant, ils ont peur. Je passe chez eux plutôt.",
    "— Merci Nadia, bon courage.",
    "Ce témoignage rejoint ceux recueillis en entretien.",
]


def test_a_street_interview_in_dashes_is_the_guest_s_turns(gazetteer):
    text, segs = _segment(MICRO_TROTTOIR, gazetteer)
    s = _at(text, segs, "Oui, on a fini à six heures")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Nadia", "infirmier", "Hauts-de-France")
    assert _at(text, segs, "Franchement, sans le groupe") is s  # one turn over two paragraphs
    assert _at(text, segs, "Moins qu'avant, ils ont peur").speaker == "Nadia"
    for host in ("vous sortez de la garde ?", "Et vos patients", "Merci Nadia"):
        assert _at(text, segs, host).kind == "moderator"
    assert _at(text, segs, "Ce témoignage rejoint").kind == "narrative"


@pytest.mark.parametrize("lines", [
    # a FAQ in dashes: questions and answers, no one addressed
    ["— Qui peut adhérer à la CPTS ?", "— Tout professionnel de santé du territoire, vous remplissez le bulletin.",
     "— Combien coûte l'adhésion ?", "— Vingt euros par an, nous les encaissons en janvier.",
     "— Où se tiennent les réunions ?", "— À la maison de santé, on vous envoie l'ordre du jour."],
    # a bulleted list in dashes
    ["— réunion mensuelle ;", "— annuaire partagé ;", "— protocoles de soins ;", "— messagerie sécurisée."],
    # a novel's replies: both sides ask
    ["— Tu viens, Paul ?", "— Où ça ?", "— Chez le médecin, bonjour Paul.", "— Pourquoi faire ?"],
])
def test_look_alikes_are_no_conversation(lines):
    assert conversations(split_lines("\n".join(lines) + "\n"), {}) == {}
