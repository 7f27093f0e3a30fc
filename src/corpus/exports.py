"""Exports for the tools researchers already use: IRaMuTeQ, REFI-QDA (.qdpx) and TXM.

Everything is read from the corpus tables and the cleaned texts (``interim/<doc>/text.txt``, the
coordinate system of every offset); nothing is recomputed here.

IRaMuTeQ (``corpus_iramuteq.txt``, UTF-8, ALCESTE format)
  One text per verbatim or turn (``unit="verbatim"``) or per body section (``unit="section"``),
  opened by ``**** *doc_<id> *region_<r> *role_<r> *kind_<k> *theme_<t>_<0|1> ...``.
  Variable values hold only ``[a-z0-9_]``: accents folded, lower case, every other run of
  characters becomes ``_``; an empty value becomes ``nr`` (non renseigné), distinct from the role
  ``inconnu`` that the speaker stage assigns to a speaker it could not classify.
  IRaMuTeQ reads the first ``_`` as the variable/modality separator, so ``*theme_coordination_1``
  is variable ``theme``, modality ``coordination_1``.
  Text clean-up (characters IRaMuTeQ reserves): ``*`` is removed everywhere (``****`` opens a
  text, ``*x`` is a starred variable, ``-*`` at line start is a thematic marker); ``_`` becomes a
  space (``_x_`` is read as a starred form); ``$`` is removed (reserved by the ALCESTE format);
  typographic apostrophes become ``'`` (the one IRaMuTeQ's apostrophe handling knows); line
  breaks and control characters become spaces, so each text body is one line (sections: one
  line per paragraph).

REFI-QDA (``corpus.qdpx``, Project 1.0 schema, ``urn:QDA-XML:project:1.0``)
  A zip holding ``project.qde`` and ``sources/<guid>.txt`` (the folder the exchange standard
  names; files are addressed as ``internal://<guid>.txt``). Each source
  is the document's ``text.txt`` byte for byte (UTF-8, no BOM, ``\\n`` line ends).
  ``startPosition``/``endPosition`` count Unicode characters (code points) of that plain text
  from 0, end exclusive — Python ``str`` offsets. Tools counting UTF-16 units agree as long as
  the text has no character outside the Basic Multilingual Plane (checked by the tests).
  Codes: one per theme (under a non-codable ``Thèmes``) and one per segment kind (``verbatim``,
  ``turn`` under ``Segments``). Selections: one per theme hit and one per verbatim/turn, trimmed
  to the segment's text (no trailing newline). Cases: one per named speaker of a document; the
  unnamed speakers of a document who share a role and region form one case (the text gives no way
  to tell them apart). Case variables ``region``, ``role``, ``document``; an empty value is left
  out rather than written as an empty string. GUIDs are UUID5 of stable keys, and the zip has
  fixed timestamps, so an unchanged corpus re-exports byte for byte.

TXM (``txm/``): ``<doc_id>.txt`` per document (the cleaned text) and ``metadata.csv`` whose first
column is ``id`` (the file name without ``.txt``), with ASCII column names, as TXM's
"TXT + CSV" import expects.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import io as cio
from .clean import strip_accents
from .errors import CorpusError

SEGMENT_KINDS = ("verbatim", "turn")
UNITS = ("verbatim", "section")
EMPTY_VALUE = "nr"

QDA_NS = "urn:QDA-XML:project:1.0"
SOURCES_DIR = "sources"
# Fixed namespace: the same ids give the same GUIDs on every machine and every run.
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:corpus:refi-qda-export")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # zip's epoch: no wall-clock time in the archive
PALETTE = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2",
           "#7F7F7F", "#BCBD22", "#17BECF"]
CASE_VARIABLES = ("region", "role", "document")

TXM_COLUMNS = ["id", "title", "authors", "year", "kind", "venue", "language", "region",
               "place", "n_pages", "n_tokens", "n_verbatims"]


# ---- shared --------------------------------------------------------------------------------
def guid(*parts: str) -> str:
    """A stable GUID for an object identified by ``parts`` (e.g. "selection", segment_id)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(parts)))


def load_tables(tables_dir: str | Path) -> dict[str, list[dict]]:
    tables_dir = Path(tables_dir)
    out = {}
    for name in ("documents", "verbatims", "theme_hits"):
        path = tables_dir / f"{name}.csv"
        if not path.exists():
            raise CorpusError(f"{path}: missing; run the tables stage first")
        out[name] = cio.read_csv(path)
    return out


def ok_documents(documents: list[dict]) -> list[dict]:
    """Documents whose extraction succeeded, in table order (failed ones have no text)."""
    return [d for d in documents if d.get("status") == "ok"]


