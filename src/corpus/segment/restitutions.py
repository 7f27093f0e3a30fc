"""A rapporteur's RESTITUTION run in after a lead that names them, without guillemets, as workshop
reports (world cafés, focus groups) print it (issue #14, session 10, segfix28): "Restitution de
la table 2, par Yannick (kinésithérapeute à Briançon) : Nous, on a surtout parlé de la montagne.
…". The lead opens with a noun of what is given back (``restitution_nouns``), names the
rapporteur after ``restitution_agent_words`` ("par") with a description of a person in
parentheses, and closes with a colon; the words after it are cut onto their own line
(``split_at_restitutions``) and, with the next paragraphs whose first sentence speaks in the
group's voice (``restitution_voice_words``: "Ce qu'on demande, c'est …"), are the rapporteur's
(``restitution_boxes``). Words: lang/fr/restitutions.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person
from .base import TextLine, append_cut

# the article before who restitutes ("la Dre …"): lang/fr grammar.yaml definite_articles
_DEFINITE = cv.word_forms("definite_articles")
_LEADING_ARTICLE = re.compile(rf"^(?:{_DEFINITE})\s+", re.IGNORECASE)

_data = cv.language_data


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    nouns = cv._flex_alt(_data().get("restitution_nouns", [])) or "(?!)"
    agents = cv._alt(_data().get("restitution_agent_words", [])) or "(?!)"
    civ = cv._alt(sorted(cv.CIVILITIES, key=len, reverse=True)) if cv.CIVILITIES else "(?!)"
    lead = re.compile(
        rf"^\s*(?:{nouns})\b[^:«»()]{{0,80}}?,?\s+(?:{agents})\s+"
        rf"(?P<who>(?:(?:{_DEFINITE})\s+)?(?:(?:{civ})\.?\s+)?[A-ZÉÈ][\w'’-]*(?:\s+[A-ZÉÈ][\w'’-]*){{0,2}})"
        rf"\s*\((?P<desc>[^()]{{3,120}})\)\s*:\s+(?=\S)", re.IGNORECASE)
    words = sorted(_data().get("restitution_voice_words", []), key=len, reverse=True)
    alt = "|".join(re.escape(w) + ("" if w[-1] in "'’" else r"\b") for w in words) or "(?!)"
    return lead, re.compile(rf"(?<![\w'’])(?:{alt})", re.IGNORECASE)


def _named_who() -> str:
    """A civility and up to three capitalised words: "M. Régis Lenglet", "Mme Caron"."""
    civ = cv._alt(cv.CIVILITIES) or "(?!)"
    return rf"(?:{civ})\.?\s+[A-ZÉÈ][\w'’-]*(?:\s+[A-ZÉÈ][\w'’-]*){{0,2}}"


@lru_cache(maxsize=4)
def _heading_pattern(key: int) -> re.Pattern:
    """A group's heading ending on who gives its restitution: "Groupe 1 – Retour à domicile –
    porte-parole : M. Régis Lenglet, masseur-kinésithérapeute à Albert" (s52)."""
    words = cv._flex_alt(_data().get("restitution_spokesperson_words", [])) or "(?!)"
    return re.compile(
        rf"(?:^|[–—-]\s*)(?:{words})\s*:\s*(?P<who>{_named_who()})"
        rf"\s*(?:,\s*(?P<desc>[^()«»:]{{3,160}}?)|\((?P<inner>[^()]{{3,120}})\))?\s*\.?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _teller_pattern(key: int) -> re.Pattern:
    """A heading ending on who told the account below: "Incident n° 3 – rapporté par MK2 (cabinet
    seul, 22 ans d'exercice, Banon)" (s52)."""
    words = cv._flex_alt(_data().get("restitution_teller_words", [])) or "(?!)"
    return re.compile(
        rf"(?:^|[–—-]\s*)(?:{words})\s+(?P<who>{_named_who()}|{cv.PARTICIPANT_CODE})"
        rf"\s*(?:\((?P<inner>[^()]{{3,120}})\))?\s*\.?$", re.IGNORECASE)


def spokesperson_heading(text: str) -> re.Match | None:
    """The end of a group's heading naming its spokesperson (``restitution_spokesperson_words``),
    or the teller of the account below it (``restitution_teller_words``)."""
    t = " ".join(text.split())
    return _heading_pattern(id(_data())).search(t) or _teller_pattern(id(_data())).search(t)


def restitution_lead(text: str) -> re.Match | None:
    """The lead of a restitution run in on ``text`` (up to the words after its colon), or None."""
    m = _patterns(id(_data()))[0].match(text)
    return m if m and describes_person(m.group("desc")) else None


def split_at_restitutions(lines: list[TextLine]) -> list[TextLine]:
    """``lines`` with each restitution's lead cut from the words after it."""
    out: list[TextLine] = []
    for ln in lines:
        m = restitution_lead(ln.text) if ":" in ln.text else None
        append_cut(out, ln, [m.end()] if m else [])
    return out


def _in_voice(text: str) -> bool:
    first = re.split(r"(?<=[.!?…])\s+", text.strip(), maxsplit=1)[0]
    return bool(_patterns(id(_data()))[1].search(first))


def _speaker(who: str) -> str:
    return _LEADING_ARTICLE.sub("", who.strip())


def restitution_boxes(lines: list[TextLine], headings, gazetteer) -> dict[int, dict]:
    """line index of a restitution's first words -> their attributes ("_last": the last paragraph
    going on in the group's voice)."""
    out: dict[int, dict] = {}
    most = _data().get("restitution_max_paragraphs", 4)
    for k, ln in enumerate(lines[:-1]):
        m = restitution_lead(ln.text + "x")  # the lead cut from its words (split_at_restitutions)
        if m is None or m.end() != len(ln.text) or k + 1 in headings or not lines[k + 1].text.strip():
            continue
        first = k + 1
        last = _voiced_until(lines, first, headings, most, lambda j: restitution_lead(lines[j].text) is not None)
        out[first] = _box(m.group("who"), " ".join(m.group("desc").split()), last, gazetteer)
    # a group's heading naming its spokesperson, over the words they give back unquoted, at least
    # two such headings (a seminar's restitutions), the first paragraph speaking in the group's voice
    found = {k: m for k, ln in enumerate(lines[:-1]) if (m := spokesperson_heading(ln.text))}
    if len(found) < 2:
        return out
    for k, m in found.items():
        first = k + 1
        if first in out or first in found or first in headings or not _speaks(lines[first].text):
            continue
        last = _voiced_until(lines, first, headings, most, lambda j: j in found)
        desc = " ".join((m.groupdict().get("desc") or m.group("inner") or "").split())
        out[first] = _box(m.group("who"), desc, last, gazetteer)
    return out


def _voiced_until(lines: list[TextLine], first: int, headings, most: int, stops) -> int:
    """The last paragraph from ``first`` that goes on in the group's voice (at most ``most``), up
    to a heading, a blank or a line ``stops`` says opens another restitution."""
    last = first
    while last + 1 < len(lines) and last + 1 - first < most and last + 1 not in headings \
            and lines[last + 1].text.strip() and not stops(last + 1) and _in_voice(lines[last + 1].text):
        last += 1
    return last


def _box(who: str, desc: str, last: int, gazetteer) -> dict:
    """The attributes of a restitution's words: who gives them back, described by ``desc``."""
    role, region, place = describe(desc, gazetteer) if desc and gazetteer is not None else ("inconnu", "", "")
    return {"speaker": _speaker(who), "role_raw": desc, "role": role, "region": region, "place": place,
            "attr_source": "attribution", "_last": last}


def _speaks(text: str) -> bool:
    """Words in the group's or the speaker's voice somewhere, no quotation marks: given back as said."""
    return not re.search(r"[«»“”]", text) and bool(_patterns(id(_data()))[1].search(text))
