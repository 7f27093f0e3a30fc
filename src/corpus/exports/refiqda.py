"""REFI-QDA project (``corpus.qdpx``, Project 1.0 schema, ``urn:QDA-XML:project:1.0``).

A zip holding ``project.qde`` and ``sources/<guid>.txt`` (the folder the exchange standard names;
files are addressed as ``internal://<guid>.txt``). Each source is the document's ``text.txt``
byte for byte (UTF-8, no BOM, ``\\n`` line ends). ``startPosition``/``endPosition`` count Unicode
characters (code points) of that plain text from 0, end exclusive: Python ``str`` offsets. Tools
counting UTF-16 units agree as long as the text has no character outside the Basic Multilingual
Plane (checked by the tests).

Sources: ``name`` = the document id, ``Description`` = its title, and variables ``title``,
``year`` (Integer when every year is a number) and ``kind`` as ``VariableValue`` of the
``TextSource`` (the form MAXQDA writes and QualCoder reads as file attributes).

Codes (each group a non-codable parent):
- ``Thèmes``: one code per theme of themes.yaml. Its codings cover the whole segment (verbatim,
  turn, narrative paragraph...) coded for the theme: from ``segment_themes.csv`` (rows with
  ``coded`` true) when that table exists, else every segment holding a lexicon hit. The
  selection's ``Description`` (a coding memo in QualCoder) lists the matched words, and the
  score, source and evidence when segment_themes.csv gives them. Under each theme, a code
  ``<label> · mots repérés`` codes each lexicon hit itself (the matched words).
- ``Segments``: ``verbatim`` and ``turn``, one coding per verbatim/turn of verbatims.csv.
- ``Locuteurs (cas)``: one code per case, with the case's own GUID (see Cases).
- ``Classes CHD · <corpus>``: when ``chd_segments.csv`` exists, one code per class > 0 coding the
  CHD segments of that class.

Cases: one per named speaker of a document; the unnamed speakers of a document who share a role
and region form one case. Case variables ``region``, ``role``, ``document`` (an empty value is
left out). A case is linked to its verbatims in two forms, because importers read different ones:
the standard's ``Case/SelectionRef`` (and ``SourceRef``), and NVivo's form, which QualCoder's
importer reads (``clean_up_case_codes_and_case_text`` in its refi.py): a Code with the same GUID
as the Case, whose codings become the case's text. The verbatim's selection carries both the
kind code and the case code.

Names and descriptions are stripped of characters XML cannot hold (control characters,
U+FFFE/U+FFFF), each removal noted in the export log; the source texts are kept byte for byte
(they are plain files, not XML). GUIDs are UUID5 of stable keys and the zip has fixed
timestamps, so an unchanged corpus re-exports byte for byte.
"""

from __future__ import annotations

import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .. import io as cio
from ..errors import CorpusError
from ..io import SPEAKER_KINDS
from .common import (
    CHD_CLASSES,
    CHD_SEGMENTS,
    SEGMENT_THEMES,
    XmlCleaner,
    chd_rows,
    guid,
    load_tables,
    ok_documents,
    read_source_text,
    theme_segments,
    trimmed_span,
)

QDA_NS = "urn:QDA-XML:project:1.0"
SOURCES_DIR = "sources"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # zip's epoch: no wall-clock time in the archive
PALETTE = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2",
           "#7F7F7F", "#BCBD22", "#17BECF"]
CASE_VARIABLES = ("region", "role", "document")
SOURCE_VARIABLES = ("title", "year", "kind")
EMPTY_VALUE = "nr"
HIT_SUFFIX = " · mots repérés"


@dataclass(frozen=True)
class Selection:
    doc_id: str
    key: str          # stable identity: "verbatim/<segment_id>", "theme/<theme>/<segment_id>", ...
    start: int
    end: int
    codes: tuple      # code GUIDs, in writing order
    name: str
    text: str         # what text[start:end] must be
    memo: str = ""

    @property
    def guid(self) -> str:
        return guid("selection", self.doc_id, self.key)


