"""Descriptions set above or below the quotations they describe, read from the document's own
alternation (segment/profile_phases.py)."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.profile_phases import profiles_above

# round 74's layout (s38): a bold description over each quotation, a heading after the last one
ABOVE = [
    "Paroles de cueilleurs",
    "Cueilleur de myrtilles, saisonnier, 3e saison",
    "« Le matin on est trempés jusqu'aux genoux, et à midi on cuit. Je bois trois litres, et ça ne suffit pas. »",
    "Conductrice de tracteur, exploitation de Saint-Affrique",
    "« Je fais les navettes toute la journée. Le soir j'ai le dos en vrac, mais on n'a personne pour me remplacer. »",
    "Saisonnier qui n'a pas souhaité préciser son poste",
    "« Nous, on n'a pas de visite médicale. On signe le contrat le lundi et on commence le lundi. »",
    "Le point de vue de la médecine du travail",
    "La saison est courte et les contrôles arrivent souvent après la récolte.",
]


def _above(paragraphs):
    text = "\n".join(paragraphs) + "\n"
    lines = split_lines(text)
    return {lines[q].text[:20]: lines[p].text[:20] for q, p in profiles_above(lines).items()}


def test_descriptions_above_their_quotations():
    found = _above(ABOVE)
    assert found == {"« Le matin on est tr": "Cueilleur de myrtill", "« Je fais les navett": "Conductrice de tract",
                     "« Nous, on n'a pas d": "Saisonnier qui n'a p"}


def test_near_misses():
    # the descriptions below their quotations: the run opens on a quotation and closes on a description
    below = [ABOVE[0], ABOVE[2], ABOVE[1], ABOVE[4], ABOVE[3], ABOVE[8]]
    assert _above(below) == {}
    # one pair only: nothing to read the layout from
    assert _above(ABOVE[:3] + ABOVE[7:]) == {}


def test_each_quotation_gets_the_description_above_it(gazetteer):
    text, segs = _segment(ABOVE, gazetteer, doc={"kind": "report"})
    assert _at(text, segs, "trempés jusqu'aux genoux").role_raw.startswith("Cueilleur de myrtilles")
    s = _at(text, segs, "Je fais les navettes toute la journée")
    assert (s.kind, s.role, s.region) == ("verbatim", "autre", "Occitanie")
    assert _at(text, segs, "on n'a pas de visite médicale").role == "inconnu"  # withheld
