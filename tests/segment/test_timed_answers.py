"""Excerpts of an interview under its header, each paragraph opened by the recording's time
(segment/turns.py _timed_answer, segmenter's bold interview headers): the interviewee's turns, the
header's description their role (a bracketed time is no quotation's "[…]": the next header is no
credit closing the paragraph above it). Look-alike: timed paragraphs with no header stay prose."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

EXCERPTS = ["Le film suit trois soignants de la Creuse pendant une semaine de novembre. Les extraits retenus sont "
            "transcrits ci-dessous, avec le minutage de l'enregistrement.",
            "Entretien 1 – Dr Anne Faucher, médecin généraliste, Guéret",
            "[10:18:40] Je suis installée ici depuis 1998. Quand je suis arrivée, on était neuf généralistes dans le "
            "secteur, aujourd'hui on est quatre.",
            "Entretien 2 – Pharmacienne, Bonnat",
            "[11:05:03] Les gens viennent me montrer leur ordonnance périmée en me demandant si je peux faire "
            "quelque chose. Je dépanne, je n'ai pas le choix.",
            "Notes de production",
            "Vérifier l'orthographe des noms avant le montage."]


def test_timed_excerpts_under_an_interview_header_are_its_turns(gazetteer):
    text, segs = _segment(EXCERPTS, gazetteer, styles=line_styles(EXCERPTS, {1, 3, 5}, "bold"))
    s = _at(text, segs, "on était neuf généralistes")
    assert (s.kind, s.role, s.region) == ("turn", "medecin_generaliste", "Nouvelle-Aquitaine")
    s = _at(text, segs, "ordonnance périmée")
    assert (s.kind, s.role) == ("turn", "pharmacien")
    assert _at(text, segs, "Vérifier l'orthographe").kind == "narrative"


def test_timed_paragraphs_without_a_header_stay_prose(gazetteer):
    lines = ["Journal de montage, jour 3.", "[10:18:40] Plan large de la salle d'attente, six patients, l'horloge.",
             "[10:24:12] Insert sur les mains qui remplissent une ordonnance papier."]
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind == "turn"]
