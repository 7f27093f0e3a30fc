"""Transcripts whose speakers are labelled by what they are, not by a name or a code: an
associative radio's "LA PHARMACIENNE :", "LE MAIRE :", "L'ANIMATEUR :"; a public meeting's
verbatim minutes "M. le Maire :", "Dr Payet (CPTS Sud) :", "Une habitante :", "Plusieurs voix
dans la salle :". The words are lang/fr/function_labels.yaml.

Such labels are found once per document and handed to the segmenter as declared speakers, like
a record's (segment/records.py). A document is such a transcript when at least
``function_label_min_lines`` paragraphs open with such a label and a colon, naming at least two
speakers, one of them at least twice (turns change hands). A label followed at once by a
guillemet ("LA PHARMACIENNE : « … »") is a comic strip's or a script's bubble and never counts.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .records import function_attrs
from .roles import normalize_role

_alt = cv.literal_alternation
_data = cv.language_data

CAP = r"[A-ZÉÈÀÂÊÎÔÛÇ][\w’'-]*"
WORD = r"[^\W\d_][\w’'-]*"


@lru_cache(maxsize=4)
def _pattern(key: int) -> re.Pattern:
    d = _data()
    arts = d.get("function_label_articles", [])
    # "le"/"la" stand apart from the noun, an elided "l'" is glued to it
    art = "|".join([rf"{re.escape(a)}\s*" for a in arts if a[-1] in "'’"]
                   + [rf"{re.escape(a)}\s+" for a in arts if a[-1] not in "'’"]) or "(?!)"
    indef = _alt(d.get("function_label_indefinites", [])) or "(?!)"
    civ = _alt(d.get("function_label_civilities", [])) or "(?!)"
    public = _alt(d.get("function_label_public", [])) or "(?!)"
    group = _alt(d.get("function_label_group_openers", [])) or "(?!)"
    join = _alt(d.get("function_label_joiners", [])) or "(?!)"
    definite = rf"(?:{art}){WORD}"
    # where a member of the audience speaks from ("Un intervenant dans la salle (infirmier libéral) :")
    where = _alt(d.get("function_label_public_places", [])) or "(?!)"
    civ_label = rf"(?:{civ})\s+(?:(?:{cv.word_forms('definite_articles', data=d)})\s+{WORD}|{CAP}(?:\s+{CAP})?)"
    return re.compile(
        rf"^(?P<label>(?P<group>(?:{group})\b[^:()«»]{{0,40}}?)"
        rf"|(?P<joined>{definite}\s+(?:{join})\s+{definite})"
        rf"|(?P<civ>{civ_label})"
        rf"|(?P<public>(?:{indef})\s+(?:{public})(?:\s+(?:{where}))?)"
        rf"|(?P<definite>{definite}))"
        # a named person's function after a comma ("Dr Joseph, porteur du projet :"), not the label's
        rf"(?:(?<=\w),\s+(?P<app>[^\W\d][^()«»:,;.?!]{{1,40}}?)(?<=\w))?"
        rf"(?:\s*\((?P<aff>[^()«»:]{{2,60}})\))?\s*:\s+(?![«\"“])(?=\S)",
        re.IGNORECASE)


def function_label(text: str) -> re.Match | None:
    """Such a label opening a paragraph, or None (a function after a comma only after a named
    person: "Dr Joseph, porteur du projet :", not "Le constat, en bref :")."""
    m = _pattern(id(_data())).match(text)
    return None if m and m.group("app") and not m.group("civ") else m


def _speaker(m: re.Match) -> dict:
    label = " ".join(m.group("label").split())
    if m.group("group") or m.group("joined"):
        return {"label": label, "role": "", "group": True}
    key = fold(label).lower()
    if m.group("public"):
        # "(infirmier libéral)" after "Un intervenant dans la salle": what the person does, else no trade
        role = normalize_role(m.group("aff")) if m.group("aff") else "autre"
        return {"label": label, "role": "autre" if role == "inconnu" else role, "group": False}
    if m.group("definite") and key.split("'")[-1].split("’")[-1].split()[-1] in cv.MODERATOR_WORDS:
        return {"label": label, "role": "", "group": False, "moderator": True}
    noun = m.group("aff") or m.group("app") or (label.split(None, 1)[-1] if m.group("definite") or m.group("civ") else label)
    role = function_attrs(label)[0] or function_attrs(noun)[0] or normalize_role(noun)
    # an affiliation that names no trade ("CPTS Sud") leaves the role to the turn's own words
    return {"label": label, "role": "" if role in ("inconnu", "autre") else role, "group": False}


def _is_person(m: re.Match) -> bool:
    if not m.group("definite"):
        return True
    s = _speaker(m)
    return bool(s["role"] or s.get("moderator"))


def function_label_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes (role_raw, role, moderator, group) of the function labels of
    a document, or {} when it is no such transcript."""
    # "Le constat : …" heads a paragraph: an article's noun must name a person (a role or the host)
    hits = [m for m in (function_label(ln.text) for ln in lines) if m and _is_person(m)]
    counts = Counter(" ".join(m.group("label").split()) for m in hits)
    if len(hits) < _data().get("function_label_min_lines", 4) or len(counts) < 2 or max(counts.values()) < 2:
        return {}
    # a label whose turns are mostly questions is the interviewer's ("Le Généraliste : Comment …?")
    questions = Counter(" ".join(m.group("label").split()) for m in hits
                        if m.string.rstrip(" »\"”").endswith("?"))
    found: dict[str, dict] = {}
    for m in hits:
        s = _speaker(m)
        # the declared code is the label as written up to the colon, affiliation included
        code = " ".join(m.group(0).rstrip().rstrip(":").split())
        if code in found:
            continue
        found[code] = {"role_raw": m.group("aff") or m.group("app") or "", "role": s["role"], "region": "", "place": "",
                             "moderator": bool(s.get("moderator")) or questions[s["label"]] >= 0.6 * counts[s["label"]] >= 1.2, "group": s["group"], "source": "attribution",
                       "speaker": "" if s["group"] else s["label"]}
    return found
