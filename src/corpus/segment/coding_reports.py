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
from .transposed_tables import row_cells

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
            # "Mémo (Claire, 04/04) :", "Mémo associé au code « Peur des contrôles » :"
            re.compile(rf"^(?:{end})(?:\s*\([^()]{{0,40}}\)|\s+[^:«»\n]{{0,30}}«[^»\n]{{1,60}}»)?\s*:", re.I),
            re.compile(d.get("coding_file_separators", r"_")))


FIELD_KINDS = ("source", "location", "code", "text", "descriptor")


@lru_cache(maxsize=4)
def _fields(key: int) -> tuple[re.Pattern, re.Pattern, dict[str, str]] | None:
    """(a field opening a line, a field after a bar, folded field name -> its kind)."""
    fields = _data().get("coded_segment_fields") or {}
    kinds = {fold_name(n): kind for kind in FIELD_KINDS for n in fields.get(kind, [])}
    if not kinds:
        return None
    names = _alt([n for kind in FIELD_KINDS for n in fields.get(kind, [])])
    # a value runs to the next "separator, field name, colon" or the line's end: a dash or a
    # semicolon inside a value ("Entretien 02 – infirmière du CDPS") is no field's end
    sep = _separators()
    # fields a tool writes one after the other with a space only ("Media Title: … Excerpt Range: …")
    spaced = _alt(_data().get("coded_segment_spaced_fields") or []) or "(?!)"
    field = rf"(?P<name>{names})\s*:\s*(?P<value>.*?)(?=\s*(?:{sep})\s*(?:{names})\s*:|\s+(?:{spaced})\s*:|\s*(?:{sep})?\s*$)"
    after = rf"(?:(?:{sep})\s*|\s+(?=(?:{spaced})\s*:))"
    return re.compile(rf"^\s*{field}", re.I), re.compile(rf"{after}{field}", re.I), kinds


def _separators() -> str:
    """What separates a header's fields on one line (lang/fr coded_segment_separators): "|",
    a dash, a semicolon."""
    return _alt(_data().get("coded_segment_separators") or ["|"])


@lru_cache(maxsize=4)
def _path_first(key: int) -> re.Pattern:
    """A header whose first field is a bare path, the document's place in the project
    ("Entretiens\\L2 ; Repérage\\Signes d'alerte ; Position : 12–13"): the path, up to a separator."""
    sep = _separators()
    return re.compile(rf"^\s*(?P<value>[^\s:|;]+(?:\s[^\s:|;]+)*?\\[^:|;]+?)\s*(?=(?:{sep}))")


def fold_name(name: str) -> str:
    return " ".join(name.lower().split())


def _line_fields(text: str) -> list[re.Match] | None:
    """The fields of a header line ("Document : … | Position : 18 - 19"), or None when the line
    does not open with a field (nor with a bare path before named fields: _path_fields)."""
    pats = _fields(id(_data()))
    if pats is None:
        return None
    if not (first := pats[0].match(text)):
        return _path_fields(text)
    return [first, *pats[1].finditer(text, first.end())]


class _PathField:
    """A bare path standing for a named source field (a Match's group interface)."""

    def __init__(self, m: re.Match):
        self._m = m

    def group(self, name: str) -> str:
        return "document" if name == "name" else self._m.group("value")

    def start(self, name: str = "value") -> int:
        return self._m.start("value")


def _path_fields(text: str) -> list | None:
    """A header opened by a bare path and holding a named location field ("Entretiens\\L2 ;
    Repérage\\Signes d'alerte ; Position : 12–13"): the path as its source field, then the named
    fields; None otherwise."""
    pats = _fields(id(_data()))
    m = _path_first(id(_data())).match(text)
    if m is None:
        return None
    named = list(pats[1].finditer(text, m.end()))
    if not any(pats[2][fold_name(f.group("name"))] == "location" for f in named):
        return None
    return [_PathField(m), *named]


def names_interview(value: str, knows=None) -> bool:
    """A source field naming an interview: "Entretien 02 – infirmière, Camopi", "E04_IDE_Lannion",
    a file named by a participant the document lists ("AESH_01": ``knows``, the document's
    knowledge of its codes), not a document analysed ("Rapport ARS 2021")."""
    parts = file_parts(value)
    if not parts:
        return False
    if knows is not None and knows(file_name(value)):
        return True
    first = parts[0].strip()
    return bool(re.fullmatch(cv.PARTICIPANT_CODE, first) or cv.INTERVIEW_CODE.fullmatch(first)) \
        or describes_person(", ".join(parts[1:]))


