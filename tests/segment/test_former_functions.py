"""Past functions do not make the role when the description names a present one
(segment/former_functions.py, used by roles.matched_role)."""

from __future__ import annotations

from corpus.segment.former_functions import without_former
from corpus.segment.roles import normalize_role


def test_a_past_function_gives_way_to_the_present_one():
    assert normalize_role("coordinatrice de la CPTS, ancienne infirmière hospitalière au CHU") == "coordinateur"
    assert normalize_role("pharmacienne titulaire, ex-préparatrice à l'hôpital") == "pharmacien"
    assert normalize_role("médecin généraliste, anciennement urgentiste au CH de Dax") == "medecin_generaliste"


def test_a_past_function_alone_still_counts():
    assert normalize_role("ancienne infirmière, 78 ans") == "infirmier"  # nothing else: what she was
    assert normalize_role("infirmière hospitalière") == "hospitalier"  # no marker: unchanged


def test_blanking_keeps_positions():
    text = "coordinatrice, ancienne infirmiere hospitaliere, 52 ans"
    out = without_former(text)
    assert len(out) == len(text) and "infirmiere" not in out and out.endswith(", 52 ans")
    assert without_former("une ancienne maison de sante") != "une ancienne maison de sante"


def test_what_a_person_lacks_is_never_their_role():
    # s54: "sans médecin traitant" says she has no physician, not that she is one
    assert normalize_role("Retraitée, sans médecin traitant") == "autre"
    assert normalize_role("habitant, sans infirmière à domicile depuis mars") == "autre"
    assert normalize_role("infirmière sans poste fixe") == "infirmier"  # the trade before it stays


def test_a_person_a_stage_direction_names_by_no_trade_is_unknown():
    # s54: "[Une personne entre …]": someone, nothing said of them; "une personne âgée" is a lay person
    assert normalize_role("Une personne") == "inconnu"
    assert normalize_role("une personne âgée") == "autre"
