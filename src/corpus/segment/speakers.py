"""The identity tables documents give for their speakers (a focus group's participant table, a thesis's interview cards).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import ConfigError
from ..io import semicolon_refusal
from ..text import fold
from . import conventions as cv
from .attributions import describes_person, opens_with_person
from .former_functions import past_trade
from .guarded import Guarded
from .regions import ANONYMISED
from .roles import ROLES, matched_role, names_a_profession, names_a_trade, normalize_role

# ---- participant tables (focus groups: P1 ... Pn with their function) ----------------------


def code_key(code: str) -> str:
    """A participant code without case, accents, spaces or punctuation ("MG 1", "MG-1", "[MG1]",
    "mg1" are one code), '' for a label holding no digit (a name, a letter: kept as written)."""
    key = re.sub(r"[^A-Z0-9]+", "", fold(code or "").upper())
    return key if any(ch.isdigit() for ch in key) else ""


class CodeDict(dict):
    """Speaker code -> description, where a code printed otherwise in the text than in the table
    ("IDE 2" in the table, "IDE-2" or "[IDE2]" beside a quote) finds its entry."""

    def _key(self, code):
        if dict.__contains__(self, code) or not isinstance(code, str):
            return code
        key = code_key(code)
        if key:
            for known in self:
                if code_key(known) == key:
                    return known
        return code

    def __contains__(self, code) -> bool:
        return dict.__contains__(self, self._key(code))

    def __getitem__(self, code):
        return dict.__getitem__(self, self._key(code))

    def get(self, code, default=None):
        return dict.get(self, self._key(code), default)

# "P5", "IDE 1", "MG-2", "PH_03": capitals, an optional separator, a number; or a word abbreviated
# with its period and a number, "Pharm. 2", "Méd. 1" (s55)
ROW_CODE_SHAPE = r"(?:[A-ZÉ]{1,5}[ ._-]?\d{1,3}|[A-ZÉ][a-zéèêï]{1,5}\.\s?\d{1,3})"


@cv.per_language_data
def _reference_abbreviations() -> frozenset:
    return frozenset(fold(w).lower() for w in cv.language_data().get("not_code_abbreviations", []))


def reference_code(code: str) -> bool:
    """A row's "code" that is a reference's abbreviation and a number ("Fig. 2", "Tab. 3"; labels.yaml
    not_code_abbreviations, read once per language data, not at import): no participant."""
    m = re.match(r"([^\W\d_]+)\.", code)
    return m is not None and fold(m.group(1)).lower() in _reference_abbreviations()
PARTICIPANT = re.compile(rf"^(?P<code>{ROW_CODE_SHAPE})(?=$|[\s|\t])")
# what follows a participant's code and a dash on a list's line: the description, a short one
# (its fields separated by commas or semicolons: a line of dashed fields, "IDE 2 – 44 ans – diplômée en
# 2003 – service de médecine, CH de Vierzon", is read by the code's letters)
DASHED_DESCRIPTION = re.compile(r"^\s+[–—-]\s+(?P<desc>[^\s–—-][^:«»\"“?!–—]{2,140})$")


def is_function(cell: str) -> bool:
    """A table cell that names what a person does ("MG", "Infirmière libérale", "Pharmacien")."""
    cell = cell.strip()
    # a few words, not a question or a sentence someone says ("Et avec les médecins ?")
    return 0 < len(cell) <= 60 and len(cell.split()) <= 10 and not cell.endswith(("?", "!")) \
        and normalize_role(cell) not in ("autre", "inconnu")


def participant_table(lines: list[str]) -> dict[str, str]:
    """{"P5": "MG", ...}: see participant_rows."""
    return {label: function for _, label, function, _ in participant_rows(lines)}


# a code opening a table row inside a line whose rows the extraction joined ("… Gironde M2 | H | …")
ROW_CODE = Guarded(re.compile(rf"(?:(?<=^)|(?<=\s))(?P<code>{ROW_CODE_SHAPE})(?=\s*(?:\||\t))"),
                   ("|", "\t"))  # the bar or the tab after the code


# a post's abbreviation as a row's code, with no number ("IDEC", "DIR")
BARE_ROW_CODE = re.compile(r"[A-ZÉ]{2,6}")


# a table row typed with semicolons between its cells, after the row's code: " ; titulaire ; 52 ans ; …"
SEMICOLON_ROW = re.compile(r"^\s*;(?:[^;]+;){1,}[^;]*$")


# a code opening a semicolon row, at the line's start or inside a line holding several rows
SEMICOLON_ROW_CODE = re.compile(r"(?:(?<=^)|(?<=\s))(?P<code>[A-ZÉ]{1,5}[ ._-]?\d{1,3})(?=\s*;)")


def semicolon_cells(rest: str) -> list[str]:
    """The cells of what follows a row's code when semicolons separate them (at least two cells:
    " ; titulaire ; 52 ans ; officine de bourg ; Challans"), [] for any other text."""
    if not SEMICOLON_ROW.match(rest):
        return []
    return [c.strip() for c in rest.split(";") if c.strip()]


def participant_rows(lines: list[str]) -> list[tuple[int, str, str, list[str]]]:
    """(line index, "P5", "MG", cells) for each row of a participant table: a row starts with a
    code (letters and a number: P5, M1, IDE2) and one of its cells (on the same line, split by
    tabs or '|', or on the following short lines) is a function (MG, IDE, Pharmacien...). A line
    holding several rows ("M1 | F | … | Gironde M2 | H | …") gives one row per code. Lines of
    speech ("P5 : « ... »") are not rows.
    """
    rows: list[tuple[int, str, str, list[str]]] = []
    table: dict[str, str] = {}
    headers = trade_headers(lines)
    for i, line in enumerate(lines):
        line = line.strip()
        header = headers[i]  # (cells, trade column) of the table's header row above, if any
        if "|" in line or "\t" in line:
            starts = [r.start() for r in ROW_CODE.finditer(line)]  # a header row may come first
        elif PARTICIPANT.match(line) and ";" in line:
            # semicolon rows the extraction ran together ("PH2 ; … ; Les Sables-d'Olonne PH3 ; …")
            starts = [m.start() for m in SEMICOLON_ROW_CODE.finditer(line)] or [0]
        else:
            starts = [0] if PARTICIPANT.match(line) else []
        if not starts:
            row = _row_with_code_cell(line)  # the code in another column: "Millau | Kiné | Intervenant A"
            if row and row[0] not in table:
                table[row[0]] = row[1]
                rows.append((i, *row))
            continue
        for a, b in zip(starts, starts[1:] + [len(line)]):
            row = line[a:b].strip()
            code = PARTICIPANT.match(row).group("code")
            if reference_code(code):
                continue  # "| Fig. 2 | Carte des officines |"
            rest = row[len(code):]
            if ":" in rest or "«" in rest or len(rest) > 160:
                if header is not None and len(starts) == 1 and code not in table:
                    # a row whose other cells hold the person's words ("| D1 | Dentellière | 31 ans
                    # | « Après deux heures … » |"): its trade cell describes the speaker all the same
                    functions = column_function(line, *header)
                    if functions:
                        table[code] = functions[0]
                        rows.append((i, code, functions[0], [c for c in _cells(line) if "«" not in c]))
                continue
            cells = semicolon_cells(rest)
            if cells:
                # "PH2 ; adjointe ; 29 ans ; officine de centre-ville ; Les Sables-d'Olonne": the
                # row's cells are all on its line, and together they describe the person (the
                # head decides: "préparatrice ; … ; officine rurale" is no pharmacist)
                desc = ", ".join(cells)
                if code not in table and normalize_role(desc) not in ("autre", "inconnu"):
                    table[code] = desc
                    rows.append((i, code, desc, cells))
                continue
            dashed = DASHED_DESCRIPTION.match(rest) if len(starts) == 1 else None
            if dashed and code not in table and not cv.SPOKEN.search(dashed.group("desc")) \
                    and normalize_role(dashed.group("desc")) not in ("autre", "inconnu"):
                # "P2 – infirmière libérale, Olmeto ; conseillère municipale d'Olmeto": a list of the
                # participants, each code, a dash and the description (its head decides the role; s50)
                table[code] = dashed.group("desc").strip()
                rows.append((i, code, table[code], [f.strip() for f in re.split(r"[;,]", table[code]) if f.strip()]))
                continue
            cells = [c for c in cv.CELL_SPLIT.split(rest) if c]
            if len(starts) == 1:
                for nxt in lines[i + 1:i + 9]:
                    nxt = nxt.strip()
                    # (a row of its own, "| P3 | Pharmacienne | Baccarat |", is the next participant's)
                    if PARTICIPANT.match(nxt) or len(nxt) > 60 or not nxt or nxt.startswith("|"):
                        break
                    cells.extend(c for c in cv.CELL_SPLIT.split(nxt) if c)
            functions = [c for c in cells if is_function(c)]
            if not functions and header is not None and len(starts) == 1:
                # no profession of the vocabulary: the cell under the header's "Fonction" / "Poste"
                # says what the person does, whatever the trade ("| EC2 | Écarteur | 12 | Dax |")
                functions = column_function(line, *header)
            if functions and code not in table:
                table[code] = functions[-1].strip()
                rows.append((i, code, table[code], cells))
    for i, code, desc in participant_lines(lines):
        if code not in table:
            table[code] = desc
            rows.append((i, code, desc, [desc]))
    for i, name, desc, cells in named_table_rows(lines):
        if name not in table:
            table[name] = desc
            rows.append((i, name, desc, cells))
    for i, code, desc, cells in coded_table_rows(lines):
        if code not in table:
            table[code] = desc
            rows.append((i, code, desc, cells))
    numbered = {i for i, *_ in rows}
    for i, line in enumerate(lines):
        # "| IDEC | Infirmière coordinatrice | 48 | …" among "| IDE1 | …", "| AS2 | …": a post held once
        # needs no number; a row of the same table (a numbered row next to it) whose other cell is a trade
        cells = _cells(line) if ("|" in line or "\t" in line) and i not in numbered else []
        if len(cells) < 2 or not BARE_ROW_CODE.fullmatch(cells[0]) or cells[0] in table \
                or not {i - 1, i + 1} & numbered:
            continue
        functions = [c for c in cells[1:] if is_function(c)]
        if functions:
            table[cells[0]] = functions[0].strip()
            rows.append((i, cells[0], table[cells[0]], cells[1:]))
    return rows


def function_header(line: str) -> tuple[int, int] | None:
    """(number of cells, index of the function column) of a table's header row: bar or tab cells,
    one of them a trade column's word (lang/fr participants.yaml trade_column_headers: "Fonction",
    "Poste", "Métier"), none a participant code; None for any other line."""
    cells = _cells(line)
    col = _header_column(cells, "trade_column_headers") if len(cells) >= 2 else None
    return (len(cells), col) if col is not None else None


def trade_headers(lines: list[str]) -> list[tuple[int, int] | None]:
    """For each line, the header (function_header) of the bar or tab table it stands in, None
    outside a table or above its header; a later header row of the same table replaces it."""
    out: list[tuple[int, int] | None] = []
    header = None
    for line in lines:
        if "|" not in line and "\t" not in line:
            header = None  # no table, or the table ended
        elif not ROW_CODE.search(line):
            header = function_header(line) or header
        out.append(header)
    return out


def trade_rows(lines: list[str]) -> set[int]:
    """The indices of the rows whose trade cell a header above names (see column_function): a
    participant's row even when another of its cells quotes them ("| D1 | Dentellière | « … » |")."""
    return {i for i, (line, header) in enumerate(zip(lines, trade_headers(lines)))
            if header is not None and ROW_CODE.search(line) and column_function(line, *header)}


