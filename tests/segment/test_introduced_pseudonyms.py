"""A label whose name the text introduces once as a pseudonym with a description
(segment/introduced_pseudonyms.py). Look-alikes: the name with a description but no pseudonym
marker in a later line, a pseudonym marker without a description."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def _interview(opening: str):
    return [opening,
            "Enq : Comment avez-vous vécu le premier confinement ?",
            "Solène : Seule, au début. Les cabinets fermaient, moi je continuais les tournées.",
            "Enq : Et ensuite ?",
            "Solène : Ensuite la CPTS a monté une cellule, on s'appelait tous les soirs."]


def test_a_pseudonym_introduction_describes_the_label(gazetteer):
    lines = _interview("Entretien mené le 4 mai 2021 chez Solène (prénom modifié), infirmière libérale à Guéret "
                       "(Creuse), installée depuis douze ans.")
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "moi je continuais les tournées")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Solène", "infirmier", "Nouvelle-Aquitaine")


def test_no_marker_no_description(gazetteer):
    lines = _interview("Entretien mené le 4 mai 2021 chez Solène (pseudonyme) à son domicile.")
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "moi je continuais les tournées")
    assert s.role != "infirmier"
