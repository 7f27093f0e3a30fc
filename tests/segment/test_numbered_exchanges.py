"""Questions and answers numbered by exchange (segment/numbered_exchanges.py): "Q1 : …" / "R1 :
…" in an interview annex are the interviewer and the interviewee the header names (the number is
the exchange's, no one's code); look-alikes: a FAQ's "Q1 / R1" answered impersonally and a
questionnaire's "Q1 … Q4" without answers stay prose. Also the interview header whose sentence
ends with a parenthesis of practical details ("(durée : 35 minutes)")."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import interview_header

ANNEX = [
    "Annexe III – Entretien n° 5",
    "Entretien avec Mme B., infirmière libérale installée à Bastia depuis 2008, réalisé à son domicile "
    "le 2 mai 2022 (durée : 40 minutes).",
    "Q1 : Comment avez-vous connu la CPTS ?",
    "R1 : Par une collègue. Elle m'a dit qu'on cherchait des infirmières pour les sorties d'hôpital.",
    "Q2 : Qu'est-ce que ça a changé pour vos patients ?",
    "R2 : Je reçois la fiche de sortie la veille, je prépare le matériel avant qu'ils rentrent.",
    "Q3 : Et avec les médecins ?",
    "R3 : Ça dépend. Certains m'appellent, d'autres ne savent pas que j'existe.",
]


def test_numbered_answers_are_the_interviewees_turns(gazetteer):
    text, segs = _segment(ANNEX, gazetteer)
    for snippet in ("Par une collègue", "Je reçois la fiche", "Ça dépend. Certains"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", "Mme B.", "infirmier", "Corse")
    assert _at(text, segs, "Comment avez-vous connu").kind == "moderator"


def test_a_header_closed_by_a_parenthesis_still_names_the_interviewee():
    m = interview_header("Entretien avec Mme B., infirmière libérale à Bastia (durée : 40 minutes).")
    assert m and m.group("who") == "Mme B."
    julie = interview_header("Entretien avec Julie (IDE)")
    assert julie and julie.group("pdesc") == "IDE"


def test_a_faq_numbered_the_same_way_stays_prose(gazetteer):
    lines = [
        "Foire aux questions – adhérer à la CPTS",
        "Q1 : Qui peut adhérer ?",
        "R1 : Tout professionnel de santé exerçant sur le territoire, libéral ou salarié.",
        "Q2 : Combien coûte l'adhésion ?",
        "R2 : La cotisation annuelle est fixée à vingt euros par l'assemblée générale.",
        "Q3 : Où envoyer le bulletin ?",
        "R3 : Au siège de l'association, par courrier ou par messagerie sécurisée.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)


def test_a_questionnaires_items_stay_prose(gazetteer):
    lines = [
        "Annexe 1 – Questionnaire adressé aux pharmaciens",
        "Q1 : Depuis combien d'années exercez-vous ?",
        "Q2 : Êtes-vous adhérent de la CPTS ?",
        "Q3 : Avez-vous participé à la campagne de vaccination ?",
        "Q4 : Quels outils de coordination utilisez-vous ?",
    ]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)
