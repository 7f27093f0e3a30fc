"""Results tables that give each quotation's speaker as a CODE in a column of its own.

"Sous-thème | Verbatim | Participant", then rows "Adressage par le médecin | « … » | CD3"; a row
may hold two quotations "« … » / « … »" and two codes "CD5 / AD3" (the first code the first
quotation's). A table is read so when its header row (no quotation, short cells) names a code
column (``code_column_words``, lang/fr/coded_cells.yaml) and its rows hold, in that column,
nothing but codes of letters and a number. A quotation then is the words of its row's code when
its cell holds nothing but quotations: a topic cell's words or a comment around a quotation keep
the reading of the quotation as it is. The role of a code the methods give by a range ("cinq
chirurgiens-dentistes (CD1 à CD5)") is the noun phrase before the range.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..text import fold
from . import conventions as cv
from .roles import normalize_role

CODE = r"[A-ZÉ]{1,5}[-_]?\d{1,3}"
# (in the code column, a participant designated in whatever shape the document codes people: a code
# in capitals, in lower case or dotted ("CD3", "cd3", "Ph.C"), initials ("M.M.", "J.-P.D."), a
# participant word and a number ("Enquêté 3", "Participante 2"): the column's header already says
# the cell is who speaks, so the shape need not be the capitals one; a description ("kiné libéral,
# Brest") still is none; s28-segperturb11)
PERSON = rf"(?:{cv.PARTICIPANT_CODE})"
PERSON_CELL = re.compile(rf"^(?P<codes>{PERSON}(?:\s*[/,;&]\s*{PERSON})*)$")
PERSON_ONE = re.compile(rf"(?<![\w.])(?:{PERSON})(?![\w])")
QUOTE = re.compile(r"«[^«»]*»|“[^“”]*”")
MAX_HEADER_CELL_WORDS = 4
# "(CD1 à CD5)" and the noun phrase before it, back to a comma, a colon, "et" or a bracket
# (the words of a range and the conjunction of a list: lang/fr grammar.yaml; a dash is punctuation)
_AND = cv.word_forms("list_conjunctions")
RANGE = re.compile(r"(?P<desc>[^,:;()]{3,80}?)\s*\((?P<prefix>[A-ZÉ]{1,5})(?P<first>\d{1,2})"
                   rf"\s*(?:{cv.word_forms('range_words')}|-|–)\s*(?P=prefix)(?P<last>\d{{1,2}})\)")
# what a cell of quotations may hold besides them: spaces, separators, the conjunction of a list
NOT_QUOTED = re.compile(rf"[\s/;,–-]|{_AND}")


def _cells(text: str) -> list[str]:
    return [c.strip() for c in cv.CELL_SPLIT.split(text)] if cv.has_cells(text) else []


def _header_words() -> list[str]:
    return [fold(w).lower() for w in cv.language_data().get("code_column_words", [])]


@cv.per_language_data
def _said_words() -> tuple[str, ...]:
    """Headers of a column of what people said (answer_tables.yaml answer_column_words), as the first
    words of a header cell ("Commentaire du relecteur")."""
    return tuple(fold(w).lower() for w in cv.language_data().get("answer_column_words", []))


def _said_column(cells: list[str]) -> int | None:
    """The header's column of what people said, when one names it: "Commentaire du relecteur" beside
    "Passage concerné" (a quotation of the document reviewed, nobody's words; s48)."""
    words = _said_words()
    for k, c in enumerate(cells):
        key = fold(c).lower().strip(" .:")
        if any(key == w or key.startswith(w + " ") for w in words):
            return k
    return None


def code_column_rows(texts: list[str]) -> dict[int, tuple[int, list[str], int | None]]:
    """line index -> (index of the code column, the codes of that row, the column of what was said
    or None) for the rows of a table whose header names a code column and whose cells there are codes."""
    words = _header_words()
    out: dict[int, tuple[int, list[str], int | None]] = {}
    column, width, said = None, 0, None
    for i, t in enumerate(texts):
        cells = _cells(t)
        if len(cells) < 2:
            column = None  # the table ends
            continue
        if not QUOTE.search(t) and all(len(c.split()) <= MAX_HEADER_CELL_WORDS for c in cells):
            named = [k for k, c in enumerate(cells) if fold(c).lower().strip(" .:") in words]
            if named:
                column, width, said = named[-1], len(cells), _said_column(cells)
                continue
        if column is None or len(cells) != width:
            continue
        m = PERSON_CELL.match(cells[column])
        if m and QUOTE.search(t):  # a participants table's rows ("CD3 | chirurgien-dentiste") quote nobody
            out[i] = (column, [c.group(0) for c in PERSON_ONE.finditer(m.group("codes"))], said)
    return out


def cell_code(line: str, a: int, b: int, row: tuple[int, list[str]]) -> str | None:
    """The code of the quotation line[a:b] in a coded row: its cell holds only quotations (and
    the slashes between them); the k-th quotation the k-th code, or the one code of the row."""
    column, codes, said = row
    bounds = [0] + [m.end() for m in cv.CELL_SPLIT.finditer(line)]
    ends = [m.start() for m in cv.CELL_SPLIT.finditer(line)] + [len(line)]
    for k, (s, e) in enumerate(zip(bounds, ends)):
        if not s <= a < e or k == column or (said is not None and k != said):
            continue
        cell = line[s:e]
        quotes = list(QUOTE.finditer(cell))
        if not quotes or NOT_QUOTED.sub("", QUOTE.sub("", cell)):
            return None
        j = next((n for n, q in enumerate(quotes) if q.start() <= a - s < q.end()), None)
        if j is None:
            return None
        if len(codes) == len(quotes):
            return codes[j]
        return codes[0] if len(codes) == 1 else None
    return None


def _noun_phrase(desc: str) -> str:
    """The noun phrase a range follows, after the last linking word of its sentence ("… auprès
    de quatre kinésithérapeutes" -> "quatre kinésithérapeutes")."""
    links = "|".join(re.escape(w) for w in cv.language_data().get("range_phrase_links", [])) or _AND
    return re.split(rf"(?<=\s)(?:{links})(?=\s)", f" {desc} ")[-1].strip()


def range_roles(texts: list[str]) -> dict[str, str]:
    """code -> the noun phrase a methods sentence gives its range ("cinq chirurgiens-dentistes
    (CD1 à CD5)" -> CD1 … CD5: "cinq chirurgiens-dentistes")."""
    out: dict[str, str] = {}
    for t in texts:
        for m in RANGE.finditer(t):
            desc = _noun_phrase(m.group("desc"))
            first, last = int(m.group("first")), int(m.group("last"))
            if 0 < last - first < 60 and normalize_role(desc) != "inconnu":
                for n in range(first, last + 1):
                    out.setdefault(f"{m.group('prefix')}{n}", desc)
    return out


def coded_quote(seg, a: int, b: int, call):
    """The quotation text[a:b] of a segmenter ``seg`` as the words of its coded row's code
    (speaker the code; role from the participants, else from the methods' range), or ``call``."""
    ln = seg.lines[bisect_right(seg._line_starts, a) - 1]
    row = seg.code_rows.get(ln.index)
    code = cell_code(ln.text, a - ln.start, b - ln.start, row) if row else None
    if code is None:
        return call
    attrs = dict(seg.ctx.code_attrs(code))
    # the range's own noun phrase ("deux ergothérapeutes (E1 à E2)") is more precise than the
    # methods sentence it ends, which may name another range's profession first
    precise = code in seg.code_roles and attrs.get("role_raw", "").rstrip().endswith(seg.code_roles[code])
    if (attrs.get("role", "inconnu") == "inconnu" or precise) and code in seg.code_roles:
        attrs.update(role_raw=seg.code_roles[code], role=normalize_role(seg.code_roles[code]),
                     attr_source=attrs.get("attr_source") or "participant_table")
    # the call's own type (quotes.QuoteCall), so that this module need not import quotes (a circle)
    return replace(call, verbatim=True, attrs=attrs, attribution=None)
