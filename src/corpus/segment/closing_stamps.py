"""Transcripts whose turns END with their time code, as podcasts, web radios and video channels
publish them: "Patrice : Un peu par hasard. … [01:05]", the next turn often run onto the same
line by the extraction ("… arrivé dans la CPTS ? [00:41] Patrice : Un peu …"), the labels first
names that the host presents once ("j'ai le plaisir de recevoir Patrice, kinésithérapeute à
Sedan, et Aurélie, infirmière libérale à Charleville-Mézières").

A document is such a transcript when at least ``closing_stamp_min_turns`` paragraphs open with
a name and a colon and close with a bracketed time code (lang/fr/closing_stamps.yaml), naming
two people or more. Its lines are cut after a closing time code followed by one of these labels
(or a bracketed sound cue); the labels are declared speakers: role and place from where a turn
presents the person ("Patrice, kinésithérapeute à Sedan"), the host (most of whose turns end on
a question) the moderator.

A transcription tool may close EVERY paragraph with its time code (f4transkript's "#00:01:52-3#",
lang/fr/closing_stamps.yaml ``paragraph_end_stamps``): text after one on the same line is the
next paragraph, run on by the extraction, and the line is cut there.
"""

from __future__ import annotations

import re
from collections import Counter

from . import conventions as cv
from .base import TextLine, append_cut
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data

STAMP = r"\[\d{1,2}:\d{2}(?::\d{2})?\]"
LABEL = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
TURN = re.compile(rf"^(?P<label>{LABEL})\s*:\s*(?=\S)")
CLOSED = re.compile(rf"\s*{STAMP}\s*$")
# a closing time code, then the next turn's label or a sound cue ("[Musique]") on the same line
INSIDE = re.compile(rf"{STAMP}\s+(?=(?P<label>{LABEL})\s*:\s|\[[A-ZÉ][^\]\d]{{2,30}}\])")


def _turns(lines: list[TextLine]) -> list[tuple[str, str]]:
    """(label, words) of the paragraphs that open with a name and close with a time code,
    counting the turns run together on one line."""
    out = []
    for ln in lines:
        cuts = [0] + [m.end() for m in INSIDE.finditer(ln.text) if m.group("label")] + [len(ln.text)]
        for piece in (ln.text[a:b] for a, b in zip(cuts, cuts[1:])):
            m = TURN.match(piece)
            if m and CLOSED.search(piece):
                out.append((m.group("label"), piece[m.end():]))
    return out


def _is_closing_transcript(turns: list[tuple[str, str]]) -> bool:
    names = Counter(label for label, _ in turns)
    return len(turns) >= _data().get("closing_stamp_min_turns", 4) and len(names) >= 2 and max(names.values()) >= 2


def split_at_closing_stamps(lines: list[TextLine]) -> list[TextLine]:
    """Such a transcript's lines cut after a closing time code that the next turn's label (or a
    sound cue) follows on the same line; re-indexed. Other documents as they are."""
    turns = _turns(lines)
    if not _is_closing_transcript(turns):
        return lines
    labels = {label for label, _ in turns}
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [m.end() for m in INSIDE.finditer(ln.text)
                             if m.group("label") is None or m.group("label") in labels])
    return out


def split_after_paragraph_stamps(lines: list[TextLine]) -> list[TextLine]:
    """Lines cut after a transcription tool's paragraph-end time code ("… protocole. #00:01:52-3#
    (Fin de l'extrait.)") that text follows, in a document where at least
    ``closing_stamp_min_turns`` such codes stand; re-indexed. Other documents as they are."""
    forms = _data().get("paragraph_end_stamps") or []
    if not forms:
        return lines
    stamp = re.compile("(?:" + "|".join(f"(?:{f})" for f in forms) + r")\s*")  # the next paragraph from its first word
    if sum(len(stamp.findall(ln.text)) for ln in lines) < _data().get("closing_stamp_min_turns", 4):
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [m.end() for m in stamp.finditer(ln.text) if m.end() < len(ln.text)])
    return out


def _presentation(name: str, texts: list[str], gazetteer) -> tuple[str, str, str, str]:
    """(role_raw, role, region, place) where a turn presents ``name`` ("Patrice, kinésithérapeute
    à Sedan"), or empty."""
    for t in texts:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\s*,\s*(?P<desc>[^,.;:?!«»()\[\]]{{3,80}})", t):
            desc = m.group("desc").strip()
            role = normalize_role(desc)
            if role not in ("inconnu", "autre"):
                region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
                return desc, role, region, place
    return "", "", "", ""


def closing_stamp_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes (speaker, role_raw, role, region, place, moderator) of such a
    transcript's labels (its lines already cut), or {}."""
    turns = _turns(lines)
    if not _is_closing_transcript(turns):
        return {}
    said = Counter(label for label, _ in turns)
    asked = Counter(label for label, words in turns if CLOSED.sub("", words).rstrip(" »\"”").endswith("?"))
    texts = [words for _, words in turns]
    out = {}
    for label in sorted(said):
        host = asked[label] >= 0.6 * said[label] and said[label] >= 2
        role_raw, role, region, place = _presentation(label, texts, gazetteer)
        out[label] = {"role_raw": role_raw, "role": role, "region": region, "place": place, "moderator": host,
                      "group": False, "source": "attribution", "speaker": "" if host else label}
    regions = {v["region"] for v in out.values() if v["region"]}
    if len(regions) == 1:  # one programme, one territory: the guests presented without a place are in it
        for v in out.values():
            v["region"] = v["region"] or next(iter(regions))
    return out
