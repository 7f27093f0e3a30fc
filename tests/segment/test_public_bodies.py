"""Role words of public administrations outside health (lang/fr/public_bodies.yaml, read by
segment/roles.py): a public mental-health establishment, local and State services as employers;
look-alikes that keep their role."""

from __future__ import annotations

import pytest

from corpus.segment.roles import normalize_role


@pytest.mark.parametrize("raw, role", [
    ("géomaticien du Service Départemental d’Incendie et de Secours de l’Isère (SDIS38)", "institutionnel_autre"),
    ("officier au SDIS 974", "institutionnel_autre"),
    ("acheteur public d'une métropole", "institutionnel_autre"),
    ("chargée de mission à la Métropole de Lyon", "coordinateur"),  # a function of the vocabulary wins
    ("agent de la Métropole du Grand Paris", "institutionnel_autre"),
    ("Conservateur des monuments historiques", "institutionnel_autre"),
    ("juriste de la communauté de communes du Pays de Craon", "institutionnel_autre"),
    ("psychiatre, chef de pôle à l'établissement public de santé mentale", "hospitalier"),
    ("infirmière de l'EPSM de la Sarthe", "hospitalier"),
])
def test_public_bodies(raw, role):
    assert normalize_role(raw) == role


@pytest.mark.parametrize("raw, role", [
    ("infirmier sapeur-pompier du SDIS", "infirmier"),  # a health profession over the employer
    ("médecin venu de métropole", "medecin_generaliste"),  # the mainland, not a body
    ("pharmacienne installée en métropole depuis 2019", "pharmacien"),
    ("psychiatre libéral", "medecin_specialiste"),
    ("président du club de football", "inconnu"),  # a president of no body of the vocabulary
    # heads of State are left out: "Selon le président de la République, « … »" is no verbatim
    ("Président de la République", "inconnu"),
    ("agent administratif", "autre"),
])
def test_look_alikes_keep_their_role(raw, role):
    assert normalize_role(raw) == role
