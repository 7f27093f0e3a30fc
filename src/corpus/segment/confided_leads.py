"""Quotations a first-person account introduces by who speaks to its author (issue #14):
"Kylian (16 ans) me confie un soir, pendant la vaisselle : « … »", "Elle m'explique : « … »"
after "Inès (15 ans) voit les choses autrement.", "Mon référent de stage, Julien, éducateur
depuis douze ans dans la maison, m'a résumé la difficulté : « … »".

The sentence before the quotation (in its paragraph) opens with a first name, maybe an age or a
description in parentheses, maybe "Mon/Ma <noun>, <Name>, <description>," — or with a subject
pronoun standing for the name that opens an earlier sentence of the paragraph — then the author
as object (me, m', nous), an auxiliary and a speech verb, and ends with the colon. The name is
the speaker when the reading named nobody; a profession in its description gives the role. A
name must never appear in lower case in the text ("Voilà" is no name). Words:
lang/fr/confided_leads.yaml and attributions.yaml's speech verbs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .roles import normalize_role

NAME = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
UNDESCRIBED = ("", "inconnu")


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    d = cv.language_data()
    obj = "|".join(re.escape(p) for p in d.get("confided_object_pronouns", [])) or "(?!)"
    extra = "|".join(re.escape(v) for v in d.get("confided_speech_verbs", [])) or "(?!)"
    pron = "|".join(re.escape(p) for p in d.get("confided_subject_pronouns", [])) or "(?!)"
    tail = rf"\s*(?:{obj})\s*(?:a\s+|avait\s+)?(?P<verb>[^\W\d_]+)[^«»:.!?]*:\s*$"
    named = re.compile(
        rf"^(?:(?:Mon|Ma|Notre)\s[^,.:«»]{{2,60}},\s*)?(?P<name>{NAME})"
        rf"(?:\s*\((?P<paren>[^()]{{1,60}})\))?(?:,\s*(?P<app>[^,.:«»]{{2,80}}),)?{tail}")
    pronoun = re.compile(rf"^(?:{pron}){tail}")
    opening = re.compile(rf"^(?P<name>{NAME})(?:\s*\((?P<paren>[^()]{{1,60}})\))?\s+[a-zà-ÿ]")
    return named, pronoun, opening, re.compile(rf"(?<![\w])(?:{extra})(?![\w])", re.IGNORECASE)


def _speaks(verb: str, extra: re.Pattern) -> bool:
    return bool(cv.SPEECH_VERB_ANY.fullmatch(verb) or extra.fullmatch(verb))


def confided_speaker(paragraph_before: str, lower_words: set[str]) -> tuple[str, str] | None:
    """(name, description) of who speaks to the author in the sentence ending the text before a
    quotation, or None. ``lower_words``: the words the text writes in lower case."""
    named, pronoun, opening, extra = _patterns(id(cv.language_data()))
    sentences = re.split(r"(?<=[.!?])\s+", paragraph_before.strip())
    last = sentences[-1]
    m = None if pronoun.match(last) else named.match(last)
    if m and _speaks(m.group("verb"), extra):
        name, desc = m.group("name"), m.group("app") or m.group("paren") or ""
    elif (p := pronoun.match(last)) and _speaks(p.group("verb"), extra) and len(sentences) > 1:
        o = opening.match(sentences[-2])
        if not o:
            return None
        name, desc = o.group("name"), o.group("paren") or ""
    else:
        return None
    return None if name.lower() in lower_words else (name, desc.strip())


def _lower_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w])[a-zà-ÿ]+(?![\w])", text))


def confided_attrs(seg, a: int, attrs: dict) -> dict:
    """``attrs`` of a quotation at text[a:] with the person its paragraph names just before it as
    speaking to the author, when they name nobody."""
    if attrs.get("speaker"):
        return attrs
    found = confided_speaker(seg.text[seg.text.rfind("\n", 0, a) + 1:a], set())
    if found is None:
        return attrs
    if getattr(seg, "_lower_words", None) is None:
        seg._lower_words = _lower_words(seg.text)
    name, desc = found
    if name.lower() in seg._lower_words:
        return attrs
    out = {**attrs, "speaker": name, "attr_source": attrs.get("attr_source") or "attribution"}
    role = normalize_role(desc) if desc else "inconnu"
    if out.get("role", "inconnu") in UNDESCRIBED and role not in UNDESCRIBED:
        out["role"], out["role_raw"] = role, desc
    return out


def confided_call(seg, a: int, b: int, call):
    """A verbatim quotation text[a:b] whose paragraph names, just before it, who speaks to the
    author: that person speaks."""
    if not call.verbatim or call.attrs.get("speaker"):
        return call
    attrs = confided_attrs(seg, a, call.attrs)
    return call if attrs is call.attrs else type(call)(True, attrs, call.attribution)
