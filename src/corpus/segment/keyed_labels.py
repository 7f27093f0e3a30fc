"""Speaker labels that a table keys by their first column: "Badge | Profession | Commune" then
"Vert | Infirmière libérale | Fourmies", and turns "VERT : …" (colours, animals, pseudonyms,
seat numbers: whatever a focus group or a thesis names its participants by, a word the label
shapes cannot tell from any "X :" line). The table vouches for the label and describes the
person; the label is matched without case ("Vert" keys "VERT :"). Handed to the segmenter as
declared speakers. At least ``keyed_label_min`` labels of the table must open turns
(lang/fr/keyed_labels.yaml), so that a table of figures whose first column happens to open a
line ("Bretagne | 120 | 40 %" and "Bretagne : …") keys nothing: each keyed row names a role."""

from __future__ import annotations

import re

from ..io import TABLE_DELIMITER
from ..text import fold
from . import conventions as cv
from .attributions import describe
from .base import TextLine

DELIMITER = TABLE_DELIMITER.strip()
OPENING = re.compile(r"^(?P<label>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?)\s*:\s+(?=\S)")


def _table_cells(lines: list[TextLine], labels: dict[str, str]) -> dict[str, str]:
    """folded label -> the other cells of its row, in the lines holding table rows (one a line, or
    rows the extraction ran together)."""
    alt = cv.literal_alternation({*labels.values()})
    if not alt:
        return {}
    start = re.compile(rf"(?<![\w'’-])(?P<key>{alt})\s*{re.escape(DELIMITER)}\s*", re.IGNORECASE)
    out: dict[str, str] = {}
    for ln in lines:
        if ln.text.count(DELIMITER) < 2:
            continue
        found = list(start.finditer(ln.text))
        for k, m in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(ln.text)
            cells = [c.strip() for c in ln.text[m.end():end].split(DELIMITER) if c.strip()]
            if cells:
                out.setdefault(fold(m.group("key")).lower(), ", ".join(cells))
    return out


def keyed_label_speakers(lines: list[TextLine], gazetteer) -> dict[str, dict]:
    """label as written -> declared attributes of the labels a table keys, or {}."""
    written: dict[str, str] = {}  # label as written -> the same in the table's case
    for ln in lines:
        m = OPENING.match(ln.text)
        if m and fold(m.group("label")).lower().rstrip(".") not in cv.NOT_LABELS:
            written.setdefault(" ".join(m.group("label").split()), m.group("label"))
    cells = _table_cells(lines, written)
    keyed = {w: cells[fold(w).lower()] for w in written if fold(w).lower() in cells}
    # the row describes a person (a role), not a region's figures ("Bretagne | 120 | 40 %")
    described = {w: describe(desc, gazetteer) for w, desc in keyed.items()}
    keyed = {w: desc for w, desc in keyed.items() if described[w][0] not in ("inconnu", "autre")}
    if len(keyed) < cv.language_data().get("keyed_label_min", 2):
        return {}
    out: dict[str, dict] = {}
    for label, desc in keyed.items():
        role, region, place = described[label]
        # (a row whose status field names the moderator: "ANIM | … | psychologue … | animatrice", s48)
        hosts = any(fold(f).strip().rstrip(".").lower() in cv.MODERATOR_WORDS for f in desc.split(","))
        out[label] = {"role_raw": desc, "role": "" if role == "inconnu" else role, "region": region, "place": place,
                      "moderator": hosts, "group": False, "source": "participant_table", "speaker": label}
    return out
