"""Speaker names set as list items above their words: a transcript typed in a wiki, a forum or a
word processor lays each turn out as a bullet naming the speaker ("• Eva JOLY", "- Jean
GUARRIGUES"), then one paragraph or several, sometimes a time-code line ("00:55:19") between
blocks. A Markdown list item whose next line is not blank runs on ("• Jean GUARRIGUES Là on est
…"): the name is cut off when the same bullet name stands alone elsewhere.

The bullet items are read like names on a line of their own (segment/own_line_labels.py, the same
dialogue tests: alternation, speaking paragraphs, a recurring name), only with a longer turn
allowed between two names and fewer names per paragraph in a block (``max_gap``,
``min_block_share``: a bullet is a clear mark) and the time-code lines left
out. A bulleted list of names (a team, a programme) has no speaking paragraph under each item and
does not take turns: no label.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import TextLine, append_cut
from .own_line_labels import label_line, own_line_speakers, person_name
from .own_line_labels import settings as own_line_settings

DEFAULTS = {"bullets": [], "min_items": 4, "max_gap": 8, "min_block_share": 0.15}
TIME_LINE = re.compile(r"\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*")


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("bullet_labels") or {})}


def _bullet(text: str, s: dict) -> str | None:
    """The text after a leading bullet and its space, or None."""
    t = text.lstrip()
    for b in sorted(s["bullets"], key=len, reverse=True):
        if t.startswith(b) and t[len(b):len(b) + 1].isspace():
            return t[len(b):].strip()
    return None


def bullet_label(text: str, s: dict | None = None, own: dict | None = None) -> tuple[str, str] | None:
    """(person, the line without its bullet) of a bullet line that only names a person, with a
    function after a comma or not ("• Eva JOLY, députée européenne" -> ("Eva JOLY", "Eva JOLY,
    députée européenne")), or None."""
    s, own = s or settings(), own or own_line_settings()
    body = _bullet(text, s)
    got = label_line(body, own) if body else None
    return (got[0], body) if got and person_name(got[0], own) else None


def bullet_name(text: str, s: dict | None = None, own: dict | None = None) -> str | None:
    """The person a bullet line names ("• Eva JOLY" -> "Eva JOLY"), or None."""
    got = bullet_label(text, s, own)
    return got[0] if got else None


def _names(lines: list[TextLine], s: dict, own: dict) -> set[str]:
    names = [n for ln in lines if (n := bullet_name(ln.text, s, own))]
    return set(names) if len(names) >= s["min_items"] else set()


def glued_cut(text: str, names: set[str], s: dict) -> int | None:
    """Offset where the words start in a bullet line that runs a known name onto its first
    sentence ("• Jean GUARRIGUES Là on est …" -> the offset of "Là"), or None."""
    body = _bullet(text, s)
    if not body:
        return None
    for name in sorted(names, key=len, reverse=True):
        rest = body[len(name):]
        if body.startswith(name) and rest[:1].isspace() and rest.strip()[:1].isupper():
            return len(text) - len(rest.lstrip())
    return None


def split_glued_bullet_labels(lines: list[TextLine]) -> list[TextLine]:
    """The lines cut after a bullet name run onto its words, when the document sets at least
    ``min_items`` bullet names alone; re-indexed. Other documents as they are."""
    s, own = settings(), own_line_settings()
    names = _names(lines, s, own)
    cuts = {ln.index: at for ln in lines if names and (at := glued_cut(ln.text, names, s)) is not None}
    if not cuts:
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [cuts[ln.index]] if ln.index in cuts else [])
    return out


def bullet_label_speakers(lines: list[TextLine], gazetteer=None, moderators=()) -> dict[str, dict]:
    """label -> declared attributes (as own_line_speakers gives them, ``lines`` the bullet lines
    as written) of the bullet names that take turns in this document, or {}."""
    s, own = settings(), own_line_settings()
    if not _names(lines, s, own):
        return {}
    as_written: dict[str, set[str]] = {}
    kept: list[TextLine] = []
    for ln in lines:
        if not ln.text.strip() or TIME_LINE.fullmatch(ln.text):
            continue  # blank lines and time codes between blocks are no paragraph of a turn
        got = bullet_label(ln.text, s, own)
        if got:
            as_written.setdefault(got[0], set()).add(" ".join(ln.text.split()))
            ln = TextLine(ln.index, ln.start, ln.end, got[1])
        kept.append(ln)
    found = own_line_speakers(kept, gazetteer, moderators, {**own, "max_gap": s["max_gap"], "min_block_share": s["min_block_share"]})
    for label, entry in found.items():
        entry["lines"] = sorted(set(entry["lines"]) | as_written.get(label, set()))
    return found
