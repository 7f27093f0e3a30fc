"""A WebVTT file pasted into a document (a meeting tool's transcript export, Teams, Zoom): cues of
a time range with an arrow ("00:00:10.040 --> 00:00:21.300", a cue id before it) whose words a
VOICE TAG wraps, the tag naming the speaker as the tool's directory writes them: "<v Benali,
Karim>Alors sur Magny …</v>" (the closing tag optional, as WebVTT allows). The extraction runs the
cues together; each tagged cue's words are a turn whose speaker is the tag's name. The participants
the document lists ("Participants : Anne Lefèvre, coordinatrice de la CPTS du Vexin ; Dr Karim
Benali, médecin généraliste à Magny-en-Vexin ; …", in any sentence: segment/attendance_lists.py)
give the role and the place of the person whose name holds the tag's words, in either order.

A document is such a file when at least ``MIN_CUES`` voice tags, of two speakers or more, follow a
cue's time range: a page describing the format ("la balise <v Nom> donne le locuteur") has none.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attendance_lists import attendance_lists
from .attributions import SENTENCE_END, describe
from .base import Span, TextLine
from .regions import resolve_region

MIN_CUES = 3  # a file, not one cue quoted as an example
# a voice tag after its cue's time range: the name up to ">", the words up to the closing tag or
# the next cue (the closing tag is optional)
VOICE = re.compile(rf"(?:{cv.SUBTITLE_CUE})\s*<v(?:\.[\w.-]+)?\s+(?P<name>[^<>]{{1,60}}?)\s*>\s*"
                   rf"(?P<words>[^<>]*?)\s*(?:</v>|(?=<v[\s.])|(?=\s*{cv.SUBTITLE_CUE})|$)")


def _words(name: str) -> set[str]:
    return set(re.findall(r"\w+", fold(name)))


def _listed(lines: list[TextLine], gazetteer) -> dict[str, tuple[str, tuple[str, str]]]:
    """name -> (description, place) of the people a sentence of the document lists."""
    sentences = [s for ln in lines for s in SENTENCE_END.split(ln.text) if ":" in s]
    return attendance_lists(sentences, gazetteer)


def voiced_cues(lines: list[TextLine], gazetteer) -> dict[int, list[tuple[int, int, dict]]]:
    """line index -> [(start, end, turn attributes)] of the voice-tagged cues' words (offsets into
    the line), or {} when the document is no WebVTT file."""
    # (a cue's time range on the line above a voice tag read as the line's start: its length, to take off)
    prefixes = {ln.index: _cue_prefix(lines, k) for k, ln in enumerate(lines)}
    found = {ln.index: [m for m in VOICE.finditer(prefixes[ln.index] + ln.text) if m.group("words")] for ln in lines}
    found = {i: ms for i, ms in found.items() if ms}
    names = {m.group("name") for ms in found.values() for m in ms}
    if sum(map(len, found.values())) < MIN_CUES or len(names) < 2:
        return {}
    listed = _listed(lines, gazetteer)
    # the list's one région where the places it names in full agree ("… à Magny-en-Vexin ; … à
    # Marines"): an entry's short name ("CPTS du Vexin": Vexin-sur-Epte, Eure) does not outweigh them
    full = sorted({resolve_region(desc, gazetteer) for desc, _ in listed.values()} - {("", "")})
    shared = full[0] if len({r for r, _ in full}) == 1 else None
    attrs = {}
    for name in sorted(names):
        # "Benali, Karim" is the listed "Dr Karim Benali": the same words but the civility
        match = [k for k in listed if _words(name) == _words(k) - cv.CIVILITIES]
        desc, (region, place) = listed[match[0]] if len(match) == 1 else ("", ("", ""))
        role, own_region, own_place = describe(desc, gazetteer) if desc else ("inconnu", "", "")
        region, place = (own_region, own_place) if own_region else shared if desc and shared else (region, place)
        attrs[name] = {"speaker": name, "role_raw": desc, "role": role, "region": region, "place": place,
                       "attr_source": "participant_table" if desc else "attribution"}
    return {i: [(m.start("words") - len(prefixes[i]), m.end("words") - len(prefixes[i]), attrs[m.group("name")])
                for m in ms] for i, ms in found.items()}


CUE_LINE = re.compile(rf"^\s*{cv.SUBTITLE_CUE}\s*$")


def _cue_prefix(lines: list[TextLine], k: int) -> str:
    """The cue's time range on the line above a line opening on a voice tag, as a WebVTT file sets
    them (one paragraph each): read as if the line began with it; '' otherwise."""
    if k == 0 or not lines[k].text.lstrip().startswith("<v") or not CUE_LINE.match(lines[k - 1].text):
        return ""
    return lines[k - 1].text.strip() + " "



class VoiceTagHandlers:
    """Segmenter mixin: the voice-tagged cues of a WebVTT file."""

    def _h_voice_tag(self, i: int) -> int | None:
        if not hasattr(self, "_voiced_cues"):
            self._voiced_cues = voiced_cues(self.lines, self.gazetteer)
        cues = self._voiced_cues.get(i)
        if not cues:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln, pos = self.lines[i], self.lines[i].start
        for a, b, attrs in cues:
            self.spans += [Span(pos, ln.start + a, "other"), Span(ln.start + a, ln.start + b, "turn", dict(attrs))]
            pos = ln.start + b
        self.spans.append(Span(pos, ln.end, "other"))
        return i + 1
