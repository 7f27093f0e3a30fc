"""A quotation's speaker on the paragraph after it (issue #14): a thesis sets each italic quote,
then a roman profile line of its own, "Praticien E, 52 ans, cabinet individuel, Haut-Rhin".

A narrative segment that is one such line (a code: a capitalised word and a capital letter or a
number; then comma fields, one an age of lang/fr/profile_lines.yaml; no sentence stop) gives its
code to the verbatims right above it that name nobody. Their role is that of the group the
document names by the code's word ("Assistante" and "deux assistantes dentaires" in the methods:
the dental assistant), else the line's own; their place is the line's when they have none. Only
attributes change (a pass over the finished segments).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .regions import resolve_region
from .roles import normalize_role

CODE = re.compile(r"^(?P<code>(?P<word>[A-ZÀ-Þ][a-zà-ÿ-]{2,}) (?:[A-Z]|\d{1,3}))\s*,\s*(?P<rest>[^.;:!?«»“”]+)$")
MAX_WORDS = 16  # a profile line, not a sentence
UNDESCRIBED = ("", "inconnu")


@cv.per_language_data
def _age() -> re.Pattern:
    fields = cv.language_data().get("profile_line_age_fields", [])
    return re.compile("|".join(f"(?:{f})" for f in fields) if fields else r"(?!)")


def profile_line(text: str) -> re.Match | None:
    """The match of a profile line ("Praticien E, 52 ans, …"), or None."""
    t = text.strip()
    if "\n" in t or len(t.split()) > MAX_WORDS:
        return None
    m = CODE.match(t)
    return m if m and _age().search(fold(m.group("rest"))) else None


# a numbered person opening a paragraph, its profile up to the first full stop: "Lectrice n° 7, 88 ans, Badaroux."
OPENER = re.compile(r"^\s*(?P<code>[A-ZÀ-Þ][a-zà-ÿ-]{2,}\s+(?:n°\s*)?\d{1,3})\s*,\s*(?P<rest>[^.;:!?«»“”\n]{3,120})\.\s")


def numbered_profile_opener(lead: str) -> tuple[str, str] | None:
    """(code, profile) of the numbered person a paragraph opens with, presented by an age
    ("Lectrice n° 7, 88 ans, Badaroux. Elle rend les deux romans … « … »", "Lecteur n° 12, 79 ans,
    ancien cantonnier, Le Bleymard."), when the quotation's lead in that paragraph names no other
    numbered person; else None."""
    m = OPENER.match(lead)
    if m is None or not _age().search(fold(m.group("rest"))):
        return None
    word = m.group("code").split()[0]
    if len(re.findall(rf"(?<![\w-]){re.escape(word)}\s+(?:n°\s*)?\d", lead)) > 1:
        return None
    return " ".join(m.group("code").split()), m.group("rest").strip()


@cv.per_language_data
def _caption() -> re.Pattern:
    """A photo caption naming the person by a first name and a description, the press's vox pop
    ("Photo : Gérard, 71 ans, retraité, à Châteaudun."): the caption words of profile_lines.yaml."""
    words = cv.language_data().get("caption_line_words", [])
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"^(?i:{alt or '(?!)'})\s*:\s*(?P<code>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
                      rf"\s*,\s*(?P<rest>[^.;:!?«»“”]+)\.?$")


def caption_line(text: str) -> re.Match | None:
    """The match of a photo caption that names and describes a person (an age, or a description
    that names a role), or None: "Photo : Karim, pharmacien à Bonneval." (not "Photo : Bonneval,
    le marché du samedi.", a place; nor a photo credit, which has no description)."""
    t = text.strip()
    if "\n" in t or len(t.split()) > MAX_WORDS:
        return None
    m = _caption().match(t)
    if m is None:
        return None
    rest = m.group("rest")
    return m if _age().search(fold(rest)) or normalize_role(rest) not in ("autre", "inconnu") else None


def group_role(word: str, texts: list[str]) -> str:
    """The role of the phrase the document names with the code's word and the word after it
    ("assistantes dentaires" for "Assistante"), when one phrase gives a role; else ''."""
    stem = re.escape(fold(word).rstrip("s"))
    roles = set()
    for t in texts:
        for m in re.finditer(rf"(?<!\w){stem}s?\s+[^\W\d_]+", fold(t)):
            role = normalize_role(m.group(0))
            if role not in ("autre", "inconnu"):
                roles.add(role)
    return roles.pop() if len(roles) == 1 else ""


def apply_profile_lines(segments: list, gazetteer) -> None:
    """Give each profile line's code, role and place to the unnamed verbatims right above it."""
    texts = None
    for i, seg in enumerate(segments):
        if seg.kind != "narrative" or i == 0 or segments[i - 1].kind != "verbatim":
            continue
        m = profile_line(seg.text)
        caption = None if m is not None else caption_line(seg.text)
        if m is None and caption is None:
            continue
        above = []
        for prev in reversed(segments[:i]):
            if prev.kind != "verbatim":
                break
            above.append(prev)
        if any(p.speaker for p in above):
            continue
        if texts is None:
            texts = [s.text for s in segments if s.kind == "narrative" and profile_line(s.text) is None]
        if caption is not None:
            # a vox pop's caption: the first name, the role its description gives (a retired man,
            # a student: "autre"), the place it names; only the quote right above it
            m, above = caption, above[:1]
            role = normalize_role(m.group("rest"))
        else:
            role = group_role(m.group("word"), texts) or normalize_role(seg.text)
        region, place = resolve_region(m.group("rest"), gazetteer) if gazetteer is not None else ("", "")
        for p in above:
            p.speaker, p.attr_source = m.group("code"), "attribution"
            if p.role in UNDESCRIBED and role not in UNDESCRIBED:
                p.role, p.role_raw = role, seg.text.strip()
            if not p.region and region:
                p.region, p.place = region, place
