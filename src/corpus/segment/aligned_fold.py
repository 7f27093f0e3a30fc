"""Folding that keeps every character at its place (issue #14): ``fold`` turns "…" into "..."
and "ﬁ" into "fi", so offsets found in a folded text no longer point into the original, and a
whole document was searched for no place at all when it held one such character (a focus group's
"tous les trois mois…" hid its "Périgord noir")."""

from __future__ import annotations

from ..text import fold


def aligned_fold(text: str) -> str:
    """``fold(text)`` with the same length as ``text``: a character that folds to several keeps
    the first ("…" -> "."), one that folds to nothing (a lone combining accent) stays as it is."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f[0] if f else ch)
    return "".join(out)