def column_function(line: str, width: int, col: int) -> list[str]:
    """[the cell of a row under its header's function column], when the row has the header's
    cells and that cell is a few words, no sentence nor quotation; [] otherwise."""
    cells = _cells(line)
    if len(cells) != width:
        return []
    cell = cells[col]
    if not 0 < len(cell) <= 80 or len(cell.split()) > 10 or cell.endswith(("?", "!", ".")) \
            or any(q in cell for q in "«»\"“”") or PARTICIPANT.match(cell):
        return []
    return [cell]


# a person's name as a table cell gives it: "Iris", "Jean-Marc", "Mme Leroy" is no pseudonym cell
NAME_CELL = re.compile(r"^[A-ZÉÈÎ][a-zéèêëïîôûç]+(?:[- ][A-ZÉÈ][a-zéèêëïîôûç]+)?$")


@cv.per_language_data
def _column_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in cv.language_data().get(key, []))


# a header cell that joins two headers ("Profession ou situation", "Prénom (fictif)", "Fonction /
# structure"): its first one names the column
HEADER_JOIN = re.compile(r"\s+(?:ou|et)\s+|\s*[/(,]\s*")


def _header_column(cells: list[str], key: str) -> int | None:
    """The index of the cell that is one of the language data's ``key`` words, or opens on one
    before a joining word, or None."""
    words = _column_words(key)
    exact = next((k for k, c in enumerate(cells) if fold(c).strip(" :") in words), None)
    if exact is not None:
        return exact
    return next((k for k, c in enumerate(cells)
                 if len(c.split()) <= 4 and HEADER_JOIN.split(fold(c).strip(" :"))[0] in words), None)


