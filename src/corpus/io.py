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

from .errors import CorpusError

# Python's csv module refuses a field over 131,072 characters by default ("field larger than
# field limit"): one long segment (a PDF without paragraph breaks) then crashed every reader of
# segments.csv, the topics step first. Our own files have no such limit.
csv.field_size_limit(2**31 - 1)

# between a table row's text and its right-hand cell (interview number) in text.txt: written by
# extraction (extract.assemble), read by the segmenter's table readers (an interim contract)
TABLE_DELIMITER = " | "

# ---- table columns (the output contract) -------------------------------------------------
DOCUMENTS_COLUMNS = [
    "doc_id", "title", "year", "kind", "region", "n_pages", "n_chars", "n_tokens",
    "n_segments", "n_verbatims", "status", "error", "warnings", "note", "location_unit",
]
SEGMENTS_COLUMNS = [
    "doc_id", "segment_id", "kind", "page_start", "page_end", "char_start", "char_end",
    "speaker", "role", "region", "text", "t_start", "t_end",
]
# Segment kinds whose words are a participant's (verbatims.csv holds them; moderator turns are not).
SPEAKER_KINDS = ("verbatim", "turn")
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
# timed transcripts: text.txt char range -> seconds in the recording
TIMES_COLUMNS = ["char_start", "char_end", "t_start", "t_end"]
# speakers a transcript format declares (Transcriber speaker table, TextGrid tiers, VTT voices,
# labels found in a word-processor transcript); moderator 0/1
SPEAKERS_HINT_COLUMNS = ["code", "role_raw", "region", "place", "moderator", "source"]
# where a speaker's role and region came from (verbatims.csv attr_source; empty: nowhere)
ATTR_SOURCES = ["attribution", "participant_table", "interview_header", "speaker_sheet", "document_sheet",
                "transcript", "study_field", "speaker_ranker", "role_ranker", "coding_source", "figure_caption"]
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

# ---- sidecars: every per-document interim file carries its row count and hash ---------------
# A file truncated, edited or half-copied after its stage wrote it must stop the next reader
# with one line naming it, never flow into the tables as fewer tokens. The sidecar
# ``<file>.meta.json`` is written by the io writer after the file; a file without a sidecar
# (written before sidecars existed, or by hand in a test) is read as it is.
SIDECAR_SUFFIX = ".meta.json"
# Per-document interim files of the shared contract (INTERIM_FILES plus the optional ones).
SIDECAR_NAMES = set(INTERIM_FILES.values()) | {"notes.csv", "times.csv", "speakers_hint.csv"}


class MissingFileError(CorpusError, FileNotFoundError):
    """An interim file or table is missing (a CorpusError: the CLI prints one line; still a
    FileNotFoundError for callers written for the built-in exception)."""


class CorruptFileError(CorpusError, ValueError):
    """A file no longer matches its sidecar: truncated, edited or swapped after it was written."""


def sidecar_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + SIDECAR_SUFFIX)


def has_sidecar(path: str | Path) -> bool:
    """A per-document interim file (by name; theme_hits.csv is also a corpus table's name, and
    the corpus tables live in a folder named ``tables``: those get formula-safe cells instead)."""
    path = Path(path)
    return path.name in SIDECAR_NAMES and path.parent.name != "tables"


def file_digest(path: str | Path) -> tuple[str, int, int]:
    """(sha256, bytes, lines) of a file, read once."""
    import hashlib

    h, size, lines = hashlib.sha256(), 0, 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
            size += len(block)
            lines += block.count(b"\n")
    return h.hexdigest(), size, lines


def write_sidecar(path: str | Path, rows: int | None = None) -> Path:
    """Record ``path``'s hash, size and row count (data rows; lines for text files)."""
    digest, size, lines = file_digest(path)
    meta = {"file": Path(path).name, "sha256": digest, "bytes": size,
            "rows": lines if rows is None else int(rows)}
    side = sidecar_path(path)
    with atomic_open(side) as fh:
        json.dump(meta, fh, sort_keys=True)
        fh.write("\n")
    return side


