"""Press features that set people's words as a novel sets dialogue: a paragraph opened by a
dialogue dash, no guillemets, the speaker in an INCISE at its end ("— On a tenu parce qu'on se
connaissait tous, glisse Marie-Josée Payet, infirmière libérale à Saint-Pierre."; "— Le plus dur,
c'était les tournées, ajoute-t-elle."; "— Nous, à la pharmacie, on a fait ce qu'on a pu, raconte
le pharmacien."). The speech verbs, pronouns and person nouns are the attribution data
(lang/fr/attributions.yaml, grammar.yaml); ``dash_incise_min`` is lang/fr/dash_incises.yaml.

The incise names the speaker in one of three ways: a full name, with a description after a
comma (its role and the place after its preposition); a person noun with a determiner ("le
pharmacien"), the person then being the one the narration since the previous quote names
(the pharmacy "de Didier Hoarau"); a subject pronoun ("ajoute-t-elle"), the speaker of the dash
quote just above. A quote counts only when its speaker has a role (a novel's "— Viens, dit
Paul." has none), and a document only when at least ``dash_incise_min`` paragraphs are such
quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine
from .discovery import locative_place
from .regions import COMMUNE_NAME, _normalise_key, contracted_articles
from .roles import normalize_role

DASHES = ("—", "–")
_data = cv.language_data


@dataclass
class DashQuote:
    start: int  # offset in the line where the words start (after the dash)
    end: int  # offset in the line where the incise starts (its comma)
    speaker: str
    role_raw: str
    role: str
    region: str = ""
    place: str = ""


def end_incise(text: str) -> tuple[int, re.Match] | None:
    """(offset of the comma, the incise's VERB_AFTER match) of a speech-verb incise closing the
    paragraph, or None."""
    t = text.rstrip()
    for m in reversed(list(re.finditer(r",", t))):
        v = cv.VERB_AFTER.match(t[m.start():])
        if v and re.fullmatch(r"\s*[.!…]?\s*", t[m.start() + v.end():]):
            return m.start(), v
    return None


def _described(who: str, gazetteer) -> tuple[str, str, str, str, str] | None:
    """(speaker, role_raw, role, region, place) of a named incise "Marie-Josée Payet,
    infirmière libérale à Saint-Pierre", or None."""
    n = cv.NAME.match(who.strip())
    if not n:
        return None
    desc = who.strip()[n.end():].lstrip(" ,")
    role = normalize_role(desc) if desc else "inconnu"
    region, place = locative_place(desc, gazetteer) if desc and gazetteer is not None else ("", "")
    return n.group("name"), desc, role, region, place


def dash_quotes(lines: list[TextLine], headings, gazetteer=None) -> dict[int, DashQuote]:
    """line index -> its dash quote with an end incise, or {} when the document has fewer than
    ``dash_incise_min`` such quotes with a speaker's role."""
    out: dict[int, DashQuote] = {}
    last: DashQuote | None = None
    narration: list[str] = []  # the paragraphs since the previous dash quote
    for ln in lines:
        t = ln.text
        lead = len(t) - len(t.lstrip())
        found = end_incise(t) if t.lstrip().startswith(DASHES) and ln.index not in headings and "«" not in t else None
        if found is None:
            if t.strip():
                narration.append(t)
                if ln.index in headings:
                    last, narration = None, []
            continue
        comma, v = found
        start = lead + 1 + (len(t[lead + 1:]) - len(t[lead + 1:].lstrip()))
        q = None
        if v.group("pron"):
            if last is not None and not narration:
                q = DashQuote(start, comma, last.speaker, last.role_raw, last.role, last.region, last.place)
        else:
            who = " ".join(v.group("who").split())
            named = _described(who, gazetteer)
            if named:
                q = DashQuote(start, comma, *named)
            else:
                role = normalize_role(who)
                before = " ".join(narration)
                names = list(cv.NAME.finditer(before))
                region, place = locative_place(who, gazetteer) if gazetteer is not None else ("", "")
                if not region and gazetteer is not None and before:
                    region, place = locative_place(before, gazetteer)
                q = DashQuote(start, comma, names[-1].group("name") if names else "", who, role, region, place)
        if q is not None and q.role not in ("autre", "inconnu"):
            out[ln.index] = q
            last = q
        else:
            last = None
        narration = []
    if len(out) < _data().get("dash_incise_min", 2):
        return {}
    if gazetteer is not None and any(not q.region for q in out.values()):
        region, place = shared_region(" ".join(ln.text for ln in lines), gazetteer)
        for q in out.values():
            if not q.region:
                q.region = region
    return out


def shared_region(text: str, gazetteer) -> tuple[str, str]:
    """(region, '') of the one region where every commune named after a locative preposition
    can lie, homonyms and names that are also words included ("à Saint-Pierre", "au Tampon":
    only La Réunion has both), else ('', ''): a local paper's places settle one another."""
    communes = getattr(gazetteer, "communes", None)
    if communes is None:
        return "", ""
    common: set[str] | None = None
    for m in cv.LOCATIVE_BEFORE_NAME.finditer(text):
        name = COMMUNE_NAME.match(text, m.end())
        if not name:
            continue
        article = contracted_articles().get(m.group("prep").lower(), "")
        found = communes.by_key.get(_normalise_key(fold(article + name.group(0))), ()) \
            or communes.by_key.get(_normalise_key(fold(name.group(0))), ())
        if found:
            regions = {c.region for c in found}
            common = regions if common is None else common & regions
    return (next(iter(common)), "") if common and len(common) == 1 else ("", "")


class DashIncisesHandlers:
    """The line handler of dialogue-dash quotes with an end incise (a Segmenter mixin)."""

    def _h_dash_incise(self, i: int) -> int | None:
        if not hasattr(self, "dash_incise_quotes"):
            self.dash_incise_quotes = dash_quotes(self.lines, self.headings, self.gazetteer)
        q = self.dash_incise_quotes.get(i)
        if q is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        attrs = {"speaker": q.speaker, "role_raw": q.role_raw, "role": q.role, "region": q.region,
                 "place": q.place, "attr_source": "attribution"}
        self.spans.append(Span(ln.start, ln.start + q.end, "verbatim", attrs))
        self.spans.append(Span(ln.start + q.end, ln.end, "attribution", dict(attrs)))
        return i + 1
