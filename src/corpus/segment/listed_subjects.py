"""Quotations led by a pronoun that stands for a listed participant named a few sentences before
(issue #14, s54).

A memoir or an article lists its informants once (a table "| Pseudonyme | Âge | Profession ou
situation | Commune |", a list in the methods), then writes a portrait of each: the pseudonym
opens a sentence as its subject ("Gwenaëlle a repris l'officine de la place de Mauron en 2010.")
and the sentences after it go on with a pronoun up to the words ("Elle décrit un comptoir devenu
salle d'attente : « … »", "Pour elle, la distance se mesure en services demandés : « … »").
The quotation is the words of the listed person whose name opens the nearest sentence before, when
the sentence leading to it opens on a subject pronoun or on a preposition of viewpoint and a
stressed pronoun (lang/fr/listed_subjects.yaml), within ``window`` sentences, no other person's
words nor a person noun as a subject in between. The role and the place are the list's.

Only attributes change (a pass over the finished segments), and only for quotations no reader gave
a speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import person_head
from .pronoun_subjects import SENTENCE
from .roles import normalize_role

UNSAID = ("", "inconnu")
QUOTE_MARKS = "«»\"“”"


def settings() -> dict:
    return {"viewpoint_prepositions": [], "window": 4, **(cv.language_data().get("listed_subjects") or {})}


@cv.per_language_data
def _lead_pattern() -> re.Pattern:
    """A sentence opening (after at most two adverbial phrases) on a subject pronoun ("Elle décrit
    …", "Interrogé sur ce point, il résume …") or a viewpoint and a stressed pronoun ("Pour elle,
    …")."""
    pronouns = cv.word_forms("subject_pronouns", "")
    stressed = cv.word_forms("stressed_pronouns", "")
    views = cv._flex_alt(settings()["viewpoint_prepositions"]) or "(?!)"
    opener = r"(?:[^,.;:!?«»]{2,90},\s*){0,2}"
    return re.compile(rf"^{opener}(?:(?i:{pronouns})\s+[a-zàâäçéèêëîïôöûùüÿœ]|(?i:{views})\s+(?i:{stressed})\s*,)")


@lru_cache(maxsize=8)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern:
    """A sentence opening on one of ``names`` as its subject (after a heading's number or an
    adverbial phrase): a comma, or a small letter's word after it ("Yann s'est installé …")."""
    alt = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:[^,.;:!?«»]{{2,90}},\s*)?(?P<name>{alt})(?=\s*,|\s+[a-zàâäçéèêëîïôöûùüÿœ])")


@cv.per_language_data
def _noun_subject() -> re.Pattern:
    dets = cv.word_forms("singular_determiners", r"\s+", elided_after=r"\s*")
    return re.compile(rf"^(?:[^,.;:!?«»]{{2,90}},\s*)?(?i:{dets})(?P<noun>[^\W\d_][\w-]+)")


def _person_subject(sentence: str) -> bool:
    """A sentence whose subject is a person described by a noun ("Le médecin du bourg est parti."):
    the pronoun after it may be theirs."""
    m = _noun_subject().match(sentence)
    return m is not None and person_head(m.group("noun"))


def listed_subject(text: str, start: int, names: list[str]) -> str:
    """The listed name the pronoun leading to the quotation at ``start`` stands for, else ''."""
    if not names:
        return ""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if any(q in lead for q in QUOTE_MARKS) or not lead.rstrip().endswith(":"):
        return ""
    sentences = [m.group(0).strip() for m in SENTENCE.finditer(text[max(0, line_start - 2000):start])
                 if m.group(0).strip()]
    if not sentences or not _lead_pattern().match(sentences[-1]):
        return ""
    named = _name_pattern(tuple(names))
    for sentence in reversed(sentences[-1 - settings()["window"]:-1]):
        if any(q in sentence for q in QUOTE_MARKS):
            return ""  # someone's words in between: the pronoun may be theirs
        m = named.match(sentence)
        if m is not None:
            return m.group("name")
        if _person_subject(sentence):
            return ""
    return ""


def apply_listed_subjects(segments: list, text: str, participants: dict[str, str], places: dict) -> None:
    """Give the quotations without a speaker whose pronoun-led sentence stands for a participant of
    the document's list (a first name or pseudonym, no code) that person, with the list's role and
    place."""
    names = [n for n in participants if n[:1].isupper() and not any(ch.isdigit() for ch in n)
             and re.fullmatch(r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}", n)]
    if not names:
        return
    for seg in segments:
        if seg.kind != "verbatim" or seg.speaker:
            continue
        name = listed_subject(text, seg.char_start, names)
        if not name:
            continue
        seg.speaker = name
        desc = participants[name]
        role = normalize_role(desc) if desc else "inconnu"
        if seg.role in UNSAID and role not in UNSAID:
            seg.role, seg.role_raw = role, desc
        elif seg.role in UNSAID and desc:
            seg.role, seg.role_raw = "autre", desc  # "Retraitée, sans médecin traitant": no trade of the vocabulary
        if places.get(name, ("",))[0]:
            seg.region, seg.place = places[name]
        seg.attr_source = seg.attr_source or "participant_table"
