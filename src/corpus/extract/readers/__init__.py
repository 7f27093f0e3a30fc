"""Researchers' own transcripts: Word, OpenDocument, text, subtitles, Transcriber and Praat.

Every format is read into paragraphs with speaker labels and times (:mod:`.base`), then written
to the same interim contract as a PDF (text.txt, pages.csv, styles.csv, structure.csv,
audit.csv, status.json) plus times.csv and speakers_hint.csv. ``extract.run`` sends every
non-PDF file here; ``corpus add`` checks a file with :func:`check_file`.
"""

from __future__ import annotations

from pathlib import Path

from ... import io as cio
from ...errors import InputError
from .base import (
    SPEAKERS_HINT_COLUMNS,
    TIMES_COLUMNS,
    Transcript,
    TranscriptError,
    write_error,
    write_outputs,
)

__all__ = [
    "SPEAKERS_HINT_COLUMNS",
    "SUFFIXES",
    "unsupported_type",
    "TIMES_COLUMNS",
    "TranscriptError",
    "check_file",
    "handles",
    "proposed_kind",
    "read",
    "run",
]

# suffix (lower case) -> location unit of pages.csv
SUFFIXES = {
    ".docx": "paragraph", ".odt": "paragraph", ".txt": "paragraph", ".md": "paragraph",
    ".srt": "minute", ".vtt": "minute", ".trs": "minute", ".textgrid": "minute",
}
TRANSCRIPT_KIND = "entretien"


def handles(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


def proposed_kind(path: str | Path) -> str:
    """The document kind `corpus add` proposes for a file ('' when it cannot tell)."""
    return TRANSCRIPT_KIND if handles(path) else ""


def _reader(suffix: str):
    from . import office, timed

    return {
        ".docx": office.read_docx, ".odt": office.read_odt, ".txt": office.read_text_file,
        ".md": office.read_text_file, ".srt": timed.read_subtitles, ".vtt": timed.read_subtitles,
        ".trs": timed.read_trs, ".textgrid": timed.read_textgrid,
    }[suffix]


def unsupported_type(path: str | Path) -> TranscriptError:
    """The one message for a file of a type the corpus does not read (`corpus add`, extraction)."""
    path = Path(path)
    return TranscriptError(path.name, f"unsupported file type '{path.suffix or '(none)'}' (accepted: .pdf, "
                           + ", ".join(SUFFIXES) + "; save a .doc or .rtf as .docx or .odt in Word or LibreOffice)")


def read(path: str | Path) -> Transcript:
    """Read a transcript file; any problem is one TranscriptError naming the file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise unsupported_type(path)
    if not path.is_file():
        raise TranscriptError(path.name, "file not found")
    if path.stat().st_size == 0:
        raise TranscriptError(path.name, "empty file (0 bytes)")
    try:
        transcript = _reader(suffix)(path)
    except InputError:
        raise
    except (MemoryError, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 (a library's own exception on a damaged file: one line)
        raise TranscriptError(path.name, f"unreadable {suffix} file ({exc.__class__.__name__}: "
                                         f"{' '.join(str(exc).split())[:120]})") from None
    if not any(p.text.strip() for p in transcript.paras):
        raise TranscriptError(path.name, "empty transcript (no text)")
    return transcript


def check_file(path: str | Path) -> Transcript:
    """`corpus add`: refuse a file that would fail extraction (same reader, same message)."""
    return read(path)


def run(path: str | Path, doc_id: str, out_dir: str | Path) -> dict:
    """The extract stage for a transcript: never raises on a bad file; the error is recorded in
    status.json and every artefact is written empty, so that the workflow completes."""
    path = Path(path)
    unit = SUFFIXES.get(path.suffix.lower(), "paragraph")
    try:
        transcript = read(path)
        write_outputs(transcript, doc_id, out_dir)
    except TranscriptError as exc:
        message = str(exc) if exc.path == path.name else f"{path.name}: {exc.problem}"
        write_error(doc_id, out_dir, message, unit)
    except InputError as exc:
        write_error(doc_id, out_dir, str(exc), unit)
    return cio.read_status(out_dir)
