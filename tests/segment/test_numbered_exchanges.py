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


# s26-segr45a: an oral-history record numbers its questions and answers with a bare "R —", the witness
# described once in the record's header field ("Témoin : …")
def test_numbered_questions_answered_by_a_bare_label_are_the_witness_record(gazetteer):
    lines = [
        "Fonds « Mémoires de la pharmacie d'officine » – Témoignage n° 2021-07",
        "Témoin : Mme Odette Carrier, née en 1941, pharmacienne titulaire à Saint-Flour (Cantal) de 1970 à 2006. "
        "Enquêtrice : Claire Vidal.",
        "Q3 — Vous faisiez encore des préparations magistrales ?",
        "R — Oh oui, des pommades surtout, le docteur du bourg en prescrivait chaque semaine.",
        "Q4 — Et la garde de nuit ?",
        "R — Je dormais au-dessus de l'officine, on sonnait et je descendais en robe de chambre.",
    ]
    text, segs = _segment(lines, gazetteer)
    for snippet in ("des pommades surtout", "Je dormais au-dessus"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("turn", "Odette Carrier", "pharmacien",
                                                                 "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "préparations magistrales").kind == "moderator"
    assert _at(text, segs, "Et la garde de nuit").kind == "moderator"


def test_a_faq_with_bare_answers_stays_prose(gazetteer):
    # the near-miss: numbered questions, bare "R —" answers, but impersonal answers to impersonal questions
    lines = [
        "Foire aux questions – le dossier médical partagé",
        "Q1 — Qui peut consulter le dossier ?",
        "R — Les professionnels de santé autorisés par le patient, dans le cadre de sa prise en charge.",
        "Q2 — Comment le fermer ?",
        "R — La fermeture se demande en ligne ou auprès de la caisse, le dossier est alors archivé dix ans.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)
