"""Free-text survey answers set as a table, the way survey reports print them: a header names an
answer column and a profile column (an identifier column too, maybe), each row below gives one
respondent's answer WITHOUT quotation marks ("Identifiant | Réponse | Profil" then "Q12-043 |
Qu'elle me trouve un remplaçant l'été. | MG · H · 58 ans · Calvados"). The answer cell is a
verbatim of the respondent the profile describes; the identifier cell is the speaker.

The column words are data (lang/fr/answer_tables.yaml: ``answer_column_words``,
``identifier_column_words``; the profile column is any of fallbacks.yaml's
``speaker_column_words``), as are the profile's field separators (``profile_field_separators``).
A row is read only when it has the header's number of cells, its answer cell has
``answer_min_words`` words or more and its profile describes a person in two fields or more (a
transcript set as a table, "Locuteur | Propos" then "Interviewée | …", names a speaker in one);
the table ends at the first line that is not a row.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person, description_fields
from .base import Span, TextLine, n_words
from .roles import normalize_role


def cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row, [] when the line is no row (a row whose first
    cell is empty opens with the bar: "| Panneau titre …")."""
    if not cv.has_cells(text):
        return []
    out, pos = [], 0
    for m in cv.CELL_SPLIT.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text.rstrip())))
    return out


@cv.per_language_data
def _column_words(key: str) -> frozenset[str]:
    return frozenset(fold(w).rstrip(".") for w in cv.language_data().get(key, []))


def _is(cell: str, key: str) -> bool:
    return fold(cell.strip()).rstrip(" .:") in _column_words(key)


def _header(text: str) -> tuple[int, int, int | None, int] | None:
    """(answer column, profile column, identifier column or None, width) of a header line."""
    cells = [text[a:b] for a, b in cell_spans(text)]
    if len(cells) < 2 or re.search(r"[«»\"“”]", text):
        return None
    answer = next((k for k, c in enumerate(cells) if _is(c, "answer_column_words")), None)
    profile = next((k for k, c in enumerate(cells) if k != answer and n_words(c) <= 4 and cv.SPEAKER_COLUMN.search(c)
                    and not _is(c, "identifier_column_words") and not _is(c, "code_column_words")), None)
    if profile is None:  # "Profession | Réponse": a column of posts alone
        profile = next((k for k, c in enumerate(cells) if k != answer and _is(c, "profession_column_words")), None)
    if answer is not None and profile is None:
        # "Thème | Extrait | Participant": a column of speaker codes alone (segfix38)
        coded = [k for k, c in enumerate(cells) if k != answer and n_words(c) <= 3 and _is(c, "code_column_words")]
        return (answer, None, coded[-1], len(cells)) if coded else None
    if answer is None or profile is None:
        return None
    ident = next((k for k, c in enumerate(cells) if k not in (answer, profile) and _is(c, "identifier_column_words")), None)
    return answer, profile, ident, len(cells)


def _names_post(posts: bool, desc: str) -> bool:
    """A one-field profile under a profession column (``posts``) that names a post ("Infirmière libérale")."""
    return posts and normalize_role(desc) not in ("autre", "inconnu")


def profile_description(cell: str) -> str:
    """A profile's fields joined by commas ("MG · H · 58 ans · Calvados" → "MG, H, 58 ans, Calvados")."""
    for sep in cv.language_data().get("profile_field_separators", []):
        cell = cell.replace(f" {sep} ", ", ")
    return " ".join(cell.split())


def answer_rows(lines: list[TextLine], gazetteer) -> dict[int, list[Span]]:
    """line index -> the verbatim spans of its answer cells, for the rows of every answer table."""
    out: dict[int, list[Span]] = {}
    header, posts = None, False
    least = cv.language_data().get("answer_min_words", 3)
    for k, ln in enumerate(lines):
        cells = cell_spans(ln.text)
        if not cells:
            header = None
            continue
        found = _header(ln.text)
        if found is None and (columns := profession_columns(ln.text)):
            header = None
            for j in range(k + 1, len(lines)):  # "Thème | Infirmières | Médecins généralistes" over quotations
                row = profession_row(lines[j], columns, gazetteer)
                if not row:
                    break
                out[j] = row
            continue
        if found is not None:
            header = found
            posts = found[1] is not None and _is(ln.text[slice(*cells[found[1]])], "profession_column_words")
            continue
        if header is None:
            continue
        if any(_is(ln.text[a:b], "profession_column_words") for a, b in cells):
            header = None  # "Profession | Effectif": another table's header
            continue
        answer, profile, ident, _ = header
        spans = []
        for row in _rows(ln.text, cells, header):
            words = ln.text[row[answer][0]:row[answer][1]]
            if profile is None:  # the code column: the code is the speaker, described by the key (segfix38)
                code = ln.text[row[ident][0]:row[ident][1]].strip()
                if n_words(words) >= least and not re.search(r"[«»\"“”]", words) \
                        and cv.LABEL_SHAPES["code"].fullmatch(code):
                    spans.append(Span(ln.start + row[answer][0], ln.start + row[answer][1], "verbatim",
                                      {"speaker": code, "role_raw": "", "role": "inconnu", "region": "", "place": "",
                                       "attr_source": "participant_table", "_code": code}))
                continue
            desc = profile_description(ln.text[row[profile][0]:row[profile][1]])
            if n_words(words) < least or not describes_person(desc) or (
                    len(description_fields(desc)) < 2 and not _names_post(posts, desc)):
                continue  # a label alone ("Interviewée | …") is a transcript's turn, not a respondent's profile
            role, region, place = describe(desc, gazetteer)
            speaker = ln.text[row[ident][0]:row[ident][1]].strip() if ident is not None else ""
            if not speaker:  # "MG3 – F, 41 ans, Verdun": the code opening the profile speaks
                from .fallbacks import leading_code

                speaker = leading_code(ln.text[row[profile][0]:row[profile][1]])
                if speaker and role in ("autre", "inconnu"):
                    role = normalize_role(re.sub(r"[-_]?\d+$", "", speaker))
            spans.append(Span(ln.start + row[answer][0], ln.start + row[answer][1], "verbatim",
                              {"speaker": speaker, "role_raw": desc, "role": role, "region": region, "place": place,
                               "attr_source": "participant_table"}))
        if spans:
            out[k] = spans
    return out


