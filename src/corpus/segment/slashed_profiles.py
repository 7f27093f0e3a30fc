"""Free survey answers in italics WITHOUT quotation marks, each closed on its line by a slash and
the respondent's declared profile, grouped under the question they answer:

    Q12. Qu'est-ce qui vous a le plus manqué pendant la crise ?
    Du temps pour être avec les résidents, on faisait les soins … / aide-soignante, EHPAD, 12 ans d'ancienneté

The words before the slash are a verbatim of the person the profile describes (no speaker: the
answers are anonymous), when the paragraph is in italics, the profile has ``min_fields`` to
``max_fields`` comma fields within ``max_profile_chars`` and describes a person, the words have
``min_words`` words or more and hold no quotation mark, and at least ``min_answers`` paragraphs of
the document are so (lang/fr/slashed_profiles.yaml). Extraction may run two answers into one line
("… d'ancienneté Des consignes claires, … / infirmière coordinatrice, SSIAD"): the next answer
opens at the first capitalised word after which the profile before is whole, unless a short
lower-case word ties that word to the field ("CHU de Besançon"). A path or a list split by
slashes ("Santé / Social") has no profile; a reference ("Durand, 2021") describes no one.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describes_person
from .base import StyleMap, TextLine, n_words
from .translated_quotes import ITALIC_SHARE

DEFAULTS = {"min_fields": 2, "max_fields": 5, "max_profile_chars": 90, "min_words": 6, "min_answers": 2}
QUOTES = "«»\"“”"
# a capitalised word that may open the next answer, the word before it not a short lower-case
# word that would tie it to the profile's field ("CHU de Besançon", "EHPAD du Doubs")
NEXT_ANSWER = re.compile(r"(?<!\b[a-zàâçéèêëîïôûù]{1})(?<!\b[a-zàâçéèêëîïôûù]{2})(?<!\b[a-zàâçéèêëîïôûù]{3})"
                         r"\s+(?=[A-ZÀÂÇÉÈÊÎÔ][a-zàâçéèêëîïôûù])")


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("slashed_profiles") or {})}


def _separator() -> re.Pattern:
    marks = "".join(re.escape(m) for m in cv.language_data().get("slashed_profile_separators", ["/"]))
    return re.compile(rf"\s[{marks}]\s")


def _profile(text: str, s: dict) -> bool:
    fields = [f.strip() for f in text.split(",")]
    return s["min_fields"] <= len(fields) <= s["max_fields"] and len(text) <= s["max_profile_chars"] \
        and all(fields) and describes_person(text)


def slashed_answers(text: str, s: dict | None = None) -> list[tuple[int, int, str]]:
    """(start, end, profile) of each answer closed by a slash and a profile in a paragraph's
    ``text``; [] when any part of it is no such answer."""
    s = s or settings()
    slashes = list(_separator().finditer(text))
    if not slashes or any(q in text for q in QUOTES):
        return []
    out, start = [], 0
    for k, m in enumerate(slashes):
        words = text[start:m.start()].strip()
        if n_words(words) < s["min_words"]:
            return []
        rest_end = slashes[k + 1].start() if k + 1 < len(slashes) else len(text)
        if k + 1 == len(slashes):
            profile, nxt = text[m.end():].strip().rstrip("."), len(text)
        else:
            cut = next((c for c in NEXT_ANSWER.finditer(text, m.end(), rest_end)
                        if _profile(text[m.end():c.start()].strip(), s)), None)
            if cut is None:
                return []
            profile, nxt = text[m.end():cut.start()].strip(), cut.end()
        if not _profile(profile, s):
            return []
        out.append((start + len(text[start:]) - len(text[start:].lstrip()), m.start(), profile))
        start = nxt
    return out


def slashed_lines(lines: list[TextLine], styles: StyleMap) -> dict[int, list[tuple[int, int, str]]]:
    """Line index -> its answers (slashed_answers) for the document's italic paragraphs of answers
    closed by profiles, or none when fewer than ``min_answers`` answers are so."""
    s = settings()
    found = {ln.index: answers for ln in lines
             if ln.text.strip() and styles.share(ln.start, ln.end, "italic") >= ITALIC_SHARE
             and (answers := slashed_answers(ln.text, s))}
    return found if sum(len(v) for v in found.values()) >= s["min_answers"] else {}


def slashed_passages(group: list[TextLine], found: dict[int, list[tuple[int, int, str]]],
                     a: int) -> dict[tuple[int, int], tuple[str, str]]:
    """(start, end) relative to ``a`` of the answers of the group's lines -> (profile, '')."""
    return {(ln.start + qa - a, ln.start + qb - a): (profile, "")
            for ln in group for qa, qb, profile in found.get(ln.index, [])}
