"""Speaker labels of an unknown shape beside labels of a known one: "(MG1) …", "(IDE2) …" around
a "[KINE1] …" the readers know; "#7 : …" answering "moi : …". ``recurring_labels`` finds labels
by how they behave only where no label of a known shape was found; a document that keeps ONE
label in a known shape (an interviewer's "Enquêteur :", a code already bracketed) then loses all
its other voices. Here the labels found by their behaviour join the known ones when they take
turns WITH them: a line of a known label lies inside (or next to) the block of the new labels' turns, and the
new labels open at least ``min_share`` of the turns of that block (a stray "Note : …" or list
beside a transcript never counts). Thresholds: lang/fr/mixed_labels.yaml (schema-checked).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .recurring_labels import recurring_turns, shaped_turn
from .recurring_labels import settings as recurring_settings

DEFAULTS = {"min_share": 0.5, "min_new_turns": 2}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("mixed_labels") or {})}


def _words(label: str) -> tuple[str, ...]:
    """A label's words whatever their case, brackets and punctuation ("[KINE1]" / "KINE1", "HC." / "HC")."""
    return tuple(re.findall(r"\w+", fold(label).lower()))


def _holds(label: tuple[str, ...], known: set[tuple[str, ...]]) -> bool:
    """The label is a known one, or holds one with something around it: a line number ("114
    INF_2" for "INF_2"), a time code ("Rosine (1'55'')" for "Rosine"); not a new voice."""
    return any(label[i:i + len(k)] == k for k in known if k for i in range(len(label) - len(k) + 1))


def _initials_tail(label: str, cut: list[TextLine]) -> bool:
    """Every turn of the label follows a piece of one short token cut off the same line: the end
    of initials ("C. T. : …" cut after "C."), not a voice of its own."""
    turns = [n for n, ln in enumerate(cut) if ln.text.startswith(label)]
    return bool(turns) and all(n > 0 and cut[n - 1].end == cut[n].start and len(cut[n - 1].text.split()) == 1
                               and len(cut[n - 1].text.strip()) <= 3 for n in turns)


def mixed_turns(lines: list[TextLine], known_labels, known_starts: set[int],
                gazetteer=None) -> tuple[list[TextLine], dict[str, dict]]:
    """(lines, speakers) for the labels of any shape that take turns with the labels of a known
    shape (their lines start at ``known_starts``), or (lines, {}) when there are none."""
    s = settings()
    cut, shaped = recurring_turns(lines, gazetteer)
    known = {_words(k) for k in known_labels}
    new = {k: v for k, v in shaped.items() if not _holds(_words(k), known)}
    new = {k: v for k, v in new.items() if not _initials_tail(k, cut)}
    pattern = shaped_turn(new)
    if pattern is None:
        return lines, {}
    at = [n for n, ln in enumerate(cut) if pattern.match(ln.text)]
    if len(at) < s["min_new_turns"]:
        return lines, {}
    # the new voices speak themselves (je, on, vous, a question), not only the known ones around
    # them: "Nota : il est possible de …" between a witness's turns is the editor's note
    words = [cut[n].text[pattern.match(cut[n].text).end():] for n in at]
    if sum(1 for w in words if cv.SPOKEN.search(w)) < recurring_settings()["min_spoken_share"] * len(words):
        return lines, {}
    # a known label's line inside the block of the new labels' turns, or as close to it as a
    # turn's paragraphs may run (recurring_labels' max_gap)
    gap = recurring_settings()["max_gap"] + 1
    known_at = [n for n, ln in enumerate(cut) if ln.start in known_starts]
    near = [n for n in known_at if at[0] - gap <= n <= at[-1] + gap]
    inside = [n for n in known_at if at[0] < n < at[-1]]
    # the known labels speak inside (or next to) the new labels' dialogue, and are not most of it
    if not near or len(at) < s["min_share"] * (len(at) + len(inside)):
        return lines, {}
    return cut, new