def profession_columns(text: str) -> dict[int, str]:
    """column -> post of a header whose columns after the first each name a profession, the words
    of the people the table sets side by side ("Thème | Infirmières | Médecins généralistes"): {}
    for any other line (a header with a column that names no post, "Mesure | Médecins | Total", or
    with guillemets)."""
    cells = [text[a:b].strip() for a, b in cell_spans(text)]
    if len(cells) < 2 or re.search(r"[«»\"“”]", text):
        return {}
    most = cv.language_data().get("profession_column_max_words", 4)
    posts = {k: c for k, c in enumerate(cells) if k and n_words(c) <= most
             and normalize_role(c) not in ("autre", "inconnu")}
    return posts if len(posts) == len(cells) - 1 else {}


def profession_row(ln: TextLine, columns: dict[int, str], gazetteer) -> list[Span]:
    """The quotations of a row under profession columns, each the words of its column's post (rows
    the extraction ran into one line, "… | « … » | « … » Permanence des soins | « … » | « … »,
    share the cell between them: the column is counted modulo the posts); [] when the line is no
    such row (no cells, a cell with two quotations, a quotation in the first column)."""
    cells = cell_spans(ln.text)
    width = len(columns) + 1
    if len(cells) < width or (len(cells) - width) % (width - 1):
        return []
    least = cv.language_data().get("answer_min_words", 3)
    spans = []
    for c, (a, b) in enumerate(cells):
        quotes = [m for m in re.finditer(r"«[^«»]*»", ln.text[a:b])]
        if not quotes:
            continue
        if len(quotes) > 1 or c == 0:
            return []
        column = (c - 1) % (width - 1) + 1
        qa, qb = a + quotes[0].start(), a + quotes[0].end()
        if n_words(ln.text[qa:qb]) < least:
            continue
        post = columns[column]
        role, region, place = describe(post, gazetteer)
        spans.append(Span(ln.start + qa, ln.start + qb, "verbatim",
                          {"speaker": "", "role_raw": post, "role": normalize_role(post), "region": region,
                           "place": place, "attr_source": "participant_table"}))
    return spans


def _shape(code: str) -> str:
    return re.sub(r"[A-Za-zÀ-ÿ]", "a", re.sub(r"\d", "9", code))


def _rows(text: str, cells: list[tuple[int, int]], header: tuple) -> list[list[tuple[int, int]]]:
    """The rows of a table line: itself when it has the header's width; several when extraction
    ran rows without a final stop into one line ("… | MG · F · 36 ans · Orne Q12-102 | … | …"):
    the identifier that opens each row, of the first row's shape, ends the cell before it."""
    width, ident = header[3], header[2]
    if len(cells) == width:
        return [cells]
    if ident != 0 or width < 2 or (len(cells) - width) % (width - 1):
        return []
    shape = _shape(text[cells[0][0]:cells[0][1]].strip())
    rows, row = [], [cells[0]]
    for a, b in cells[1:]:
        if len(row) < width - 1:
            row.append((a, b))
            continue
        if len(rows) * (width - 1) + len(row) + 1 == len(cells):  # the last cell of the line
            rows.append(row + [(a, b)])
            break
        cut = text.rfind(" ", a, b)
        if cut < 0 or _shape(text[cut + 1:b]) != shape:
            return []
        rows.append(row + [(a, cut)])
        row = [(cut + 1, b)]
    return rows


class AnswerTableHandlers:
    """The segmenter's handler for the rows of answer tables (mixed into segmenter.Segmenter)."""

    def _h_answer_row(self, i: int) -> int | None:
        if "_answer_rows" not in self.__dict__:
            self._answer_rows = answer_rows(self.lines, self.gazetteer)
        spans = self._answer_rows.get(i)
        if not spans:
            return None
        self.spans.extend(Span(s.start, s.end, s.kind, self.ctx.code_attrs(s.attrs["_code"]) if "_code" in s.attrs
                               else dict(s.attrs)) for s in spans)
        return i + 1
