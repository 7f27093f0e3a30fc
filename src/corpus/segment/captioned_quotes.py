"""A quotation set as a figure, its caption on the line below (issue #14, session 53): "« Le planning,
je le refais trois fois par jour … »" over "Figure 4 – Propos de la cadre de santé de l'HAD …,
entretien n°2, février 2022." A memoir that presents its informants' words as figures says whose
they are in the caption: the quotation is a verbatim of the person the caption describes (after a
lead such as "Propos de"), the interview's number its speaker; a caption describing no one ("Figure
5 – Message relevé dans le cahier de transmissions …") leaves someone's written words, nobody
known. Only a quotation filling its paragraph, right above the caption, is read so. The words are
lang/fr/captioned_quotes.yaml."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe
from .regions import resolve_region


def settings() -> dict:
    return {"caption_words": [], "figure_words": [], "person_leads": [], **(cv.language_data().get("captioned_quotes") or {})}


@cv.per_language_data
def _caption() -> re.Pattern:
    words = cv.literal_alternation({fold(w).lower() for w in settings()["caption_words"]}) or "(?!)"
    return re.compile(rf"^\s*(?:{words})\s*(?:n°\s*)?\d{{1,3}}[a-z]?\s*(?:[–—:-]|\.\s)\s*(?P<desc>\S.*)$")


@cv.per_language_data
def _figure_words() -> str:
    """The caption words of an image (a figure, a photograph), whose caption may describe no one:
    a box's or an extract's title names what comes below it."""
    return cv.literal_alternation({fold(w).lower() for w in settings()["figure_words"]}) or "(?!)"


def caption(text: str) -> str:
    """The description a figure's caption gives ("Propos de la cadre …, entretien n°2"), None-like
    '' when the line is no caption."""
    t = " ".join(text.split())
    m = _caption().match(fold(t).lower())
    return t[m.start("desc"):] if m else ""


def caption_attrs(desc: str, gazetteer) -> dict:
    """Speaker, role and place of the person a caption describes."""
    low = fold(desc).lower()
    lead = next((w for w in sorted(settings()["person_leads"], key=len, reverse=True) if low.startswith(fold(w).lower())), None)
    ref = cv.INTERVIEW_REF.search(desc)
    speaker = cv.interview_speaker(str(int(ref.group("num")))) if ref else ""
    if lead is None and not ref:
        return {"speaker": "", "role_raw": desc, "role": "inconnu", "region": "", "place": "", "attr_source": "figure_caption"}
    person = desc[len(lead):].strip() if lead else desc
    role, region, place = describe(person, gazetteer) if gazetteer is not None else ("inconnu", "", "")
    return {"speaker": speaker, "role_raw": person, "role": role or "inconnu", "region": region, "place": place,
            "attr_source": "attribution"}


def _names_someone(desc: str, gazetteer) -> bool:
    """A caption naming a person ("Ferdinand B., 58 ans, …", "choisie par Kévin (attrapeur)", "Mme R.,
    …"): a capitalised word that is no place, after the caption's first word."""
    for m in re.finditer(r"(?<![\w'’])[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûçà]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\b", desc):
        if m.start() == 0 and desc[:1].isupper() and not re.match(r"\s*(?:\(|,|\s[A-ZÉÈ])", desc[m.end():]):
            continue  # the caption's own first word ("Message relevé …")
        if gazetteer is None or not (gazetteer.find(m.group(0)) or resolve_region(m.group(0), gazetteer)[0]):
            return True  # (a commune, "… d'un patient de Fismes", names no one)
    return bool(cv.LABEL_SHAPES["civility"].match(desc.split(",")[0].strip()))


def captioned_call(seg, a: int, b: int, call, call_class):
    """The call of quotation text[a:b]: a figure's words when it fills its paragraph and the next line
    is a figure's caption; ``call`` otherwise."""
    if call.verbatim and call.attribution is not None:
        return call  # the quotation's own attribution
    text = seg.text
    start, end = text.rfind("\n", 0, a) + 1, text.find("\n", b)
    end = len(text) if end < 0 else end
    if text[start:a].strip() or text[b:end].strip(" .\t"):
        return call
    nxt = end + 1
    while nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    line_end = text.find("\n", nxt)
    line = text[nxt:line_end if line_end >= 0 else len(text)]
    desc = caption(line)
    if not desc:
        return call
    attrs = caption_attrs(desc, seg.gazetteer)
    if attrs["attr_source"] == "figure_caption" and (
            not re.match(rf"\s*(?:{_figure_words()})", fold(line).lower()) or _names_someone(desc, seg.gazetteer)):
        # "Encadré 3 – Mme R., fille d'une patiente …", "Photo 2 : Ferdinand B., 58 ans, …": the title of
        # what comes below, presenting its person, no caption of the quotation above
        return call
    return call_class(True, attrs)
