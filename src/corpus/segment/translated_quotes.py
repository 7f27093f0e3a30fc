"""Quotes given in the language they were spoken in (Creole, Breton, Arabic …), set in italics
without guillemets, then the author's translation in square brackets on the next line, the
attribution in a parenthesis closing the translation's line:

    Sé pa fòt a pèsonn. Manmay-la pa té ka vini …            (italics)
    [Ce n'est la faute de personne. Les enfants …] (Man Lucette, 84 ans, Capesterre-Belle-Eau)

The parenthesis is cut off the translation's line, so that it is an attribution line under a
block quote (segment/attributions.py); the original above the translation belongs to the same
quote. Only a bracketed line right under an italic paragraph counts: a bracket in prose ("[…]",
an editor's note) does not.

In prose, the translation in guillemets inside the brackets, the attribution (if any) after a dash:

    La Maria ven cada matin, me parla …                       (italics)
    [« Marie vient chaque matin, elle me parle … »] — Sr Rosalie, 88 ans, Nasbinals

the italic passage and the bracketed quotation are one quotation (join_bracketed).
"""

from __future__ import annotations

import re

from .base import StyleMap, TextLine, append_cut

# "[translation] (attribution)": a bracket that holds a sentence, a parenthesis closing the line
TRANSLATION = re.compile(r"^\s*\[[^\[\]]{12,}[.!?…]\s*\]\s*(?=\([^()]{3,150}\)\s*\.?\s*$)")
# a paragraph this much in italics is the original of the quote
ITALIC_SHARE = 0.6


# what may separate an italic original from "[« translation »]": spaces or a line break, the bracket
BRACKET_OPEN = re.compile(r"\s*\[\s*$")
BRACKET_CLOSE = re.compile(r"\s*\]")


def join_bracketed(chunk: str, quotes: list[tuple[int, int]],
                   italics: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(quotes, italics) of a paragraph run, each italic passage followed by a quotation in
    brackets ("[« … »]") joined with it into one quotation that runs to the closing bracket."""
    joined: dict[tuple[int, int], tuple[int, int]] = {}
    for ia, ib in italics:
        for qa, qb in quotes:
            close = BRACKET_CLOSE.match(chunk, qb)
            if qa >= ib and chunk[qa:qa + 1] == "«" and BRACKET_OPEN.fullmatch(chunk, ib, qa) and close:
                joined[(ia, ib)] = joined[(qa, qb)] = (ia, close.end())
    if not joined:
        return quotes, italics
    out = sorted({joined.get(q, q) for q in quotes + italics if q not in italics or q in joined})
    return out, [i for i in italics if i not in joined]


def _italic(ln: TextLine, styles: StyleMap) -> bool:
    return bool(ln.text.strip()) and styles.share(ln.start, ln.end, "italic") >= ITALIC_SHARE


def _previous(lines: list[TextLine], i: int) -> TextLine | None:
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return lines[j] if j >= 0 else None


def split_at_translations(lines: list[TextLine], styles: StyleMap) -> list[TextLine]:
    """Lines cut between a bracketed translation under an italic paragraph and the parenthesis
    that attributes it; re-indexed. The lines as they were when there is none."""
    cuts = []
    for ln in lines:
        m = TRANSLATION.match(ln.text)
        prev = _previous(lines, ln.index) if m else None
        cuts.append([m.end()] if prev is not None and _italic(prev, styles) else [])
    if not any(cuts):
        return lines
    out: list[TextLine] = []
    for ln, at in zip(lines, cuts):
        append_cut(out, ln, at)
    return out


def originals(lines: list[TextLine], owner: dict[int, int], headings, styles: StyleMap) -> dict[int, int]:
    """{line index: attribution line index} of the italic originals above the bracketed
    translations that an attribution line closes (block_quotes' ``owner``), to join them."""
    out = {}
    for q, a in owner.items():
        if not lines[q].text.lstrip().startswith("[") or q - 1 < 0:
            continue
        prev = lines[q - 1]
        if prev.index not in owner and prev.index not in headings and _italic(prev, styles) \
                and not prev.text.lstrip().startswith(("«", "[")):
            out[prev.index] = a
    return out
