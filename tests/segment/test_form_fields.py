"""Keys of a communication brief's fields (lang/fr/form_fields.yaml, extending labels.yaml's
not_labels) are no speaker labels: "Accroche : « … »", "Cible : … Format : …". Look-alike: a
transcript whose labels start like a key ("Formatrice :") keeps its turns."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment import conventions as cv

BRIEF = [
    "Campagne de rentrée – affiches des maisons de santé",
    "Visuel A",
    "Accroche : « Mon kiné parle à mon médecin, et je n'ai plus besoin de tout répéter. » — Gérard, 70 ans",
    "Cible : retraités. Format : affiche A3, salles d'attente.",
    "Visuel B",
    "Accroche : « Je trouve une sage-femme près de chez moi, même en août. » — Léa, 29 ans",
    "Cible : jeunes parents. Format : réseaux sociaux, crèches.",
]


def test_a_brief_s_fields_are_no_turns(gazetteer):
    text, segs = _segment(BRIEF, gazetteer, doc={"kind": "rapport"})
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


TRAINING = [
    "Retranscription de la séance de formation",
    "FORMATRICE : Qu'est-ce qui a changé pour vous depuis que la CPTS existe ?",
    "STAGIAIRE : On a un numéro pour les soins non programmés, et on s'en sert tous les jours au cabinet.",
    "FORMATRICE : Et pour les sorties d'hôpital ?",
    "STAGIAIRE : Là, honnêtement, rien n'a bougé, on est toujours prévenus trop tard par la famille.",
]


def test_labels_that_start_like_a_key_stay_labels(gazetteer):
    assert "format" in cv.language_data()["not_labels"]
    text, segs = _segment(TRAINING, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "On a un numéro pour les soins non programmés").kind == "turn"
