"""Initials standing for a full-name label of the same transcript (segment/initials_labels.py):
"Christelle Thiébaut :" then "C. T. :"; look-alikes: initials that fit two names, initials no
name has, a code of capitals that is no initials of anyone ("CT" for a scanner in a caption)."""

from __future__ import annotations

from corpus.segment.base import Segment
from corpus.segment.initials_labels import apply_initials_labels, initials_of


def _turn(text, speaker, role="inconnu", region=""):
    return Segment("t", "t-1", "turn", 1, 1, 0, len(text), speaker=speaker, role=role, region=region, text=text)


def _interview(second_name="Julien Marchal"):
    return [
        _turn("Christelle Thiébaut : À ce que les gens trouvent quelqu'un.", "Christelle Thiébaut",
              "kinesitherapeute", "Grand Est"),
        _turn(f"{second_name} : Et les médecins, ils suivent ?", second_name),
        _turn("C. T. : Parce qu'aujourd'hui notre coordinatrice travaille dans sa voiture.", "C"),
        _turn("J. M. : Vous demandez donc des locaux ?", "J"),
    ]


def test_initials_are_the_full_name_s_turns():
    segs = _interview()
    apply_initials_labels(segs)
    assert [(s.speaker, s.role, s.region) for s in segs[2:]] == [
        ("Christelle Thiébaut", "kinesitherapeute", "Grand Est"), ("Julien Marchal", "inconnu", "")]


def test_initials_two_names_share_stay_as_printed():
    segs = _interview(second_name="Claire Tessier")
    apply_initials_labels(segs)
    assert segs[2].speaker == "C"


def test_initials_no_name_has_stay_as_printed():
    segs = _interview()
    segs[2].text = "P. L. : On reprend dans deux minutes."
    segs[2].speaker = "P"
    apply_initials_labels(segs)
    assert segs[2].speaker == "P"


def test_initials_of_compound_names():
    assert initials_of("Marc-Antoine Leroy") == "MAL" and initials_of("Christelle Thiébaut") == "CT"
