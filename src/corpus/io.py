"""Every read and write of interim files and tables, and the column names, in one place.

Writes are atomic (temporary file in the same folder, then rename) so that a run killed at any
moment never leaves a half-written file that Snakemake would take as complete.
"""

from __future__ import annotations

import bisect
import csv
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

# ---- table columns (the output contract) -------------------------------------------------
DOCUMENTS_COLUMNS = [
    "doc_id", "title", "year", "kind", "region", "n_pages", "n_chars", "n_tokens",
    "n_segments", "n_verbatims", "status", "error", "warnings", "note",
]
SEGMENTS_COLUMNS = [
    "doc_id", "segment_id", "kind", "page_start", "page_end", "char_start", "char_end",
    "speaker", "role", "region", "text", "t_start", "t_end",
]
VERBATIMS_COLUMNS = [
    "doc_id", "segment_id", "kind", "speaker", "role_raw", "role", "region", "place", "page",
    "char_start", "char_end", "text", "attr_source", "t_start", "t_end",
]
SPEAKERS_COLUMNS = ["doc_id", "speaker", "role", "region", "n_turns", "n_words"]
# confounding of group tables by documents (corpus.confounding)
CONFOUNDING_COLUMNS = [
    "group_by", "group", "n_verbatims", "n_documents", "largest_doc", "largest_n", "largest_share",
    "warning",
]
THEMES_STRATIFIED_COLUMNS = [
    "group_by", "group", "doc_id", "scope", "theme", "hits", "tokens", "doc_tokens", "per_10k",
    "specificity",
]
THEME_HITS_COLUMNS = [
    "doc_id", "segment_id", "theme", "matched", "lemma", "page", "char_start", "char_end",
    "left", "right",
]
THEME_GROUP_COLUMNS = ["scope", "theme", "hits", "tokens", "per_10k", "specificity",
                       "coded_segments", "segments", "coded_share"]
SEGMENT_THEMES_COLUMNS = ["doc_id", "segment_id", "theme", "score", "coded", "evidence", "source"]
LEXICON_CHECK_COLUMNS = ["theme", "entry", "hits", "outside_coded", "warning", "kwic"]
AGREEMENT_COLUMNS = [
    "theme", "method", "n", "prevalence_human", "prevalence_tool", "precision", "recall", "f1",
    "kappa", "ac1", "tp", "fp", "fn", "tn",
]
TOPICS_COLUMNS = ["model", "topic", "rank", "term", "weight", "label"]
TOPIC_MODELS_COLUMNS = ["model", "k", "coherence_npmi", "stability", "chosen"]
# lexicometry (Reinert CHD, correspondence analysis, similarity graph)
CHD_SEGMENTS_COLUMNS = ["corpus", "doc_id", "segment_id", "chd_segment", "char_start", "char_end", "class"]
CHD_CLASSES_COLUMNS = ["corpus", "class", "n_segments", "share", "top_lemmas", "parent"]
CHD_PROFILES_COLUMNS = ["corpus", "class", "kind", "item", "chi2", "p", "n_in", "n_out"]
CHD_TOP_SEGMENTS_COLUMNS = [
    "corpus", "class", "rank", "chd_segment", "doc_id", "segment_id", "score", "speaker", "role",
    "region", "page", "char_start", "char_end", "text",
]
AFC_COORD_COLUMNS = ["corpus", "table", "item", "axis", "coordinate", "contribution", "cos2"]
AFC_EIGENVALUES_COLUMNS = ["corpus", "table", "axis", "eigenvalue", "inertia_share"]
SIMILARITY_EDGES_COLUMNS = ["corpus", "source", "target", "weight", "community_source", "community_target"]

