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

An online form's export pasted as text is such a table with its cells separated by a semicolon
(``export_separators``): "Horodateur;Profession;Département;Q14. Qu'est-ce qui … ?" then
"15/01/2024 08:12:44;Médecin généraliste;971;Des créneaux réservés …". Its answer column may be
headed by the question itself (a cell ending with "?"), its profile by the profession alone; a
département column (``department_column_words``) places the respondent by its number. The answer
is the last column and keeps the separators it holds; the CSV's straight quotes around it are left
out. A row of numbers (a count under a question) has too few words; a data dictionary names no
profession column.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person, description_fields
from .base import Span, TextLine, n_words
from .regions import resolve_region
from .roles import normalize_role, withholds_role


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


def export_cells(text: str, width: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each cell of a line of a form's export ("15/01/2024;Médecin généraliste;971;…"):
    cut at the first ``width`` - 1 separators when a width is given (the last cell, a free answer,
    keeps its own), at every separator else; [] when the line has fewer than two."""
    seps = cv.language_data().get("export_separators", [])
    cuts = sorted(m.start() for sep in seps for m in re.finditer(re.escape(sep), text))
    if len(cuts) < 2 or (width and len(cuts) < width - 1):
        return []
    cuts = cuts[:width - 1] if width else cuts
    bounds = [-1, *cuts, len(text.rstrip())]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:])]


def _header(text: str, cells: list[tuple[int, int]] | None = None) -> tuple[int, int, int | None, int, int | None] | None:
    """(answer column, profile column, identifier column or None, width, département column or None)
    of a header line, its cells the table's bars' (or the export's ``cells``)."""
    export = cells is not None
    cells = [text[a:b] for a, b in (cell_spans(text) if cells is None else cells)]
    if len(cells) < 2 or re.search(r"[«»\"“”]", text):
        return None
    answer = next((k for k, c in enumerate(cells) if _is(c, "answer_column_words")), None)
    if answer is None and export and cells[-1].rstrip().endswith("?"):
        answer = len(cells) - 1  # "…;Q14. Qu'est-ce qui vous aiderait … ?": the question heads its answers
    profile = next((k for k, c in enumerate(cells) if k != answer and n_words(c) <= 4 and cv.SPEAKER_COLUMN.search(c)
                    and not _is(c, "identifier_column_words") and not _is(c, "code_column_words")
                    and not pseudonym_column(c)), None)  # "Pseudo (département du profil)": no profile
    if profile is None:  # "Profession | Réponse": a column of posts alone
        profile = next((k for k, c in enumerate(cells) if k != answer and _is(c, "profession_column_words")), None)
    if answer is not None and profile is None:
        # "Thème | Extrait | Participant": a column of speaker codes alone (segfix38)
        coded = [k for k, c in enumerate(cells) if k != answer and n_words(c) <= 3 and _is(c, "code_column_words")]
        # "Pseudo (département du profil) | Date du message | Extrait": a forum's posters (s25-segtable1)
        coded = coded or [k for k, c in enumerate(cells) if k != answer and pseudonym_column(c)][:1]
        return (answer, None, coded[-1], len(cells), None) if coded else None
    if answer is None or profile is None:
        return None
    ident = next((k for k, c in enumerate(cells) if k not in (answer, profile) and _is(c, "identifier_column_words")), None)
    dept = next((k for k, c in enumerate(cells) if export and _is(c, "department_column_words")), None)
    return answer, profile, ident, len(cells), dept


def pseudonym_column(cell: str) -> bool:
    """A header naming a column of posters' pseudonyms, maybe with what follows them in
    parentheses ("Pseudo (département du profil)"): answer_tables.yaml's pseudonym_column_words."""
    return _is(re.sub(r"\s*\([^()]*\)\s*$", "", cell), "pseudonym_column_words")


def _poster(cell: str, gazetteer) -> tuple[str, str, str]:
    """(pseudonym, region, place) of a poster's cell, "Idel_57 (Moselle)": the place in parentheses
    is the profile's; ('', '', '') for a cell of more than one word before them."""
    m = re.fullmatch(r"\s*(?P<name>\S+)\s*(?:\((?P<place>[^()]*)\))?\s*", cell)
    if not m:
        return "", "", ""
    region, place = resolve_region(m.group("place") or "", gazetteer) if gazetteer is not None else ("", "")
    return m.group("name"), region, place


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
    header, posts, export, pseudonyms = None, False, False, False
    least = cv.language_data().get("answer_min_words", 3)
    for k, ln in enumerate(lines):
        cells = cell_spans(ln.text)
        if not cells and not export and (found := _header(ln.text, export_cells(ln.text))) is not None \
                and found[-1] is not None:
            # a form's export: its header has a département column, its rows the header's width
            header, export = found, True
            posts = _is(ln.text[slice(*export_cells(ln.text)[found[1]])], "profession_column_words")
            continue
        if export:
            cells = export_cells(ln.text, header[3])
        if not cells:
            header, export = None, False
            continue
        found = None if export else _header(ln.text)
        if found is None and commented_header(ln.text, cells):
            header = None
            for j in range(k + 1, len(lines)):  # "Verbatim | Interprétation" over "… [MG3] | …" (s25-segtable1)
                row = commented_row(lines[j])
                if not row:
                    break
                out[j] = row
            continue
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
            pseudonyms = found[1] is None and pseudonym_column(ln.text[slice(*cells[found[2]])])
            continue
        if header is None:
            continue
        if any(_is(ln.text[a:b], "profession_column_words") for a, b in cells):
            header = None  # "Profession | Effectif": another table's header
            continue
        answer, profile, ident, _, dept = header
        spans = []
        for row in _rows(ln.text, cells, header):
            if export:  # the CSV's quotes around the answer: '…;971;"Avoir un numéro direct …"'
                row[answer] = _unquoted(ln.text, *row[answer])
            words = ln.text[row[answer][0]:row[answer][1]]
            if profile is None and pseudonyms:  # a poster's pseudonym: the speaker, placed by the profile
                name, region, place = _poster(ln.text[row[ident][0]:row[ident][1]], gazetteer)
                if name and n_words(words) >= least and not re.search(r"[«»\"“”]", words):
                    spans.append(Span(ln.start + row[answer][0], ln.start + row[answer][1], "verbatim",
                                      {"speaker": name, "role_raw": "", "role": "inconnu", "region": region,
                                       "place": place, "attr_source": "participant_table"}))
                continue
            if profile is None:  # the code column: the code is the speaker, described by the key (segfix38)
                code = cell = ln.text[row[ident][0]:row[ident][1]].strip()
                if not cv.LABEL_SHAPES["code"].fullmatch(code) and _coded_profile(cell):
                    # "P3, agent de santé communautaire": the code, then the participant's function
                    from .fallbacks import leading_code

                    code = leading_code(cell)
                if n_words(words) >= least and not re.search(r"[«»\"“”]", words) \
                        and cv.LABEL_SHAPES["code"].fullmatch(code):
                    spans.append(Span(ln.start + row[answer][0], ln.start + row[answer][1], "verbatim",
                                      {"speaker": code, "role_raw": "", "role": "inconnu", "region": "", "place": "",
                                       "attr_source": "participant_table", "_code": code,
                                       "_desc": cell[len(code):].lstrip(" ,–—:-")}))
                continue
            desc = profile_description(ln.text[row[profile][0]:row[profile][1]])
            # "P3, agent de santé communautaire": a participant's code, then what they do (whatever
            # the words: a code opening the cell under a participant column is a participant)
            coded = _coded_profile(desc)
            # (a respondent who ticked the form's "Other" category: what they do is not said, s48)
            other = posts and _other_category(desc)
            # (a profile left blank on purpose, "Non renseigné | Non renseigné": a respondent, role unsaid)
            if n_words(words) < least or not (coded or other or describes_person(desc) or withholds_role(desc)) or (
                    len(description_fields(desc)) < 2 and not _names_post(posts, desc)
                    and not (posts and withholds_role(desc)) and not other):
                continue  # a label alone ("Interviewée | …") is a transcript's turn, not a respondent's profile
            role, region, place = describe(desc, gazetteer)
            if other:
                role = "inconnu"
            number = ln.text[row[dept][0]:row[dept][1]].strip() if dept is not None else ""
            if not region and gazetteer is not None and number in gazetteer.by_code:
                region, place = gazetteer.by_code[number].region, gazetteer.by_code[number].name
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


def _other_category(desc: str) -> bool:
    """A profession cell that is the form's "Other" category ("[Autre]", "Autre profession"):
    answer_tables.yaml profession_other_categories."""
    return fold(desc).strip(" []().").lower() in _column_words("profession_other_categories")


def _coded_profile(desc: str) -> bool:
    """A profile opened by a participant's code and a comma, then words ("P3, agent de santé
    communautaire"), not a code alone."""
    from .fallbacks import leading_code

    code = leading_code(desc)
    return bool(code) and n_words(desc) > n_words(code)


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    """(start, end) of a cell without its spaces and the quotation marks around all of it."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b - a > 1 and text[a] in "«\"“" and text[b - 1] in "»\"”":
        a, b = a + 1, b - 1
    return a, b


def commented_header(text: str, spans: list[tuple[int, int]] | None = None) -> bool:
    """A two-column header that sets quotations beside the author's reading of them, the quotations
    first ("Verbatim | Interprétation"): answer_column_words then commentary_column_words.
    ``spans``: the line's cell_spans when the caller has them."""
    cells = [text[a:b] for a, b in (cell_spans(text) if spans is None else spans)]
    return len(cells) == 2 and _is(cells[0], "answer_column_words") and _is(cells[1], "commentary_column_words")


# a quotation's code in square brackets closing its cell ("… le soir [MG3] | Une téléexpertise …")
BRACKETED_CODE = re.compile(r"\[(?P<code>[^\[\]\s]{1,12})\]\s*(?=\||$)")
# where a row the extraction ran on into the cell before begins: a word in lower case, then one
# with a capital (the reading on the right ends without a stop: "… avec un cardiologue Pour un Holter …")
ROW_RUN_ON = re.compile(r"(?<=[a-zà-ÿ])\s+(?=[A-ZÀ-Ý])")


def commented_row(ln: TextLine) -> list[Span]:
    """The quotations of a line under "Verbatim | Interprétation", each the words of the code in
    square brackets that closes it (the speaker, described by the methods' key), the reading on
    the right left aside; a line the extraction ran several rows into gives each (the row after
    the first opens at ROW_RUN_ON in the reading before). [] when the line is no such row."""
    cells = cell_spans(ln.text)
    if len(cells) < 2:
        return []
    least = cv.language_data().get("answer_min_words", 3)
    spans = []
    for n, (a, b) in enumerate(cells[:-1]):
        m = BRACKETED_CODE.search(ln.text, a, b + 1)
        if not m or not cv.LABEL_SHAPES["code"].fullmatch(m.group("code")) or m.end() < b:
            return []
        if n:  # the reading of the row before, then this row's quotation
            cut = ROW_RUN_ON.search(ln.text, a, m.start())
            if not cut:
                return []
            a = cut.end()
        while a < m.start() and ln.text[a].isspace():
            a += 1
        if n_words(ln.text[a:m.start()]) < least or re.search(r"[«»\"“”]", ln.text[a:m.start()]):
            return []
        code = m.group("code")
        spans.append(Span(ln.start + a, ln.start + m.end(), "verbatim",
                          {"speaker": code, "role_raw": "", "role": "inconnu", "region": "", "place": "",
                           "attr_source": "participant_table", "_code": code, "_desc": ""}))
    return spans


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
    if ident is not None and ident == width - 1 and header[1] is None and width >= 2 \
            and (len(cells) - width) % (width - 1) == 0:
        # the code column last ("Thème | Verbatim | Participant"): rows run together share a cell,
        # the code opening it ends one row, the words after it open the next ("P3, agent de
        # santé communautaire Transport | Une pirogue … | P7, …"); the code is read at its start
        step = width - 1
        return [cells[r * step:r * step + width] for r in range((len(cells) - width) // step + 1)]
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
        self.spans.extend(Span(s.start, s.end, s.kind, self._coded_row_attrs(s.attrs) if "_code" in s.attrs
                                else dict(s.attrs)) for s in spans)
        return i + 1

    def _coded_row_attrs(self, attrs: dict) -> dict:
        """A code cell's speaker as the key describes the code, else as the cell's own words after
        the code do ("P11, pharmacien")."""
        out = self.ctx.code_attrs(attrs["_code"])
        if attrs["_desc"] and out["role"] in ("inconnu", "autre"):
            role, region, place = describe(attrs["_desc"], self.gazetteer)
            if role != "inconnu":
                out.update(role_raw=attrs["_desc"], role=role, attr_source="participant_table")
            if region and not out["region"]:
                out.update(region=region, place=place)
        return out