def field_headers(lines: list[TextLine], knows=None) -> dict[int, tuple[str, int, int | None, bool, str]]:
    """first line of a coded segment's header -> (the source it names, the line after the header,
    the offset where its text field's words start or None, whether the source is an interview, what
    a descriptor field says of the source: "Profession = pharmacien titulaire ; Commune = …").
    Sources that name no interview (a logbook, a meeting's recording, a report) are kept only in a
    list that also codes interviews: there they end the passage before them."""
    pats = _fields(id(_data()))
    if pats is None:
        return {}
    kinds = pats[2]
    out: dict[int, tuple[str, int, int | None, bool, str]] = {}
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
        if "source" in values and ("location" in values or "code" in values):
            out[i] = (values["source"], j, text_at, names_interview(values["source"], knows), values.get("descriptor", ""))
        i = max(j, i + 1)
    if not any(interview for _, _, _, interview, _ in out.values()):
        return {}
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


def file_name(path: str) -> str:
    """A transcript's file name without its folders and extension: "Entretiens\\AESH_01.docx" -> AESH_01."""
    name = re.split(r"[\\/]", path)[-1].strip()
    return re.sub(r"\.\w{2,4}$", "", name)  # a file extension


def file_parts(path: str) -> list[str]:
    """The parts of a transcript's file name: "Fichiers\\Entretiens\\E07_IDEL_Nemours" -> [E07, IDEL, Nemours]."""
    return [p for p in _patterns(id(_data()))[3].split(file_name(path)) if p and p.strip()]


