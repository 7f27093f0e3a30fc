"""Coding reports of qualitative-analysis software pasted in an annex (NVivo, Atlas.ti, MAXQDA):
the passages coded at a node, grouped under the transcript's file name ("<Fichiers\\Entretiens\\
E07_IDEL_Nemours> - § 1 référence encodée [Couverture 3,12 %]"), each under a reference line
("Référence 1 - Couverture 3,12 %"). The forms are lang/fr/coding_reports.yaml.

Each passage (its paragraphs up to the next reference, source, heading or a closing "Source :"
line) is a verbatim of the interviewee the file name codes: the code is the name's first part,
the rest (a profession's abbreviation, a town) describes them, an abbreviation read through the
document's key ("IDEL : infirmière libérale") when it has one. The header lines are no one's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describe
from .base import Span, TextLine, append_cut

_alt = cv.literal_alternation
_data = cv.language_data


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    d = _data()
    never = "(?!)"
    source = "|".join(f"(?:{p})" for p in d.get("coding_source_headers", [])) or never
    ref = "|".join(f"(?:{p})" for p in d.get("coding_reference_headers", [])) or never
    end = _alt(d.get("coding_report_end", [])) or never
    return (re.compile(source, re.I), re.compile(ref, re.I), re.compile(rf"^(?:{end})\s*:", re.I),
            re.compile(d.get("coding_file_separators", r"_")))


def source_header(text: str) -> re.Match | None:
    return _patterns(id(_data()))[0].match(text.strip())


def split_at_coding_headers(lines: list[TextLine]) -> list[TextLine]:
    """A coding report's lines cut before each source and reference header and after it (its
    bracketed coverage included), as extraction runs the report's paragraphs together;
    re-indexed. Lines unchanged in a document without a source header."""
    source, ref, _, _ = _patterns(id(_data()))
    inside = [re.compile(p.pattern.replace("(?:^", "(?:"), re.I) for p in (source, ref)]  # anywhere in a line
    if not any(inside[0].search(ln.text) for ln in lines):
        return lines
    out: list[TextLine] = []
    for ln in lines:
        cuts = []
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


def key_entries(texts: list[str]) -> dict[str, str]:
    """"MG : médecin généraliste ; IDEL : infirmière libérale" in the document: abbreviation -> meaning."""
    out: dict[str, str] = {}
    for t in texts:
        for m in re.finditer(r"(?:^|[(;,]\s*)(?P<abbr>[A-ZÉÈ]{2,8})\s*:\s*(?P<desc>[^;:()]{3,60}?)\s*(?=[;)]|$)", t):
            out.setdefault(m.group("abbr"), m.group("desc").strip())
    return out


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
            self._coding_sources = {j: m.group("path") for j, ln in enumerate(self.lines)
                                    if (m := source_header(ln.text))}
            self._coding_keys = key_entries([ln.text for ln in self.lines]) if self._coding_sources else {}
        if i not in self._coding_sources:
            return None
        _, ref, end, _ = _patterns(id(_data()))
        self._flush_prose(self.prose_run, self.current)
        attrs = self._coding_attrs(self._coding_sources[i])
        lines = self.lines
        self.spans.append(Span(lines[i].start, lines[i].end, "other"))

        def stops(j: int) -> bool:
            t = lines[j].text.strip()
            return j in self._coding_sources or j in self.headings or bool(end.match(t)) or bool(ref.match(t))

        j = i + 1
        while j < len(lines):
            t = lines[j].text.strip()
            if not t:
                j += 1
            elif ref.match(t):
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