# ---- interim per-document artefacts --------------------------------------------------------
PAGES_COLUMNS = [
    "page", "char_start", "char_end", "n_chars", "has_text", "garbled_share", "removed_lines",
    "unmapped_glyphs", "n_curves",
]
STRUCTURE_COLUMNS = ["section_id", "kind", "level", "heading", "char_start", "char_end", "language"]
AUDIT_COLUMNS = ["page", "reason", "original", "replacement"]
STYLES_COLUMNS = ["char_start", "char_end", "style"]
NOTES_COLUMNS = ["note_id", "page", "call_char", "note_char_start", "note_char_end"]
SEGMENT_FIELDS = [
    "doc_id", "segment_id", "kind", "page_start", "page_end", "char_start", "char_end",
    "section", "speaker", "role_raw", "role", "region", "place", "text", "attr_source",
]
# timed transcripts: text.txt char range -> seconds in the recording
TIMES_COLUMNS = ["char_start", "char_end", "t_start", "t_end"]
# speakers a transcript format declares (Transcriber speaker table, TextGrid tiers, VTT voices,
# labels found in a word-processor transcript); moderator 0/1
SPEAKERS_HINT_COLUMNS = ["code", "role_raw", "region", "place", "moderator", "source"]
# where a speaker's role and region came from (verbatims.csv attr_source; empty: nowhere)
ATTR_SOURCES = ["attribution", "participant_table", "interview_header", "speaker_sheet", "document_sheet",
                "transcript"]
TOKENS_COLUMNS = [
    "segment_id", "token_id", "char_start", "char_end", "text", "lemma", "pos", "is_stop",
    "is_alpha", "sent_start", "ent_type", "is_noise",
]

INTERIM_FILES = {
    "text": "text.txt",
    "pages": "pages.csv",
    "structure": "structure.csv",
    "audit": "audit.csv",
    "styles": "styles.csv",
    "status": "status.json",
    "notes": "notes.csv",
    "segments": "segments.jsonl",
    "tokens": "tokens.csv",
    "theme_hits": "theme_hits.csv",
    "times": "times.csv",
    "speakers_hint": "speakers_hint.csv",
}

FLOAT_DIGITS = 6  # every float written to a table is rounded to this many decimals

# CSV dialects. "standard": UTF-8, ',' (the tables' contract). "excel": UTF-8 with a BOM and ';'
# (config `tables: {excel_csv: true}`), what French-locale Excel opens as columns with accents;
# numbers keep the decimal point (a decimal comma would change what every reader parses).
# Readers recognise the dialect by the BOM. DEFAULT_DIALECT is what write_csv uses when not told:
# `corpus --csv-dialect excel <stage>` sets it for the stages that write corpus-wide tables.
CSV_DIALECTS = {"standard": {"delimiter": ",", "bom": False}, "excel": {"delimiter": ";", "bom": True}}
DEFAULT_DIALECT = "standard"
BOM = "\ufeff"


