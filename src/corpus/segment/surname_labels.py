"""Round-table and congress proceedings whose labels are a first name and a SURNAME IN CAPITALS.

"Claire DUMONT (directrice de la CPTS du Grand Montauban) : Merci. On a démarré …", later
"Claire DUMONT : C'est vrai …"; the chair "Le modérateur : …"; someone from the floor "Une
personne dans la salle : …". The capitals tell a person's name from a sentence's subject, the
parentheses give the function once. A document is such a record when at least ``min_turns``
paragraphs open with such a name label, naming ``min_names`` people or more, and at least
``min_spoken_share`` of them speak (lang/fr/surname_labels.yaml): a bibliography's "DUPONT
(dir.) :" or a list of authors does not speak and has no first name before the capitals.

The labels are declared speakers: each person under both forms (with and without the function),
speaking as "Claire DUMONT", role and region from the function; the chair (a moderator word after
the article) the moderator; a floor label (``audience_words``) a speaker without a name whose
role is what they say they are ("Je suis infirmière libérale à Moissac").
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .regions import resolve_region
from .roles import normalize_role

DEFAULTS = {"min_turns": 3, "min_names": 2, "min_spoken_share": 0.5, "audience_words": [], "articles": []}
FIRST = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
SURNAME = r"[A-ZÀ-ÖØ-Þ]{2,}(?:[-'’ ][A-ZÀ-ÖØ-Þ]{2,})*"
NAME_LABEL = re.compile(rf"^(?P<label>(?P<name>{FIRST}\s+{SURNAME})(?:\s*\((?P<func>[^()]{{2,100}})\))?)\s*:\s+(?=\S)")
# "Je suis infirmière libérale à Moissac": how someone from the floor presents themselves
# (lang/fr grammar.yaml i_am_phrases)
I_AM = re.compile(rf"(?:^|[.!?]\s+)(?:{cv.word_forms('i_am_phrases')})\s+(?P<what>[^,.;:!?]{{3,80}})", re.IGNORECASE)


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("surname_labels") or {})}


def _article_label(s: dict) -> re.Pattern:
    """A label of an article and at most five words ("Le modérateur", "Une personne dans la salle")."""
    arts = "|".join(re.escape(a) for a in s["articles"]) or cv.word_forms("definite_articles", case="first")
    return re.compile(rf"^(?P<label>(?:{arts})\s?[a-zà-öø-ÿ][\w'’-]*(?:\s+[\w'’-]+){{0,4}})\s*:\s+(?=\S)")


def _name_turns(lines: list[TextLine]) -> list[tuple[re.Match, str]]:
    out = []
    for ln in lines:
        m = NAME_LABEL.match(ln.text)
        if m:
            out.append((m, ln.text[m.end():]))
    return out


def is_surname_record(turns: list[tuple[re.Match, str]], s: dict | None = None) -> bool:
    s = s or settings()
    names = Counter(m.group("name") for m, _ in turns)
    spoken = sum(1 for _, words in turns if cv.SPOKEN.search(words))
    return len(turns) >= s["min_turns"] and len(names) >= s["min_names"] and spoken >= s["min_spoken_share"] * len(turns)


def surname_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label as written -> declared attributes (speaker, role, region, moderator) of such a
    record's labels, or {} when the document is not one."""
    s = settings()
    turns = _name_turns(lines)
    if not is_surname_record(turns, s):
        return {}
    funcs: dict[str, str] = {}
    for m, _ in turns:
        if m.group("func"):
            funcs.setdefault(m.group("name"), m.group("func").strip())
    out: dict[str, dict] = {}
    for m, _ in turns:
        name, func = m.group("name"), funcs.get(m.group("name"), "")
        region, place = resolve_region(func, gazetteer) if func and gazetteer is not None else ("", "")
        entry = {"role_raw": func, "role": normalize_role(func) if func else "", "region": region, "place": place,
                 "moderator": False, "group": False, "source": "attribution", "speaker": name}
        out.setdefault(m.group("label"), entry)
        out.setdefault(name, dict(entry))
    audience = tuple(fold(w).lower() for w in s["audience_words"])
    pattern = _article_label(s)
    for ln in lines:
        m = pattern.match(ln.text)
        if not m or m.group("label") in out:
            continue
        label = m.group("label")
        words = re.split(r"[\s'’]+", fold(label).lower())  # the article, then the noun
        if len(words) >= 2 and words[1].rstrip(".") in cv.MODERATOR_WORDS:
            out[label] = {"role_raw": "", "role": "", "region": "", "place": "", "moderator": True, "group": False,
                          "source": "attribution", "speaker": ""}
        elif any(a in " ".join(words) for a in audience):
            said = I_AM.search(ln.text[m.end():])
            role_raw = said.group("what").strip() if said else ""
            region, place = resolve_region(role_raw, gazetteer) if role_raw and gazetteer is not None else ("", "")
            out[label] = {"role_raw": role_raw, "role": normalize_role(role_raw) if role_raw else "", "region": region,
                          "place": place, "moderator": False, "group": False, "source": "attribution", "speaker": ""}
    return out