# ---- codes ----------------------------------------------------------------------------------
def theme_code_guid(theme: str) -> str:
    return guid("code", "theme", theme)


def hit_code_guid(theme: str) -> str:
    return guid("code", "theme-hits", theme)


def kind_code_guid(kind: str) -> str:
    return guid("code", "kind", kind)


def chd_code_guid(corpus: str, cls: int) -> str:
    return guid("code", "chd", corpus, str(cls))


def code_tree(themes: dict, cases: list[dict], chd: dict[str, dict[int, str]]) -> list[dict]:
    """Code definitions: guid, name, description, codable, color key, children."""

    def code(g, name, description="", codable=True, color=None, children=()):
        return {"guid": g, "name": name, "description": description, "codable": codable,
                "color": color, "children": list(children)}

    theme_codes = [
        code(theme_code_guid(t), spec.get("label", t), spec.get("definition", ""), color=t,
             children=[code(hit_code_guid(t), f"{spec.get('label', t)}{HIT_SUFFIX}",
                            f"Words of the '{t}' lexicon found in the text (one coding per match)",
                            color=t)])
        for t, spec in themes.items()]
    tree = [
        code(guid("code", "group", "themes"), "Thèmes",
             "Segments coded for each theme (config/themes.yaml); under each theme, the matched "
             "words", codable=False, children=theme_codes),
        code(guid("code", "group", "segments"), "Segments", "Quoted speech found by segmentation",
             codable=False,
             children=[code(kind_code_guid(k), k, f"segment kind '{k}' (see docs/ARCHITECTURE.md)",
                            color=k) for k in SPEAKER_KINDS]),
    ]
    if cases:
        tree.append(code(guid("code", "group", "cases"), "Locuteurs (cas)",
                         "One code per case (speaker), sharing the case's GUID: its codings are "
                         "the case's passages", codable=False,
                         children=[code(c["guid"], c["name"], color="case") for c in cases]))
    for corpus, classes in sorted(chd.items()):
        tree.append(code(guid("code", "group", "chd", corpus), f"Classes CHD · {corpus}",
                         f"Reinert CHD classes of the '{corpus}' corpus (chd_segments.csv)",
                         codable=False,
                         children=[code(chd_code_guid(corpus, c), f"classe {c} · {corpus}", top,
                                        color=f"chd{c}") for c, top in sorted(classes.items())]))
    return tree


# ---- selections -----------------------------------------------------------------------------
def verbatim_span(text: str, row: dict, where: str) -> tuple[int, int]:
    """The verbatim's own characters: the segment span minus surrounding whitespace."""
    start, end = int(row["char_start"]), int(row["char_end"])
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip())
    stop = start + len(row["text"])
    if text[start:stop] != row["text"]:
        raise CorpusError(f"{where}: segment {row['segment_id']}: text does not match "
                          f"characters {start}-{stop} of the cleaned text")
    return start, stop


def case_key(v: dict) -> str:
    return v["speaker"] or f"non nommé · {v['role'] or EMPTY_VALUE} · {v['region'] or EMPTY_VALUE}"


