"""Speakers marked by a symbol a key explains: "Légende : ● = enquêtrice ; ○ = médecin interrogé"
then turns "● Pour commencer, …" / "○ Alors, c'est surtout …" (a transcript that gives the voices
no name and no colon, only a glyph). The key vouches for the glyphs: at least two explained on one
line, one of them the interviewer's (so that a list's bullets, which no key explains, or a map's
legend "● = maison de santé ; ○ = centre de santé", name no speaker), and at least two lines opened
by them. Each glyph is then a declared speaker, the interviewer's the moderator, the other's role
what the key says (lang/fr/symbol_labels.yaml: the glyphs and the key's signs). A glyph names
nobody: the person speaking is the one the interview's heading codes ("Entretien MG4 (femme, 52 ans,
…)": MG4, ``heading_code``), else the glyph as written."""

from __future__ import annotations

import re

from . import conventions as cv
from .base import TextLine
from .roles import normalize_role


@cv.per_language_data
def _key_entry() -> re.Pattern:
    """One entry of a key to the symbols: a glyph, a sign, what it stands for (up to the next entry)."""
    data = cv.language_data()
    glyphs = "".join(re.escape(g) for g in data.get("label_symbols", []))
    signs = "|".join(re.escape(s) for s in data.get("label_symbol_signs", []))
    if not glyphs or not signs:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:^|(?<=[;:(,.])|(?<=\s))\s*(?P<label>[{glyphs}])\s*(?:{signs})\s*(?P<desc>[^;=.()]{{2,60}}?)\s*(?=;|,|\.|\)|$)")


@cv.per_language_data
def _glyphs() -> frozenset[str]:
    return frozenset("".join(cv.language_data().get("label_symbols", [])))


def symbol_key(texts: list[str]) -> dict[str, str]:
    """glyph -> what it stands for, from the first line explaining two glyphs or more, one of them
    the interviewer; {} otherwise."""
    glyphs = _glyphs()
    for text in texts:
        if glyphs.isdisjoint(text):  # no glyph, no key entry (most lines: skips the scan)
            continue
        found = {m.group("label"): m.group("desc").strip() for m in _key_entry().finditer(text)}
        if len(found) >= 2 and any(cv.INTERVIEWER.search(d) for d in found.values()):
            return found
    return {}


def symbol_label_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """glyph -> declared attributes of the glyphs a key explains that open at least two lines
    (followed by a space and words), or {}."""
    key = symbol_key([ln.text for ln in lines])
    if not key:
        return {}
    opened = [ln.text.lstrip()[:1] for ln in lines
              if ln.text.lstrip()[:1] in key and re.match(r"\s+\S", ln.text.lstrip()[1:])]
    if len(opened) < 2 or len(set(opened)) < 2:
        return {}
    out: dict[str, dict] = {}
    for glyph, desc in key.items():
        host = bool(cv.INTERVIEWER.search(desc))
        role = "" if host else normalize_role(desc)
        out[glyph] = {"role_raw": "" if host else desc, "role": "" if role == "inconnu" else role, "region": "",
                      "place": "", "moderator": host, "group": False, "source": "participant_table",
                      "shaped": ("", "", "caps"), "symbol": True}
    return out


@cv.per_language_data
def _coded_interview() -> re.Pattern:
    """An interview word and a participant code of letters and a number ("Entretien MG4", "Interview
    IDE12"; lang/fr attributions.yaml interview_words)."""
    words = cv._flex_alt(cv.language_data().get("interview_words", [])) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{words})\s+(?P<code>[A-ZÉ]{{1,4}}\d{{1,3}})(?![\w-])")


def heading_code(text: str) -> str:
    """The participant code an interview's heading gives ("Annexe 6 – Entretien MG4 (femme, …)":
    "MG4"), or ''."""
    m = _coded_interview().search(text)
    return m.group("code") if m else ""
