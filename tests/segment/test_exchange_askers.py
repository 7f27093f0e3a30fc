"""Who asks and who answers, named behind an exchange's label and a dash (segment/exchange_askers.py)."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.exchange_askers import exchange_person


def test_the_person_behind_the_dash(gazetteer):
    found = exchange_person("R – Sylvie Marchand, pharmacienne à Guingamp : Nous livrons déjà …", gazetteer)
    assert (found["speaker"], found["role"], found["region"]) == ("Sylvie Marchand", "pharmacien", "Bretagne")
    # someone of the public, named with where they live
    found = exchange_person("Q – Jean Le Du, Ploumagoar : Et pour ceux qui ne conduisent pas ?", gazetteer)
    assert (found["speaker"], found["role"]) == ("Jean Le Du", "autre")
    # a question nobody signed
    found = exchange_person("Q – question posée sur le site, anonyme : Pourquoi pas le samedi ?", gazetteer)
    assert (found["speaker"], found["role"]) == ("", "inconnu")
    # not an exchange's label, or no person behind the dash
    assert exchange_person("Note – Ploumagoar, 2024 : chiffres de l'INSEE", gazetteer) is None
    assert exchange_person("Q – Le centre ouvrira-t-il en mars ?", gazetteer) is None


def test_a_public_meeting_s_questions_and_answers(gazetteer):
    lines = ["Maison de santé : vos questions, nos réponses",
             "La réunion publique du 12 mars a réuni 90 habitants. Voici les principaux échanges.",
             "Q – Jean Le Du, Ploumagoar : Et pour ceux qui ne conduisent pas, il y aura un transport ?",
             "R – Sylvie Marchand, adjointe au maire : Le minibus de la commune passera deux fois par semaine.",
             "Q – question posée sur le site, anonyme : Pourquoi les consultations ne sont pas ouvertes le samedi ?",
             "R – Dr Paul Tanguy, médecin généraliste : Nous ouvrirons le samedi matin dès que nous serons quatre."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "il y aura un transport")
    assert (s.kind, s.speaker, s.role) == ("turn", "Jean Le Du", "autre")
    s = _at(text, segs, "Le minibus de la commune passera")
    assert (s.kind, s.speaker, s.role) == ("turn", "Sylvie Marchand", "elu")
    s = _at(text, segs, "ne sont pas ouvertes le samedi")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    s = _at(text, segs, "dès que nous serons quatre")
    assert (s.speaker, s.role) == ("Dr Paul Tanguy", "medecin_generaliste")
