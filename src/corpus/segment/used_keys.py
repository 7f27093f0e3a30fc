"""Keys to the speakers' labels that no heading announces, recognised because the document's own
turns use their labels: "Indicatifs utilisés : ALPHA 1, chef d'équipe ; ALPHA 2, démineur ;
ALPHA 3, conducteur." then "ALPHA 2 : J'étais derrière le merlon …"; "Présents : ANIM : animateur
sécurité ; AC1 : aiguilleuse de nuit ; AC2 : aiguilleur de nuit" then "AC1 : Il était 4 h 10 …";
"Alpages représentés : GLANDASSE, Élise Martel, bergère salariée ; FONT D'URLE, Thibaut Garnier,
berger salarié" then "GLANDASSE : Je commence."

The heading's words vary with every document (indicatifs, alpages, postes, présents…), so the
evidence is the labels themselves: a sentence whose semicolon-separated entries open with at
least ``used_key_min_entries`` labels that open other lines of the document, each entry's words
after a comma, a colon or an equals sign describing a person (what they do, in or outside the
roles' vocabulary, an age, or a name and then that). Read by discovery.label_legend; the entries'
separators are lang/fr labels.yaml used_key_separators.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person, description_fields
from .initials_labels import FULL_NAME
from .roles import names_a_trade
from .transposed_tables import row_cells

# a label that opens a line, before a colon: "ALPHA 2 :", "FONT D'URLE :", "AC1 :", "Le médecin :",
# after a logbook's date perhaps ("2 juillet – JBR : « … »")
LINE_LABEL = re.compile(r"^\s*(?P<label>[^\W_][^:;«»\"“\n]{0,29}?)\s*:\s+\S")


@cv.per_language_data
def _dated_label() -> re.Pattern:
    return re.compile(rf"^\s*(?:{cv.DAY_DATE.pattern})\s*[–—-]\s*(?P<label>[^\W_][^:;«»\"“\n]{{0,29}}?)\s*:\s+\S")

# a first name and the initial of a surname: "Martine R.", "Jean-Paul D."
INITIALLED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?\s+[A-ZÀ-ÖØ-Þ]\.?")

# the end of an entry's description: the sentence's end ("ALPHA 3, conducteur. Le chef de centre …")
SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÉÈÀ])")


@lru_cache(maxsize=4)
def _entry(key: int) -> re.Pattern:
    seps = "|".join(re.escape(s) for s in cv.language_data().get("used_key_separators", [",", ":", "="]))
    return re.compile(rf"^\s*(?P<label>[^,:=;()«»\n]{{1,30}}?)\s*(?:{seps})\s*(?P<desc>\S.*)$", re.DOTALL)


def line_labels(texts: list[str]) -> dict[str, set[int]]:
    """label as written -> the indices of the lines it opens before a colon."""
    out: dict[str, set[int]] = {}
    for i, text in enumerate(texts):
        m = _dated_label().match(text) or LINE_LABEL.match(text)
        if m:
            out.setdefault(m.group("label"), set()).add(i)
    return out


def describes_someone(desc: str) -> bool:
    """What a key's entry says of a label: a person's trade, in or outside the vocabulary, or their
    age ("démineur, victime du traumatisme sonore", "aiguilleuse de nuit"), possibly after their
    name ("Élise Martel, bergère salariée, troupeau de 1 400 brebis"); not a place or a title."""
    fields = description_fields(desc)
    if not fields:
        return False
    if describes_person(desc) or names_a_trade(fields[0]):
        return True
    # a name first: the label stands for that person ("JBR – Jérôme Bruneau, guide rafting, 11 saisons")
    if FULL_NAME.fullmatch(fields[0]) is not None and len(fields[0].split()) >= 2:  # not "Saint-Affrique"
        return True
    # a first name and an initial, then what describes the person ("nage – Martine R., 62 ans, Gray")
    return bool(INITIALLED.fullmatch(fields[0])) and len(fields) >= 2 and describes_person(", ".join(fields[1:]))


def used_key(i: int, text: str, labels: dict[str, set[int]]) -> dict[str, str]:
    """label -> description of the entries of line ``i`` when at least ``used_key_min_entries`` of
    them open with a label that opens another line of the document and describe a person; {}
    otherwise. A heading before the first entry ("Présents :") is set aside. An entry written in
    lower case stands for the label in capitals ("nage – Martine R., 62 ans" for "NAGE :", s41)."""
    if ";" not in text:
        return {}
    capitals = {k.lower(): k for k in labels if k.isupper()}
    labels = {**labels, **{low: labels[k] for low, k in capitals.items() if low not in labels}}
    entry = _entry(id(cv.language_data()))
    found: dict[str, str] = {}
    for k, chunk in enumerate(re.split(r"\s*;\s*", text.strip())):
        m = entry.match(chunk)
        if k == 0 and not (m and labels.get(m.group("label"), set()) - {i}) and ":" in chunk:
            m = entry.match(chunk.split(":", 1)[1])  # "Présents : ANIM : animateur sécurité"
        if not m or not (labels.get(m.group("label"), set()) - {i}):
            continue
        desc = SENTENCE_END.split(m.group("desc"), maxsplit=1)[0].strip().rstrip(".")
        if describes_someone(desc):
            found.setdefault(capitals.get(m.group("label"), m.group("label")), desc)
    return found if len(found) >= int(cv.language_data().get("used_key_min_entries", 2)) else {}


# an entry of a key in running prose, a label then its description in parentheses: "MED (médecin
# de la PASS)", "AUTRE (toute autre voix audible)"
TIER_LABEL = r"[A-ZÉÈ][A-ZÉÈ0-9_-]{1,11}"  # an export's tier name in capitals: "MED", "AUTRE", "SPK_2"
PARENTHESISED_ENTRY = re.compile(rf"(?<![\w-])(?P<label>{TIER_LABEL})\s*\((?P<desc>[^()]{{2,120}})\)")


def row_labels(texts: list[str]) -> dict[str, set[int]]:
    """A table's first cells that open rows of words, as labels: "MED | 00:00:41.350 | … | alors
    madame …" (a transcription tool's export, one row per annotation)."""
    out: dict[str, set[int]] = {}
    for i, text in enumerate(texts):
        cells = row_cells(text)
        if len(cells) >= 2 and re.fullmatch(TIER_LABEL, cells[0]):
            out.setdefault(cells[0], set()).add(i)
    return out


