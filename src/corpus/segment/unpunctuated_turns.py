"""Turns of a transcript written without punctuation, run together on one line by extraction:
"#2 : depuis 2015 à Auxerre avant j'étais à Sens enq : et comment vous êtes arrivée …". Cutting
at a sentence end (recurring_labels.split_at_recurring) finds no place to cut there. Here a line
is also cut after a space where a label set off by a separator opens ANOTHER paragraph of the
document in the same form, its separator spaced as there ("enq : "), only in a line that such a
label opens itself (a turn holding the next turn, not prose that names a label in passing).
A line whose every such label follows a semicolon is a key to the labels ("Coord. : coordinatrice
de la CPTS ; Pdt : président de la CPTS ; Étud. : l'étudiante."), not turns: left whole, so that
recurring_labels.keyed and fallbacks.colon_key read it as a key.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .base import TextLine, append_cut


def split_unpunctuated(lines: list[TextLine], prefix_of: Callable) -> list[TextLine]:
    """Lines opened by a label cut before the labels that open other paragraphs ("… huit
    ans enq : et …" where "enq : …" opens a paragraph); re-indexed. Unchanged when none.
    ``prefix_of(text)``: the label prefix opening a text, or None (recurring_labels.prefix_of with
    its settings, passed in so that this module does not import the one that calls it)."""
    openers: dict[str, set[int]] = {}  # "enq : " -> the paragraphs it opens
    for n, ln in enumerate(lines):
        p = prefix_of(ln.text)
        if p is not None and p.form[2] not in ("", "caps") and " " not in p.label:
            openers.setdefault(ln.text[:p.end].strip() + " ", set()).add(n)
    if not openers:
        return lines
    alt = "|".join(re.escape(k) for k in sorted(openers, key=lambda k: (-len(k), k)))
    pattern = re.compile(rf"(?<=\s)(?:{alt})(?=\S)")
    opening = set().union(*openers.values())  # the paragraphs a label opens
    out: list[TextLine] = []
    for n, ln in enumerate(lines):
        cuts = []
        if n in opening:
            # a label opening another paragraph, not (only) this one
            cuts = [m.start() for m in pattern.finditer(ln.text) if openers[m.group(0)] - {n}]
            if cuts and all(ln.text[:c].rstrip().endswith(";") for c in cuts):
                cuts = []  # "Coord. : … ; Pdt : … ; Étud. : …": a key, each entry after a semicolon
        append_cut(out, ln, cuts)
    return out if len(out) != len(lines) else lines
