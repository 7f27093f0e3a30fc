"""A subtitle file (SRT, or WebVTT without voice tags) pasted into a document: cues of a number, a
time range with an arrow ("00:00:05,600 --> 00:00:09,300") and one or two lines of words
(issue #14, session 53). A film's or a webinar's subtitles name their speakers in the cue's words,
when at all: an on-screen caption transcribed in brackets ("[Incrustation : Laure Quesnel,
infirmière Asalée, maison de santé de Lillebonne]") presents whoever speaks in the cues after it; a
bracketed or capitalised label ("[DR HAMON] Merci …", "[MODÉRATRICE] …") names the speaker until
the next label; an off-screen question ("[Question hors champ] …") is the interviewer's cue and an
unidentified voice ("[Voix hors champ] …") nobody's known, each for its own cue only, after which
the person on screen speaks again; a sound ("[Musique]") is nobody's words.

The cue numbers and times are no one's words. The consecutive cues of one speaker are ONE turn,
the cue lines between them included (subtitles cut a sentence anywhere): a turn over several cues
is one segment, as a turn over several paragraphs is. The words are lang/fr/subtitle_files.yaml;
a file of fewer than ``min_cues`` cues (a page quoting one cue as an example) is left to
the other readers, and a file whose cues carry WebVTT voice tags to segment/voice_tags.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import fold
from . import conventions as cv
from .attributions import describe
from .base import Span

_data = cv.language_data

# a cue's time range, its number perhaps before it (SRT "00:00:05,600 --> 00:00:09,300": conventions
# SUBTITLE_CUE), WebVTT's cue settings perhaps after it ("align:start position:10%")
TIME_RANGE = re.compile(rf"^\s*(?:{cv.SUBTITLE_CUE})(?:\s+[a-z:%0-9.\s-]*)?$")
CUE_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
# a marker opening a cue's words: a bracket or a parenthesis, a label in capitals and its colon
BRACKET = re.compile(r"^\s*[-–]?\s*[\[(](?P<inside>[^\[\]()]{1,120})[\])]\s*:?\s*")
CAPS_LABEL = re.compile(r"^\s*[-–]?\s*(?P<inside>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.' -]{1,40}?)\s*:\s+")


def settings() -> dict:
    return {"min_cues": 3, "max_cue_lines": 2, "caption_words": [], "question_words": [], "voice_words": [],
            "commentary_words": [], "sound_words": [], **(_data().get("subtitle_files") or {})}


@dataclass
class Cue:
    first: int  # its number's or its time's line
    words: list[int] = field(default_factory=list)  # the lines of its words


def is_time_range(text: str) -> bool:
    return bool(TIME_RANGE.match(text))


def cues_at(lines, i: int, s: dict | None = None) -> list[Cue]:
    """The cues of the subtitle file starting at line i (a cue number or a time range), [] when
    line i opens none."""
    s = s or settings()
    out: list[Cue] = []
    j = i
    while j < len(lines):
        t = lines[j].text
        k = j + 1 if CUE_NUMBER.match(t) and j + 1 < len(lines) and is_time_range(lines[j + 1].text) else j
        if not is_time_range(lines[k].text):
            break
        cue = Cue(j)
        j = k + 1
        while j < len(lines) and len(cue.words) < s["max_cue_lines"] and lines[j].text.strip() \
                and not is_time_range(lines[j].text) \
                and not (CUE_NUMBER.match(lines[j].text) and j + 1 < len(lines) and is_time_range(lines[j + 1].text)):
            # (the file's last cue takes a second line only when it goes on in lower case: the
            # author's sentence after the file is not the cue's)
            if cue.words and not _more_cues(lines, j, s) and not lines[j].text.lstrip()[:1].islower():
                break
            cue.words.append(j)
            j += 1
        out.append(cue)
    return out


def _more_cues(lines, j: int, s: dict) -> bool:
    """A cue opens within the next lines (the cue being read is not the file's last)."""
    return any(is_time_range(lines[k].text) for k in range(j, min(len(lines), j + s["max_cue_lines"] + 2)))


def _has(words, text: str) -> bool:
    low = fold(text).lower()
    return any(re.search(rf"(?<!\w){re.escape(fold(w).lower())}(?!\w)", low) for w in words)


def marker(words: str, s: dict) -> tuple[str, str, int]:
    """(what opens the cue's words, its inside, where the words go on): "caption" (an on-screen
    caption presenting someone), "question" (the interviewer off screen), "voice" (someone never
    identified), "commentary" (the film's narrator), "sound", "label" (a speaker named), "dash" (a
    new speaker, unnamed), or "" when the words open on none."""
    m = BRACKET.match(words)
    if m:
        inside = m.group("inside").strip()
        head, colon, rest = inside.partition(":")
        if colon and _has(s["caption_words"], head):
            return "caption", rest.strip(), m.end()
        for kind in ("sound", "commentary", "question", "voice"):
            if _has(s[f"{kind}_words"], inside):
                return kind, inside, m.end()
        if not words[m.end():].strip() and "," in inside:
            return "caption", inside, m.end()  # "[Laure Quesnel, infirmière Asalée]" alone: a caption's words
        return "label", inside, m.end()
    m = CAPS_LABEL.match(words)
    if m and len(m.group("inside").split()) <= 4:
        return "label", m.group("inside").strip(), m.end()
    if re.match(r"^\s*[-–]\s+\S", words):
        return "dash", "", 0
    return "", "", 0


class SubtitleFileHandlers:
    """The line handler of a pasted subtitle file (a Segmenter mixin)."""

    def _h_subtitle_file(self, i: int) -> int | None:
        t = self.lines[i].text
        if not (is_time_range(t) or (CUE_NUMBER.match(t) and i + 1 < len(self.lines) and is_time_range(self.lines[i + 1].text))):
            return None
        if i > 0 and (is_time_range(self.lines[i - 1].text) or (CUE_NUMBER.match(self.lines[i - 1].text) and is_time_range(t))):
            return None  # inside a file another reader left
        s = settings()
        cues = cues_at(self.lines, i, s)
        if len(cues) < s["min_cues"] or any("<v" in self.lines[w].text for c in cues for w in c.words):
            return None
        self._flush_prose(self.prose_run, self.current)
        on_screen: tuple[str, dict] | None = None  # who speaks when a cue names no one
        run: list = []  # (start, end, kind, attrs) of the turn being read

        def close() -> None:
            if run:
                self.spans.append(Span(run[0], run[1], run[2], dict(run[3])))
                run.clear()

        def speak(cue: Cue, a: int, b: int, kind: str, attrs: dict) -> None:
            if run and run[2] == kind and run[3].get("speaker") == attrs.get("speaker") \
                    and run[3].get("role_raw") == attrs.get("role_raw"):
                run[1] = b  # the same speaker's next cue: one turn
                return
            close()
            if self.lines[cue.first].start < a:  # the cue's number and time: no one's words
                self.spans.append(Span(self.lines[cue.first].start, a, "other"))
            run.extend([a, b, kind, attrs])

        for cue in cues:
            if not cue.words:
                continue
            last_time = cue.words[0] - 1
            a, b = self.lines[cue.words[0]].start, self.lines[cue.words[-1]].end
            words = self.text[a:b]
            kind, inside, at = marker(words, s)
            if kind in ("caption", "sound", "commentary"):
                if kind == "caption":
                    on_screen = ("turn", self._presented_attrs(inside))
                if kind != "commentary" and not words[at:].strip():
                    close()
                    self.spans.append(Span(self.lines[cue.first].start, b, "other"))
                    continue
                if kind == "commentary":
                    close()
                    self.spans.append(Span(a, b, "narrative", {}))
                    continue
            if kind == "question":
                speak(cue, a, b, "moderator", {"speaker": "", "role_raw": inside})
            elif kind == "voice":
                speak(cue, a, b, "turn", {"speaker": "", "role_raw": inside, "role": "inconnu", "region": self.ctx.doc_region,
                                     "place": self.ctx.doc_place, "attr_source": ""})
            elif kind == "label":
                on_screen = self._label_turn(inside, words[at:], last_time)
                speak(cue, a, b, *on_screen)
            elif on_screen is not None:
                speak(cue, a, b, *on_screen)
            else:
                # no one presented yet: the film's own voice (a tutorial's, a narrator's), no one's words
                close()
                self.spans.append(Span(a, b, "narrative", {}))
        close()
        last = cues[-1]
        return (last.words[-1] if last.words else last.first + 1) + 1

    def _presented_attrs(self, caption: str) -> dict:
        """The person an on-screen caption presents: "Laure Quesnel, infirmière Asalée, maison de
        santé de Lillebonne" -> the name, the role and the place its description gives."""
        name, _, desc = caption.partition(",")
        role, region, place = describe(desc.strip(), self.gazetteer) if desc.strip() and self.gazetteer is not None \
            else ("inconnu", "", "")
        if not region:
            region, place = self.ctx.doc_region, self.ctx.doc_place
        return {"speaker": name.strip(), "role_raw": desc.strip(), "role": role or "inconnu", "region": region,
                "place": place, "attr_source": "attribution"}
