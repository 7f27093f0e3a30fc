"""What every export reads: the tables, the cleaned texts, theme decisions per segment, CHD classes.

Nothing is recomputed here: exports only re-present what the tables already say, in offsets of
``interim/<doc>/text.txt`` (the coordinate system of every ``char_start``/``char_end``).
"""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .. import io as cio
from ..errors import CorpusError

REQUIRED_TABLES = ("documents", "verbatims", "theme_hits")
# Written by other stages when they run; an export uses them when present.
SEGMENT_THEMES = "segment_themes"
CHD_SEGMENTS = "chd_segments"
CHD_CLASSES = "chd_classes"
TRUE_VALUES = {"1", "true", "yes", "oui"}

# Fixed namespace: the same ids give the same GUIDs on every machine and every run.
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:corpus:refi-qda-export")


def guid(*parts: str) -> str:
    """A stable GUID for an object identified by ``parts`` (e.g. "selection", segment_id)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(parts)))


def load_tables(tables_dir: str | Path, optional: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    """The required tables, and each optional one that exists (absent ones are left out)."""
    tables_dir = Path(tables_dir)
    out = {}
    for name in REQUIRED_TABLES:
        path = tables_dir / f"{name}.csv"
        if not path.exists():
            raise CorpusError(f"{path}: missing; run the tables stage first")
        out[name] = cio.read_csv(path)
    for name in optional:
        path = tables_dir / f"{name}.csv"
        if path.exists():
            out[name] = cio.read_csv(path)
    return out


def ok_documents(documents: list[dict]) -> list[dict]:
    """Documents whose extraction succeeded, in table order (failed ones have no text)."""
    return [d for d in documents if d.get("status") == "ok"]


def read_source_text(interim_root: str | Path, doc_id: str) -> str:
    path = cio.interim_path(Path(interim_root) / doc_id, "text")
    if not path.exists():
        raise CorpusError(f"{path}: missing; run the extract stage for {doc_id}")
    return cio.read_text(path)


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the whitespace at either end (segments keep their line breaks)."""
    raw = text[start:end]
    return start + len(raw) - len(raw.lstrip()), end - len(raw) + len(raw.rstrip())


# ---- theme decisions per segment ------------------------------------------------------------
@dataclass
class ThemeSegment:
    """One segment coded for one theme, with what supports it."""

    doc_id: str
    segment_id: str
    theme: str
    score: str = ""
    evidence: str = ""
    source: str = "lexicon"
    hits: list[dict] = field(default_factory=list)

    def words(self) -> str:
        """The matched words with their counts, in order of first appearance: 'CPTS ×2, équipe'."""
        counts = Counter(h["matched"] for h in self.hits)
        seen = list(dict.fromkeys(h["matched"] for h in sorted(self.hits, key=_hit_order)))
        return ", ".join(w if counts[w] == 1 else f"{w} ×{counts[w]}" for w in seen)


def _hit_order(h: dict) -> tuple[int, int]:
    return int(h["char_start"]), int(h["char_end"])


def theme_segments(tables: dict[str, list[dict]]) -> tuple[str, dict[tuple[str, str], dict[str, ThemeSegment]]]:
    """{(doc_id, segment_id): {theme: ThemeSegment}} and where the decisions come from.

    From ``segment_themes.csv`` (rows with ``coded`` true) when that table exists, else every
    segment holding at least one lexicon hit of the theme. Hits are attached either way, so a
    coded segment can show which words were found in it.
    """
    hits: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for h in tables["theme_hits"]:
        hits[h["doc_id"], h["segment_id"], h["theme"]].append(h)
    out: dict[tuple[str, str], dict[str, ThemeSegment]] = defaultdict(dict)
    if SEGMENT_THEMES in tables:
        origin = f"{SEGMENT_THEMES}.csv"
        for r in tables[SEGMENT_THEMES]:
            if str(r.get("coded", "")).strip().lower() not in TRUE_VALUES:
                continue
            key = (r["doc_id"], r["segment_id"])
            out[key][r["theme"]] = ThemeSegment(
                r["doc_id"], r["segment_id"], r["theme"], r.get("score", ""), r.get("evidence", ""),
                r.get("source", "") or "lexicon", hits.get((*key, r["theme"]), []))
    else:
        origin = "theme_hits.csv"
        for (doc_id, segment_id, theme), items in sorted(hits.items()):
            out[doc_id, segment_id][theme] = ThemeSegment(doc_id, segment_id, theme, hits=items)
    return origin, dict(out)


# ---- CHD classes ----------------------------------------------------------------------------
def chd_rows(tables: dict[str, list[dict]], corpus: str | None = None) -> list[dict]:
    """Rows of chd_segments.csv (for one CHD corpus if given), or [] when the table is absent."""
    rows = tables.get(CHD_SEGMENTS, [])
    return [r for r in rows if corpus is None or r.get("corpus") == corpus]


def majority_class(rows: list[dict]) -> int | None:
    """The CHD class of a unit covering several CHD segments: the classified class (> 0) that
    covers most characters (ties: the smaller class number); 0 if all its segments are
    unclassified; None if it has none."""
    if not rows:
        return None
    chars: Counter = Counter()
    for r in rows:
        chars[int(r["class"])] += max(int(r["char_end"]) - int(r["char_start"]), 0)
    classified = {c: n for c, n in chars.items() if c > 0}
    if not classified:
        return 0
    return min(classified, key=lambda c: (-classified[c], c))


# ---- XML-safe strings -----------------------------------------------------------------------
# XML 1.0 allows tab, LF, CR and these ranges only; lxml refuses any other character.
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class XmlCleaner:
    """Strips characters XML cannot hold (control characters, U+FFFE/U+FFFF) from names and
    descriptions, and keeps a note of each removal for the export log."""

    def __init__(self) -> None:
        self.removed: Counter = Counter()

    def __call__(self, value: str, where: str) -> str:
        value = "" if value is None else str(value)
        found = NOT_XML.findall(value)
        if not found:
            return value
        for ch in found:
            self.removed[where, f"U+{ord(ch):04X}"] += 1
        return NOT_XML.sub("", value)

    def notes(self) -> list[str]:
        return [f"{where}: removed {n} × {code} (not allowed in XML)"
                for (where, code), n in sorted(self.removed.items())]
