"""Reading a speaker label off a line: the label a TURN or STANDALONE_LABEL match holds (the
patterns are the conventions'), and how it is set off."""

from __future__ import annotations

import re

from . import conventions as cv


def label_text(m: re.Match) -> str:
    """The label of a TURN (or STANDALONE_LABEL) match, spaces normalised ("Mme  D." -> "Mme D.")."""
    g = m.groupdict()
    return " ".join((g.get("blabel") or g.get("clabel") or g.get("label") or g.get("alabel")
                     or g.get("slabel") or g.get("clabel2") or g.get("dlabel") or g.get("plabel") or g.get("klabel")
                     or g.get("wlabel")
                     or "").split())


def loose_separator(m: re.Match) -> bool:
    """A label set off by a dash, a period or only a space rather than a colon or brackets
    ("Marie — …", "Q. …", "K2 Par …")."""
    g = m.groupdict()
    return bool(g.get("dlabel") or g.get("plabel") or g.get("wlabel"))


def standalone_label(text: str) -> str | None:
    """The label of a line that holds only a speaker label and a timestamp ("GP3 [00:00:11]") or
    a label and a colon: the words are in the paragraphs below."""
    m = cv.STANDALONE_LABEL.match(text) if len(text) <= 60 else None
    return label_text(m) if m else None
