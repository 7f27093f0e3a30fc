"""Participants' codes enumerated after a colon in a methods sentence, each with what the person
does (segment/enumerated_codes.py): "… un entretien : IDE1, infirmière libérale à Pontarlier ;
IDE2, …". Look-alikes: an enumeration of words, not codes; a single code; a list of places."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.enumerated_codes import enumerated_codes


def test_codes_enumerated_after_a_colon():
    text = ("Trois infirmières ont accepté un entretien : IDE1, infirmière libérale à Dole ; IDE2, infirmière "
            "de SSIAD à Lons-le-Saunier ; IPA1, infirmière en pratique avancée. Les entretiens ont été retranscrits.")
    assert enumerated_codes([text]) == {"IDE1": "infirmière libérale à Dole", "IDE2": "infirmière de SSIAD à Lons-le-Saunier",
                                        "IPA1": "infirmière en pratique avancée"}


@pytest.mark.parametrize("text", [
    "Trois thèmes ressortent : Coordination, le lien ville-hôpital ; Prévention, la vaccination.",
    "Une seule infirmière a répondu : IDE1, infirmière libérale à Dole.",
    "Les communes du territoire : Dole, Jura ; Tavaux, Jura ; Auxonne, Côte-d'Or.",
    "Deux codes seulement : IDE1, infirmière libérale à Dole ; la seconde a refusé.",
])
def test_enumerations_that_introduce_no_codes(text):
    assert enumerated_codes([text]) == {}


def test_a_memoir_quoting_the_enumerated_codes(gazetteer):
    lines = ["Quatre infirmières ont accepté un entretien semi-directif : IDE1, infirmière libérale à Pontarlier ; "
             "IDE2, infirmière libérale à Morteau ; IDE3, infirmière de SSIAD à Ornans. Chaque citation renvoie "
             "aux lignes de la retranscription.",
             "« La nuit du 31, j'avais trois patients covid sur ma tournée et aucun médecin joignable. » (IDE2, l. 88-92)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "La nuit du 31")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "IDE2", "infirmier", "Bourgogne-Franche-Comté")