class CodingReportHandlers:
    """Segmenter mixin: the line handler of coding reports."""

    def _coding_attrs(self, path: str) -> dict:
        whole = file_name(path)
        parts = file_parts(path)
        if not parts:
            return {}
        worded = cv.WORDED_CODE.fullmatch(whole.strip())
        if worded:  # "Entretien SF1": the interview of the participant the code names
            whole = worded.group("code")
            parts = [whole]
        for code in dict.fromkeys((whole, parts[0])):
            # the report's own key ("Codes utilisés : L1 à L4, agents livreurs ; R1, responsable du
            # service"), a row of the document's table of files ("| ENS_01 | Professeure des écoles |")
            desc = self._report_key.get(code) or self._file_rows.get(code)
            if desc:
                role, region, place = describe(desc, self.gazetteer)
                attrs = {"speaker": code, "role_raw": desc, "role": role, "region": region, "place": place,
                         "attr_source": "participant_table"}
                if not region:
                    known = self.ctx.code_attrs(code)
                    attrs.update(region=known["region"], place=known["place"])
                return attrs
        if self.ctx.knows(whole):  # "AESH_01", a participant the document describes
            return {**self.ctx.code_attrs(whole), "attr_source": "participant_table"}
        keys = self._coding_keys
        desc = ", ".join(keys.get(p, p) for p in parts[1:])
        role, region, place = describe(desc, self.gazetteer) if desc else ("", "", "")
        return {"speaker": parts[0], "role_raw": desc, "role": role, "region": region, "place": place,
                "attr_source": "attribution"}

    def _h_coding_report(self, i: int) -> int | None:
        if not hasattr(self, "_coding_sources"):
            self._read_file_rows()
            self._coding_sources = {**{j: (m.group("path"), j + 1, None, names_interview(m.group("path"), self._knows_file)
                                           or not _names_a_document(m.group("path")), "")
                                       for j, ln in enumerate(self.lines) if (m := source_header(ln.text))},
                                    **field_headers(self.lines, self._knows_file)}
            self._coding_keys = key_entries([ln.text for ln in self.lines]) if self._coding_sources else {}
            self._read_report_key([path for path, *_ in self._coding_sources.values()])
        if i not in self._coding_sources:
            return None
        _, ref, end, _ = _patterns(id(_data()))
        self._flush_prose(self.prose_run, self.current)
        path, j, text_at, interview, descriptor = self._coding_sources[i]
        lines = self.lines
        # a source naming no interview (a logbook, a meeting's recording): its passage is a voice of no
        # one when it speaks as people do; else it is read as any prose (its quotations found as anywhere)
        self.spans.append(Span(lines[i].start, text_at if text_at is not None else lines[j - 1].end, "other"))
        if not interview and not _nobodys_words(self._passage_text(j if text_at is None else j - 1, text_at)):
            return j
        attrs = self._coding_attrs(path) if interview else _no_one(path)
        if interview and descriptor and attrs.get("role") in ("autre", "inconnu", ""):
            attrs = self._described_source(attrs, descriptor)
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

    def _described_source(self, attrs: dict, descriptor: str) -> dict:
        """The source's attributes completed by what its descriptor field says of the person
        ("Profession = pharmacien titulaire ; Commune = Rocamadour") when its name gave no role
        ("ENT07_PH_Rocamadour": "PH" is a pharmacist or a hospital practitioner)."""
        values = [v.strip() for part in re.split(r"\s*[;|]\s*", descriptor) for v in part.split("=")[1:]]
        role, region, place = describe(", ".join(v for v in values if v), self.gazetteer)
        if role in ("autre", "inconnu", ""):
            return attrs
        return {**attrs, "role_raw": ", ".join(values), "role": role, "region": attrs.get("region") or region,
                "place": attrs.get("place") or place}

    def _passage_text(self, j: int, text_at: int | None) -> str:
        """The words of the passage under a header: its text field's, else its first non-empty line's."""
        if text_at is not None:
            return self.text[text_at:self.lines[j].end]
        while j < len(self.lines) and not self.lines[j].text.strip():
            j += 1
        return self.lines[j].text if j < len(self.lines) else ""

    def _knows_file(self, name: str) -> bool:
        return self.ctx.knows(name) or name in self._file_rows

    def _read_file_rows(self) -> None:
        """The document's table rows that describe a person, by their first cell ("| ENS_01 |
        Professeure des écoles |"), once; the report key starts empty (_read_report_key)."""
        if hasattr(self, "_file_rows"):
            return
        self._file_rows, self._report_key = {}, {}
        for ln in self.lines:
            cells = [c for c in row_cells(ln.text) if c] if cv.has_cells(ln.text) else []
            # (a row describing a person: "| Reunion_ESS_05 | Réunion d'équipe de suivi |" names no one)
            if len(cells) >= 2 and not any(q in ln.text for q in "«»") and describes_person(", ".join(cells[1:])):
                self._file_rows.setdefault(cells[0], ", ".join(cells[1:]))

    def _read_report_key(self, sources: list[str]) -> None:
        """What the document says of the codes the coded segments' sources name (report_key)."""
        codes = {c for path in sources for c in (file_name(path), *file_parts(path)[:1])}
        if codes:
            self._report_key.update(report_key([ln.text for ln in self.lines], codes))

    def _h_coded_row(self, i: int) -> int | None:
        """A row of a coded-extract table (coded_table_rows): the extract cell is a verbatim of the
        participant its document cell names; the other cells are the export's."""
        if not hasattr(self, "_coded_rows"):
            self._read_file_rows()
            self._coded_rows = coded_table_rows(self.lines, self._knows_file)
            self._read_report_key([source for source, *_ in self._coded_rows.values()])
        row = self._coded_rows.get(i)
        if row is None:
            return None
        source, a, b, interview = row
        if not interview and not _nobodys_words(self.text[a:b]):
            return None  # a note's row, or one quoting someone: read as prose
        self._flush_prose(self.prose_run, self.current)
        attrs = self._coding_attrs(source) if interview else _no_one(source)
        ln = self.lines[i]
        self.spans.append(Span(ln.start, a, "other"))
        self.spans.append(Span(a, b, "verbatim", dict(attrs)))
        if b < ln.end:
            self.spans.append(Span(b, ln.end, "other"))
        return i + 1


@cv.per_language_data
def _range_words() -> str:
    return _alt(_data().get("range_words", [])) or "(?!)"


