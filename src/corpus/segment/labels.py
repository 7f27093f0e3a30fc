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


# The same lines are read for a turn's label by several scanners, and discovery reads them two or
# three times: TURN's and STANDALONE_LABEL's answers are remembered per text for the patterns of
# the conventions in force (forgotten when they change, bounded for a long-lived process).
_SEEN: dict[str, dict] = {"turn": {}, "alone": {}}
_SEEN_FOR: list = [None, None]
_MAX_SEEN = 1 << 16


def _seen(kind: str) -> dict:
    if _SEEN_FOR[0] is not cv.TURN or _SEEN_FOR[1] is not cv.STANDALONE_LABEL:
        _SEEN_FOR[:] = [cv.TURN, cv.STANDALONE_LABEL]
        for d in _SEEN.values():
            d.clear()
    d = _SEEN[kind]
    if len(d) > _MAX_SEEN:
        d.clear()
    return d


def turn_match(text: str) -> re.Match | None:
    """``cv.TURN.match(text)``, run once per text."""
    seen = _seen("turn")
    if text not in seen:
        seen[text] = cv.TURN.match(text)
    return seen[text]


def standalone_label(text: str) -> str | None:
    """The label of a line that holds only a speaker label and a timestamp ("GP3 [00:00:11]") or
    a label and a colon: the words are in the paragraphs below."""
    if len(text) > 60:
        return None
    seen = _seen("alone")
    if text not in seen:
        m = cv.STANDALONE_LABEL.match(text)
        seen[text] = label_text(m) if m else None
    return seen[text]
