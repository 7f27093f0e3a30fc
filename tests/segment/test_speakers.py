"""Role vocabulary and the identity tables documents give for their speakers (real text)."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus.segment.speakers import ROLES, interview_cards, normalize_role, participant_table


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


def test_participant_table_of_the_focus_groups(pipeline):
    lines = pipeline.text("perelli2022").split("\n")
    table = participant_table(lines)
    assert sorted(table, key=lambda p: int(p[1:])) == [f"P{n}" for n in range(1, 24)]
    assert Counter(normalize_role(f) for f in table.values()) == {
        "medecin_generaliste": 10, "infirmier": 11, "pharmacien": 2}
    assert table["P11"] == "Pharmacien" and table["P1"] == "IDE" and table["P23"] == "MG"


def test_interview_cards_of_the_field_reports(pipeline):
    lines = pipeline.text("gautier2019").split("\n")
    cards = interview_cards(lines)
    assert sorted(cards, key=int) == [str(n) for n in range(1, 31)]
    assert (cards["28"].professions, cards["28"].region, cards["28"].institution) == (["Pharmacienne"], "Région C", "CPTS 2")
    assert cards["1"].region == "National" and cards["1"].role() == "institutionnel_autre"
    # two persons from the same body share its role; an MG and two nurses do not
    assert len(cards["7"].professions) == 2 and cards["7"].role() == "institutionnel_cpam"
    assert len(cards["12"].professions) == 3 and cards["12"].role() == "inconnu"
    assert cards["12"].role(2) == "infirmier" and cards["12"].role(1) == "medecin_generaliste"
