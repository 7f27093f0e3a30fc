"""Transcripts set as a table whose first cell is the time code, the second the speaker's label,
the third the words ("00:00:31 | Resp. | Par le directeur, au départ."), as word processors and
transcription tools export an interview: the time code hides the label from the label shapes,
which expect it first. A row whose label cell holds only a dash continues the turn above.

A document is such a table when at least ``MIN_ROWS`` rows have this layout with two labels or
more, one of them heard twice at least; the labels are declared speakers read in their cell (``cells`` set: ``cell_turn``). What
a label says of the person (an interviewer's or an answer word, a legend, an interview header
or the caption above the table) is left to the label rules, as for any label.

A table view (NVivo's, a transcription tool's) may set the speaker in the LAST cell instead:
"4   1:09,9 - 2:11,2   On se connaît tous, … du quartier.   Pharmacien" (a row number, the time
range, the words, the speaker), the cells' spacing lost in extraction; or first, before several
time cells, as ELAN's tab-delimited export does ("Kiné   00:00:06.880   00:00:41.120
00:00:34.240   Depuis sa création, …": the tier, its begin, end and duration, the words). The
label is a few words (after the words' closing punctuation when last), the same few labels taking
turns over ``MIN_ROWS`` rows or more (a subtitle file's lines end with any word); an
interviewer's label makes the row the moderator's, any other a turn whose speaker is the label
(what it says of the person read like a description: "Pharmacien").

A speech-to-text tool's diarised output sets the speaker's id after a bracketed time range with an
arrow ("[00:05.320 -> 00:12.100] SPEAKER_01: …"): a row only where the document keys an id (a legend
in words, "SPEAKER_00 désigne l'investigateur et SPEAKER_01 le participant", discovery.label_legend);
the interviewer is the one the key says, the other, when the key says no more, the informant of the
one interview the document declares ("L'entretien K3 (kinésithérapeute, 41 ans, …)").
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import conventions as cv
from .attributions import describe, description_fields, opens_with_person
from .base import Span, TextLine, append_cut
from .guarded import Guarded

MIN_ROWS = 4  # a table, not one timed line
TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
CELLS = rf"(?P<ts>{TIME})\s*\|\s*(?P<label>[^|\s][^|]{{0,24}}?)\s*\|\s*(?=\S)"
ROW = re.compile(rf"^\s*{CELLS}")
INSIDE = Guarded(re.compile(rf"(?<=\S)\s+(?={CELLS})"), ("|",))  # rows the extraction ran together (their bars)
DASHES = ("–", "—", "-", "")
STAMP = rf"{TIME}(?:[.,]\d{{1,3}})?"  # "1:09,9": NVivo's tenths of a second
LABEL = r"[A-ZÉÈ][^\s.!?…:;,«»]*(?:\s[^\s.!?…:;,«»]+){0,2}?"
# "[00:05.320 -> 00:12.100] SPEAKER_01: Alors moi …": a speech-to-text tool's diarised output, the
# time range in brackets with an arrow, the speaker's id and a colon; the ids say who speaks only
# where the document keys them ("SPEAKER_00 désigne l'investigateur"): an example output with no key
# is a demonstration (a tutorial's microphone test)
DIARISED = re.compile(rf"^\s*\[{STAMP}\s*-{{1,2}}>\s*{STAMP}\]\s*(?P<label>{LABEL})\s*:\s+(?P<words>\S.*?)\s*$")
SPEAKER_CELL_ROWS = (
    # "4 1:09,9 - 2:11,2 On se connaît tous, … du quartier. Pharmacien": the speaker last
    re.compile(rf"^\s*(?:\d{{1,4}}\s+)?{STAMP}(?:\s*[-–]\s*{STAMP})?\s+"
               rf"(?P<words>\S.*?[.!?…»”)\]])\s+(?P<label>{LABEL})\s*$"),
    # "Kiné 00:00:06.880 00:00:41.120 00:00:34.240 Depuis sa création, …": the speaker first, then
    # the begin, end (and duration) cells
    re.compile(rf"^\s*(?P<label>{LABEL})\s+{STAMP}(?:\s+{STAMP}){{1,3}}\s+(?P<words>[^\s\d].*?)\s*$"),
    DIARISED,
)


def _rows(lines: list[TextLine]) -> list[re.Match]:
    return [m for ln in lines if "|" in ln.text for m in re.finditer(rf"(?:^|(?<=\s)){CELLS}", ln.text)]


def _is_table(rows: list[re.Match]) -> bool:
    """Enough timed rows, two labels or more, one of them heard again: speakers take turns, where a
    rushes log's shot cells ("10:16:40 | Large | …", "| Insert |", "| Son seul |") each differ (s43)."""
    labels = Counter(m.group("label").strip() for m in rows if m.group("label").strip() not in DASHES)
    return len(rows) >= MIN_ROWS and len(labels) >= 2 and max(labels.values()) >= 2