def report_key(texts: list[str], codes: set[str]) -> dict[str, str]:
    """code -> what the document's key says of it, for the codes a coding report's sources name:
    entries "CODE : description" or "CODE, description" separated by semicolons or sentences
    ("O1 : opérateur de broyage, 12 ans. O2 : conditionneuse …"), a range of codes standing for
    each ("L1 à L4, agents livreurs")."""
    codes = {c for c in codes if c}
    if not codes:
        return {}
    shape = r"[A-Za-zÉ][\w]{0,11}"
    rng = _range_words()
    entry = re.compile(rf"^(?:[^;]*:\s*)?(?P<first>{shape})(?:\s+(?:{rng})\s+(?P<last>{shape}))?"
                       rf"\s*[:,=]\s*(?P<desc>[^;]{{3,160}})$")
    out: dict[str, str] = {}
    for t in texts:
        if not any(c in t for c in codes):
            continue
        for chunk in re.split(rf"\s*;\s*|(?<=[.])\s+(?=(?:{_alt(codes)})\s*[:,=])", t.strip()):
            m = entry.match(chunk.strip())
            if m is None:
                continue
            desc = m.group("desc").strip().rstrip(".")
            if m.group("last"):  # a range describes its people in the plural: each one in the singular
                desc = " ".join(re.sub(r"(?<=\w\w)[sx]$", "", w) for w in desc.split())
            # (the codes are the report's sources: a description of words is theirs, even one no rule
            # reads as a trade, "aides à domicile du service"; not a count or a date)
            if not (describes_person(desc) or re.match(r"[^\W\d_]{3,}", desc)):
                continue
            for code in _expand(m.group("first"), m.group("last")):
                if code in codes:
                    out.setdefault(code, desc)
    return out


def _expand(first: str, last: str | None) -> list[str]:
    """The codes of a range "L1 à L4" -> [L1, L2, L3, L4]; the code alone when no range."""
    if not last:
        return [first]
    a, b = re.fullmatch(r"(\D*)(\d+)", first), re.fullmatch(r"(\D*)(\d+)", last)
    if not a or not b or a.group(1) != b.group(1) or not int(a.group(2)) <= int(b.group(2)) <= int(a.group(2)) + 40:
        return [first, last]
    return [f"{a.group(1)}{n}" for n in range(int(a.group(2)), int(b.group(2)) + 1)]


def _no_one(source: str) -> dict:
    """The attributes of a passage whose source names no one: no speaker, its role unsaid."""
    return {"speaker": "", "role": "inconnu", "role_raw": file_name(source), "attr_source": "coding_source"}


def _names_a_document(path: str) -> bool:
    """A source that names a document of the project other than an interview: field notes, a
    logbook, a report (lang/fr coding_reports.yaml coding_document_sources), "Notes d'observation –
    salle d'attente"."""
    words = _alt(_data().get("coding_document_sources", [])) or "(?!)"
    return bool(re.match(rf"\s*(?:{words})(?![\w'’])", file_name(path), re.I))


def _nobodys_words(passage: str) -> bool:
    """A passage of a source that names no interview is a voice of no one when it speaks as people do
    and quotes no one (whose words the prose readers find, "… lance : « … »")."""
    return spoken_passage(passage) and "«" not in passage


def spoken_passage(text: str) -> bool:
    """Words as people speak them: a word of the first person (lang/fr testimony_headings.yaml
    first_person_words) or a question."""
    from .testimony_headings import _first_person

    return bool(_first_person(id(_data())).search(text)) or text.rstrip().rstrip("»").rstrip().endswith("?")


def coded_table_rows(lines: list[TextLine], knows=None) -> dict[int, tuple[str, int, int, bool]]:
    """Rows of a table of coded extracts (a Taguette or any tool's export set as a table: "| Document
    | Étiquettes | Extrait surligné |" then "| O1_broyage.txt | irritation | Quand on ouvre …|"):
    row's line -> (its document cell, the extract cell's start and end offsets, whether the document
    names an interview). The header names a source column and a text column with the coded-segment
    field names (lang/fr coding_reports.yaml); a table none of whose rows names an interview is none."""
    from .answer_tables import cell_spans

    pats = _fields(id(_data()))
    if pats is None:
        return {}
    kinds = pats[2]
    out: dict[int, tuple[str, int, int, bool]] = {}
    i = 0
    while i < len(lines):
        cells = cell_spans(lines[i].text)
        names = [fold_name(lines[i].text[a:b].strip(" .:")) for a, b in cells]
        cols = {kinds.get(n): k for k, n in reversed(list(enumerate(names))) if kinds.get(n)}
        if "source" not in cols or "text" not in cols:
            i += 1
            continue
        rows: dict[int, tuple[str, int, int, bool]] = {}
        j = i + 1
        while j < len(lines) and len(cell_spans(lines[j].text)) == len(cells):
            row = cell_spans(lines[j].text)
            text = lines[j].text
            source = text[slice(*row[cols["source"]])].strip()
            a, b = row[cols["text"]]
            while a < b and text[a] == " ":
                a += 1
            if source and b > a:
                rows[j] = (source, lines[j].start + a, lines[j].start + b, names_interview(source, knows))
            j += 1
        if any(interview for *_, interview in rows.values()):
            out.update(rows)
        i = j
    return out