def speaker_cases(verbatims: list[dict], texts: dict[str, str]) -> list[dict]:
    """One case per named speaker of a document, one per (role, region) for unnamed ones."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for v in verbatims:
        if v["doc_id"] in texts and v["kind"] in SPEAKER_KINDS:
            groups[(v["doc_id"], case_key(v))].append(v)
    cases = []
    for (doc_id, who), items in sorted(groups.items()):
        cases.append({
            "guid": guid("case", doc_id, who),
            "name": f"{doc_id} – {who}",
            "doc_id": doc_id,
            "values": {
                "region": Counter(i["region"] for i in items).most_common(1)[0][0],
                "role": Counter(i["role"] for i in items).most_common(1)[0][0],
                "document": doc_id,
            },
            "segments": [i["segment_id"] for i in items],
        })
    return cases


def verbatim_selections(texts, verbatims, case_of: dict, where: str) -> list[Selection]:
    out = []
    for v in verbatims:
        if v["doc_id"] not in texts or v["kind"] not in SPEAKER_KINDS:
            continue
        start, end = verbatim_span(texts[v["doc_id"]], v, f"{where}/verbatims.csv")
        label = v["speaker"] or v["role_raw"] or v["role"]
        codes = (kind_code_guid(v["kind"]), case_of[v["doc_id"], v["segment_id"]])
        out.append(Selection(v["doc_id"], f"verbatim/{v['segment_id']}", start, end, codes,
                             f"{v['segment_id']} {label}".strip(), v["text"]))
    return out


def hit_selections(texts, hits, where: str) -> list[Selection]:
    out = []
    for h in hits:
        if h["doc_id"] not in texts:
            continue
        start, end = int(h["char_start"]), int(h["char_end"])
        if texts[h["doc_id"]][start:end] != h["matched"]:
            raise CorpusError(f"{where}/theme_hits.csv: {h['doc_id']} hit {h['matched']!r} at "
                              f"{start}-{end} does not match the cleaned text")
        out.append(Selection(h["doc_id"], f"hit/{h['theme']}/{start}/{end}", start, end,
                             (hit_code_guid(h["theme"]),), f"{h['theme']}: {h['matched']}",
                             h["matched"]))
    return out


def theme_memo(ts) -> str:
    parts = []
    if ts.hits:
        parts.append(f"mots repérés : {ts.words()}")
    if ts.score:
        parts.append(f"score {ts.score}")
    if ts.source:
        parts.append(f"source {ts.source}")
    if ts.evidence:
        parts.append(f"indices : {ts.evidence}")
    return " · ".join(parts)


def theme_selections(texts, coded: dict, spans: dict, origin: str, where: str) -> list[Selection]:
    """One selection per (segment, theme) covering the whole segment, the words in its memo."""
    out = []
    for (doc_id, segment_id), themes in sorted(coded.items()):
        if doc_id not in texts:
            continue
        if (doc_id, segment_id) not in spans:
            raise CorpusError(f"{where}/{origin}: {doc_id} segment {segment_id} is not in "
                              "segments.csv")
        start, end = trimmed_span(texts[doc_id], *spans[doc_id, segment_id])
        if start >= end:
            continue
        for theme, ts in sorted(themes.items()):
            out.append(Selection(doc_id, f"theme/{theme}/{segment_id}", start, end,
                                 (theme_code_guid(theme),), f"{segment_id} {theme}",
                                 texts[doc_id][start:end], theme_memo(ts)))
    return out


def chd_selections(texts, rows: list[dict], where: str) -> tuple[list[Selection], dict]:
    """One selection per classified CHD segment (class > 0), and {corpus: {class: ''}}."""
    out, classes = [], defaultdict(dict)
    for r in rows:
        cls = int(r["class"])
        if r["doc_id"] not in texts or cls <= 0:
            continue
        text = texts[r["doc_id"]]
        start, end = trimmed_span(text, int(r["char_start"]), int(r["char_end"]))
        if not 0 <= start < end <= len(text):
            raise CorpusError(f"{where}/chd_segments.csv: {r['doc_id']} {r['chd_segment']}: "
                              f"characters {r['char_start']}-{r['char_end']} are outside the text")
        classes[r["corpus"]][cls] = ""
        out.append(Selection(r["doc_id"], f"chd/{r['corpus']}/{r['chd_segment']}", start, end,
                             (chd_code_guid(r["corpus"], cls),),
                             f"{r['chd_segment']} classe {cls}", text[start:end]))
    return out, classes


def class_descriptions(classes: dict, class_rows: list[dict]) -> dict:
    for r in class_rows:
        corpus, cls = r.get("corpus", ""), int(r.get("class") or 0)
        if cls in classes.get(corpus, {}):
            classes[corpus][cls] = (f"{r.get('n_segments', '')} segments; "
                                    f"top lemmas: {r.get('top_lemmas', '')}").strip()
    return classes


def sort_selections(selections: list[Selection]) -> list[Selection]:
    unique = {(s.doc_id, s.key): s for s in selections}  # the same match listed twice is one
    return sorted(unique.values(), key=lambda s: (s.doc_id, s.start, s.end, s.key))


# ---- XML ------------------------------------------------------------------------------------
def _q(tag: str) -> str:
    return f"{{{QDA_NS}}}{tag}"


class _Builder:
    """Element creation with every string made XML-safe (notes kept by the cleaner)."""

    def __init__(self, clean: XmlCleaner):
        from lxml import etree

        self.etree = etree
        self.clean = clean

    def sub(self, parent, tag: str, where: str = "", text: str | None = None, **attrs):
        el = self.etree.SubElement(parent, _q(tag),
                                   {k: self.clean(str(v), f"{where} {k}".strip())
                                    for k, v in attrs.items()})
        if text is not None:
            el.text = self.clean(text, f"{where} {tag}".strip())
        return el


def source_variable_types(documents: list[dict]) -> dict[str, str]:
    years = [d.get("year", "") for d in documents if d.get("year", "")]
    integer = all(y.strip().isdigit() for y in years)
    return {"title": "Text", "year": "Integer" if integer else "Text", "kind": "Text"}


def build_project(name: str, documents: list[dict], selections: list[Selection],
                  cases: list[dict], themes: dict, chd: dict, clean: XmlCleaner):
    """The project.qde tree (lxml Element), children in the order Project.xsd requires."""
    from lxml import etree

    from .. import __version__

    b = _Builder(clean)
    user = guid("user", "corpus")
    root = etree.Element(_q("Project"), nsmap={None: QDA_NS},
                         attrib={"name": clean(name, "project name"),
                                 "origin": f"corpus {__version__}", "creatingUserGUID": user})
    b.sub(b.sub(root, "Users"), "User", guid=user, name="corpus (automatic export)", id="corpus")

    color_keys = list(themes) + list(SPEAKER_KINDS) + ["case"] + sorted(
        {f"chd{c}" for classes in chd.values() for c in classes})
    colors = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(color_keys)}
    codes = b.sub(b.sub(root, "CodeBook"), "Codes")

    def add_code(parent, code):
        attrs = {"guid": code["guid"], "name": code["name"],
                 "isCodable": "true" if code["codable"] else "false"}
        if code["color"]:
            attrs["color"] = colors[code["color"]]
        el = b.sub(parent, "Code", where=f"code {code['name']}", **attrs)
        if code["description"]:
            b.sub(el, "Description", where=f"code {code['name']}", text=code["description"])
        for child in code["children"]:
            add_code(el, child)

    for group in code_tree(themes, cases, chd):
        add_code(codes, group)

    var_types = source_variable_types(documents)
    variables = b.sub(root, "Variables")
    var_guid = {v: guid("variable", v) for v in CASE_VARIABLES + SOURCE_VARIABLES}
    for v in CASE_VARIABLES:
        b.sub(variables, "Variable", guid=var_guid[v], name=v, typeOfVariable="Text")
    for v in SOURCE_VARIABLES:
        b.sub(variables, "Variable", guid=var_guid[v], name=v, typeOfVariable=var_types[v])

    sel_guid = {(s.doc_id, s.key): s.guid for s in selections}
    if cases:
        cases_el = b.sub(root, "Cases")
        for case in cases:
            where = f"case {case['doc_id']}"
            el = b.sub(cases_el, "Case", where=where, guid=case["guid"], name=case["name"])
            for v in CASE_VARIABLES:
                if case["values"][v]:
                    vv = b.sub(el, "VariableValue")
                    b.sub(vv, "VariableRef", targetGUID=var_guid[v])
                    b.sub(vv, "TextValue", where=where, text=case["values"][v])
            b.sub(el, "SourceRef", targetGUID=guid("source", case["doc_id"]))
            for seg in case["segments"]:
                b.sub(el, "SelectionRef", targetGUID=sel_guid[case["doc_id"], f"verbatim/{seg}"])

    by_doc: dict[str, list[Selection]] = defaultdict(list)
    for s in selections:
        by_doc[s.doc_id].append(s)
    if documents:
        sources = b.sub(root, "Sources")
        for doc in documents:
            doc_id = doc["doc_id"]
            where = f"source {doc_id}"
            src_guid = guid("source", doc_id)
            src = b.sub(sources, "TextSource", where=where, guid=src_guid, name=doc_id,
                        plainTextPath=f"internal://{src_guid}.txt", creatingUser=user)
            if doc.get("title"):
                b.sub(src, "Description", where=where, text=doc["title"])
            for s in by_doc[doc_id]:
                sel = b.sub(src, "PlainTextSelection", where=where, guid=s.guid, name=s.name,
                            startPosition=s.start, endPosition=s.end, creatingUser=user)
                if s.memo:
                    b.sub(sel, "Description", where=where, text=s.memo)
                for code_guid in s.codes:
                    coding = b.sub(sel, "Coding", guid=guid("coding", s.doc_id, s.key, code_guid),
                                   creatingUser=user)
                    b.sub(coding, "CodeRef", targetGUID=code_guid)
            for v in SOURCE_VARIABLES:
                value = (doc.get(v) or "").strip()
                if value:
                    vv = b.sub(src, "VariableValue")
                    b.sub(vv, "VariableRef", targetGUID=var_guid[v])
                    tag = "IntegerValue" if var_types[v] == "Integer" else "TextValue"
                    b.sub(vv, tag, where=where, text=value)
    return root


def _zip_entry(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def write_qdpx(path: str | Path, root, texts_by_guid: dict[str, str]) -> Path:
    from lxml import etree

    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    with cio.atomic_open(path, "wb") as fh, zipfile.ZipFile(fh, "w") as zf:
        _zip_entry(zf, "project.qde", xml)
        for src_guid in sorted(texts_by_guid):
            _zip_entry(zf, f"{SOURCES_DIR}/{src_guid}.txt",
                       texts_by_guid[src_guid].encode("utf-8"))
    return Path(path)


def export_qdpx(tables_dir, interim_root, themes: dict, output,
                name: str = "corpus — soins primaires") -> dict:
    """Write the .qdpx; return counts and the notes for the export log."""
    tables = load_tables(tables_dir, optional=("segments", SEGMENT_THEMES, CHD_SEGMENTS, CHD_CLASSES))
    documents = ok_documents(tables["documents"])
    texts = {d["doc_id"]: read_source_text(interim_root, d["doc_id"]) for d in documents}
    origin, coded = theme_segments(tables)
    used = {h["theme"] for h in tables["theme_hits"]} | {t for ts in coded.values() for t in ts}
    unknown = sorted(used - set(themes))
    if unknown:
        raise CorpusError(f"{tables_dir}: theme(s) {', '.join(unknown)} not in the themes file")
    if coded and "segments" not in tables:
        raise CorpusError(f"{tables_dir}/segments.csv: missing; run the tables stage first")
    spans = {(s["doc_id"], s["segment_id"]): (int(s["char_start"]), int(s["char_end"]))
             for s in tables.get("segments", [])}
    where = str(tables_dir)
    cases = speaker_cases(tables["verbatims"], texts)
    case_of = {(c["doc_id"], seg): c["guid"] for c in cases for seg in c["segments"]}
    chd_sel, chd = chd_selections(texts, chd_rows(tables), where)
    chd = class_descriptions(chd, tables.get(CHD_CLASSES, []))
    selections = sort_selections(verbatim_selections(texts, tables["verbatims"], case_of, where)
                                 + theme_selections(texts, coded, spans, origin, where)
                                 + hit_selections(texts, tables["theme_hits"], where) + chd_sel)
    clean = XmlCleaner()
    root = build_project(name, documents, selections, cases, themes, chd, clean)
    write_qdpx(output, root, {guid("source", d): t for d, t in texts.items()})
    counts = Counter()
    for s in selections:
        counts[s.key.split("/", 1)[0]] += 1
    return {"sources": len(documents), "cases": len(cases),
            "selections": len(selections), "codings": sum(len(s.codes) for s in selections),
            "verbatims": counts["verbatim"], "theme_segments": counts["theme"],
            "theme_hits": counts["hit"], "chd_segments": counts["chd"],
            "theme_origin": origin, "notes": clean.notes()}
