"""A video or radio transcript set as a table of two columns, what is heard and what is seen
("Audio | Vidéo", then "Je m'appelle Jamshid Kohandel … | Jamshid est assis à son bureau."), one
row per shot and no speaker label, as public bodies publish the transcripts of their videos. The
heard cell is the words of the one person who speaks; the seen cell is description. Words:
lang/fr/speech_columns.yaml.

The table opens at a header whose cells are one of ``speech_column_words`` and one of
``picture_column_words`` (a table of figures, a programme or a survey table has neither pair) and
ends at the first line that is no row. A heard cell is a verbatim when it has at least
``speech_column_min_words`` words before any ``not_a_speaker_marks`` ("(synthèse vocale)",
"Musique": a machine voice or music, narrative). The speaker is the name a heard cell gives after
``self_naming_phrases`` ("Je m'appelle Jamshid Kohandel"), else ''; their description is the
apposition after that name in the text above the table ("Jamshid Kohandel, juriste dans …").
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .answer_tables import cell_spans
from .attributions import describe
from .base import Span, TextLine, n_words

NAME = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+[A-ZÉÈ][\w’'-]+){1,2}"


@cv.per_language_data
def _words(key: str) -> frozenset[str]:
    return frozenset(fold(w).strip() for w in cv.language_data().get(key, []))


def _header(text: str) -> tuple[int, int] | None:
    """(heard column, seen column) of a header line."""
    cells = [fold(text[a:b]).strip(" :.") for a, b in cell_spans(text)]
    heard, seen = _words("speech_column_words"), _words("picture_column_words")
    h = next((k for k, c in enumerate(cells) if c in heard), None)
    s = next((k for k, c in enumerate(cells) if c in seen), None)
    return (h, s) if h is not None and s is not None and len(cells) == 2 else None


def _spoken_end(cell: str) -> int:
    """Where the person's words end in a heard cell: at the first mark of no person speaking."""
    folded = fold(cell)
    ends = [folded.find(fold(mark)) for mark in cv.language_data().get("not_a_speaker_marks", [])]
    ends = [e for e in ends if e >= 0 and (e == 0 or not folded[e - 1].isalnum())]
    return min(ends, default=len(cell))


def _speaker(cells: list[str], before: str, gazetteer) -> dict:
    phrases = "|".join(re.escape(p) for p in cv.language_data().get("self_naming_phrases", [])) or "(?!)"
    for cell in cells:
        m = re.search(rf"(?i:{phrases})\s+(?P<name>{NAME})", cell)
        if m:
            name = m.group("name")
            d = re.search(rf"{re.escape(name)}\s*,\s*(?P<desc>[^,.;:]{{3,80}})", before)
            desc = d.group("desc").strip() if d else ""
            role, region, place = describe(desc, gazetteer) if desc else ("", "", "")
            return {"speaker": name, "role_raw": desc, "role": role or "autre", "region": region, "place": place,
                    "attr_source": "attribution"}
    return {"speaker": "", "role_raw": "", "role": "inconnu", "region": "", "place": "", "attr_source": ""}


def _carries_on(lines: list[TextLine], j: int) -> bool:
    """A line that is no row inside the table: empty, or a long row's end the extraction put on a
    line of its own, with a row again at most two lines below."""
    return any(len(cell_spans(lines[n].text)) == 2 for n in range(j + 1, min(j + 3, len(lines))))


def speech_rows(lines: list[TextLine], text: str, gazetteer) -> dict[int, list[Span]]:
    """line index -> the verbatim span of its heard cell, for the rows of every such table."""
    least = cv.language_data().get("speech_column_min_words", 3)
    out: dict[int, list[Span]] = {}
    k = 0
    while k < len(lines):
        found = _header(lines[k].text) if cell_spans(lines[k].text) else None
        if found is None:
            k += 1
            continue
        heard, _ = found
        rows: list[tuple[int, int, int]] = []  # (line index, cell start, cell end) of the words
        j = k + 1
        while j < len(lines) and (len(cell_spans(lines[j].text)) == 2 or _carries_on(lines, j)):
            if len(cell_spans(lines[j].text)) == 2:
                a, b = cell_spans(lines[j].text)[heard]
                cell = lines[j].text[a:b]
                end = a + len(cell[:_spoken_end(cell)].rstrip(" .…—–-")) if _spoken_end(cell) < len(cell) else b
                if n_words(lines[j].text[a:end]) >= least:
                    rows.append((j, a, end))
            j += 1
        if rows:
            who = _speaker([lines[i].text[a:b] for i, a, b in rows], text[:lines[k].start], gazetteer)
            for i, a, b in rows:
                out[i] = [Span(lines[i].start + a, lines[i].start + b, "verbatim", dict(who))]
        k = j
    return out


class SpeechColumnHandlers:
    """The segmenter's handler for the rows of heard-and-seen tables (mixed into segmenter.Segmenter)."""

    def _h_speech_row(self, i: int) -> int | None:
        if "_speech_rows" not in self.__dict__:
            self._speech_rows = speech_rows(self.lines, self.text, self.gazetteer)
        spans = self._speech_rows.get(i)
        if not spans:
            return None
        self.spans.extend(Span(s.start, s.end, s.kind, dict(s.attrs)) for s in spans)
        return i + 1