def parenthesised_key(i: int, text: str, labels: dict[str, set[int]]) -> dict[str, str]:
    """label -> description of a sentence listing the labels with what each stands for in
    parentheses ("Le fichier ELAN comporte cinq tiers : MED (médecin de la PASS), PAT (patient, 34
    ans, …), INT (interprète …), AUTRE (toute autre voix audible) et COM (commentaires de la
    transcriptrice)"), when at least ``used_key_min_entries`` of them open other lines (``labels``:
    an export's rows) and describe a person; every such entry then, a person or not (a comment
    tier: no one's words; s48)."""
    if "(" not in text:
        return {}
    found = {m.group("label"): m.group("desc").strip() for m in PARENTHESISED_ENTRY.finditer(text)
             if labels.get(m.group("label"), set()) - {i}}
    people = sum(1 for desc in found.values() if describes_someone(desc))
    return found if people >= int(cv.language_data().get("used_key_min_entries", 2)) else {}


MAX_ROW_DESCRIPTION = 120  # a row describing a person, not a paragraph


def used_table(texts: list[str], labels: dict[str, set[int]]) -> dict[str, str]:
    """label -> description of a table's rows whose first cell is a label that opens the document's
    turns ("| QUIRINAL | Écuyer | 14 |" above "QUIRINAL : Les reprises …": an academy's riders named
    by their lead horse, s41): the row's other cells, when at least ``used_key_min_entries`` such rows
    describe a person; {} otherwise."""
    found: dict[str, str] = {}
    for i, text in enumerate(texts):
        cells = [c for c in row_cells(text) if c]
        if len(cells) < 2 or not (labels.get(cells[0], set()) - {i}):
            continue
        desc = ", ".join(cells[1:])
        if any(q in desc for q in "«»“”\"") or len(desc) > MAX_ROW_DESCRIPTION:
            continue  # a row quoting its person ("| P1 | « … » |"): coded_cells.py reads it
        # (the labels vouch for the table: a cell of words says who, "Écuyère", not only figures)
        if any(re.search(r"[^\W\d_]{3}", c) for c in cells[1:]):
            found.setdefault(cells[0], desc)
    return found if len(found) >= int(cv.language_data().get("used_key_min_entries", 2)) else {}
