"""A table of people's words exported from a spreadsheet or a transcription tool, one row per
turn, whose header names a SPEAKER column and a WORDS column (issue #14, session 53):

    | ID | Locuteur | Temps | Verbatim |
    | V02 | MG1 | 00:03:40 | Il reflète ce qu'on a réussi, pas ce qui reste. … |

The words need no quotation marks: the header says whose they are. Each row's words cell is the
turn of the person its speaker cell names, read as any label is (the document's key, "| MG1 |
Médecin généraliste | Cabinet de groupe, Roye |", gives the role and the place; a key entry saying
the person runs the meeting, "Évaluatrice, animatrice de la réunion", makes the row the
moderator's; one saying nobody was identified, "Voix de la salle, non identifiée", makes it a
voice of no one); the other cells (an id, a time, a code) are no one's words. The header words are
``speaker_column_words`` (fallbacks.yaml) and ``voiced_column_words`` (voiced_columns.yaml); a
table of fewer than ``MIN_ROWS`` rows, or whose words cells hold quotations (read by
fallbacks.speaker_column_rows), is left to the other readers.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .answer_tables import cell_spans
from .attributions import describe
from .base import Span
from .fallbacks import moderates

MIN_ROWS = 2
MIN_WORDS = 4  # a words cell of fewer is a reference ("V3"), not someone's words
QUOTES = re.compile(r"[«»\"“”]")


# a CSV export's field: a quoted value (its quotes doubled inside) or a bare one
CSV_FIELD = {sep: re.compile(rf'\s*(?:"(?:[^"]|"")*"?|[^{sep}"]*)') for sep in (";", "\t")}


def _csv_cells(text: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of the fields of a CSV line (a quoted field's words inside its quotes)."""
    out, pos = [], 0
    while pos <= len(text):
        m = CSV_FIELD[sep].match(text, pos)
        a, b = m.start(), m.end()
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        a += lead
        if text[a:a + 1] == '"':
            out.append((a + 1, b - 1 if b - 1 > a and text[b - 1] == '"' else b))
        else:
            out.append((a, a + len(text[a:b].rstrip())))
        if b >= len(text) or text[b] != sep:
            break
        pos = b + 1
    return out


def _separator(text: str) -> str:
    """The bar of a table row, or a CSV export's separator (a semicolon, a tab)."""
    if cv.has_cells(text) and "|" in text:
        return "|"
    return next((sep for sep in (";", "\t") if sep in text), "|")


def _cells(text: str, sep: str = "|") -> list[tuple[int, int]]:
    """(start, end) of the non-empty cells of a row, stripped."""
    if sep != "|":
        return _csv_cells(text, sep)
    out = []
    for a, b in cell_spans(text):
        piece = text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((a + lead, a + len(piece.rstrip())))
    return out


@cv.per_language_data
def _words_headers() -> frozenset[str]:
    return frozenset(fold(w).replace("’", "'") for w in cv.language_data().get("voiced_column_words", []))


def header_columns(text: str, sep: str = "|") -> tuple[int, int, int] | None:
    """(speaker column, words column, number of cells) of a header row, or None."""
    if QUOTES.search(text):
        return None
    cells = [fold(text[a:b]).replace("’", "'").strip(" :.").lower() for a, b in _cells(text, sep)]
    if len(cells) < 2 or any(len(c.split()) > 4 for c in cells):
        return None
    speaker = next((k for k, c in enumerate(cells) if cv.SPEAKER_COLUMN.fullmatch(c)), None)
    words = next((k for k, c in enumerate(cells) if c in _words_headers()), None)
    if speaker is None or words is None or speaker == words:
        return None
    return speaker, words, len(cells)


def unidentified(desc: str) -> bool:
    """A key entry saying nobody was identified ("Voix de la salle, non identifiée")."""
    key = fold(desc).lower()
    return bool(re.search(r"\bnon[\s-]identifie|\bpas (?:pu )?(?:ete )?identifie|\binconnue?\b", key))