def check_file(path: str | Path) -> Path:
    """``path`` exists and matches its sidecar; else CorpusError, one line naming the file.

    Called by every reader of interim files (and by ``corpus verify``)."""
    path = Path(path)
    if not path.is_file():
        side = sidecar_path(path)
        if side.is_file():
            raise MissingFileError(f"{path}: missing (deleted after its stage wrote it); "
                                   "run the workflow again (make run) to rebuild it")
        raise MissingFileError(f"{path}: missing; run the workflow (make run) to build it")
    if not has_sidecar(path):
        return path
    side = sidecar_path(path)
    if not side.is_file():
        return path
    try:
        with open(side, encoding="utf-8") as fh:
            meta = json.load(fh)
        expected = meta["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        raise CorpusError(f"{side}: unreadable sidecar; run the workflow again (make run)") from None
    digest, size, _lines = file_digest(path)
    if digest != expected:
        raise CorruptFileError(
            f"{path}: changed since its stage wrote it ({size} bytes, sidecar says "
            f"{meta.get('bytes')} bytes and {meta.get('rows')} rows: truncated or edited); "
            f"delete it and run the workflow again (make run)")
    return path


def interim_path(interim_dir: str | Path, name: str) -> Path:
    return Path(interim_dir) / INTERIM_FILES[name]


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", **kwargs) -> Iterator:
    """Open a temporary file beside ``path``; rename it over ``path`` only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_orphan_temporaries(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.",
                               suffix=".tmp")
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


def _remove_orphan_temporaries(path: Path) -> None:
    """Temporary files a killed writer of ``path`` left beside it (their process is gone): the
    rerun of the job must leave the folder as an uninterrupted run does."""
    import glob

    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


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
              dialect: str | None = None, safe: bool | None = None) -> Path:
    """Write rows (dicts) with exactly ``columns``, UTF-8, header row, '\\n' line ends.

    ``dialect``: see CSV_DIALECTS (default DEFAULT_DIALECT). ``safe`` (formula-safe text cells,
    see :func:`formula_safe`): by default every file but the per-document interim files; False
    for an input a researcher edits (the document sheet)."""
    rows = list(rows)
    if safe is None:
        safe = not has_sidecar(path)
    with atomic_open(path) as fh:
        _write_rows(fh, rows, columns, header=True, dialect=dialect, safe=safe)
    _after_write(path, len(rows))
    return Path(path)


def _after_write(path, rows: int | None) -> None:
    if has_sidecar(path):
        write_sidecar(path, rows)


def _write_rows(fh, rows: Iterable[Mapping], columns: Sequence[str], header: bool,
                dialect: str | None = None, safe: bool = False) -> None:
    spec = CSV_DIALECTS[dialect or DEFAULT_DIALECT]
    writer = csv.writer(fh, lineterminator="\n", delimiter=spec["delimiter"])
    if header:
        if spec["bom"]:
            fh.write(BOM)
        writer.writerow(columns)
    cell = (lambda v: formula_safe(format_value(v)) if isinstance(v, str) else format_value(v)) \
        if safe else format_value
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])


def csv_text(rows: Iterable[Mapping], columns: Sequence[str], dialect: str | None = None,
             safe: bool = False) -> str:
    """The lines :func:`write_csv` would write for ``rows``, without the header (``safe``:
    formula-safe cells, as :func:`write_csv` writes a corpus-wide table)."""
    import io as _io

    buf = _io.StringIO()
    _write_rows(buf, rows, columns, header=False, dialect=dialect, safe=safe)
    return buf.getvalue()


def write_csv_parts(path: str | Path, parts: Iterable[str], columns: Sequence[str],
                    dialect: str | None = None) -> Path:
    """A table from bodies made by :func:`csv_text` (e.g. in worker processes), in order."""
    with atomic_open(path) as fh:
        _write_rows(fh, [], columns, header=True, dialect=dialect)
        n = 0
        for part in parts:
            fh.write(part)
            n += part.count("\n")
    _after_write(path, n)
    return Path(path)


def csv_dialect_of(path: str | Path) -> str:
    """'excel' when the file starts with a UTF-8 BOM (see CSV_DIALECTS), else 'standard'."""
    with open(path, "rb") as fh:
        return "excel" if fh.read(3) == BOM.encode("utf-8") else "standard"


def read_csv(path: str | Path) -> list[dict]:
    check_file(path)
    delimiter = CSV_DIALECTS[csv_dialect_of(path)]["delimiter"]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=delimiter))
    if not has_sidecar(path):
        rows = [{k: formula_unsafe(v) for k, v in r.items()} for r in rows]
    return rows


def read_table(path: str | Path) -> tuple[list[str], list[dict]]:
    """The header (also of an empty table) and the rows, as strings."""
    check_file(path)
    delimiter = CSV_DIALECTS[csv_dialect_of(path)]["delimiter"]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        rows = list(reader)
        header = list(reader.fieldnames or [])
    if not has_sidecar(path):
        rows = [{k: formula_unsafe(v) for k, v in r.items()} for r in rows]
    return header, rows


def read_frame(path: str | Path):
    """Read a table as strings (no type guessing: what you see in the file is what you get)."""
    import pandas as pd

    check_file(path)
    sep = CSV_DIALECTS[csv_dialect_of(path)]["delimiter"]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", sep=sep)
    if not has_sidecar(path):
        frame = frame.apply(lambda col: col.map(formula_unsafe))
    return frame


# The artefacts every extraction writes (PDF or transcript), each declared as a rule output.
EXTRACTION_TABLES = {
    "pages": PAGES_COLUMNS, "styles": STYLES_COLUMNS, "audit": AUDIT_COLUMNS,
    "structure": STRUCTURE_COLUMNS, "notes": NOTES_COLUMNS, "times": TIMES_COLUMNS,
    "speakers_hint": SPEAKERS_HINT_COLUMNS,
}


def write_extraction(out_dir: str | Path, status: Mapping, text: str = "",
                     **tables: Sequence[Mapping]) -> None:
    """The extraction contract in one place: text.txt, every table of EXTRACTION_TABLES (those
    not given are written with their header only) and status.json last, so that a status on
    disk always describes complete artefacts."""
    unknown = set(tables) - set(EXTRACTION_TABLES)
    if unknown:
        raise ValueError(f"not an extraction table: {sorted(unknown)}")
    out_dir = Path(out_dir)
    write_text(interim_path(out_dir, "text"), text)
    for name, columns in EXTRACTION_TABLES.items():
        write_csv(interim_path(out_dir, name), tables.get(name, []), columns)
    write_json(interim_path(out_dir, "status"), dict(status))


def write_jsonl(path: str | Path, records: Iterable[Mapping]) -> Path:
    with atomic_open(path) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    _after_write(path, None)
    return Path(path)


def read_jsonl(path: str | Path) -> list[dict]:
    check_file(path)
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_json(path: str | Path, data) -> Path:
    with atomic_open(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    _after_write(path, 1)
    return Path(path)


def read_json(path: str | Path):
    check_file(path)
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_text(path: str | Path, text: str) -> Path:
    with atomic_open(path) as fh:
        fh.write(text)
    _after_write(path, None)
    return Path(path)


def read_text(path: str | Path) -> str:
    check_file(path)
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


# ---- the input a stage reads must not change while it reads it ------------------------------
EXTRACT_OUTPUTS = ("status", "text", "pages", "styles", "structure", "audit", "notes.csv",
                   "times.csv", "speakers_hint.csv")


def source_digest(path: str | Path) -> str:
    """sha256 of an input file ('' when it cannot be read: the stage reports that itself)."""
    try:
        return file_digest(path)[0]
    except OSError:
        return ""


def check_source_unchanged(path: str | Path, before: str, out_dir: str | Path) -> None:
    """The input must be the same file after the stage read it as before: a PDF replaced
    mid-extraction gives pages of neither version. Otherwise the stage's outputs are removed
    (status.json first: nothing downstream may take them as ok) and SourceChangedError is
    raised, so the job fails and Snakemake runs it again on the new file."""
    from .errors import SourceChangedError

    after = source_digest(path)
    if after == before:
        return
    for name in EXTRACT_OUTPUTS:
        target = interim_path(out_dir, name) if name in INTERIM_FILES else Path(out_dir) / name
        for f in (target, sidecar_path(target)):
            f.unlink(missing_ok=True)
    raise SourceChangedError(
        f"{path}: the file changed while it was being read (sha256 {before[:12] or 'none'} -> "
        f"{after[:12] or 'none'}); its outputs were removed, run the workflow again")


def record_source(out_dir: str | Path, source: str | Path, digest: str) -> None:
    """status.json names the input and its hash, so `corpus verify` sees a PDF replaced later."""
    path = interim_path(out_dir, "status")
    status = read_json(path)
    status["source"] = Path(source).as_posix()
    status["source_sha256"] = digest
    write_json(path, status)


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


_NUMBER = None


def formula_safe(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``'`` before ``= + - @`` (and before
    a ``'`` already there, so that :func:`formula_unsafe` gives back exactly the original).
    Numbers such as ``-0.52`` stay numbers."""
    global _NUMBER
    if _NUMBER is None:
        import re

        _NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
    if text.startswith("'") or (is_formula_like(text) and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text


def formula_unsafe(text: str) -> str:
    """The original value of a cell written by :func:`formula_safe` (any other text as it is)."""
    if isinstance(text, str) and text.startswith("'") and formula_safe(text[1:]) == text:
        return text[1:]
    return text


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



# What `page` in pages.csv counts (status.json `location_unit`): a PDF's pages, a word-processor
# or text transcript's paragraphs, a timed transcript's minutes.
LOCATION_MARKS = {"page": "p.", "paragraph": "¶", "minute": "min "}
LOCATION_NOUNS = {"page": ("page", "pages"), "paragraph": ("paragraph", "paragraphs"),
                  "minute": ("minute", "minutes")}


def location_label(unit: str | None, number) -> str:
    """Where in its source a passage is: 'p.3' (PDF), '¶3' (paragraph), 'min 3' (minute)."""
    return LOCATION_MARKS.get(unit or "page", "p.") + str(number)


def location_noun(unit: str | None, plural: bool = True) -> str:
    """'pages', 'paragraphs' or 'minutes': the unit of a document's `page` numbers."""
    return LOCATION_NOUNS.get(unit or "page", LOCATION_NOUNS["page"])[1 if plural else 0]


# ---- researcher-typed sheets ----------------------------------------------------------------

def _semicolon_header(text: str, columns=("doc_id", "file", "title")) -> bool:
    """The sheet was saved with ';' separators (French Excel's CSV)."""
    first = text.split("\n", 1)[0]
    return ";" in first and all(c in [h.strip().strip('"') for h in first.split(";")]
                                for c in columns)


def semicolon_refusal(text: str, path, columns=("doc_id", "file", "title")) -> str | None:
    """The message refusing a sheet saved with ';' separators, or None (any researcher-typed
    CSV: the document sheet, the speaker sheet)."""
    if not _semicolon_header(text, columns):
        return None
    return (f"{path}: line 1: the sheet is separated by ';' (a French-locale spreadsheet's CSV); "
            "save it as CSV with ',' separators (LibreOffice: field delimiter ','; Excel: "
            "'CSV UTF-8 (comma delimited)')")