def named_table_rows(lines: list[str]) -> list[tuple[int, str, str, list[str]]]:
    """(line index, name, function, other cells) of a participants table whose rows name people
    ("Pseudonyme | Fonction | Lieu" then "Iris | infirmière libérale | Commentry"): a header with
    a name column and a function column (lang/fr/participants.yaml), then the rows below with as
    many cells, a name in the name column and a description that is no sentence."""
    out = []
    rows_of = _row_lines(lines)  # (line index, one row's text): a row a line holds alone or run together
    for v, (i, line) in enumerate(rows_of):
        if "|" not in line and "\t" not in line:
            continue
        header = _cells(line)
        name_col, function_col = _header_column(header, "name_column_headers"), _header_column(header, "function_column_headers")
        if name_col is None or function_col is None:
            continue
        for j, row_text in rows_of[v + 1:v + 60]:
            rows = _table_rows(_cells(row_text), len(header), name_col)
            if not rows or not all(NAME_CELL.match(r[name_col]) for r in rows):
                break
            for cells in rows:
                function = cells[function_col]
                if 0 < len(function) <= 120 and not function.endswith(("?", "!")) and "«" not in function:
                    out.append((j, cells[name_col], function, [c for k, c in enumerate(cells) if k != name_col]))
    return out


# a code whatever its shape, as a table's first cell or a credit line gives it: "DG", "Cadre 1", "IDE B", "MK3", "E-7"
ANY_CODE = r"[A-ZÉÈ][\w.-]{0,9}(?:\s(?:\d{1,3}|[A-Z]{1,2}))?"
CODE_CELL = re.compile(rf"^{ANY_CODE}$")
MIN_CODED_ROWS = 2  # one row is a sheet, not a participants table


def coded_table_rows(lines: list[str]) -> list[tuple[int, str, str, list[str]]]:
    """(line index, code, function, other cells) of a participants table whose first column holds
    the codes under a code header (lang/fr/participants.yaml code_column_headers: "| Code | Fonction
    | Ancienneté |") and whose rows below give the person's trade in the trade column ("| DG |
    Directeur de l'établissement | 4 ans |", "| Cadre 1 | Cadre de santé, médecine polyvalente |"):
    codes of any shape, the table saying what they are."""
    out = []
    rows_of = _row_lines(lines)
    for v, (i, line) in enumerate(rows_of):
        if "|" not in line and "\t" not in line:
            continue
        header = _cells(line)
        if len(header) < 2 or _header_column(header, "code_column_headers") != 0:
            continue
        trade_col = _header_column(header, "trade_column_headers")
        if trade_col is None:
            continue
        found = []
        for j, row_text in rows_of[v + 1:v + 60]:
            cells = _cells(row_text)
            if len(cells) != len(header) or not CODE_CELL.match(cells[0]):
                break
            function = column_function(row_text, len(header), trade_col)
            if function:
                found.append((j, cells[0], function[0], cells[1:]))
        if len(found) >= MIN_CODED_ROWS:
            out.extend(found)
    return out


# where one bar-delimited row ends and the next begins when the extraction ran a table's rows into one
# line ("… modifiés. | Prénom | Fonction | | Léa | Infirmière | | Inès | …"): a bar, spaces, a bar
ROW_BOUNDARY = re.compile(r"\|\s+\|")


