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


def _joined(opening: str, name: str = "Solène"):
    """The presentation and the exchange on ONE line, as extraction joins two plain paragraphs."""
    return [opening + f" Enq : Comment avez-vous vécu le premier confinement ? {name} : Seule, au début, "
            "moi je continuais les tournées.",
            "Enq : Et ensuite ?",
            f"{name} : Ensuite on s'appelait tous les soirs, je ne sais pas comment on a tenu."]


def test_a_presentation_joined_to_the_first_turn_s_line_still_describes_the_label(gazetteer):
    # the presentation above the exchange run into the line of the first turn (the labels split the line:
    # segment/discovery.py), as round 47's interview by SMS reaches the segmenter (s28-segr47d)
    lines = _joined("Solène (prénom modifié), infirmière libérale à Guéret, a répondu par écrit.")
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "on s'appelait tous les soirs")
    assert (s.speaker, s.role, s.region) == ("Solène", "infirmier", "Nouvelle-Aquitaine")


def test_a_pseudonym_presented_by_an_age_alone_is_outside_the_professions(gazetteer):
    # s28-segr47d (round 47: "Lucas (pseudonyme), 23 ans, est perchman …") in other words: a young worker of
    # no health trade, presented by an age before a trade the vocabulary lacks: the age kept as the role's
    # description, the person outside the professions (unnamed_field_roles.apply_outside_persons)
    lines = _joined("Killian (pseudonyme), 19 ans, est plongeur dans un restaurant de Chamonix ; il a préféré écrire.",
                    "Killian")
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "on s'appelait tous les soirs")
    assert (s.speaker, s.role, s.role_raw) == ("Killian", "autre", "19 ans")


def test_an_age_without_a_pseudonym_marker_describes_nobody(gazetteer):
    # near-miss: the same name and age, no marker that the name is a pseudonym (a name met in passing)
    lines = _joined("Killian, 19 ans, est plongeur dans un restaurant de Chamonix ; il a préféré écrire.", "Killian")
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "on s'appelait tous les soirs").role_raw != "19 ans"
