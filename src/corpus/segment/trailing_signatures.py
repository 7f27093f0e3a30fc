"""Block quotes set without guillemets, in italics, signed at the end of their own paragraph
after a dash: "On n'avait pas de messagerie sécurisée … — Médecin 3, Haute-Savoie".

Theses and reports set their informants' words as italic paragraphs and sign each one on the
same line. The paragraph is cut before the signature, so that the signature is an attribution
line under its block quote (segment/attributions.py reads it: a code such as "Médecin 3" or
"P4", a description, a place) and the quote is the paragraph above it. The words are
lang/fr/trailing_signatures.yaml.

Only paragraphs mostly in italics, or opened by a dash themselves, are cut (a roman paragraph
with a dash aside is prose), and only where what follows the dash reads as an attribution line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .base import StyleMap, TextLine, append_cut, n_words

_data = cv.language_data
# how much of the words before the signature is set in italics for the paragraph to be a block quote
ITALIC_SHARE = 0.6


@lru_cache(maxsize=4)
def _dashes(key: int) -> tuple[re.Pattern, re.Pattern]:
    dashes = "".join(re.escape(d) for d in _data().get("signature_dashes", [])) or "(?!)"
    # a dash after a sentence end and a space: where a signature may start
    # (or after a translator's gloss in brackets: "… pèsonn. [Quand la pluie tombe, personne.] — Man Léonce")
    opening = re.compile(rf"(?<=[.!?…»\]])\s+(?=[{dashes}]\s*\S)")
    # where the next paragraph may start inside the signature's line (the extraction joins
    # paragraphs): a capitalised word after a word (not after a comma), then a word in lower case
    restart = re.compile(r"(?<=[^\s,;:])\s+(?=[A-ZÉÈÀÂÎÔÇ][\w'’-]*\s+[a-zéèêàâîôûç'’])")
    return opening, restart


def signature_cuts(text: str, is_attribution) -> list[int]:
    """Offsets in ``text`` where a signature starts and, when the next block quote follows on the
    same line, where it ends: "… consultations. — Médecin 3, Haute-Savoie" -> [offset of the
    dash]; "… consultations. — Médecin 3, Haute-Savoie Le premier mois, …" -> [dash, "Le"]."""
    opening, restart = _dashes(id(_data()))
    cuts: list[int] = []
    start = 0  # where the quote before the next dash starts
    for m in opening.finditer(text):
        at = m.end()
        if at < start or n_words(text[start:m.start()]) < _data().get("signature_min_words", 6):
            continue
        # the shortest signature first: a long one may run into the next quote
        nxt = next((r for r in restart.finditer(text, at) if is_attribution(text[at:r.start()])), None)
        if nxt is not None:
            cuts += [at, nxt.end()]
            start = nxt.end()
        elif is_attribution(text[at:]):
            cuts.append(at)
            break
    return cuts


def signature_speaker(rest: str) -> str:
    """The speaker of a dash signature whose first field is a participant word or a profession
    and a number ("Médecin 3, Haute-Savoie", "Infirmière 2, Isère"): that code; else ''."""
    head = cv.FIELD_SPLIT.split(rest.strip())[0]
    return head if cv.LABEL_SHAPES["numbered"].fullmatch(head) else ""


def split_at_signatures(lines: list[TextLine], styles: StyleMap, is_attribution) -> list[TextLine]:
    """Lines cut before the signature that closes an italic paragraph; re-indexed. The lines
    as they were when no paragraph is such a signed block quote."""
    cuts = []
    for ln in lines:
        at = signature_cuts(ln.text, is_attribution) if ln.text.strip() else []
        italic = bool(at) and styles.share(ln.start, ln.start + at[0], "italic") >= ITALIC_SHARE
        # (or a roman extract opened by a dash, as proceedings set an oral quotation: "– Moi je monte
        # à pied … — Josette, aide à domicile, 51 ans"; s51)
        dashed = bool(at) and ln.text.lstrip()[:1] in _data().get("signature_dashes", [])
        cuts.append(at if italic or dashed else [])
    if not any(cuts):
        return lines
    out: list[TextLine] = []
    for ln, at in zip(lines, cuts):
        append_cut(out, ln, at)
    return out
