"""Written contributions numbered in a consultation's or a public inquiry's report
(segment/numbered_contributions.py): "Contribution n° 12 (URPS …) : « … »", "Observation n° 7 –
courriel – Dr … :" over « … ». Near-misses: the institution's answer quoting a phrase, the inquiry
officer's comment, a contribution counted in prose."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech as _speech

CONSULTATION = [
    "Schéma territorial de santé mentale – bilan de la concertation",
    "L'ARS Bretagne a reçu 18 contributions écrites, citées ci-dessous telles que reçues.",
    "Avis n° 3 (Union départementale des associations familiales) : « Les familles attendent des mois "
    "un premier rendez-vous au centre médico-psychologique. »",
    "Réponse de l'agence : la mention « délais de premier rendez-vous » a été ajoutée à l'objectif 4.",
    "Observation n° 5 – registre papier – Mme Hélène Le Floc'h, infirmière libérale à Vannes :",
    "« Nous sommes appelées le soir pour des crises que personne d'autre ne prend. »",
    "Commentaire de la commission : la commission prend acte de cette observation.",
    "Observation n° 6 – courriel – anonyme :",
    "« Il n'y a plus de psychiatre à moins d'une heure de route. »",
]


def test_contributions_are_their_authors_words(gazetteer):
    text, segs = _segment(CONSULTATION, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Les familles attendent des mois")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Union départementale des associations familiales", "Bretagne")
    s = _at(text, segs, "Nous sommes appelées le soir")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Hélène Le Floc'h", "infirmier", "Bretagne")
    s = _at(text, segs, "Il n'y a plus de psychiatre")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    assert _at(text, segs, "délais de premier rendez-vous").kind == "narrative"
    assert _at(text, segs, "la commission prend acte").kind == "narrative"
    assert len(_speech(segs)) == 3


PROSE = [
    "La contribution n° 4 reprend la formule du schéma : « parcours sans rupture ».",
    "Observation : le registre a été ouvert le 4 mars.",
]


def test_a_contribution_named_in_prose_is_no_lead(gazetteer):
    text, segs = _segment(PROSE, gazetteer, doc={"kind": "rapport"})
    assert _speech(segs) == []
