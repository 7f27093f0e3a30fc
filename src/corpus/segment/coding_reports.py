"""Coding reports of qualitative-analysis software pasted in an annex (NVivo, Atlas.ti, MAXQDA):
the passages coded at a node, grouped under the transcript's file name ("<Fichiers\\Entretiens\\
E07_IDEL_Nemours> - § 1 référence encodée [Couverture 3,12 %]"), each under a reference line
("Référence 1 - Couverture 3,12 %"). The forms are lang/fr/coding_reports.yaml.

Each passage (its paragraphs up to the next reference, source, heading or a closing "Source :"
line) is a verbatim of the interviewee the file name codes: the code is the name's first part,
the rest (a profession's abbreviation, a town) describes them, an abbreviation read through the
document's key ("IDEL : infirmière libérale") when it has one. The header lines are no one's words.

Coded-segment lists (MAXQDA, QualCoder, any export set as fields) head each segment with
"Field : value" fields instead ("Document : Entretien 02 – infirmière du CDPS, Camopi | Position :
18 - 19 | Code : …", or one field a line): a header whose fields name an interview (its value read
like a file name, a participant's code or a person's description) and a position or a code. The
segment's words follow it, or fill its text field ("Texte codé : …").
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe, describes_person
from .base import Span, TextLine, append_cut
from .compound_codes import key_entries

_alt = cv.literal_alternation
_data = cv.language_data


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[tuple[re.Pattern, ...], re.Pattern, re.Pattern, re.Pattern]:
    """(the source headers' forms, each with its group path, the reference header, the end, the
    file name's separators)."""
    d = _data()
    never = "(?!)"
    sources = tuple(re.compile(p, re.I) for p in d.get("coding_source_headers", []))
    ref = "|".join(f"(?:{p})" for p in d.get("coding_reference_headers", [])) or never
    end = _alt(d.get("coding_report_end", [])) or never
    return (sources, re.compile(ref, re.I),
            re.compile(rf"^(?:{end})(?:\s*\([^()]{{0,40}}\))?\s*:", re.I),  # "Mémo (Claire, 04/04) :"
            re.compile(d.get("coding_file_separators", r"_")))


FIELD_KINDS = ("source", "location", "code", "text")


@lru_cache(maxsize=4)
def _fields(key: int) -> tuple[re.Pattern, re.Pattern, dict[str, str]] | None:
    """(a field opening a line, a field after a bar, folded field name -> its kind)."""
    fields = _data().get("coded_segment_fields") or {}
    kinds = {fold_name(n): kind for kind in FIELD_KINDS for n in fields.get(kind, [])}
    if not kinds:
        return None
    names = _alt([n for kind in FIELD_KINDS for n in fields.get(kind, [])])
    field = rf"(?P<name>{names})\s*:\s*(?P<value>[^|]*)"
    return re.compile(rf"^\s*{field}", re.I), re.compile(rf"\|\s*{field}", re.I), kinds


def fold_name(name: str) -> str:
    return " ".join(name.lower().split())


def _line_fields(text: str) -> list[re.Match] | None:
    """The fields of a header line ("Document : … | Position : 18 - 19"), or None when the line
    does not open with a field."""
    pats = _fields(id(_data()))
    if pats is None or not (first := pats[0].match(text)):
        return None
    return [first, *pats[1].finditer(text, first.end())]


def names_interview(value: str) -> bool:
    """A source field naming an interview: "Entretien 02 – infirmière, Camopi", "E04_IDE_Lannion",
    not a document analysed ("Rapport ARS 2021")."""
    parts = file_parts(value)
    if not parts:
        return False
    first = parts[0].strip()
    return bool(re.fullmatch(cv.PARTICIPANT_CODE, first) or cv.INTERVIEW_CODE.fullmatch(first)) \
        or describes_person(", ".join(parts[1:]))


def field_headers(lines: list[TextLine]) -> dict[int, tuple[str, int, int | None]]:
    """first line of a coded segment's header -> (the interview it names, the line after the
    header, the offset where its text field's words start or None)."""
    pats = _fields(id(_data()))
    if pats is None:
        return {}
    kinds = pats[2]
    out: dict[int, tuple[str, int, int | None]] = {}
    i = 0
    while i < len(lines):
        found = _line_fields(lines[i].text)
        if found is None:
            i += 1
            continue
        values: dict[str, str] = {}
        text_at = None
        j = i
        while j < len(lines) and text_at is None:
            found = _line_fields(lines[j].text) if j > i else found
            if found is None:
                # a header the extraction wrapped inside a value: "… CDPS de" / "Camopi | Position : …"
                cont = pats[1].search(lines[j].text) if j > i and values else None
                if cont is None or "|" in lines[j].text[:cont.start()]:
                    break
                last = list(values)[-1]
                values[last] += " " + lines[j].text[:cont.start()].strip()
                found = list(pats[1].finditer(lines[j].text))
            for m in found:
                kind = kinds[fold_name(m.group("name"))]
                if kind == "text" and m.group("value").strip():
                    text_at = lines[j].start + m.start("value")
                values.setdefault(kind, m.group("value").strip())
            j += 1
        if "source" in values and ("location" in values or "code" in values) and names_interview(values["source"]):
            out[i] = (values["source"], j, text_at)
        i = max(j, i + 1)
    return out


def source_header(text: str) -> re.Match | None:
    return next((m for p in _patterns(id(_data()))[0] if (m := p.match(text.strip()))), None)


def split_at_coding_headers(lines: list[TextLine]) -> list[TextLine]:
    """A coding report's lines cut before each source and reference header and after it (its
    bracketed coverage included), as extraction runs the report's paragraphs together;
    re-indexed. Lines unchanged in a document without a source header."""
    sources, ref, _, _ = _patterns(id(_data()))
    # anywhere in a line; a form anchored at the line's end is a whole line, never run into another
    inside = [re.compile(p.pattern.removeprefix("^"), re.I) for p in sources if not p.pattern.endswith("$")]
    if not any(p.search(ln.text) for p in inside for ln in lines) and not any(source_header(ln.text) for ln in lines):
        return lines
    inside.append(re.compile(ref.pattern.replace("(?:^", "(?:"), re.I))
    # a passage's codes run into its last sentence: "… substituer. Codes : [Pharmacie]"
    codes = _alt((_data().get("coded_segment_fields") or {}).get("code", []))
    after_sentence = re.compile(rf"(?<=[.!?…»]\s)(?=(?:{codes})\s*:)", re.I) if codes else None
    out: list[TextLine] = []
    for ln in lines:
        cuts = [m.start() for m in after_sentence.finditer(ln.text)] if after_sentence else []
        for pat in inside:
            for m in pat.finditer(ln.text):
                after = re.match(r"[^\[\]«».!?]{0,40}\[[^\]]{0,40}\]", ln.text[m.end():])
                cuts += [m.start(), m.end() + (after.end() if after else 0)]
        append_cut(out, ln, cuts)
    return out


def file_parts(path: str) -> list[str]:
    """The parts of a transcript's file name: "Fichiers\\Entretiens\\E07_IDEL_Nemours" -> [E07, IDEL, Nemours]."""
    name = re.split(r"[\\/]", path)[-1]
    name = re.sub(r"\.\w{2,4}$", "", name)  # a file extension
    return [p for p in _patterns(id(_data()))[3].split(name) if p and p.strip()]


class CodingReportHandlers:
    """Segmenter mixin: the line handler of coding reports."""

    def _coding_attrs(self, path: str) -> dict:
        parts = file_parts(path)
        if not parts:
            return {}
        keys = self._coding_keys
        desc = ", ".join(keys.get(p, p) for p in parts[1:])
        role, region, place = describe(desc, self.gazetteer) if desc else ("", "", "")
        return {"speaker": parts[0], "role_raw": desc, "role": role, "region": region, "place": place,
                "attr_source": "attribution"}

    def _h_coding_report(self, i: int) -> int | None:
        if not hasattr(self, "_coding_sources"):
            self._coding_sources = {**{j: (m.group("path"), j + 1, None) for j, ln in enumerate(self.lines)
                                       if (m := source_header(ln.text))}, **field_headers(self.lines)}
            self._coding_keys = key_entries([ln.text for ln in self.lines]) if self._coding_sources else {}
        if i not in self._coding_sources:
            return None
        _, ref, end, _ = _patterns(id(_data()))
        self._flush_prose(self.prose_run, self.current)
        path, j, text_at = self._coding_sources[i]
        attrs = self._coding_attrs(path)
        lines = self.lines
        self.spans.append(Span(lines[i].start, text_at if text_at is not None else lines[j - 1].end, "other"))
        if text_at is not None:  # "Texte codé : …": the field's value is the segment
            self.spans.append(Span(text_at, lines[j - 1].end, "verbatim", dict(attrs)))

        def stops(j: int) -> bool:
            t = lines[j].text.strip()
            return j in self._coding_sources or j in self.headings or bool(end.match(t)) or bool(ref.match(t)) \
                or _line_fields(t) is not None

        while j < len(lines):
            t = lines[j].text.strip()
            if not t:
                j += 1
            elif (ref.match(t) or _line_fields(t) is not None) and j not in self._coding_sources:
                # a reference line, a field under the header ("Codes : ● Coopération")
                self.spans.append(Span(lines[j].start, lines[j].end, "other"))
                j += 1
            elif stops(j):
                break
            else:
                k = j
                while k + 1 < len(lines) and lines[k + 1].text.strip() and not stops(k + 1):
                    k += 1
                self.spans.append(Span(lines[j].start, lines[k].end, "verbatim", dict(attrs)))
                j = k + 1
        return j
