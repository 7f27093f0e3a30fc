"""Speaker labels in brackets that the extraction ran into one paragraph without punctuation
between the turns (issue #14, session 10, seggen10): "… sf2 exerce à Auxerre. (enq) alors pour
commencer … installée ? (sf2) depuis 2015 à Auxerre … huit ans (enq) et la CPTS …". A line-initial
label reader sees one paragraph; recurring_labels.split_at_recurring cuts only after a sentence's
end. Here a bracketed label ("(enq)", "{sf2}", "<E3>", "[enq]") set off by a space inside lines
is a candidate cut when the same label comes back (``min_lines`` times, inside lines or opening
them) and at least two such labels make ``min_turns`` turns together; the lines are cut there and the usual dialogue test of
recurring_labels decides (a paragraph citing "(sic)" twice, or "(Annexe A)" … "(Annexe D)", is no
dialogue: its lines are kept as they were). An aside ("(rires)", "[silence]": ``bracketed_asides``,
lang/fr/bracketed_runs.yaml) is no label, nor a key's entry ("(E) : enquêteur ; (D) : …"); only the
labels the dialogue test then keeps cut lines. Thresholds: lang/fr/recurring_labels.yaml."""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from ..text import fold
from . import conventions as cv
from .base import TextLine, append_cut
from .guarded import Guarded

BRACKETS = "([{<"
INSIDE = Guarded(re.compile(r"(?<=\s)(?=[(\[{<])"), tuple(BRACKETS))  # an opening bracket
KEY_AFTER = re.compile(r"\s*[:=]")  # "(D) : directrice": a key names the label, no turn
LIST_MARKS = (";", ",")


def _inside_brackets(before: str) -> bool:
    """A bracket opened before this point of the line is still open."""
    return any(before.count(o) > before.count(c) for o, c in ("()", "[]", "{}", "<>"))


def split_bracketed(lines: list[TextLine], prefix_of: Callable, s: dict, only: set[str] | None = None) -> list[TextLine]:
    """Lines cut before the bracketed labels that recur inside them; unchanged when none.
    ``prefix_of(text)``: recurring_labels.prefix_of with its settings, passed in (no import circle);
    ``only``: cut before these labels alone (those the dialogue test kept)."""
    asides = {fold(w).lower() for w in cv.DATA.get("bracketed_asides", [])}
    found: list[tuple[int, int, str]] = []  # (line, offset, "(" + label): inside lines, and opening them
    for n, ln in enumerate(lines):
        for at in [0] + [m.start() for m in INSIDE.finditer(ln.text)]:
            p = prefix_of(ln.text[at:])
            if p is None or p.form[0] not in BRACKETS or p.form[2] or fold(p.label.split()[0]).lower() in asides:
                continue
            close = ln.text.find(p.form[1], at)
            if KEY_AFTER.match(ln.text, close + 1) or ln.text[:at].rstrip()[-1:] in LIST_MARKS:
                continue  # a key's entry: "(E) : enquêteur ; (D) : directrice du DAC"
            if _inside_brackets(ln.text[:at]):
                continue  # the role inside a label: "(Julie (IDE)) Pour moi …"
            found.append((n, at, p.form[0] + p.label))
    counts = Counter(k for _, _, k in found)
    kept = {k for k, c in counts.items() if c >= s["min_lines"] and (only is None or k[1:] in only)}
    if len(kept) < 2 or sum(counts[k] for k in kept) < s["min_turns"]:
        return lines
    cuts: dict[int, list[int]] = {}
    for n, at, k in found:
        if k in kept and at > 0:
            cuts.setdefault(n, []).append(at)
    out: list[TextLine] = []
    for n, ln in enumerate(lines):
        append_cut(out, ln, cuts.get(n, []))
    return out
