"""A participants' table typeset as columns separated by spaces only (a LaTeX tabular, a Word table
extracted as text): a header "Participant Profession Domaine Expertise …" whose first column
titles the person (``code_headers`` of ``lang/fr/spaced_tables.yaml``) and a later one what they
do (``function_headers``), then at least ``min_rows`` lines each opening with a code ("P1
Étudiante en Master Biologie Intermédiaire Rapport de stage"). Nothing marks where the profession
cell ends, so the row's description is its shortest head (up to ``max_words`` words) that names a
role ("Étudiante": a student, not the "Biologie" of the next column), else its first word
("Doctorante": a profession outside the vocabulary, ``autre``). Rows a reader of delimited tables
(tabs, '|') already read keep that reading unless it took the whole undelimited row. A document
with no such header (a list of codes in a sentence, a table of results "P1 12 15 …"): nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .roles import matched_role

ROW = re.compile(r"^(?P<code>[A-ZÉ]{1,5}[-_]?\d{1,3})\s+(?P<rest>[^\s\d].*)$")


def settings() -> dict:
    return {"code_headers": [], "function_headers": [], "min_rows": 3, "max_words": 3,
            **(cv.language_data().get("spaced_tables") or {})}


def _alt(words) -> str:
    return cv.literal_alternation({fold(w).lower() for w in words}) or "(?!)"


@lru_cache(maxsize=4)
def _header(codes: tuple, functions: tuple) -> re.Pattern:
    return re.compile(rf"^(?:{_alt(codes)})\s+(?:\S+\s+){{0,3}}(?:{_alt(functions)})(?!\w)")


def is_header(text: str, s: dict | None = None) -> bool:
    """A header row "Participant Profession Domaine …" (no cell delimiter: "Code ; statut ; …"
    is a delimited table's, speakers.semicolon_cells)."""
    s = s or settings()
    t = " ".join(text.split())
    if "|" in text or "\t" in text or ";" in text or len(t) > 160 or t.endswith((".", ":")):
        return False
    return bool(_header(tuple(s["code_headers"]), tuple(s["function_headers"])).match(fold(t).lower()))


def row_role_head(rest: str, max_words: int) -> str:
    """The words of a row that describe the person: its shortest head naming a role, else its first word."""
    words = rest.split()
    for k in range(1, min(max_words, len(words)) + 1):
        head = " ".join(words[:k])
        if matched_role(head) is not None:
            return head
    return words[0] if words else ""


def spaced_table_rows(lines: list[str], s: dict | None = None) -> dict[str, tuple[str, str]]:
    """code -> (description, the row's whole text after the code) of each spaced participants' table."""
    s = s or settings()
    out: dict[str, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        if not is_header(line, s):
            continue
        rows = []
        for nxt in lines[i + 1:]:
            m = ROW.match(" ".join(nxt.split()))
            if not m or "|" in nxt or "\t" in nxt or ":" in m.group("rest") or "«" in nxt or len(nxt) > 200:
                break
            rows.append((m.group("code"), m.group("rest")))
        if len(rows) >= s["min_rows"] and len({c for c, _ in rows}) == len(rows):
            for code, rest in rows:
                out.setdefault(code, (row_role_head(rest, s["max_words"]), rest))
    return out