class SpeakerWordTableHandlers:
    """The line handler of a speaker-and-words table (a Segmenter mixin)."""

    def _h_speaker_word_table(self, i: int) -> int | None:
        sep = _separator(self.lines[i].text)
        header = header_columns(self.lines[i].text, sep)
        if header is None:
            return None
        speaker_col, words_col, width = header
        rows = []
        j = i + 1
        while j < len(self.lines):
            t = self.lines[j].text
            cells = _cells(t, sep)
            if len(cells) != width:
                break
            last = j
            if sep != "|" and t.count('"') % 2:
                # a quoted field over several lines (its line breaks kept by the export)
                while last + 1 < len(self.lines) and self.lines[last + 1].text.count('"') % 2 == 0 \
                        and last + 1 - j < 6:
                    last += 1
                if last + 1 < len(self.lines) and self.lines[last + 1].text.count('"') % 2:
                    last += 1
                else:
                    break
            rows.append((j, last, cells))
            j = last + 1
        labels = [self.lines[r].text[c[speaker_col][0]:c[speaker_col][1]] for r, _, c in rows]
        if width < 3 or any("," in k or len(k.split()) > 3 for k in labels):
            return None  # "Locuteur | Propos", "… | P3, agent de santé" : the label readers' (fallbacks.speaker_column_rows)
        said = [self.text[self.lines[r].start + c[words_col][0]:self.lines[r].start + c[words_col][1]] for r, _, c in rows]
        if sum(1 for w in said if len(w.split()) >= MIN_WORDS) * 2 < len(said):
            return None  # "| V3 | P2 | Médecin généraliste … |": an index of verbatims, their numbers only
        if len(rows) < MIN_ROWS or (sep == "|" and any(
                QUOTES.match(self.lines[r].text[c[words_col][0]:c[words_col][1]]) for r, _, c in rows)):
            return None
        self._flush_prose(self.prose_run, self.current)
        self.spans.append(Span(self.lines[i].start, self.lines[i].end, "other"))
        for r, last, cells in rows:
            ln = self.lines[r]
            label = ln.text[cells[speaker_col][0]:cells[speaker_col][1]].strip()
            a, b = ln.start + cells[words_col][0], ln.start + cells[words_col][1]
            if last > r:  # the quoted words run to the closing quote lines below
                end = self.lines[last]
                b = end.start + len(end.text.rstrip().rstrip('"'))
            words = self.text[a:b]
            kind, attrs = self._table_speaker(label, words, r)
            if a > ln.start:
                self.spans.append(Span(ln.start, a, "other"))
            self.spans.append(Span(a, b, kind, attrs))
            end = self.lines[last].end
            if b < end:
                self.spans.append(Span(b, end, "other"))
        return j

    def _keyed_description(self, label: str) -> str:
        """What the document's key of codes says of a label or of its letters ("SEC1" under "Codes
        des locuteurs : … ; SEC, secrétaire médicale ; …"), or ''."""
        for code in dict.fromkeys((label, re.sub(r"\d+$", "", label))):
            if not code:
                continue
            key = re.compile(rf"(?:^|[:;]\s*){re.escape(code)}\s*(?:,|:|=|–|—)\s*(?P<desc>[^;.\n|]{{2,100}})")
            for ln in self.lines:
                if code in ln.text and (m := key.search(ln.text)):
                    return m.group("desc").strip()
        return ""

    def _table_speaker(self, label: str, words: str, line_index: int) -> tuple[str, dict]:
        desc = self.ctx.participants.get(label, "") or self.ctx.legend.get(label, "") or self._keyed_description(label)
        if label in self.ctx.legend_moderators or (desc and moderates(desc)) \
                or fold(label).lower().rstrip(".") in cv.MODERATOR_WORDS:
            return "moderator", {"speaker": label, "role_raw": ""}
        if desc and unidentified(desc):
            return "turn", {"speaker": "", "role_raw": desc, "role": "inconnu", "region": self.ctx.doc_region,
                            "place": self.ctx.doc_place, "attr_source": "participant_table"}
        kind, attrs = self._label_turn(label, words, line_index)
        if label in self.labels:
            return kind, attrs  # what the label readers know of it stands
        if desc and attrs.get("role") in ("", "autre", "inconnu"):
            role, region, place = describe(desc, self.gazetteer)
            if role not in ("", "inconnu"):
                attrs.update(role_raw=desc, role=role, attr_source="participant_table")
            if region and not attrs.get("region"):
                attrs.update(region=region, place=place)
        return "turn", attrs
