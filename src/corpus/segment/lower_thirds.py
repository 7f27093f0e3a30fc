"""A television documentary's or report's transcript: the caption shown at the bottom of the
screen when someone speaks ("SYNTHÉ : Claire Roux, infirmière libérale, Lodève"; also "Bandeau :",
"Incrustation :") names and describes the person whose words are the paragraphs below it, up to
the next line of the transcript's own apparatus (another caption, the voice-over's "COMMENTAIRE :",
a bracketed cue "[Musique]") or a heading. The caption words are lang/fr/lower_thirds.yaml; at least
``lower_third_min`` captions make such a transcript. Handed to the segmenter as quote boxes."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe
from .base import TextLine

# (the particles of a name: lang/fr lower_thirds.yaml lower_third_name_particles)
_PARTICLES = cv.word_forms("lower_third_name_particles", r"\s+")
NAME = re.compile(rf"^(?:(?:{cv.word_forms('lower_third_titles')})\.?\s+)?[A-ZÉÈ][\w'’-]+"
                  rf"(?:\s+(?:{_PARTICLES})?[A-ZÉÈ][\w'’-]+){{0,3}}$")
# the transcript's own lines: a label in capitals and a colon ("COMMENTAIRE :"), a bracketed cue
APPARATUS = re.compile(r"^\s*(?:[A-ZÉÈÀÂÊÎÔÛÇ][A-ZÉÈÀÂÊÎÔÛÇ'’ -]{2,30}\s*:|\[[^\]]{1,40}\]\s*$)")


@lru_cache(maxsize=8)
def _caption_pattern(words: tuple) -> re.Pattern:
    """A caption's pattern for the language data's words (compiled once, not once per line)."""
    alt = cv.literal_alternation(words) or "(?!)"
    return re.compile(rf"^\s*(?:{alt})\s*:\s*(?P<who>[^,]+?)\s*,\s*(?P<desc>\S.{{2,150}})$", re.IGNORECASE)


def _caption(text: str) -> tuple[str, str] | None:
    """(name, description) of a caption line, or None."""
    m = _caption_pattern(tuple(cv.language_data().get("lower_third_words", []))).match(text)
    if not m or not NAME.match(m.group("who")):
        return None
    return m.group("who"), m.group("desc").strip().rstrip(".")


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
        role, region, place = describe(desc, gazetteer)
        boxes[body[0]] = {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
                          "attr_source": "attribution", "_last": body[-1]}
    return boxes
