"""A generic label's turns each captioned by the heading right above them
(segment/captioned_turns.py): "Photo 3 – Auteure : Fatima, 44 ans, mère de trois enfants" over
"Commentaire : …"; look-alikes: one caption over several comments, a heading that is a title
(a place, no person), a label that is a code or a name, a caption with neither age nor
profession."""

from __future__ import annotations

import pytest

from corpus.segment.base import Segment
from corpus.segment.captioned_turns import apply_captioned_turns, caption


def _seg(kind, text, speaker=""):
    return Segment("t", "t-1", kind, 1, 1, 0, len(text), speaker=speaker,
                   role="inconnu" if kind == "turn" else "", text=text)


def _photovoice(label="Commentaire", second="Photo 5 – Auteur : Karim, 31 ans, pharmacien adjoint à Mulhouse"):
    return [
        _seg("heading", "Regards sur la santé aux Coteaux – projet photovoice 2022"),
        _seg("heading", "Photo 3 – Auteure : Fatima, 44 ans, mère de trois enfants"),
        _seg("turn", "Commentaire : C'est la porte du cabinet médical qui a fermé en 2019.", label),
        _seg("heading", second),
        _seg("turn", "Commentaire : Le comptoir. Les gens viennent ici sans rendez-vous.", label),
    ]


def _attrs(segs):
    return [(s.speaker, s.role, s.region) for s in segs if s.kind == "turn"]


def test_each_caption_names_the_comment_below_it(gazetteer):
    segs = _photovoice()
    apply_captioned_turns(segs, gazetteer)
    assert _attrs(segs) == [("Fatima", "autre", ""), ("Karim", "pharmacien", "Grand Est")]


def test_one_person_captioned_is_a_title_not_a_cast(gazetteer):
    segs = _photovoice(second="Photo 5 – Le marché couvert")
    apply_captioned_turns(segs, gazetteer)
    assert _attrs(segs) == [("Commentaire", "inconnu", "")] * 2


def test_a_code_label_is_not_renamed(gazetteer):
    segs = _photovoice(label="P3")
    apply_captioned_turns(segs, gazetteer)
    assert [s.speaker for s in segs if s.kind == "turn"] == ["P3", "P3"]


@pytest.mark.parametrize("heading", [
    "Chapitre 2 : Mulhouse, une ville ouvrière",  # a place and its gloss
    "Photo 5 – Auteur : Karim, quartier des Coteaux",  # no age, no profession
    "Partie III – Les usagers, les soignants et la ville",
])
def test_headings_that_caption_no_person(heading):
    assert caption(heading) is None


def test_a_caption_gives_name_and_description():
    assert caption("Photo 8 – Auteure : Denise, 62 ans, aide à domicile") == ("Denise", "62 ans, aide à domicile")