def split_at_timed_rows(lines: list[TextLine]) -> list[TextLine]:
    """A timed table's rows run together on one line cut apart; re-indexed. Other documents
    as they are."""
    if not _is_table(_rows(lines)):
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [m.end() for m in INSIDE.finditer(ln.text)])
    return out


def cell_turn(codes) -> re.Pattern | None:
    """A row opened by a time cell then one of these labels in its cell (``lead``, ``ts``, ``label``)."""
    codes = sorted({c for c in codes if c}, key=lambda c: (-len(c), c))
    if not codes:
        return None
    alt = "|".join(re.escape(c) for c in codes)
    return re.compile(rf"^(?P<lead>)(?P<ts>\s*{TIME}\s*\|\s*)(?P<label>{alt})\s*\|\s*(?=\S)")


def timed_row_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes (``cells``) of a timed table's labels, or {}."""
    rows = [m for m in (ROW.match(ln.text) for ln in lines) if m]
    labels = Counter(m.group("label") for m in rows if m.group("label").strip() not in DASHES)
    if not _is_table(rows):
        return {}
    return {label: {"role_raw": "", "role": "", "region": "", "place": "", "group": False,
                    "source": "attribution", "cells": True} for label in sorted(labels)}


# where the extraction ran the next row on: before its number and time range, after a label; or
# before its label and time cells, after the words
SPEAKER_CELL_INSIDE = re.compile(rf"(?<=[^\s\d])\s+(?=(?:\d{{1,4}}\s+)?{STAMP}\s*[-–]\s*{STAMP}\s)"
                                 rf"|(?<=[.!?…»”])\s+(?={LABEL}\s+{STAMP}\s+{STAMP}\s)")


def split_at_speaker_cell_rows(lines: list[TextLine]) -> list[TextLine]:
    """A speaker-cell table's rows run together on one line cut apart, when the cut lines make
    such a table; re-indexed. Other documents as they are."""
    out: list[TextLine] = []
    for ln in lines:
        # every time stamp has its colon: a line without one is not scanned
        append_cut(out, ln, [m.end() for m in SPEAKER_CELL_INSIDE.finditer(ln.text)] if ":" in ln.text else [])
    return out if len(out) > len(lines) and speaker_cell_rows(out) else lines


def _speaker_cell(text: str) -> re.Match | None:
    return next(filter(None, (shape.match(text) for shape in SPEAKER_CELL_ROWS)), None)


def speaker_cell_rows(lines: list[TextLine]) -> dict[int, re.Match]:
    """line index -> its row, in a table view whose rows set the speaker's label last, or first
    before the time cells; {} when the document has no such table (fewer than ``MIN_ROWS`` rows,
    or labels that do not take turns: fewer than two, or more than one for every two rows)."""
    rows = {ln.index: m for ln in lines if (m := _speaker_cell(ln.text))}
    labels = Counter(m.group("label") for m in rows.values())
    if len(rows) < MIN_ROWS or not 2 <= len(labels) <= len(rows) // 2:
        return {}
    return rows


# a subtitle file set as a table: "| 5 | 00:00:17,200 | 00:00:20,000 | - [Théo, 17 ans] Je suis venu … |"
# (the cue's number, its begin and end, its text); whoever speaks is named in square brackets at the start
# of the text where they start speaking (after the dash that marks a change of speaker), the cues below
# continue their words until the next name or a title card in capitals
SUBTITLE_ROW = re.compile(rf"^\s*\|?\s*(?:\d{{1,5}}\s*\|\s*)?{STAMP}\s*\|\s*{STAMP}\s*\|\s*(?P<words>\S.*?)\s*\|?\s*$")
SUBTITLE_SPEAKER = re.compile(r"^(?:[-–—]\s*)?\[(?P<who>[^\[\]\d][^\[\]]{1,79})\]\s*(?=\S)")


