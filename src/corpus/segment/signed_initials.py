"""Contributions signed by their writers' initials in square brackets at the end of the line, as
a collaborative pad keeps them ("On apprend la sortie le vendredi soir par la famille [MT]",
"… qu'on n'a pas en stock [LG + PB]"), the initials explained once by a key ("MT = Marion Tissot
(infirmière libérale, Saint-Vit) ; LG = …": discovery.label_legend).

A line is a contribution when it ends with one set of initials, or several joined by one of
``joiners`` (lang/fr/signed_initials.yaml), every one of them a label the key explains; the
contribution is a verbatim of those initials (the first one's role and place), the bracket its
attribution. An extraction that ran two contributions into one paragraph is cut after the bracket
that closes the first. At least ``min_lines`` signed lines make a pad: a lone "[MT]" is a
reference. Brackets holding a number ("[12]"), a word ("[sic]") or initials nobody explained
sign nothing; an unsigned line of the facilitator ("A faire : …") stays narrative.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .base import TextLine, append_cut

DEFAULTS = {"joiners": [], "min_lines": 2}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("signed_initials") or {})}


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    joiners = "|".join(re.escape(j) for j in settings()["joiners"]) or "(?!)"
    initials = r"[A-ZÉÈ]{2,4}"
    # a bracket of initials after a word, then the end of the line or the next contribution's capital
    return re.compile(rf"(?<=[\w.!?…)])[ \t\u00a0]+\[(?P<sig>{initials}(?:[ \t\u00a0]*(?:{joiners})[ \t\u00a0]*{initials})*)\]"
                      rf"[ \t\u00a0]*\.?(?P<next>[ \t\u00a0]+(?=[A-ZÉÈÀÂÊÎÔÛÇ])|[ \t\u00a0]*$)")


def _codes(sig: str) -> list[str]:
    return re.findall(r"[A-ZÉÈ]{2,4}", sig)


def _signatures(text: str, knows) -> list[re.Match]:
    """The brackets of known initials in a line that close a contribution."""
    if "[" not in text:  # no bracket, no signature (most lines: skips the scan)
        return []
    return [m for m in _pattern(id(cv.language_data())).finditer(text) if all(knows(c) for c in _codes(m.group("sig")))]


def split_at_initials(lines: list[TextLine], knows) -> list[TextLine]:
    """The lines cut after each bracket of known initials that another contribution follows on
    the same line, when the document signs at least ``min_lines`` contributions so; re-indexed.
    Other documents as they are."""
    found = {ln.index: sigs for ln in lines if (sigs := _signatures(ln.text, knows))}
    if sum(len(s) for s in found.values()) < settings()["min_lines"]:
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [m.end() for m in found.get(ln.index, []) if m.end() < len(ln.text.rstrip())])
    return out


def initials_boxes(lines: list[TextLine], headings: dict[int, int], ctx) -> dict[int, dict]:
    """line index -> the attributes of the contribution the line is, with "_to" the end of its
    words (the bracket after them is the attribution); {} when fewer than ``min_lines`` lines are
    signed by known initials."""
    boxes: dict[int, dict] = {}
    for ln in lines:
        if ln.index in headings:
            continue
        sigs = _signatures(ln.text, ctx.knows)
        if len(sigs) != 1 or sigs[0].group("next").strip() or not ln.text[:sigs[0].start()].strip():
            continue
        m = sigs[0]
        codes = _codes(m.group("sig"))
        attrs = ctx.code_attrs(codes[0])
        attrs["speaker"] = " ".join(m.group("sig").split())  # "LG + PB": both wrote it
        boxes[ln.index] = {**attrs, "_to": m.start()}
    return boxes if len(boxes) >= settings()["min_lines"] else {}
