"""NUMBERED CASE RECORDS (issue #14, s31-segr54b): a thesis, a report or an annex sets out the
documents it studies one by one, each numbered and describing the ONE person it concerns, as a
heading ("Courrier 3 – salariée, 52 ans, agent d'entretien, commune de Lourdes") or as the opening
of the extract's paragraph ("Dossier 14 (F, 81 ans) – Motif : fatigue. Dit : « … »"). The words
of that person the document copies in guillemets are the case's: its code ("Courrier 3", "Dossier
14") is the speaker, its description gives the role and the place when the quotation's own reading
gave none.

The nouns are lang/fr/case_records.yaml ``case_record_nouns`` (documents that record a real person:
letters, files, reports; not a teaching case or a vignette, which are fiction); the description must
give the person's age (``cv.AGE_FIELD``), so that "Dossier 4 – financement de la MSP" is no case. In the
extract's paragraph form, a quotation no other reader took as speech becomes the case's when the
words before it end on a colon and it talks in the first person (lang/fr grammar.yaml
``spoken_words``): "Examen : RAS, poids stable." has no quotation; "Courrier 2 – … : « Vu le
dossier … »" quoted in the third person stays the author's.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, description_fields

_data = cv.language_data


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern]:
    nouns = cv._flex_alt(_data().get("case_record_nouns", [])) or "(?!)"
    marks = cv.literal_alternation(set(_data().get("number_marks", []))) or "(?!)"
    code = rf"(?P<code>(?:{nouns})\s*(?:(?:{marks})\s*)?\d{{1,4}})"
    # the heading: "Courrier 3 – salariée, 52 ans, agent d'entretien, commune de Lourdes"
    heading = re.compile(rf"^\s*{code}\s*(?:[–—:-]\s*(?P<desc>[^«»()]{{3,160}}?)|\((?P<pdesc>[^()«»]{{3,120}})\))\s*\.?\s*$")
    # the extract's paragraph: "Dossier 14 (F, 81 ans) – Motif : …"
    opener = re.compile(rf"^\s*{code}\s*\((?P<pdesc>[^()«»]{{3,120}})\)\s*(?:[–—:.-]|$)")
    return heading, opener


def _aged(desc: str) -> bool:
    return any(cv.AGE_FIELD.match(f) for f in description_fields(desc))


def _bar_fields(text: str) -> str:
    """A record line set as bar-separated fields, "Fiche n° 07 | Poste : émouleur | Âge : 58 ans",
    as a heading writes it: "Fiche n° 07 – émouleur, 58 ans" (each field's value after its label)."""
    first, *fields = [f.strip() for f in text.split("|")]
    values = [f.split(":", 1)[1].strip() if ":" in f else f for f in fields if f]
    return f"{first} – {', '.join(v for v in values if v)}" if values else text


def case_heading(text: str) -> tuple[str, str] | None:
    """(code, description) of a numbered case's heading line, or None."""
    if "|" in text:
        text = _bar_fields(text)  # "Fiche n° 07 | Poste : émouleur | Âge : 58 ans | …" (s37)
    if len(text) > 220 or not any(ch.isdigit() for ch in text):
        return None
    m = _patterns(id(_data()))[0].match(" ".join(text.split()))
    if m is None:
        return None
    desc = (m.group("desc") or m.group("pdesc") or "").strip()
    return (" ".join(m.group("code").split()), desc) if _aged(desc) else None


def case_opener(text: str) -> tuple[str, str] | None:
    """(code, description) of the numbered case a paragraph opens with, or None."""
    if not text[:1].isalpha() or "(" not in text[:40]:
        return None
    m = _patterns(id(_data()))[1].match(text)
    if m is None:
        return None
    desc = m.group("pdesc").strip()
    return (" ".join(m.group("code").split()), desc) if _aged(desc) else None


def case_call(seg, a: int, b: int, call):
    """The quotation text[a:b] as the words of the numbered case its paragraph opens with or its
    section's heading numbers, when its reading named nobody; ``call`` unchanged otherwise."""
    from .quotes import QuoteCall

    if call.verbatim and (call.attrs.get("speaker") or "person" in call.attrs):
        return call
    if not _data().get("case_record_nouns"):
        return call
    k = bisect.bisect_right(seg._line_starts, a) - 1
    if k < 0:
        return call
    line = seg.lines[k]
    found = case_opener(line.text)
    opened = found is not None
    if found is None and k >= 1 and "|" in seg.lines[k - 1].text:
        # the record's fields on the line right above, set apart by bars (s37): the quotation's
        # paragraph opens the record's body as the opener's would
        found = case_heading(seg.lines[k - 1].text)
        opened = found is not None
    if found is None:
        above = next((h for h in range(k - 1, max(-1, k - 40), -1) if h in seg.headings), None)
        found = case_heading(seg.lines[above].text) if above is not None else None
        if found is None:
            return call
    if not call.verbatim:
        lead = seg.text[line.start:a].rstrip()
        inner = seg.text[a:b]
        if not opened or not lead.endswith(":") or not cv.SPOKEN_WORDS.search(inner) \
                or len(inner.split()) < 4:
            return call
    code, desc = found
    role, region, place = describe(desc, seg.gazetteer)
    attrs = dict(call.attrs) if call.verbatim else {}
    if re.match(r"^[^\W\d][\w'’ -]{0,30}\s*:", attrs.get("role_raw", "")):
        # "Conclusion : orientation vers une consultation ORL" under the record: a field of the record,
        # no one's description
        attrs.pop("role", None)
        attrs.pop("role_raw", None)
    if attrs.get("role") in (None, "", "inconnu") or (attrs.get("role") == "autre" and role not in ("", "inconnu")):
        attrs["role"], attrs["role_raw"] = (role if role not in ("", "inconnu") else "autre"), desc
    if not attrs.get("region") and region:
        attrs["region"], attrs["place"] = region, place
    attrs.setdefault("region", "")
    attrs.setdefault("place", "")
    attrs["speaker"] = code
    attrs["attr_source"] = attrs.get("attr_source") or "attribution"
    return QuoteCall(True, attrs, call.attribution)