def _title_card(words: str) -> bool:
    letters = [c for c in words if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def subtitle_turns(lines: list[TextLine]) -> dict[int, tuple[int, str, int]]:
    """first line -> (last line, the bracket's words, where the words start on the first line) of each
    turn of a subtitle table; {} when the document has none (fewer than ``MIN_ROWS`` cues, or fewer
    than two cues naming a speaker)."""
    rows = {ln.index: m for ln in lines if "|" in ln.text and (m := SUBTITLE_ROW.match(ln.text))}
    named = {i: b for i, m in rows.items() if (b := SUBTITLE_SPEAKER.match(m.group("words")))}
    if len(rows) < MIN_ROWS or len(named) < 2:
        return {}
    out: dict[int, tuple[int, str, int]] = {}
    first = None
    for i in sorted(rows):
        words = rows[i].group("words")
        if i in named:
            b = named[i]
            first = i
            out[i] = (i, b.group("who").strip(), rows[i].start("words") + b.end())
        elif first is not None and i == out[first][0] + 1 and not _title_card(words):
            out[first] = (i, *out[first][1:])
        else:
            first = None
    return out


def is_interviewer(label: str) -> bool:
    words = fold(label).split()
    return bool(words) and words[0] in cv.MODERATOR_WORDS or bool(cv.INTERVIEWER.search(label))


class TimedRowHandlers:
    """Segmenter mixin: the rows of a table view whose first or last cell is the speaker."""

    def _h_speaker_cell_row(self, i: int) -> int | None:
        if not hasattr(self, "_speaker_cell_rows"):
            rows = speaker_cell_rows(self.lines)
            keyed = {**self.ctx.legend, **dict.fromkeys(self.ctx.legend_moderators, "")}
            if any(m.re is DIARISED for m in rows.values()) and not any(m.group("label") in keyed for m in rows.values()):
                rows = {}
            self._speaker_cell_rows = rows
        row = self._speaker_cell_rows.get(i)
        if row is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln, label = self.lines[i], row.group("label")
        words = (ln.start + row.start("words"), ln.start + row.end("words"))
        if self._interviewing(label):
            kind, attrs = "moderator", {"speaker": label, "role_raw": label}
        else:
            desc = self.ctx.legend.get(label, "") or label
            role, region, place = describe(desc, self.gazetteer)
            if desc != label and role == "inconnu" and (informant := self._informant()):
                # "… et SPEAKER_01 le participant": the one informant the document describes
                desc = informant
                role, region, place = describe(desc, self.gazetteer)
            kind, attrs = "turn", {"speaker": label, "role_raw": desc, "role": role, "region": region, "place": place}
        self.spans += [Span(ln.start, words[0], "other"), Span(*words, kind, attrs), Span(words[1], ln.end, "other")]
        return i + 1

    def _h_subtitle_turn(self, i: int) -> int | None:
        if not hasattr(self, "_subtitle_turns"):
            self._subtitle_turns = subtitle_turns(self.lines)
            self._subtitle_people: dict[str, dict] = {}
        turn = self._subtitle_turns.get(i)
        if turn is None:
            return None
        last, who, start = turn
        self._flush_prose(self.prose_run, self.current)
        first, end = self.lines[i], self.lines[last]
        fields = description_fields(who)
        name, desc = (fields[0], ", ".join(fields[1:])) if fields else ("", "")
        if opens_with_person(name) and not re.search(r"\s[A-ZÉÈ][a-zéèêëïîôûç]", name):  # "[Pédopsychiatre]": a trade, no name ("Dr Samia Haddad" one)
            name, desc = "", who
        if name in self._subtitle_people and not desc:  # "[Dr Samia Haddad]": described at her first cue
            attrs = dict(self._subtitle_people[name])
        else:
            role, region, place = describe(desc, self.gazetteer) if desc else ("", "", "")
            attrs = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place}
            self._subtitle_people.setdefault(name, attrs)
        kind = "moderator" if is_interviewer(who) else "turn"
        words_end = end.start + SUBTITLE_ROW.match(end.text).end("words")
        self.spans += [Span(first.start, first.start + start, "other"), Span(first.start + start, words_end, kind, attrs),
                       Span(words_end, end.end, "other")]
        return last + 1

    def _interviewing(self, label: str) -> bool:
        """The interviewer's label, by its words or by the key ("SPEAKER_00 désigne l'investigateur")."""
        return is_interviewer(label) or label in self.ctx.legend_moderators \
            or bool(cv.INTERVIEWER.search(self.ctx.legend.get(label, "")))

    def _informant(self) -> str:
        """The description of the one interview the document declares ("L'entretien K3
        (kinésithérapeute, 41 ans, …)"), when its table has one speaker besides the interviewer."""
        others = {m.group("label") for m in self._speaker_cell_rows.values() if not self._interviewing(m.group("label"))}
        found = {m.group("desc") for ln in self.lines for m in cv.INTERVIEW_DECLARATION.finditer(ln.text)}
        return found.pop() if len(others) == 1 and len(found) == 1 else ""