def _row_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, text) of every line, a line that holds several bar-delimited rows run together
    (and perhaps the end of the sentence before them) cut into one entry per row."""
    out = []
    for i, line in enumerate(lines):
        if line.count("|") < 4 or not ROW_BOUNDARY.search(line):
            out.append((i, line))
            continue
        first = line.index("|")
        if line[:first].strip():
            out.append((i, line[:first]))  # the sentence the table followed
        out.extend((i, "| " + part.strip(" |") + " |") for part in ROW_BOUNDARY.split(line[first:]) if part.strip(" |"))
    return out


def _table_rows(cells: list[str], width: int, name_col: int) -> list[list[str]]:
    """The rows of ``width`` cells a line holds: one, or several the extraction ran together
    when the name opens each row ("Lilas | … | Montluçon Cèdre | … | Vichy": the name that ends
    a row's last cell opens the next); [] when the cells do not make whole rows."""
    if len(cells) == width:
        return [cells]
    if name_col != 0 or len(cells) < 2 * width - 1:
        return []
    rows, row = [], []
    for k, cell in enumerate(cells):
        if len(row) == width - 1 and k < len(cells) - 1:
            m = re.match(r"^(?P<last>.*\S)\s+(?P<name>[A-ZÉÈÎ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)$", cell)
            if not m:
                return []
            rows.append(row + [m.group("last")])
            row = [m.group("name")]
        else:
            row.append(cell)
    return rows + [row] if len(row) == width else []


# a participant code labelling a line anywhere in it ("[00:04:20] M2 : …"), not a title naming it
# ("Retranscription de l'entretien M2")
CODE_MENTION = re.compile(r"(?<![\w-])([A-ZÉ]{1,5}[-_]?\d{1,3})\s*:")

# "PH_03 : titulaire, homme, 61 ans, officine rurale": a participants table set as lines, a code
# and a colon before fields; a line may hold two rows the extraction ran together
CODE_LINE_ROW = Guarded(re.compile(r"(?:(?<=^)|(?<=\s))(?P<code>[A-ZÉ]{1,5}[-_]?\d{1,3})\s*:\s*"
                                   r"(?P<desc>[^:«»\"“]{3,160}?)(?=\s+[A-ZÉ]{1,5}[-_]?\d{1,3}\s*:|\s*$)"),
                        (":",))  # the colon after the code


# an entry of a list of codes announced by a colon, one a line: "REC_0042 : infirmière coordinatrice
# de SSIAD, Embrun" under "Correspondance des fichiers :" (a recorder's file names number to four digits)
# (a trade's abbreviation in lower case may run to five letters: "Pharm4", "Prép1", s43)
LISTED_CODE_LINE = re.compile(r"^(?:[•◦▪‣∙*–—-]\s*)?(?P<code>[A-ZÉ]{1,5}[-_]?\d{1,4}|[A-Z][a-zéèê]{1,5}\d{1,3}|[A-ZÉ]{2,5})\s*:\s*"
                              r"(?P<desc>[^:«»\"“?!]{3,120}?)\s*[.;]?$")


def announced_code_lines(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) of the entries of a list the line before announces with a
    colon ("… Correspondance des fichiers :" then "REC_0042 : infirmière coordinatrice de SSIAD,
    Embrun"), each description opening with what a person does; at least two."""
    found = []
    announcers = cv.language_data().get("list_announcers", [])
    for i, line in enumerate(lines):
        tail = fold(line.rstrip(" .")).lower()
        if not line.rstrip().endswith(":") and not any(tail.endswith(fold(w).lower()) for w in announcers):
            continue
        entries = []
        for j in range(i + 1, len(lines)):
            m = LISTED_CODE_LINE.match(lines[j].strip())
            if m is None:
                break
            desc = m.group("desc")
            first = desc.split(",")[0].strip()
            # what the person does, or an age or a sex first ("P1 : 32 ans, premier enfant, Cholet")
            if describes_person(desc) and (opens_with_person(desc) or cv.AGE_FIELD.match(first) or cv.SEX_FIELD.match(first)):
                entries.append((j, m.group("code"), desc.strip()))
        if len(entries) >= 2:
            found.extend(entries)
    return found


def participant_lines(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) of at least two lines "CODE : fields" whose fields
    describe a person as a table does (a sex or an age among at least three fields, one naming
    what they do), never the words of a turn; or of a list a colon announces (announced_code_lines)."""
    found = []
    for i, line in enumerate(lines):
        rows = list(CODE_LINE_ROW.finditer(line.strip()))
        if not rows or rows[0].start() != 0:
            continue
        for m in rows:
            fields = [f.strip() for f in m.group("desc").split(",")]
            # (what they do in the roles' vocabulary, or a trade outside it in one of the fields:
            # "V1 : Yvette Lagarde, 88 ans, ancienne agricultrice, Saint-Pardoux-la-Rivière")
            if len(fields) >= 3 and any(cv.SEX_FIELD.match(f) or cv.AGE_FIELD.match(f) for f in fields) \
                    and (normalize_role(m.group("desc")) not in ("autre", "inconnu")
                         or any(names_a_trade(past_trade(f)) for f in fields[:4])):
                found.append((i, m.group("code"), m.group("desc").strip()))
    found = found if len(found) >= 2 else []
    found += [e for e in keyed_code_lines(lines) if all(e[1] != f[1] for f in found)]
    return found + [e for e in announced_code_lines(lines) if all(e[1] != f[1] for f in found)]


def keyed_code_lines(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) of a transcript's key line describing its interviewee
    once, before the turns that code labels: "M2 : homme, 47 ans, installé depuis 14 ans en
    cabinet de groupe …" (s28-segr49a). Its first two fields are a sex and an age, in either
    order (no turn's words open so), and no earlier line is labelled by the code: the key, not an answer
    to "Quel âge avez-vous ?" further down."""
    found = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        m = CODE_LINE_ROW.match(line.strip())
        if m is not None and m.group("code") not in seen:
            fields = [f.strip() for f in m.group("desc").split(",")][:2]
            kinds = {"sex" if cv.SEX_FIELD.match(f) or cv.SEX_FIELD.match(f.lower()) else
                     "age" if cv.AGE_FIELD.match(f) else "" for f in fields}
            if len(fields) == 2 and kinds == {"sex", "age"}:
                found.append((i, m.group("code"), m.group("desc").strip()))
        seen.update(CODE_MENTION.findall(line))
    return found


@lru_cache(maxsize=8)
def _whole_code(participant_code: str) -> re.Pattern:
    """A cell that is a participant code and nothing else (compiled once per language data)."""
    return re.compile(rf"(?:{participant_code})$")


def _row_with_code_cell(line: str) -> tuple[str, str, list[str]] | None:
    """(code, function, cells) of a table row whose participant code is any of its cells, not
    the first ("Millau | Kinésithérapeute | Intervenant A"), or None."""
    if "|" not in line and "\t" not in line:
        return None
    cells = [c.strip() for c in cv.CELL_SPLIT.split(line.strip()) if c.strip()]
    code_shape = _whole_code(cv.PARTICIPANT_CODE)
    codes = [c for c in cells if code_shape.match(c)]
    if len(codes) != 1:
        return None
    functions = [c for c in cells if c != codes[0] and is_function(c)]
    return (codes[0], functions[-1], [c for c in cells if c != codes[0]]) if functions else None


# "MG1 et MG2 (médecins généralistes), IDE2 (infirmière libérale)": codes and what they do, in prose
# (the conjunction of a list, the words of a range, the openers of a clause: lang/fr grammar.yaml)
_AND = cv.word_forms("list_conjunctions")
_RANGE = cv.word_forms("group_range_words")
CLAUSE_SPLIT = re.compile(rf"\s(?:{cv.word_forms('clause_openers')})\s")
LISTED = re.compile(rf"(?P<codes>[A-ZÉ]{{1,5}}\d{{1,3}}(?:\s*(?:,|{_AND})\s*[A-ZÉ]{{1,5}}\d{{1,3}})*)\s*\((?P<desc>[^()]{{2,80}})\)")


def _listed_codes() -> tuple[re.Pattern, re.Pattern]:
    """LISTED and the code inside it, also for participants listed by their initials
    ("C.M. (infirmière libérale)", lang/fr labels.yaml initials_label)."""
    return _listed_codes_of(cv.INITIALS)


@lru_cache(maxsize=8)
def _listed_codes_of(initials: str) -> tuple[re.Pattern, re.Pattern]:
    one = rf"(?:[A-ZÉ]{{1,5}}\d{{1,3}}|{initials})"
    listed = re.compile(rf"(?<![\w.])(?P<codes>{one}(?:\s*(?:,|{_AND})\s*{one})*)\s*\((?P<desc>[^()]{{2,80}})\)")
    return listed, re.compile(one)


def participant_list(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) from a sentence that lists at least three coded
    participants with what they do in parentheses."""
    out = []
    for i, line in enumerate(lines):
        listed, one = _listed_codes()
        found = [(m, c) for m in listed.finditer(line) if is_function(m.group("desc"))
                 for c in one.findall(m.group("codes"))]
        if len(found) >= 3:
            out.extend((i, code, m.group("desc").strip()) for m, code in found)
    return out


# a bulleted line giving a participant's first name and what they do: "• Nadia, pharmacienne à Thionville"
BULLETED_PERSON = re.compile(r"^\s*[•◦▪‣∙·*–—-]\s*(?P<name>[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)\s*,\s*"
                             r"(?P<desc>[^«»]{3,120})$")


def trade_phrase(clause: str) -> str:
    """The clause from the word that names the trade it holds ("janvier 2024 auprès de six
    masseurs-kinésithérapeutes" -> "masseurs-kinésithérapeutes"; "médecin généraliste", not
    "généraliste"); '' when it names no role of the vocabulary."""
    role = normalize_role(clause)
    if role in ("autre", "inconnu"):
        return ""
    words = clause.split()
    j = next(j for j in range(len(words) - 1, -1, -1) if normalize_role(" ".join(words[j:])) == role)
    while j and cv.PERSON_NOUN.match(words[j - 1]):
        j -= 1
    return " ".join(words[j:])


# an item of a colon-announced enumeration of named participants: "Claire, 46 ans, au centre hospitalier
# de Rodez" ("et" before the last item allowed)
ENUMERATED_PERSON = re.compile(r"^(?:et\s+)?(?P<name>[A-ZÉÈÎ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)\s*,\s*"
                               r"(?P<desc>[^«»:;]{3,160}?)\s*\.?$")


def participants_enumerated(lines: list[str]) -> list[tuple[int, str, str, str]]:
    """(line index, first name, trade, item) from a sentence that names the participants' trade
    before a colon, then each participant by a first name and what sets them apart, the items
    separated by semicolons: "J'ai rencontré trois infirmiers exerçant en gériatrie : Claire, 46 ans,
    au centre hospitalier de Rodez ; Mathilde, 27 ans, … ; Sébastien, 39 ans, …" (s37). The trade
    is what each one does (a workplace in the item, "au centre hospitalier", says where, not what);
    the item's own words give the place. At least two items."""
    out = []
    for i, line in enumerate(lines):
        if ";" not in line or ":" not in line:
            continue
        for m in re.finditer(r"(?P<lead>[^.:;!?]{8,200}):\s*(?P<items>[^:]+?)(?:\.\s|\.?$)", line):
            trade = trade_phrase(m.group("lead").strip())  # "infirmiers exerçant en …", not "J'ai rencontré trois"
            if not trade:
                continue
            items = [ENUMERATED_PERSON.match(x.strip()) for x in m.group("items").split(";")]
            if len(items) >= 2 and all(items):
                out.extend((i, it.group("name"), trade, it.group("desc").strip()) for it in items)
    return out


def participants_bulleted(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, first name, description) from a list of at least two bulleted lines, each a
    first name and a function ("• Loïc, masseur-kinésithérapeute à Yutz")."""
    found = [(i, m.group("name"), m.group("desc").strip().rstrip(".;")) for i, line in enumerate(lines)
             for m in [BULLETED_PERSON.match(line)] if m and is_function(m.group("desc"))]
    return found if len(found) >= 2 else []


def participants_presented(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) of at least two informants presented by a civility and an
    initial ("Le Dr B. est médecin généraliste à Argentan ; Mme L. est secrétaire médicale")."""
    found = [(i, " ".join(m.group("code").split()), m.group("desc").strip()) for i, line in enumerate(lines)
             for m in cv.CIVILITY_PRESENTED.finditer(line)
             if is_function(m.group("desc")) or normalize_role(m.group("desc")) not in ("autre", "inconnu")]
    return found if len(found) >= 2 else []


# s23-segmeet1: a student's note saying who is who among the full names a transcript's labels give:
# "Hélène Varin est coordinatrice du DAC, Thomas Legrand médecin traitant du patient, Martine Hébert
# infirmière coordinatrice du SSIAD." (a copula for the first, then left out); each item a full name
# (two capitalised words) then a description opening on a person noun, up to a comma, a semicolon, a
# full stop or "et" before the next name (the copulas: lang/fr grammar.yaml copulas)
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
NAMED_ITEM = re.compile(rf"(?:^|(?<=[,;:.]\s)|(?<=\s(?:{cv.word_forms('list_conjunctions')})\s))"
                        rf"(?P<name>{_CAP_WORD}\s+{_CAP_WORD})\s+(?P<copula>(?:{cv.word_forms('copulas')})\s+)?"
                        rf"(?P<desc>(?:(?!\s+(?:{cv.word_forms('list_conjunctions')})\s+[A-ZÀ-ÖØ-Þ])[^,;.()«»:\n]){{3,90}})")
NAMED_COPULA = re.compile(rf"\s(?:{cv.word_forms('copulas')})\s")  # no copula, no such sentence: skip the line


def participants_named(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, full name, description) from a sentence that says what at least two named
    persons do, the first with a copula ("Hélène Varin est coordinatrice du DAC, Thomas Legrand
    médecin traitant …"): each description opens on a person noun (cv.PERSON_NOUN: not "Marie
    Dupont explique que les infirmières …") and names a role."""
    out = []
    for i, line in enumerate(lines):
        if line.count(",") + line.count(";") == 0 or not NAMED_COPULA.search(line):
            continue  # no list, or no copula to open it
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            found = []
            for m in NAMED_ITEM.finditer(sentence):
                desc = m.group("desc").strip()
                if cv.PERSON_NOUN.match(desc) and is_function(desc):
                    found.append((m.group("name"), desc, bool(m.group("copula"))))
            if len({n for n, _, _ in found}) >= 2 and found[0][2]:
                out.extend((i, name, desc) for name, desc, _ in found)
    return out


def participants_described(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) from a sentence that describes at least two participants
    before their code in parentheses: "une médecin généraliste (participant A), un infirmier
    libéral (participant B)". The code is given as a label opens a line ("Participant A")."""
    det = cv.DETERMINERS
    # the description is what follows the last determiner before the code
    pattern = re.compile(rf"\b(?:{det})\s+(?P<desc>(?:(?!\b(?:{det})\s)[^,;:()«»]){{3,60}}?)\s*"
                         rf"\((?P<code>{cv.PARTICIPANT_CODE})\)", re.IGNORECASE)
    out = []
    for i, line in enumerate(lines):
        if "(" not in line:  # the code is in parentheses: no need to run the pattern
            continue
        found = [(m.group("code"), m.group("desc").strip()) for m in pattern.finditer(line)
                 if is_function(m.group("desc"))]
        if len(found) >= 2:
            out.extend((i, code[0].upper() + code[1:], desc) for code, desc in found)
    return out


@lru_cache(maxsize=8)
def _introduced_once(key: str) -> re.Pattern:
    """An indefinite article, a description without a sentence's stop, a participant code in
    parentheses: "une chargée de mission de la délégation … de l'ARS (R1)" (compiled per language data)."""
    articles = cv.word_forms("indefinite_articles") or "(?!)"
    return re.compile(rf"(?<![\w’'])(?:{articles})\s+(?P<desc>[^()«»“”.;:!?]{{3,140}}?)\s*"
                      rf"\((?P<code>{cv.PARTICIPANT_CODE})\)")


def participant_introduced_once(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) of a participant the methods introduce ALONE, by an
    indefinite article, what they do and a code in parentheses ("Un entretien complémentaire a
    été mené avec une chargée de mission de la délégation départementale de l'ARS (R1)"), when
    the code has a digit, the description opens on a person (a function, a person noun) and names
    a role, and the code is written in parentheses on another line too (it credits quotes there).
    One such item is what participants_described, which wants two, leaves: the extra interview
    of a study that coded its main informants otherwise."""
    pattern = _introduced_once(str(id(cv.language_data())))
    found = []
    for i, line in enumerate(lines):
        if "(" not in line:
            continue
        for m in pattern.finditer(line):
            code, desc = m.group("code"), m.group("desc").strip()
            head = " ".join(desc.split()[:3])  # "chargée de mission", "médecin généraliste installé"
            if not any(c.isdigit() for c in code) or not (opens_with_person(desc) or names_a_profession(head)) \
                    or normalize_role(desc) in ("autre", "inconnu"):
                continue
            cited = f"({code})"
            if any(cited in other for j, other in enumerate(lines) if j != i):
                found.append((i, code, desc))
    return found


# one code of a group ("E1", "IDE 1", "PHA_2", "SF-C", "COORD"): capitals, then a number or a letter
GROUP_CODE = r"[A-ZÉ]{1,6}(?:[ _-]?\d{1,3}|-[A-Z])?"
CODE_GROUP = re.compile(rf"\((?P<codes>{GROUP_CODE}(?:\s*(?:,|{_AND}|{_RANGE}|–|-)\s*{GROUP_CODE})*)\)")
CODE_GROUP_SPLIT = re.compile(rf"\s*(?:,|\b(?:{_AND})\b)\s*")
CODE_GROUP_RANGE = re.compile(rf"(?P<a>{GROUP_CODE})\s*(?:{_RANGE}|–|-)\s*(?P<b>{GROUP_CODE})")


def expand_codes(codes: str) -> list[str]:
    """The codes a group names: "E1 à E9" is E1 … E9, "SF-A à SF-E" SF-A … SF-E, "E10 et E11"
    and "IDE 1, IDE 2" are the codes listed."""
    parts = [c.strip() for c in CODE_GROUP_SPLIT.split(codes) if c.strip()]
    out: list[str] = []
    for part in parts:
        m = CODE_GROUP_RANGE.fullmatch(part)
        if not m:
            out.append(part)
            continue
        a, b = m.group("a"), m.group("b")
        head_a, tail_a = re.fullmatch(r"(.*?)(\d+|[A-Z])", a).groups()
        head_b, tail_b = re.fullmatch(r"(.*?)(\d+|[A-Z])", b).groups()
        if head_a != head_b or tail_a.isdigit() != tail_b.isdigit():
            out += [a, b]
        elif tail_a.isdigit():
            out += [f"{head_a}{n}" for n in range(int(tail_a), int(tail_b) + 1)][:50]
        else:
            out += [f"{head_a}{chr(c)}" for c in range(ord(tail_a), ord(tail_b) + 1)]
    return out


def participants_grouped(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) from a sentence that gives at least two groups of
    participants their codes in parentheses after describing them: "neuf auprès de médecins
    généralistes (E1 à E9) et deux auprès de coordinatrices de CPTS (E10 et E11)", "deux
    infirmiers libéraux (IDE 1, IDE 2), une pharmacienne d'officine (PHA 1)". The description is
    the clause before the parenthesis."""
    out = []
    for i, line in enumerate(lines):
        found = []
        for m in CODE_GROUP.finditer(line):
            # the description: the words before the parenthesis, back to a comma, a colon or a parenthesis
            clause = re.split(r"[,;:()«»]", line[max(0, m.start() - 80):m.start()])[-1]
            desc = cv.CLAUSE_OPENER.sub("", CLAUSE_SPLIT.split(clause)[-1]).strip()
            if is_function(desc):
                found += [(code, desc) for code in expand_codes(m.group("codes"))]
        if len({d for _, d in found}) >= 2:
            out.extend((i, code, desc) for code, desc in found)
    return out


# s34-segr59a: a parenthesis of items separated by semicolons, each codes then what sets them apart:
# "(A1 et A2, résidant à Allanche ; A3, résidant à Murat)"
ITEM_CODES = rf"{GROUP_CODE}(?:\s*(?:{_AND}|{_RANGE})\s*{GROUP_CODE})*"
CODE_ITEMS = re.compile(rf"\((?P<items>{ITEM_CODES}\s*,\s*[^;()«»]{{2,80}}?(?:\s*;\s*{ITEM_CODES}\s*,\s*[^;()«»]{{2,80}}?)+)\s*\)")
CODE_ITEM = re.compile(rf"^\s*(?P<codes>{ITEM_CODES})\s*,\s*(?P<details>\S.*?)\s*$")


def participants_itemised(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) from a methods sentence that gives a group of people, then in
    parentheses their codes item by item with what sets each apart, the items separated by semicolons:
    "et trois aidants de patients âgés (A1 et A2, résidant à Allanche ; A3, résidant à
    Murat)". An item that says what the person does is their description ("I1,
    infirmière libérale à Condat"); one that does not (a place, an age) is completed by the group the
    sentence names before the parenthesis, when it opens on a person ("aidants …", "des patientes")."""
    out = []
    for i, line in enumerate(lines):
        if ";" not in line or "(" not in line:
            continue
        for m in CODE_ITEMS.finditer(line):
            clause = re.split(r"[,;:()«»]", line[max(0, m.start() - 160):m.start()])[-1]
            group = cv.CLAUSE_OPENER.sub("", CLAUSE_SPLIT.split(clause)[-1]).strip()
            noun = cv.PERSON_NOUN.search(group)
            group = group[noun.start():] if noun else ""  # "trois auprès de patientes …": from the noun on
            for item in m.group("items").split(";"):
                found = CODE_ITEM.match(item)
                if found is None:
                    continue
                details = found.group("details").strip()
                if is_function(details):
                    desc = details
                elif group and opens_with_person(group):
                    desc = f"{group}, {details}"
                else:
                    continue
                out.extend((i, code, desc) for code in expand_codes(found.group("codes")))
    return out


def participants_designated(lines: list[str]) -> list[tuple[int, str, str]]:
    """(line index, code, description) from prose that codes participants after describing
    them: "trois infirmiers libéraux (IDEL), désignés P1, P3 et P4, et une infirmière salariée
    d'un centre de santé, désignée P2"."""
    out = []
    for i, line in enumerate(lines):
        for m in cv.DESIGNATION.finditer(line):
            # the description is the clause before the participle
            clause = re.split(r"[,:;.!?]", line[max(0, m.start() - 160):m.start()].rstrip(" ,"))[-1]
            desc = cv.CLAUSE_OPENER.sub("", clause).strip()
            if not is_function(desc):
                continue
            out.extend((i, code, desc) for code in cv.ONE_CODE.findall(m.group("codes")))
    return out


def column_header(row: str, offset: int, above: list[str]) -> str:
    """The header of the column a quotation sits in, when it names what people do: in a cross
    table "Thème | Médecins généralistes | Infirmiers | Pharmaciens", the quote of the third cell
    of a row below is a nurse's. ``row`` is the quotation's line, ``offset`` its place in it,
    ``above`` the lines above (nearest last); '' when the line is no table row or the header
    names no role."""
    bounds = [m.end() for m in cv.CELL_SPLIT.finditer(row)]
    if not bounds:
        return ""
    n_cells, column = len(bounds) + 1, sum(1 for b in bounds if b <= offset)
    for line in reversed(above[-12:]):
        cells = [c.strip() for c in cv.CELL_SPLIT.split(line.strip())]
        if len(cells) != n_cells:
            return ""  # the table starts below this line
        if "«" in line or "»" in line:
            continue  # a row of quotations above: the header is further up
        header = cells[column]
        return header if names_a_profession(header) and normalize_role(header) not in ("autre", "inconnu") else ""
    return ""


# ---- interview cards (a thesis's field reports: number, profession(s), scale, institution) ---

SEX = re.compile(r"^[HFM]$")
AGE = re.compile(r"^(\d{2}\s*-\s*\d{2}|[<>]\s*\d{2})\s*ans$")


@dataclass
class InterviewCard:
    number: str
    professions: list[str] = field(default_factory=list)
    scale: str = ""
    institution: str = ""

    @property
    def region(self) -> str:
        if self.scale.lower().startswith("nation"):
            return "National"
        m = ANONYMISED.match(self.scale)
        return f"Région {m.group(1)}" if m else ""

    def role_raw(self, person: int | None = None) -> str:
        profs = self.professions if person is None else self.professions[person - 1:person]
        who = " / ".join(profs)
        where = ", ".join(x for x in (self.scale, self.institution) if x)
        return f"{who} – {where}" if where else who

    def role(self, person: int | None = None) -> str:
        """The role of one person, or of the interview when all its persons share one."""
        if person is not None and 1 <= person <= len(self.professions):
            return normalize_role(f"{self.professions[person - 1]}, {self.institution}")
        roles = {normalize_role(f"{p}, {self.institution}") for p in self.professions}
        return roles.pop() if len(roles) == 1 else "inconnu"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in cv.CELL_SPLIT.split(line.strip()) if c.strip()]


def interview_cards(lines: list[str]) -> dict[str, InterviewCard]:
    """{"16": card} from field reports whose first lines give the interview's (re)number, then a
    small table Profession / Sexe / Tranche d'âge / Echelle / Institution, one or more persons.
    """
    cards: dict[str, InterviewCard] = {}
    for i, line in enumerate(lines):
        m = cv.CARD_NUMBER.match(line.strip())
        if not m:
            continue
        card = InterviewCard(str(int(m.group(1))))
        after_scale = False
        for nxt in lines[i + 1:i + 30]:
            if cv.CARD_END.match(nxt.strip()) or cv.CARD_NUMBER.match(nxt.strip()):
                break
            for cell in _cells(nxt):
                if cv.CARD_HEADER.match(cell):
                    continue
                if SEX.match(cell) or AGE.match(cell):
                    after_scale = False
                    continue
                s = cv.SCALE.match(cell)
                if s and not card.scale:
                    card.scale = s.group(1)
                    if s.group(2):
                        card.institution = s.group(2)
                    else:
                        after_scale = True
                    continue
                if cv.INSTITUTION.match(cell) and not card.institution:
                    card.institution = cell
                    after_scale = False
                    continue
                if after_scale and not card.institution:
                    card.institution = cell
                    after_scale = False
                    continue
                if not card.scale:
                    card.professions.append(cell)
                elif card.institution:
                    card.professions.append(cell)  # a second person listed after the first
        cards.setdefault(card.number, card)
    return cards


# ---- declared speakers: the speaker sheet (config/speakers.csv) and transcript hints ----------

SPEAKER_SHEET_COLUMNS = ["doc_id", "code", "role", "region", "place", "note"]
HINT_COLUMNS = ["code", "role_raw", "region", "place", "moderator", "source"]


def _role_of(value: str) -> tuple[str, str]:
    """(role_raw, role) of a sheet cell: a role of the vocabulary as is, else a description."""
    value = (value or "").strip()
    if not value:
        return "", ""
    if value in ROLES:
        return "", value
    return value, normalize_role(value)


def check_speaker_rows(rows: list[dict], path: str, doc_ids: set[str] | None = None) -> list[str]:
    """Problems of speaker-sheet rows (src/corpus/schemas/speakers.schema.yaml, a role that names
    one, a known doc_id, no code declared twice), one line each ("<file>: line N: …")."""
    import jsonschema

    from ..config import schema

    validator = jsonschema.Draft7Validator(schema("speakers"))
    problems = []
    seen = set()
    for n, row in enumerate(rows, start=2):
        where = f"{path}: line {n}"
        row = {c: (row.get(c) or "").strip() for c in SPEAKER_SHEET_COLUMNS}
        for err in validator.iter_errors(row):
            column = err.absolute_path[0] if err.absolute_path else "?"
            problems.append(f"{where}, column '{column}': invalid value {row.get(column, '')!r}")
        key = (row["doc_id"], row["code"])
        if key in seen:
            problems.append(f"{where}: {key[1]!r} of {key[0]!r} is declared twice")
        seen.add(key)
        if doc_ids is not None and row["doc_id"] and row["doc_id"] not in doc_ids:
            problems.append(f"{where}, column 'doc_id': {row['doc_id']!r} is not in the document sheet")
        role_raw, _ = _role_of(row["role"])
        if role_raw and matched_role(role_raw) is None:
            problems.append(f"{where}, column 'role': {row['role']!r} is neither a role ({', '.join(ROLES)}) "
                            "nor a description that names one")
    return problems


def _read_rows(path) -> list[dict]:
    import csv
    import io
    from pathlib import Path

    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: speaker sheet not found")
    try:
        text = p.read_bytes().decode("utf-8-sig")   # Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in SPEAKER_SHEET_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(semicolon_refusal(text, p, ("doc_id", "code"))
                          or f"{p}: line 1: missing column(s) {', '.join(missing)}")
    return [{c: (row.get(c) or "").strip() for c in SPEAKER_SHEET_COLUMNS} for row in reader]


def read_speaker_sheet(path, doc_ids: set[str] | None = None) -> list[dict]:
    """Rows of a speaker sheet, checked; raises ConfigError on the first problem."""
    rows = _read_rows(path)
    problems = check_speaker_rows(rows, str(path), doc_ids)
    if problems:
        raise ConfigError(problems[0])
    return rows


def add_speakers(new_path, sheet_path, doc_ids: set[str]) -> int:
    """Append the checked rows of ``new_path`` to the speaker sheet (created with its header if
    absent); a code already declared for its document is an error. Returns the rows added."""
    from pathlib import Path

    from .. import io as cio

    new = read_speaker_sheet(new_path, doc_ids)
    old = read_speaker_sheet(sheet_path) if Path(sheet_path).exists() else []
    problems = check_speaker_rows(old + new, str(sheet_path))
    if problems:
        raise ConfigError(f"{new_path}: {problems[0]}")
    cio.write_csv(Path(sheet_path), old + new, SPEAKER_SHEET_COLUMNS)
    return len(new)


def declared_speakers(sheet_rows: list[dict], doc_id: str, hints: list[dict] | None = None) -> dict[str, dict]:
    """code -> {role_raw, role, region, place, moderator, source} for one document: the
    transcript format's hints, completed or overridden by the speaker sheet."""
    out: dict[str, dict] = {}
    for h in hints or []:
        code = (h.get("code") or "").strip()
        if not code:
            continue
        role_raw = (h.get("role_raw") or "").strip()
        out[code] = {"role_raw": role_raw, "role": normalize_role(role_raw) if role_raw else "",
                     "region": (h.get("region") or "").strip(), "place": (h.get("place") or "").strip(),
                     "moderator": str(h.get("moderator", "")).strip() in ("1", "true", "True"),
                     "source": "transcript"}
    for row in sheet_rows:
        if row.get("doc_id") != doc_id:
            continue
        role_raw, role = _role_of(row.get("role", ""))
        entry = out.setdefault(row["code"], {"role_raw": "", "role": "", "region": "", "place": "", "moderator": False})
        for key, value in (("role_raw", role_raw or row.get("role", "")), ("role", role),
                           ("region", row.get("region", "")), ("place", row.get("place", ""))):
            if value:
                entry[key] = value
        entry["source"] = "speaker_sheet"
    return out


def check_segmentation_config(speakers_path, conventions_path, doc_ids: set[str]) -> None:
    """The speaker sheet and the corpus conventions, checked before a run starts (one clear
    error instead of every document's segment job failing)."""
    from pathlib import Path

    from ..lang import load

    if speakers_path and Path(speakers_path).exists():
        read_speaker_sheet(speakers_path, doc_ids)
    if conventions_path and Path(conventions_path).exists():
        load("fr", str(conventions_path))


@cv.per_language_data
def _located_code() -> re.Pattern:
    """A participant code and the commune after it, in parentheses or after a preposition
    (``located_code_prepositions``): "K1 (Montbard)", "PH2 à Bruyères"."""
    preps = cv._alt(cv.language_data().get("located_code_prepositions", [])) or "(?!)"
    return re.compile(
        rf"(?<![\w-])(?P<code>{cv.ONE_CODE.pattern})"
        rf"(?:\s*\((?P<paren>[^()]{{2,40}})\)|\s+(?:{preps})\s+(?P<at>(?-i:[A-ZÀ-Ý])[^,;()]{{1,40}}?))"
        r"(?=\s*(?:[,;)]|\bet\b|\.(?:\s|$)|$))")


@cv.per_language_data
def _located_gate() -> re.Pattern:
    """What every entry of ``_located_code`` holds (a parenthesis, or a preposition before a capital):
    a line with fewer than two of them has no run, and most lines of a thesis are skipped unread."""
    preps = cv._alt(cv.language_data().get("located_code_prepositions", [])) or "(?!)"
    return re.compile(rf"\(|\s(?:{preps})\s+(?-i:[A-ZÀ-Ý])", re.IGNORECASE)


# what joins two entries of a run: a comma, "et", ", et"
_LOCATED_JOIN = re.compile(r"\s*(?:,\s*(?:et\s+)?|et\s+)$")


def participants_located(lines: list[str], gazetteer) -> list[tuple[int, str, str, tuple[str, str]]]:
    """(line index, code, description, (region, place)) from a methods sentence that gives at least
    two codes the commune where each works, in runs after the people's trade: "auprès de six
    masseurs-kinésithérapeutes, K1 (Montbard), K2 (Semur-en-Auxois) et K3 (Vitteaux), ainsi que du
    médecin référent, MG1 (Montbard)", "quatre titulaires (PH1 à Remiremont, PH2 à Bruyères)". Each
    place must be a commune the gazetteer knows, written whole; the description is the clause before
    the run ('' when it names no trade: the place alone is read)."""
    if gazetteer is None:
        return []
    from .regions import resolve_region
    out = []
    gate = _located_gate()
    for i, line in enumerate(lines):
        if len(gate.findall(line)) < 2:
            continue
        entries = []
        for m in _located_code().finditer(line):
            where = (m.group("paren") or m.group("at") or "").strip()
            region, place = resolve_region(where, gazetteer)
            if region and fold(place).lower() == fold(where).lower():
                entries.append((m, region, place))
        if len(entries) < 2:
            continue
        desc = ""
        for k, (m, region, place) in enumerate(entries):
            prev = entries[k - 1][0] if k else None
            if prev is None or not _LOCATED_JOIN.fullmatch(line[prev.end():m.start()]):
                # a run opens: its trade is the clause before it
                clause = re.split(r"[,;:()«»]", line[max(0, m.start() - 120):m.start()].rstrip(" ,("))[-1]
                desc = cv.CLAUSE_OPENER.sub("", CLAUSE_SPLIT.split(clause)[-1]).strip()
                if not desc and line[:m.start()].rstrip().endswith(":"):
                    # a colon announces the run: the trade is the sentence's before it ("Quatre
                    # masseurs-kinésithérapeutes libéraux … ont été interrogés : K1 à Melun, …")
                    desc = re.split(r"(?<=[.!?])\s+", line[max(0, m.start() - 240):m.start()].rstrip(" :"))[-1].strip()
                desc = trade_phrase(desc)  # "six masseurs-…", not "janvier 2024 auprès de"
            out.append((i, m.group("code"), desc, (region, place)))
    return out
