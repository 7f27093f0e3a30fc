"""A video's automatic captions copied from its transcript panel ("Afficher la transcription" on
YouTube) into a memoir: a time before every caption line, all lower case, no punctuation, a
sentence cut anywhere ("1:05 alors concrètement on a mis en place une ligne pour les" / "1:08 soins
non programmés les patients appellent …"). Extraction runs the lines together, often onto the
sentence that announces them ("Je reproduis la transcription automatique de YouTube telle qu'elle
apparaît : 1:02 et concrètement …").

A stretch is such an export when at least ``caption_min_cues`` times, increasing, each open lower-
case words without sentence punctuation, the first opening a paragraph or following a colon. The
captions are the words of the one person the text before presents by a title and a name ("donne la
parole au Dr Josiane Rosine, médecin généraliste au Lamentin"), one turn for the consecutive lines;
a caption whose time that text cites with a question word ("La journaliste pose une question à
1:02") is the interviewer's. The words are lang/fr/caption_exports.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import conventions as cv
from .attributions import describe
from .base import Span
from .narrated_dialogue import surname

_data = cv.language_data

# a caption's time and the lower-case word after it
CUE = re.compile(r"(?:(?<=\s)|^)(?P<t>\d{1,2}:\d{2}(?::\d{2})?)\s+(?=[a-zàâäçéèêëîïôöûùüÿœ])")
# what a caption never holds: sentence punctuation, guillemets
PUNCTUATED = re.compile(r"[.!?;«»\"“”]")


@cv.per_language_data
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    titles = "|".join(sorted((re.escape(w) for w in d.get("narrated_dialogue_titles", []) if w[:1].isupper()),
                             key=lambda w: (-len(w), w))) or "(?!)"
    # a title, a capitalised name of one to three words, and what follows up to the sentence's end
    person = re.compile(r"(?<![\w.])(?P<who>(?:" + titles + r")\s+[A-ZÉÈÀÂÎÔ][\w’'-]+(?:\s+[A-ZÉÈÀÂÎÔ][\w’'-]+){0,2})"
                        r"(?:\s*,\s*(?P<desc>[^.;:!?]{2,120}))?")
    words = "|".join(d.get("caption_question_words", [])) or "(?!)"
    question = re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)
    return person, question


def _time(t: str) -> int:
    seconds = 0
    for part in t.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def _caption(words: str) -> bool:
    """Lower-case unpunctuated words (an acronym in capitals may stay, "la cpts" or "la CPTS")."""
    w = words.strip()
    return bool(w) and not PUNCTUATED.search(w) and not any(
        c.isupper() for tok in w.split() if not (tok.isupper() and len(tok) > 1) for c in tok)


@dataclass
class Cue:
    start: int  # offset in the text
    end: int
    time: str


def cues_from(text: str, offset: int) -> list[Cue]:
    """The caption cues of a stretch of text starting with its first cue, up to the first that is
    not a caption (offsets shifted by ``offset``)."""
    found = list(CUE.finditer(text))
    out: list[Cue] = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        if not _caption(text[m.end():end]) or (out and _time(m.group("t")) < _time(out[-1].time)):
            break
        out.append(Cue(offset + m.start(), offset + len(text[:end].rstrip()), m.group("t")))
    return out


def presented(intro: str, gazetteer) -> tuple[str, str, str, str, str]:
    """(speaker, role_raw, role, region, place) of the one person the text before the captions
    presents by a title and a name, or empty ones (no one, or several)."""
    person, _ = _patterns()
    found = {m.group("who"): (m.group("desc") or "").strip() for m in person.finditer(intro)}
    region, place = ("", "")
    if len(found) != 1:
        return "", "", "inconnu", region, place
    who, desc = next(iter(found.items()))
    if not surname(who):
        return "", "", "inconnu", region, place
    role, region, place = describe(desc, gazetteer) if desc and gazetteer is not None else ("inconnu", "", "")
    return who, desc, role or "inconnu", region, place


def asked(intro: str, time: str) -> bool:
    """Whether the text before the captions cites this caption's time as a question ("pose une
    question à 1:02")."""
    _, question = _patterns()
    for sentence in re.split(r"(?<=[.!?])\s+", intro):
        if re.search(rf"(?<![\d:]){re.escape(time)}(?![\d:])", sentence) and question.search(sentence):
            return True
    return False


class CaptionExportHandlers:
    """The line handler of a video's caption export (a Segmenter mixin)."""

    def _h_caption_export(self, i: int) -> int | None:
        ln = self.lines[i]
        # the first time opening the paragraph or following a colon (not one the sentence cites)
        first = next((m for m in CUE.finditer(ln.text)
                      if not ln.text[:m.start()].strip() or ln.text[:m.start()].rstrip().endswith(":")), None)
        if first is None:
            return None
        before = ln.text[:first.start()]
        cues = cues_from(ln.text[first.start():], ln.start + first.start())
        last = i
        # the caption lines the extraction kept apart: each following paragraph opened by a cue
        while cues and cues[-1].end == ln.start + len(ln.text.rstrip()) and last + 1 < len(self.lines):
            nxt = self.lines[last + 1]
            more = cues_from(nxt.text, nxt.start) if CUE.match(nxt.text) else []
            if not more or _time(more[0].time) < _time(cues[-1].time) \
                    or more[-1].end != nxt.start + len(nxt.text.rstrip()):
                break
            cues += more
            last += 1
            ln = nxt
        if len(cues) < _data().get("caption_min_cues", 3):
            return None
        intro = before if before.strip() else (self.lines[i - 1].text if i > 0 else "")
        self._flush_prose(self.prose_run, self.current)
        if before.strip():
            self.spans.append(Span(self.lines[i].start, self.lines[i].start + len(before.rstrip()), "narrative", {}))
        speaker, role_raw, role, region, place = presented(intro, getattr(self, "gazetteer", None))
        attrs = {"speaker": speaker, "role_raw": role_raw, "role": role, "region": region, "place": place,
                 "attr_source": "attribution" if speaker else ""}
        run: list[Cue] = []

        def close() -> None:
            if run:
                self.spans.append(Span(run[0].start, run[-1].end, "turn", dict(attrs)))
                run.clear()

        for cue in cues:
            if asked(intro, cue.time):
                close()
                self.spans.append(Span(cue.start, cue.end, "moderator", {"speaker": "", "role_raw": ""}))
            else:
                run.append(cue)
        close()
        return last + 1
