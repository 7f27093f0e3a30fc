"""A television documentary's or report's transcript: the caption shown at the bottom of the
screen when someone speaks ("SYNTHÉ : Claire Roux, infirmière libérale, Lodève"; also "Bandeau :",
"Incrustation :") names and describes the person whose words are the paragraphs below it, up to
the next line of the transcript's own apparatus (another caption, the voice-over's "COMMENTAIRE :",
a bracketed cue "[Musique]") or a heading. The caption words are lang/fr/lower_thirds.yaml; at least
``lower_third_min`` captions make such a transcript. Handed to the segmenter as quote boxes."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import described_box, describes_person
from .base import TextLine, append_cut

# (the particles of a name: lang/fr lower_thirds.yaml lower_third_name_particles)
_PARTICLES = cv.word_forms("lower_third_name_particles", r"\s+")
NAME = re.compile(rf"^(?:(?:{cv.word_forms('lower_third_titles')})\.?\s+)?[A-ZÉÈ][\w'’-]+"
                  rf"(?:\s+(?:{_PARTICLES})?[A-ZÉÈ][\w'’-]+){{0,3}}$")
# the transcript's own lines: a label in capitals and a colon ("COMMENTAIRE :"), a bracketed cue
APPARATUS = re.compile(r"^\s*(?:[A-ZÉÈÀÂÊÎÔÛÇ][A-ZÉÈÀÂÊÎÔÛÇ'’ -]{2,30}\s*:|\[[^\]]{1,40}\]\s*$)")


@lru_cache(maxsize=8)
def _caption_pattern(words: tuple, separators: tuple) -> re.Pattern:
    """A caption's pattern for the language data's words (compiled once, not once per line)."""
    alt = cv.literal_alternation(words) or "(?!)"
    sep = cv.literal_alternation(separators) or ":"
    return re.compile(rf"^\s*(?:{alt})\s*(?:{sep})\s*(?P<who>[^,]+?)\s*,\s*(?P<desc>\S.{{2,150}})$", re.IGNORECASE)


@cv.per_language_data
def _caption_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The caption patterns of the language data's words (a caption's, an interview line's)."""
    d = cv.language_data()
    seps = tuple(d.get("lower_third_separators", [":"]))
    return (_caption_pattern(tuple(d.get("lower_third_words", [])), seps),
            _caption_pattern(tuple(d.get("lower_third_interview_words", [])), seps))


def _caption(text: str) -> tuple[str, str] | None:
    """(name, description) of a caption line ("SYNTHÉ : Claire Roux, infirmière libérale, Lodève"),
    or of a script's interview line when its description describes a person ("ITW – Dr Claire
    Bordes, médecin généraliste"); None otherwise."""
    if "," not in text:  # both patterns need the comma between the name and the description
        return None
    captioned, interview = _caption_patterns()
    m = captioned.match(text)
    if m is None:
        m = interview.match(text)
        if m is not None and not describes_person(m.group("desc")):
            m = None
    if not m or not NAME.match(m.group("who")):
        return None
    return m.group("who"), m.group("desc").strip().rstrip(".")


def caption_lines(lines: list[TextLine]) -> set[int]:
    """The lines of a transcript's captions (as ``lower_third_boxes`` reads them); none when the
    document has fewer than ``lower_third_min``."""
    captions = {ln.index for ln in lines if _caption(ln.text)}
    return captions if len(captions) >= cv.language_data().get("lower_third_min", 2) else set()


def is_voice_over(label: str) -> bool:
    """The voice-over's label ("OFF", "COMMENTAIRE"): lang/fr lower_thirds.yaml lower_third_voice_over."""
    return fold(label).lower().rstrip(".") in _voice_over_words()


@cv.per_language_data
def _voice_over_words() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in cv.language_data().get("lower_third_voice_over", []))


def lower_third_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer) -> dict[int, dict]:
    """line index of the first paragraph under a caption -> its attributes, "_last" the last
    paragraph (as the segmenter's quote boxes); {} when the document has no such captions."""
    captions = {ln.index: c for ln in lines for c in [_caption(ln.text)] if c}
    if len(captions) < cv.language_data().get("lower_third_min", 2):
        return {}
    boxes: dict[int, dict] = {}
    for i, (who, desc) in captions.items():
        body = []
        j = i + 1
        while j < len(lines) and j not in headings and j not in captions and not APPARATUS.match(lines[j].text):
            if lines[j].text.strip():
                body.append(j)
            j += 1
        if not body:
            continue
        boxes[body[0]] = described_box(who, desc, gazetteer, body[-1])
    return boxes


# where a caption's description may end and the words under it begin, when the extraction ran the
# two paragraphs together ("ITW – Jean-Marc Souquet, adjoint au maire chargé de la santé Si un
# interne trouve …"): before a capitalised word followed by a word in lower case
RUN_ON = re.compile(r"\s(?=[A-ZÉÈÀÂÊÎÔÛÇ][\w'’-]*\s+[a-zà-ÿœæ])")
MIN_RUN_ON_WORDS = 5


def split_at_captions(lines: list[TextLine]) -> list[TextLine]:
    """Lines cut after a caption that runs into the words under it: the head alone a caption, the
    rest a sentence (a capital, at least MIN_RUN_ON_WORDS words, its closing punctuation); only in
    a document with captions (``caption_lines``). Re-indexed."""
    out: list[TextLine] = []
    cut_any = False
    for ln in lines:
        cuts = []
        if "," in ln.text:
            for r in RUN_ON.finditer(ln.text, ln.text.index(",")):
                rest = ln.text[r.end():]
                if len(rest.split()) >= MIN_RUN_ON_WORDS and re.search(r"[.!?…»]\s*$", rest) \
                        and _caption(ln.text[:r.start()]):
                    cuts.append(r.end())
                    break
        cut_any = cut_any or bool(cuts)
        append_cut(out, ln, cuts)
    return out if cut_any and caption_lines(out) else lines
