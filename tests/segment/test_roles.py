"""The role vocabulary: a role as written (French, real descriptions from the corpus) -> ROLES."""

from __future__ import annotations

import pytest

from corpus.segment.roles import ROLES, normalize_role


@pytest.mark.parametrize("raw, role", [
    ("Pharmacienne – Région C, CPTS 2", "pharmacien"),
    ("Médecin généraliste – Région C, CPTS 2", "medecin_generaliste"),
    ("Neurologue – Région C, URPS", "institutionnel_urps"),        # speaks for the URPS
    ("Médecin généraliste – National, Syndicat", "institutionnel_autre"),
    ("Chargé de mission – Région A, CPAM", "institutionnel_cpam"),
    ("Sous-directrice – Région B, ARS", "institutionnel_ars"),
    ("Coordonnatrice MSP – Région C, CPTS 2", "coordinateur"),
    ("MG, MSP, 2021", "medecin_generaliste"),
    ("IDE", "infirmier"),
    ("Infirmière en MSP", "infirmier"),
    ("secrétaire en MSP", "secretaire"),
    ("directrice d'hôpital", "hospitalier"),
    ("un médecin hospitalier", "hospitalier"),
    ("médecin en cabinet de groupe", "medecin_generaliste"),
    ("le médecin généraliste (syndiqué CSMF)", "medecin_generaliste"),
    ("Déléguée générale ALDS", "autre"),
    ("Externe en médecine", "autre"),
    ("son président", "inconnu"),
    ("un soignant", "inconnu"),
    ("", "inconnu"),
])
def test_normalize_role(raw, role):
    assert normalize_role(raw) == role
    assert role in ROLES