def read_source_text(interim_root: str | Path, doc_id: str) -> str:
    path = cio.interim_path(Path(interim_root) / doc_id, "text")
    if not path.exists():
        raise CorpusError(f"{path}: missing; run the extract stage for {doc_id}")
    return cio.read_text(path)


def segment_hits(hits: list[dict]) -> dict[str, set[str]]:
    """{segment_id: themes with at least one hit in it}."""
    out: dict[str, set[str]] = defaultdict(set)
    for h in hits:
        out[h["segment_id"]].add(h["theme"])
    return out


# ---- IRaMuTeQ ------------------------------------------------------------------------------
NON_VALUE = re.compile(r"[^a-z0-9]+")
APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u2032`]")
RESERVED = re.compile(r"[*$]")
BREAKS = re.compile(r"[\s\u0000-\u001f\u007f\u0085\u2028\u2029]+")


def iramuteq_value(value: str) -> str:
    """A modality made of [a-z0-9_] only: 'Île-de-France' -> 'ile_de_france', '' -> 'nr'."""
    folded = NON_VALUE.sub("_", strip_accents(value or "").lower()).strip("_")
    return folded or EMPTY_VALUE


def iramuteq_text(text: str) -> str:
    """One line of body text without the characters IRaMuTeQ reserves (see module doc)."""
    text = APOSTROPHES.sub("'", text)
    text = RESERVED.sub(" ", text).replace("_", " ")
    return BREAKS.sub(" ", text).strip()


def iramuteq_header(variables: list[tuple[str, str]]) -> str:
    return "**** " + " ".join(f"*{name}_{iramuteq_value(value)}" for name, value in variables)


def theme_flags(themes_present: set[str], theme_ids: list[str]) -> list[tuple[str, str]]:
    return [("theme", f"{t}_{1 if t in themes_present else 0}") for t in theme_ids]


def verbatim_units(verbatims: list[dict], hits: list[dict], theme_ids: list[str]) -> list[tuple[str, str]]:
    """(header, body) per verbatim or turn, in table order."""
    by_segment = segment_hits(hits)
    units = []
    for v in verbatims:
        if v["kind"] not in SEGMENT_KINDS:
            continue
        variables = [("doc", v["doc_id"]), ("region", v["region"]), ("role", v["role"]),
                     ("kind", v["kind"])] + theme_flags(by_segment.get(v["segment_id"], set()), theme_ids)
        units.append((iramuteq_header(variables), iramuteq_text(v["text"])))
    return units


def section_units(documents: list[dict], interim_root: str | Path, hits: list[dict],
                  theme_ids: list[str]) -> list[tuple[str, str]]:
    """(header, body) per body section (structure.csv kind 'body') of each document."""
    hits_by_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for h in hits:
        hits_by_doc[h["doc_id"]].append((int(h["char_start"]), h["theme"]))
    units = []
    for doc in ok_documents(documents):
        doc_id = doc["doc_id"]
        text = read_source_text(interim_root, doc_id)
        path = cio.interim_path(Path(interim_root) / doc_id, "structure")
        if not path.exists():
            raise CorpusError(f"{path}: missing; run the extract stage for {doc_id}")
        for sec in cio.read_csv(path):
            if sec["kind"] != "body":
                continue
            start, end = int(sec["char_start"]), int(sec["char_end"])
            lines = [iramuteq_text(p) for p in text[start:end].split("\n")]
            body = "\n".join(p for p in lines if p)
            if not body:
                continue
            present = {t for pos, t in hits_by_doc[doc_id] if start <= pos < end}
            variables = [("doc", doc_id), ("region", doc.get("region", "")), ("role", ""),
                         ("kind", "section"), ("section", sec["section_id"])]
            units.append((iramuteq_header(variables + theme_flags(present, theme_ids)), body))
    return units


def write_iramuteq(path: str | Path, units: list[tuple[str, str]]) -> int:
    cio.write_text(path, "".join(f"{header}\n{body}\n\n" for header, body in units))
    return len(units)


def export_iramuteq(tables_dir, interim_root, theme_ids: list[str], output,
                    unit: str = "verbatim") -> int:
    if unit not in UNITS:
        raise CorpusError(f"IRaMuTeQ export: unknown unit {unit!r} (expected one of {', '.join(UNITS)})")
    tables = load_tables(tables_dir)
    if unit == "verbatim":
        units = verbatim_units(tables["verbatims"], tables["theme_hits"], theme_ids)
    else:
        units = section_units(tables["documents"], interim_root, tables["theme_hits"], theme_ids)
    return write_iramuteq(output, units)


# ---- REFI-QDA ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Selection:
    doc_id: str
    key: str          # stable identity: "verbatim/<segment_id>" or "hit/<theme>/<start>/<end>"
    start: int
    end: int
    code: str         # code id: a theme id or a segment kind
    name: str
    text: str         # what text[start:end] must be

    @property
    def guid(self) -> str:
        return guid("selection", self.doc_id, self.key)


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


def build_selections(texts: dict[str, str], verbatims: list[dict], hits: list[dict],
                     where: str = "tables") -> list[Selection]:
    """Selections per verbatim/turn and per theme hit, for documents in ``texts``, sorted."""
    out = {}
    for v in verbatims:
        if v["doc_id"] not in texts or v["kind"] not in SEGMENT_KINDS:
            continue
        start, end = verbatim_span(texts[v["doc_id"]], v, f"{where}/verbatims.csv")
        label = v["speaker"] or v["role_raw"] or v["role"]
        sel = Selection(v["doc_id"], f"verbatim/{v['segment_id']}", start, end, v["kind"],
                        f"{v['segment_id']} {label}".strip(), v["text"])
        out[sel.key, sel.doc_id] = sel
    for h in hits:
        if h["doc_id"] not in texts:
            continue
        start, end = int(h["char_start"]), int(h["char_end"])
        if texts[h["doc_id"]][start:end] != h["matched"]:
            raise CorpusError(f"{where}/theme_hits.csv: {h['doc_id']} hit {h['matched']!r} at "
                              f"{start}-{end} does not match the cleaned text")
        sel = Selection(h["doc_id"], f"hit/{h['theme']}/{start}/{end}", start, end, h["theme"],
                        f"{h['theme']}: {h['matched']}", h["matched"])
        out[sel.key, sel.doc_id] = sel  # the same match listed twice is one selection
    return sorted(out.values(), key=lambda s: (s.doc_id, s.start, s.end, s.key))


def speaker_cases(verbatims: list[dict], selections: list[Selection]) -> list[dict]:
    """One case per named speaker of a document, one per (role, region) for unnamed ones."""
    sel_by_segment = {s.key.split("/", 1)[1]: s for s in selections if s.key.startswith("verbatim/")}
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for v in verbatims:
        if v["segment_id"] not in sel_by_segment:
            continue
        who = v["speaker"] or f"non nommé · {v['role'] or EMPTY_VALUE} · {v['region'] or EMPTY_VALUE}"
        groups[(v["doc_id"], who)].append(v)
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
            "selections": [sel_by_segment[i["segment_id"]].guid for i in items],
        })
    return cases


def _q(tag: str) -> str:
    return f"{{{QDA_NS}}}{tag}"


def _sub(parent, tag: str, **attrs):
    from lxml import etree

    return etree.SubElement(parent, _q(tag), {k: str(v) for k, v in attrs.items()})


def code_tree(themes: dict) -> list[dict]:
    """Code definitions: id, guid, name, description, codable, children."""
    theme_codes = [{"id": t, "guid": guid("code", "theme", t), "name": spec.get("label", t),
                    "description": spec.get("definition", ""), "codable": True, "children": []}
                   for t, spec in themes.items()]
    kind_codes = [{"id": k, "guid": guid("code", "kind", k), "name": k,
                   "description": f"segment kind '{k}' (see docs/ARCHITECTURE.md)",
                   "codable": True, "children": []} for k in SEGMENT_KINDS]
    return [
        {"id": "", "guid": guid("code", "group", "themes"), "name": "Thèmes",
         "description": "Theme lexicon matches (config/themes.yaml)", "codable": False,
         "children": theme_codes},
        {"id": "", "guid": guid("code", "group", "segments"), "name": "Segments",
         "description": "Quoted speech found by segmentation", "codable": False,
         "children": kind_codes},
    ]


def _add_code(parent, code: dict, colors: dict) -> None:
    attrs = {"guid": code["guid"], "name": code["name"],
             "isCodable": "true" if code["codable"] else "false"}
    if code["id"]:
        attrs["color"] = colors[code["id"]]
    el = _sub(parent, "Code", **attrs)
    if code["description"]:
        _sub(el, "Description").text = code["description"]
    for child in code["children"]:
        _add_code(el, child, colors)


def build_project(name: str, documents: list[dict], texts: dict[str, str],
                  selections: list[Selection], cases: list[dict], themes: dict):
    """The project.qde tree (lxml Element), children in the order Project.xsd requires."""
    from lxml import etree

    from . import __version__

    user = guid("user", "corpus")
    root = etree.Element(_q("Project"), nsmap={None: QDA_NS},
                         attrib={"name": name, "origin": f"corpus {__version__}",
                                 "creatingUserGUID": user})
    users = _sub(root, "Users")
    _sub(users, "User", guid=user, name="corpus (automatic export)", id="corpus")

    tree = code_tree(themes)
    code_ids = [c["id"] for group in tree for c in group["children"]]
    colors = {cid: PALETTE[i % len(PALETTE)] for i, cid in enumerate(code_ids)}
    code_guid = {c["id"]: c["guid"] for group in tree for c in group["children"]}
    codes = _sub(_sub(root, "CodeBook"), "Codes")
    for group in tree:
        _add_code(codes, group, colors)

    variables = _sub(root, "Variables")
    var_guid = {v: guid("variable", v) for v in CASE_VARIABLES}
    for v in CASE_VARIABLES:
        _sub(variables, "Variable", guid=var_guid[v], name=v, typeOfVariable="Text")

    if cases:
        cases_el = _sub(root, "Cases")
        for case in cases:
            el = _sub(cases_el, "Case", guid=case["guid"], name=case["name"])
            for v in CASE_VARIABLES:
                if case["values"][v]:
                    vv = _sub(el, "VariableValue")
                    _sub(vv, "VariableRef", targetGUID=var_guid[v])
                    _sub(vv, "TextValue").text = case["values"][v]
            _sub(el, "SourceRef", targetGUID=guid("source", case["doc_id"]))
            for sel_guid in case["selections"]:
                _sub(el, "SelectionRef", targetGUID=sel_guid)

    by_doc: dict[str, list[Selection]] = defaultdict(list)
    for s in selections:
        by_doc[s.doc_id].append(s)
    if documents:
        sources = _sub(root, "Sources")
        for doc in documents:
            doc_id = doc["doc_id"]
            src_guid = guid("source", doc_id)
            src = _sub(sources, "TextSource", guid=src_guid, name=doc_id,
                       plainTextPath=f"internal://{src_guid}.txt", creatingUser=user)
            if doc.get("title"):
                _sub(src, "Description").text = doc["title"]
            for s in by_doc[doc_id]:
                sel = _sub(src, "PlainTextSelection", guid=s.guid, name=s.name,
                           startPosition=s.start, endPosition=s.end, creatingUser=user)
                coding = _sub(sel, "Coding", guid=guid("coding", s.doc_id, s.key, s.code),
                              creatingUser=user)
                _sub(coding, "CodeRef", targetGUID=code_guid[s.code])
    return root


def _zip_entry(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def write_qdpx(path: str | Path, root, texts_by_guid: dict[str, str]) -> Path:
    from lxml import etree

    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    with cio.atomic_open(path, "wb") as fh:
        with zipfile.ZipFile(fh, "w") as zf:
            _zip_entry(zf, "project.qde", xml)
            for src_guid in sorted(texts_by_guid):
                _zip_entry(zf, f"{SOURCES_DIR}/{src_guid}.txt",
                           texts_by_guid[src_guid].encode("utf-8"))
    return Path(path)


def export_qdpx(tables_dir, interim_root, themes: dict, output,
                name: str = "corpus — soins primaires") -> dict[str, int]:
    tables = load_tables(tables_dir)
    documents = ok_documents(tables["documents"])
    texts = {d["doc_id"]: read_source_text(interim_root, d["doc_id"]) for d in documents}
    unknown = sorted({h["theme"] for h in tables["theme_hits"]} - set(themes))
    if unknown:
        raise CorpusError(f"{tables_dir}/theme_hits.csv: theme(s) {', '.join(unknown)} "
                          "not in the themes file")
    selections = build_selections(texts, tables["verbatims"], tables["theme_hits"], str(tables_dir))
    cases = speaker_cases(tables["verbatims"], selections)
    root = build_project(name, documents, texts, selections, cases, themes)
    write_qdpx(output, root, {guid("source", d): t for d, t in texts.items()})
    return {"sources": len(documents), "selections": len(selections), "cases": len(cases)}


# ---- TXM -----------------------------------------------------------------------------------
def export_txm(tables_dir, interim_root, sheet: list[dict], out_dir) -> int:
    """One <doc_id>.txt per document + metadata.csv (id first, ASCII column names)."""
    tables = load_tables(tables_dir)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows_by_id = {r["doc_id"]: r for r in sheet}
    meta = []
    for doc in ok_documents(tables["documents"]):
        doc_id = doc["doc_id"]
        cio.write_text(out_dir / f"{doc_id}.txt", read_source_text(interim_root, doc_id))
        row = rows_by_id.get(doc_id, {})
        meta.append({**{c: row.get(c, "") for c in TXM_COLUMNS}, "id": doc_id,
                     "title": doc["title"], "year": doc["year"], "kind": doc["kind"],
                     "region": doc["region"], "n_pages": doc["n_pages"],
                     "n_tokens": doc["n_tokens"], "n_verbatims": doc["n_verbatims"]})
    cio.write_csv(out_dir / "metadata.csv", meta, TXM_COLUMNS)
    for stale in out_dir.glob("*.txt"):  # a document removed or now failing must not linger
        if stale.stem not in {m["id"] for m in meta}:
            stale.unlink()
    return len(meta)
