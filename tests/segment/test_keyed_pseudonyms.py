"""A transcript's key that gives a label as a PSEUDONYM ("INT : l'étudiante. ODILE : prénom fictif,
aide-soignante au SSIAD de Vesoul, 19 ans d'ancienneté."): a key entry, nobody's turn, and the
description of that label's speaker (role, region) for all their turns
(segment/introduced_pseudonyms.py keyed_pseudonym and pseudonym_description, lang/fr
introduced_pseudonyms.yaml pseudonym_markers). Near-miss: a turn that mentions a pseudonym."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.introduced_pseudonyms import keyed_pseudonym
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


CASE = [
    "Annexe 3 – Entretien n° 2, transcription réalisée avec Transana",
    "Entretien du 6 mars 2024, au local du SSIAD, 41 minutes. INT : l'étudiante. ODILE : prénom fictif, "
    "aide-soignante au SSIAD de Vesoul, 19 ans d'ancienneté. Les codes temporels sont ceux de Transana.",
    "¤<000000> INT : Est-ce que vous pouvez me décrire une tournée du matin, pour commencer ?",
    "¤<004310> ODILE : Alors je commence à sept heures, j'ai en général neuf ou dix patients.",
    "¤<061200> INT : Et quand un patient revient de l'hôpital, comment vous êtes prévenue ?",
    "¤<066540> ODILE : Souvent par la famille, franchement. L'hôpital appelle quand il y a un lit à prévoir.",
]

# another marker and separator, the key on a line of its own, other trade and town, no time codes
VARIANT = [
    "Annexe B – Entretien avec un infirmier libéral",
    "Légende des locuteurs.",
    "MARCEL : pseudonyme – infirmier libéral à Guéret, installé depuis 2008.",
    "ENQ : Comment s'organisent vos tournées depuis la fermeture du cabinet voisin ?",
    "MARCEL : On a récupéré leurs patients, je fais cent vingt kilomètres par jour maintenant.",
    "ENQ : Et les médecins, vous arrivez à les joindre ?",
    "MARCEL : Par SMS surtout, le soir. Le téléphone, on ne se l'autorise plus.",
]


def test_key_entry_describes_the_label(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    assert _at(text, segs, "Les codes temporels").kind not in ("turn", "verbatim")
    assert _at(text, segs, "prénom fictif").kind not in ("turn", "verbatim")
    for snippet in ("je commence à sept heures", "Souvent par la famille"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "ODILE", "autre_paramedical", "Bourgogne-Franche-Comté")


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    assert _at(text, segs, "installé depuis 2008").kind not in ("turn", "verbatim")
    s = _at(text, segs, "cent vingt kilomètres")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "MARCEL", "infirmier", "Nouvelle-Aquitaine")


def test_near_misses():
    assert keyed_pseudonym("ODILE : prénom fictif, aide-soignante au SSIAD de Vesoul.")
    # a turn that speaks of pseudonyms, a label with no marker after it
    assert not keyed_pseudonym("INT : Le prénom fictif, vous l'avez choisi vous-même ?")
    assert not keyed_pseudonym("ODILE : aide-soignante au SSIAD de Vesoul.")
