"""Verbatim annex tables: text cells with the interview number they come from."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine, n_words


class AnnexHandlers:
    """Segmenter methods for verbatim annex tables."""

    def _annex_zone(self) -> set[int]:
        """Lines of a verbatim table laid out as separate cells (text line, number line): from a
        'Verbatims' heading to the end of its annex, when number-only lines are frequent."""
        if not self.ctx.cards:
            return set()
        zone: set[int] = set()
        start = None
        for ln in self.lines:
            if start is None:
                if cv.VERBATIM_TABLE_HEADING.match(ln.text.strip()) and self.section_kinds[ln.index] == "annex":
                    start = ln.index
                continue
            if self.section_kinds[ln.index] != "annex":
                break
            zone.add(ln.index)
        numbers = sum(1 for i in zone if cv.NUMBER_CELL.match(self.lines[i].text.strip()))
        return zone if numbers >= 10 else set()

    def _row_ok(self, m: re.Match, i: int) -> bool:
        num = str(int(m.group("num")))
        if n_words(m.group("cell")) < 3:
            return False
        if self.ctx.cards:
            return num in self.ctx.cards
        # (a row of two figures or more counts things: "| 1.1 Motifs d'adhésion | 38 | 14 |")
        figures = sum(1 for c in self.lines[i].text.split("|") if re.fullmatch(r"\s*\d[\d\s.,%]*\s*", c))
        return self.section_kinds[i] == "annex" and not self._counted_column(i) and figures < 2

    def _counted_column(self, i: int) -> bool:
        """Whether the table holding row i heads its number column with a count ("| Étape | Effectif
        |": headings.yaml count_column_headers): its numbers count, they name no interview."""
        k = i
        while k > 0 and self.lines[k - 1].text.lstrip().startswith("|"):
            k -= 1
        cells = [c.strip() for c in self.lines[k].text.strip().strip("|").split("|")]
        words = {fold(w).lower() for w in cv.DATA.get("count_column_headers", [])}
        return k < i and bool(cells) and fold(cells[-1]).lower() in words

    def _annex_row(self, ln: TextLine, m: re.Match) -> None:
        num = str(int(m.group("num")))
        cell_end = ln.start + m.end("cell")
        self._cell_turns(ln.start, cell_end, num)
        self.spans.append(Span(cell_end, ln.end, "other"))

    def _annex_line_kind(self, i: int) -> str:
        """What line i of a verbatim table is: row (text | number), number (a number cell,
        maybe followed by the next row's text), heading, text (a row's text cell alone) or blank."""
        ln = self.lines[i]
        t = ln.text.strip()
        if not t:
            return "blank"
        row = cv.ROW.match(ln.text)
        if row and self._row_ok(row, i):
            return "row"
        nm = cv.NUMBER_CELL.match(t)
        if nm and str(int(nm.group("num"))) in self.ctx.cards:
            return "number"
        bold = self.styles.share(ln.start, ln.end, "bold") >= 0.6
        short_title = len(t) < 90 and not re.search(r"[.!?…»\"]$", t) and t[:1].isupper()
        if bold or (short_title and n_words(t) <= 12) or cv.VERBATIM_TABLE_HEADING.match(t):
            return "heading"
        return "text"

    def _annex_neighbour(self, i: int, step: int) -> int | None:
        j = i + step
        while j in self.annex_zone and self._annex_line_kind(j) == "blank":
            j += step
        return j if j in self.annex_zone else None

    def _annex_line(self, ln: TextLine) -> None:
        kind = self._annex_line_kind(ln.index)
        if kind == "row":
            self._annex_row(ln, cv.ROW.match(ln.text))
        elif kind == "number":
            nm = cv.NUMBER_CELL.match(ln.text.strip())
            rest_at = ln.start + ln.text.find(nm.group("rest")) if nm.group("rest") else ln.end
            self.spans.append(Span(ln.start, rest_at, "other"))
            if nm.group("rest"):
                self._cell_turns(rest_at, ln.end, str(int(nm.group("num"))))
        elif kind == "heading":
            self.spans.append(Span(ln.start, ln.end, "heading"))
        elif kind == "text":
            # a text row directly followed by its number; when several text rows come before one
            # number, the layout lost which number goes with which row: they stay unattributed
            nxt, prev = self._annex_neighbour(ln.index, 1), self._annex_neighbour(ln.index, -1)
            if nxt is not None and self._annex_line_kind(nxt) == "number" and (
                    prev is None or self._annex_line_kind(prev) != "text"):
                num = str(int(cv.NUMBER_CELL.match(self.lines[nxt].text.strip()).group("num")))
                self._cell_turns(ln.start, ln.end, num)
            else:
                self.spans.append(Span(ln.start, ln.end, "turn", {"speaker": "", "role_raw": "", "role": "inconnu",
                                                                   "region": ""}))

    def _cell_turns(self, start: int, end: int, num: str) -> None:
        """One turn per speaker tag inside a cell ("Enquêteur : … E16(1) : …")."""
        cell = self.text[start:end]
        tags = list(cv.ANNEX_TAG.finditer(cell))
        pieces = []
        if not tags or tags[0].start() > 0:
            pieces.append((0, tags[0].start() if tags else len(cell), None))
        for k, tm in enumerate(tags):
            stop = tags[k + 1].start() if k + 1 < len(tags) else len(cell)
            pieces.append((tm.start(), stop, tm))
        for a, b, tm in pieces:
            while b > a and cell[b - 1].isspace():
                b -= 1
            if b <= a:
                continue
            if tm is not None and cv.MODERATOR_TAG.match(tm.group("tag")):
                self.spans.append(Span(start + a, start + b, "moderator", {"speaker": tm.group("tag"), "role_raw": ""}))
                continue
            person = int(tm.group("person")) if tm is not None and tm.group("person") else None
            role_raw, role, region = self.ctx.interview_identity(num, person, cell[a:b])
            speaker = cv.interview_person_speaker(num, person) if person else cv.interview_speaker(num)
            self.spans.append(Span(start + a, start + b, "turn", {
                "speaker": speaker, "role_raw": role_raw, "role": role, "region": region}))

