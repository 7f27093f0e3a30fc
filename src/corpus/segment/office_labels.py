"""Minutes that record a debate in direct speech and label each intervention by the person's
civility and surname or by their office, before a colon: "Monsieur le Maire : …", "Madame
Collin, adjointe aux affaires sociales : …" then "Madame Collin : …", "Monsieur Garnier (liste
« Langres autrement ») : …", "Le Docteur Faivre, président de la CPTS, invité : …". No label
shape reads an office, an apposition or a parenthesis holding guillemets, so such labels are
found once per document and handed to the segmenter as declared speakers (as
segment/intervention_labels.py does for "Question de M. X : …"). Civilities, offices and the
words of a council's lists are lang/fr/office_labels.yaml.

A document is such a record when at least ``office_label_min_lines`` lines carry a label, naming
two people or more, and most of them speak (a council's agenda "Monsieur le Maire : ouverture de
la séance" names who acts, not their words). The speaker is the civility and the name or office
as written (without a leading article); the role comes from the label and its description, or
from the first description the same person had; a council list's member is an elected member.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .attributions import describes_person
from .base import TextLine
from .label_times import label_time
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data

# the particles of a name: lang/fr grammar.yaml label_name_particles
_PARTICLES = cv.word_forms("label_name_particles", r"\s+")
NAME = rf"[A-ZÉÈÀÂÎÔÇ][\w'’-]*(?:\s+(?:{_PARTICLES})?[A-ZÉÈÀÂÎÔÇ][\w'’-]+){{0,2}}"
_DEFINITE = cv.word_forms("definite_articles")
_ELIDED = cv.word_forms("elided_articles")


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    data = _data()
    civ = cv._flex_alt(data.get("office_label_civilities", [])) or "(?!)"
    offices = cv._flex_alt(data.get("office_label_offices", [])) or "(?!)"
    who = rf"(?P<who>(?:{civ})\s+(?:(?:{_DEFINITE})\s+|(?:{_ELIDED})\s*)(?:{offices})(?![\w'’-])|(?:{civ})\s+{NAME})"
    # (a time in the parentheses is when the turn starts, not a description: "Mme Duval (00:00:20) :")
    at_time = label_time(data)
    desc = rf"(?P<desc>(?!{at_time})\s*\([^()\n]{{2,80}}\)|\s*,\s*[^:()«»\n]{{2,120}}?)?"
    return re.compile(rf"^(?P<label>(?:(?:{_DEFINITE})\s+)?{who}{desc})(?:{at_time})?\s*:\s*(?=\S)", re.IGNORECASE)


def office_label(text: str) -> re.Match | None:
    """Such a label opening ``text``, or None. The case of the name's capital is checked here, the
    words of the lists are matched without case."""
    m = _pattern(id(_data())).match(text)
    if not m:
        return None
    last = m.group("who").split()[-1]
    return m if last[:1].isupper() or fold(last).lower() in _offices() else None


@lru_cache(maxsize=4)
def _office_set(key: int) -> frozenset:
    return frozenset(fold(w).lower().split()[-1] for w in _data().get("office_label_offices", []))


def _offices() -> frozenset:
    return _office_set(id(_data()))


def _role(label: str, desc: str) -> str:
    role = normalize_role(label)
    if role in ("autre", "inconnu") and desc:
        # a council's list or group, or one of its own offices: an elected member
        first = fold(desc.strip(" ,()")).lower()  # "(liste « … »)", "premier adjoint chargé de …"
        words = [fold(w).lower() for w in _data().get("office_label_group_words", [])]
        if any(first.startswith(w) for w in words):
            role = _data().get("office_label_group_role", "elu")
    return role


def office_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label as written -> declared attributes (speaker, role_raw, role, region, place) of a
    debate's civility and office labels, or {} when the document is no such record."""
    hits = [(m, ln.text[m.end():]) for ln in lines if (m := office_label(ln.text))]
    data = _data()
    people = {fold(m.group("who")).lower() for m, _ in hits}
    spoken = sum(1 for _, rest in hits if cv.SPOKEN.search(rest))
    # a civility and a name alone ("Mme Martin :") the label shapes read already: some label here
    # must be one they do not (an office, a description after the name)
    unread = any(m.group("desc") or not cv.TURN.match(m.group(0)) for m, _ in hits)
    if not unread or len(hits) < int(data.get("office_label_min_lines", 3)) or len(people) < 2 \
            or spoken < float(data.get("office_label_min_spoken_share", 0.5)) * len(hits):
        return {}
    first_desc: dict[str, str] = {}
    for m, _ in hits:
        if m.group("desc"):
            first_desc.setdefault(fold(m.group("who")).lower(), m.group("desc").strip(" ,"))
    # "Mme Roux :" after "Mme Sabine Roux, adjointe aux affaires sociales :": the civility and the
    # surname of one person named in full with her description (two of that surname name neither)
    full: dict[tuple[str, str], set[str]] = {}
    for m, _ in hits:
        words = m.group("who").split()
        if len(words) >= 3 and fold(m.group("who")).lower() in first_desc:
            full.setdefault((fold(words[0]).lower(), fold(words[-1]).lower()), set()).add(" ".join(words))
    out: dict[str, dict] = {}
    for m, _ in hits:
        who = " ".join(m.group("who").split())
        named = full.get((fold(who.split()[0]).lower(), fold(who.split()[-1]).lower()), set()) \
            if len(who.split()) == 2 and not m.group("desc") else set()
        if len(named) == 1:
            who = next(iter(named))
        desc = (m.group("desc") or "").strip(" ,") or first_desc.get(fold(who).lower(), "")
        role = _role(f"{who}, {desc.strip('()')}" if desc else who, desc)
        if role == "autre" and not describes_person(desc.strip("()")):
            role = ""  # the name alone, or a union's or a group's parenthesis ("(CFDT)"): no description of the person
        region, place = resolve_region(desc, gazetteer) if desc and gazetteer is not None else ("", "")
        out.setdefault(" ".join(m.group("label").split()), {
            "speaker": who, "role_raw": desc or who, "role": "" if role == "inconnu" else role,
            "region": region, "place": place, "moderator": False, "group": False, "source": "attribution"})
    return out
