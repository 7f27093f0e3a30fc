"""A table whose header says whose words a column holds, one row per quotation or exchange, no
quotation marks (lang/fr/voiced_columns.yaml):

    Propos en créole réunionnais | Traduction
    Le riz, mi pé pa arèt manz lo riz … | Le riz, je ne peux pas arrêter de manger du riz …
    (P4, 72 ans, Saint-Louis)

    N° | Ce que dit Mme V. | Ce que je réponds | Mon analyse
    1 | Vous savez, ma fille vient tous les jours … | Vous avez l'impression … ? | Reformulation : …

A row's words cell (``voiced_column_words``) and its translation cell (``translation_column_words``)
are one verbatim; a cell of the author's own words (``own_words_column_words``, a nursing student's
process recording) is the interviewer's; any other cell (a number, an analysis) is narrative. The
speaker is the parenthesis on the line under the row ("(P4, 72 ans, Saint-Louis)"), else the person
the words header names ("Ce que dit Mme V."), whose role, in a process recording (a carer's
exchange with the person cared for), is a patient's unless their attribution names one; the region, when the parenthesis gives none, the one
the header's language names ("en créole réunionnais"). A cell of fewer than ``voiced_column_min_words``
words, or nothing but a parenthesis ("(silence)", "(en français)", "(il regarde la fenêtre)"),
holds no one's words. Only a header with a words column and a
translation column, an own-words column or a person named counts: a transcript table "Locuteur |
Propos" (fallbacks.speaker_column_rows) or a survey table is read elsewhere.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .answer_tables import cell_spans
from .attributions import PAREN_LINE, describe
from .base import Span, TextLine, n_words
from .patient_profiles import patient_role


@cv.per_language_data
def _folded_words(key: str) -> tuple[str, ...]:
    return tuple(fold(w).replace("’", "'") for w in cv.language_data().get(key, []))


def _starts(cell: str, folded: str, key: str) -> str | None:
    """What follows the longest of the words of ``key`` that opens the header cell (``folded``:
    the cell folded as the words are), or None."""
    found = [w for w in _folded_words(key) if folded == w or folded.startswith(w + " ")]
    if not found:
        return None
    return cell.strip(" :")[len(max(found, key=len)):].strip()


def _header(text: str) -> dict | None:
    """{"words": column, "translation": column or None, "own": column or None, "who": the person
    the words header names or '', "rest": what else follows its words ("en créole réunionnais")}
    of a header line, or None."""
    cells = [text[a:b] for a, b in cell_spans(text)]
    if len(cells) < 2:
        return None
    found = {"words": None, "translation": None, "own": None, "who": "", "rest": ""}
    for k, cell in enumerate(cells):
        folded = fold(cell).strip(" :.").replace("’", "'")  # once for the three word lists
        own, translation = _starts(cell, folded, "own_words_column_words"), _starts(cell, folded, "translation_column_words")
        words = _starts(cell, folded, "voiced_column_words") if own is None and translation is None else None
        if own is not None and found["own"] is None:
            found["own"] = k
        elif translation is not None and found["translation"] is None:
            found["translation"] = k
        elif words is not None and found["words"] is None:
            found["words"] = k
            found["who" if re.fullmatch(cv.SPEAKER_CODE, words) else "rest"] = words
    if found["words"] is None or not (found["translation"] is not None or found["own"] is not None or found["who"]):
        return None
    return found


# a cell that is nothing but a parenthesis or a bracket: an action, a silence, a language noted
NOTE_CELL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*\.?\s*")


def _holds_words(cell: str, least: int) -> bool:
    return n_words(cell) >= least and not NOTE_CELL.fullmatch(cell)


def _attribution(lines: list[TextLine], j: int, ctx) -> dict | None:
    """Attrs of a parenthesis alone on line j that opens with a speaker code, or None."""
    from .quotes import _coded_parenthesis  # quotes imports the segmenter's helpers

    m = PAREN_LINE.match(lines[j].text.strip()) if j < len(lines) else None
    return _coded_parenthesis(m.group("inner").strip(), "", ctx) if m else None


def voiced_rows(lines: list[TextLine], ctx) -> dict[int, list[Span]]:
    """line index -> the spans of a row of such a table (and of the attribution line under it)."""
    least = cv.language_data().get("voiced_column_min_words", 3)
    out: dict[int, list[Span]] = {}
    k = 0
    while k < len(lines):
        header = _header(lines[k].text) if cv.has_cells(lines[k].text) else None
        if header is None:
            k += 1
            continue
        width = len(cell_spans(lines[k].text))
        j = k + 1
        while j < len(lines) and len(cells := cell_spans(lines[j].text)) == width:
            ln = lines[j]
            spoken = [cells[c] for c in (header["words"], header["translation"]) if c is not None
                      and _holds_words(ln.text[cells[c][0]:cells[c][1]], least)]
            attrs = _attribution(lines, j + 1, ctx)
            spans = []
            if spoken:
                who = dict(attrs if attrs is not None else ctx.code_attrs(header["who"]) if header["who"] else {})
                if header["own"] is not None and who.get("role", "inconnu") in ("", "inconnu"):
                    # a process recording is a carer's exchange with the person they care for
                    who.update(role=patient_role())
                if not who.get("region") and header["rest"]:
                    # "Propos en créole réunionnais": the language's region
                    _, region, place = describe(header["rest"], ctx.gazetteer)
                    who.update(region=region, place=who.get("place") or place) if region else None
                spans.append(Span(ln.start + spoken[0][0], ln.start + spoken[-1][1], "verbatim", dict(who)))
            if header["own"] is not None:
                a, b = cells[header["own"]]
                if _holds_words(ln.text[a:b], least):
                    spans.append(Span(ln.start + a, ln.start + b, "moderator", {}))
            out[j] = spans
            if attrs is not None and spoken:
                nxt = lines[j + 1]
                out[j + 1] = [Span(nxt.start, nxt.end, "attribution", dict(attrs))]
                j += 1
            j += 1
        k = j
    return out


class VoicedColumnHandlers:
    """The segmenter's handler for the rows of tables of someone's words (mixed into segmenter.Segmenter)."""

    def _h_voiced_row(self, i: int) -> int | None:
        if "_voiced_rows" not in self.__dict__:
            self._voiced_rows = voiced_rows(self.lines, self.ctx)
        if i not in self._voiced_rows:
            return None
        for s in self._voiced_rows[i]:
            attrs = dict(s.attrs)
            if s.kind == "verbatim" and attrs.get("role", "inconnu") in ("", "inconnu") and self.study_role:
                # everyone the methods say was interviewed has this role
                attrs.update(role=self.study_role, attr_source=attrs.get("attr_source") or "study_field")
            self.spans.append(Span(s.start, s.end, s.kind, attrs))
        return i + 1