def interim_path(interim_dir: str | Path, name: str) -> Path:
    return Path(interim_dir) / INTERIM_FILES[name]


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", **kwargs) -> Iterator:
    """Open a temporary file beside ``path``; rename it over ``path`` only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        if "b" not in mode:
            kwargs.setdefault("encoding", "utf-8")
            kwargs.setdefault("newline", "")
        with open(tmp, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; results are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def format_value(value):
    """Stable text for a cell: fixed float precision, no 'nan', booleans as 0/1."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        text = f"{round(value, FLOAT_DIGITS):.{FLOAT_DIGITS}f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    try:  # numpy scalars without importing numpy here
        import numbers

        if isinstance(value, numbers.Integral):
            return str(int(value))
        if isinstance(value, numbers.Real):
            return format_value(float(value))
    except Exception:  # pragma: no cover
        pass
    return str(value)


def write_csv(path: str | Path, rows: Iterable[Mapping], columns: Sequence[str],
              dialect: str | None = None) -> Path:
    """Write rows (dicts) with exactly ``columns``, UTF-8, header row, '\\n' line ends."""
    with atomic_open(path) as fh:
        _write_rows(fh, rows, columns, header=True, dialect=dialect)
    return Path(path)


def _write_rows(fh, rows: Iterable[Mapping], columns: Sequence[str], header: bool,
                dialect: str | None = None) -> None:
    spec = CSV_DIALECTS[dialect or DEFAULT_DIALECT]
    writer = csv.writer(fh, lineterminator="\n", delimiter=spec["delimiter"])
    if header:
        if spec["bom"]:
            fh.write(BOM)
        writer.writerow(columns)
    for row in rows:
        writer.writerow([format_value(row.get(c)) for c in columns])


def csv_text(rows: Iterable[Mapping], columns: Sequence[str], dialect: str | None = None) -> str:
    """The lines :func:`write_csv` would write for ``rows``, without the header."""
    import io as _io

    buf = _io.StringIO()
    _write_rows(buf, rows, columns, header=False, dialect=dialect)
    return buf.getvalue()


def write_csv_parts(path: str | Path, parts: Iterable[str], columns: Sequence[str],
                    dialect: str | None = None) -> Path:
    """A table from bodies made by :func:`csv_text` (e.g. in worker processes), in order."""
    with atomic_open(path) as fh:
        _write_rows(fh, [], columns, header=True, dialect=dialect)
        for part in parts:
            fh.write(part)
    return Path(path)


def write_frame(path: str | Path, frame, columns: Sequence[str] | None = None) -> Path:
    """Write a pandas DataFrame through :func:`write_csv` (same formatting rules)."""
    columns = list(columns) if columns is not None else list(frame.columns)
    return write_csv(path, frame.to_dict("records"), columns)


def csv_dialect_of(path: str | Path) -> str:
    """'excel' when the file starts with a UTF-8 BOM (see CSV_DIALECTS), else 'standard'."""
    with open(path, "rb") as fh:
        return "excel" if fh.read(3) == BOM.encode("utf-8") else "standard"


def read_csv(path: str | Path) -> list[dict]:
    delimiter = CSV_DIALECTS[csv_dialect_of(path)]["delimiter"]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def read_table(path: str | Path) -> tuple[list[str], list[dict]]:
    """The header (also of an empty table) and the rows, as strings."""
    delimiter = CSV_DIALECTS[csv_dialect_of(path)]["delimiter"]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def read_frame(path: str | Path):
    """Read a table as strings (no type guessing: what you see in the file is what you get)."""
    import pandas as pd

    sep = CSV_DIALECTS[csv_dialect_of(path)]["delimiter"]
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", sep=sep)


def write_jsonl(path: str | Path, records: Iterable[Mapping]) -> Path:
    with atomic_open(path) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    return Path(path)


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_json(path: str | Path, data) -> Path:
    with atomic_open(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    return Path(path)


def read_json(path: str | Path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_text(path: str | Path, text: str) -> Path:
    with atomic_open(path) as fh:
        fh.write(text)
    return Path(path)


def read_text(path: str | Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def read_status(interim_dir: str | Path) -> dict:
    """The document's status as written by extraction ({'status': 'ok'|'error', ...})."""
    path = interim_path(interim_dir, "status")
    if not path.exists():
        return {"status": "error", "error": f"{path}: missing (extraction did not run)"}
    return read_json(path)


def is_ok(interim_dir: str | Path) -> bool:
    return read_status(interim_dir).get("status") == "ok"


# ---- spreadsheet exports --------------------------------------------------------------------
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what Excel/LibreOffice may run as a formula


def is_formula_like(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def write_xlsx(path: str | Path, rows: Iterable[Mapping], columns: Sequence[str],
               title: str = "data") -> Path:
    """An .xlsx sheet where every text cell is stored as text, never as a formula.

    A verbatim starting with '=' or '-' must not run when a researcher opens the file: text cells
    get the string type and the quote prefix (shown as typed, kept as text when edited).
    Numbers stay numbers. Written atomically like every other output.
    """
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(list(columns))
    for r, row in enumerate(rows, start=2):
        for c, name in enumerate(columns, start=1):
            value = row.get(name)
            if isinstance(value, float) and value != value:
                value = None
            cell = ws.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl would type '=…' as a formula
                if is_formula_like(value):
                    cell.quotePrefix = True
    with atomic_open(path, "wb") as fh:
        wb.save(fh)
    return Path(path)


class PageMap:
    """Page of a character offset of text.txt, from pages.csv.

    A page owns [char_start, char_end). Ranges overlap where a table row or paragraph was
    rejoined across a page break: ``page`` then gives the earliest page holding the offset (where
    the text begins), ``page(..., last=True)`` the latest. Blank pages own no offset; an offset
    between two pages goes to the page before.
    """

    def __init__(self, pages: list[dict]):
        rows = sorted((int(p["char_start"]), int(p["page"]), int(p["char_end"])) for p in pages)
        self.starts = [r[0] for r in rows]
        self.numbers = [r[1] for r in rows]
        self.ends = [r[2] for r in rows]

    def page(self, offset: int, last: bool = False) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return self.numbers[0] if self.numbers else 1
        if last:
            return self.numbers[i]
        found = i
        for j in range(i - 1, -1, -1):  # overlaps reach back a page or two at most
            if self.starts[j] <= offset < self.ends[j]:
                found = j
            elif self.ends[j] > self.starts[j]:
                break
        return self.numbers[found]
