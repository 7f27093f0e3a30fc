"""A quotation in straight or English quotation marks that runs over several paragraphs, each
paragraph opened by the mark and only the last one closed (the French continuation convention,
typed with the keyboard's marks): "Rép. 57 (infirmier libéral, …) : "Sur le fleuve, … je négocie
avec le piroguier." then a paragraph ""On a demandé à l'ARS un forfait transport, on attend
toujours la réponse."". The pairing of straight marks leaves the first paragraph's mark alone and
reads the last paragraph as a quotation of its own; here they are one quotation, from the first
mark to the last paragraph's closing mark, when the first paragraph's mark opens words (after a
space or a colon, before a capital) and is the last mark of its paragraph left unpaired, and every
paragraph below up to the closing one opens with the mark (lang/fr/continued_quotes.yaml). Two
paragraphs each quoting whole sentences, a stray inch mark, or guillemets (which quotes.py already
continues) are unchanged.
"""

from __future__ import annotations

import re

from . import conventions as cv

DEFAULTS = {"openers": [], "max_paragraphs": 4}


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("continued_quotes") or {})}


def _open_mark(chunk: str, line_a: int, line_b: int, quotes: list[tuple[int, int]], openers: str) -> int | None:
    """Offset of an unpaired opening mark ending the line chunk[line_a:line_b] unclosed, or None."""
    marks = [i for i in range(line_a, line_b) if chunk[i] in openers and not any(a <= i < b for a, b in quotes)]
    if len(marks) != 1:
        return None
    i = marks[0]
    before = chunk[i - 1] if i > line_a else " "
    after = chunk[i + 1:i + 2]
    if (before.isspace() or before in ":(") and after[:1].isupper() and not any(i < a < line_b for a, _ in quotes):
        return i
    return None


def join_continued(chunk: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``quotes`` of a prose chunk with each quotation continued over paragraphs made one span."""
    s = settings()
    openers = "".join(s["openers"])
    if not openers or not any(c in chunk for c in openers):
        return quotes
    starts = [0] + [m.end() for m in re.finditer("\n", chunk)]
    bounds = [(a, (chunk.find("\n", a) if chunk.find("\n", a) >= 0 else len(chunk))) for a in starts if a < len(chunk)]
    out = list(quotes)
    for k, (la, lb) in enumerate(bounds):
        i = _open_mark(chunk, la, lb, out, openers)
        if i is None:
            continue
        for na, nb in bounds[k + 1:k + s["max_paragraphs"]]:
            if chunk[na:na + 1] not in openers:
                break
            closing = next(((qa, qb) for qa, qb in out if qa == na), None)
            if closing is not None:
                out = sorted([q for q in out if q != closing] + [(i, closing[1])])
                break
    return out


def introduced_apart(chunk: str, qa: int, qb: int, na: int) -> bool:
    """The quotation chunk[qa:qb] has a paragraph of its own under a lead-in ending with a colon
    and the next one (at ``na``) opens a paragraph below: two quotations, not one chained to the
    other's speaker ("MK2 … nuance :" then "“ … ”" then a continued "“ … — MK6")."""
    line_start = chunk.rfind("\n", 0, qa) + 1
    return "\n" in chunk[qb:na] and not chunk[line_start:qa].strip() and chunk[:line_start].rstrip().endswith(":")


def led_on_its_line(chunk: str, qa: int, qb: int, na: int) -> bool:
    """The quotation chunk[qa:qb] follows a lead-in ending with a colon on its own line ("Le Dr
    […], généraliste du secteur, l'explique ainsi : « … »") and the next one (at ``na``) opens a
    paragraph below: someone's words, that lead-in's and not the next quotation's speaker's (the
    paragraph below, "« … » ([…], infirmière libérale, Landes)", credits its own)."""
    line_start = chunk.rfind("\n", 0, qa) + 1
    return "\n" in chunk[qb:na] and chunk[line_start:qa].rstrip().endswith(":")


# a label the document knows, its colon and a quotation filling the rest of the paragraph: "Florence : « … »"
LABELLED_QUOTE = re.compile(r"(?P<label>[A-ZÉÈ][\w’'.-]*(?:\s[\w’'.-]+){0,2})\s*:\s*$")


def join_labelled(chunk: str, quotes: list[tuple[int, int]], knows) -> list[tuple[int, int]]:
    """The quotations of a paragraph run, each one that fills its paragraph after a participant's
    label ("Florence : « On a une patiente comme ça … »", ``knows`` the label) joined with the
    quotations that fill the paragraphs right below it alone ("« Je me demande si … »"): the same
    person's words over two paragraphs, nobody else named. A paragraph with anything besides its
    quotation (a lead-in, a credit) ends the run."""
    out: list[tuple[int, int]] = []
    led = False  # the last quotation kept fills a paragraph opened by a known label
    for qa, qb in sorted(quotes):
        line_a = chunk.rfind("\n", 0, qa) + 1
        line_b = chunk.find("\n", qb)
        line_b = len(chunk) if line_b < 0 else line_b
        fills = not chunk[qb:line_b].strip(" .\u00a0\u202f")
        if led and fills and not chunk[line_a:qa].strip() and out and chunk[out[-1][1]:line_a].strip() == "" \
                and chunk.count("\n", out[-1][1], qa) == 1:
            out[-1] = (out[-1][0], qb)
            continue
        label = LABELLED_QUOTE.fullmatch(chunk[line_a:qa])
        led = fills and label is not None and knows(label.group("label"))
        out.append((qa, qb))
    return out
