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
