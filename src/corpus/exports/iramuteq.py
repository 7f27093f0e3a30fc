"""IRaMuTeQ corpus (``corpus_iramuteq.txt``, UTF-8, ALCESTE format).

One text per verbatim or turn (``unit="verbatim"``) or per body section (``unit="section"``),
opened by a line of starred variables::

    **** *doc_fournier2021 *year_2021 *kind_memoire *region_ile_de_france *role_medecin
         *unit_verbatim *classe_3 *thcoordination_1 *thliberal_0 ...

IRaMuTeQ and rainette read ``*name_modality`` by splitting at the FIRST underscore
(rainette: ``str_split_fixed(vars, "_", n = 2)``), so a variable name holds no underscore and
the modality may: ``*region_ile_de_france`` is variable ``region``, modality
``ile_de_france``. Hence one variable per theme, ``th`` + the theme id with everything but
``[a-z0-9]`` removed (``sante_mentale`` -> ``*thsantementale_1``); two theme ids that would give
the same name are refused.

Variables: ``doc`` (the document id), ``year`` and ``kind`` (the document's, from documents.csv),
``region`` and ``role`` (the speaker's, for verbatims; the document's region for sections),
``unit`` (``verbatim``, ``turn`` or ``section``), ``section`` (sections only), ``classe`` (the
CHD class, only when ``chd_segments.csv`` exists and the unit holds CHD segments of the matching
CHD corpus: ``verbatims`` for verbatim units, ``body`` for sections; ``0`` = unclassified, as in
IRaMuTeQ), and one ``th<theme>`` per theme of themes.yaml (1 = the unit is coded for the theme:
from ``segment_themes.csv`` when it exists, else a lexicon hit in the unit).

Modalities hold only ``[a-z0-9_]``: accents folded, lower case, every other run of characters
becomes ``_``; an empty value becomes ``nr`` (non renseigné), distinct from the role ``inconnu``.
Document ids are the one variable whose folding must stay one-to-one: ``dupont-2024`` and
``dupont_2024`` (or ``Dupont2024`` and ``dupont2024``) would become one modality and merge two
documents in every IRaMuTeQ statistic, so such a corpus is refused with the two ids named.

Text clean-up (characters IRaMuTeQ reserves): ``*`` is removed everywhere (``****`` opens a
text, ``*x`` is a starred variable, ``-*`` at line start is a thematic marker); ``_`` becomes a
space (``_x_`` is read as a starred form); ``$`` is removed (reserved by the ALCESTE format);
typographic apostrophes become ``'``; line breaks and control characters become spaces, so each
text body is one line (sections: one line per paragraph).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from .. import io as cio
from ..errors import CorpusError
from ..io import SPEAKER_KINDS
from ..text import strip_accents
from .common import (
    CHD_SEGMENTS,
    SEGMENT_THEMES,
    chd_rows,
    load_tables,
    majority_class,
    ok_documents,
    read_source_text,
    theme_segments,
)

UNITS = ("verbatim", "section")
EMPTY_VALUE = "nr"
THEME_PREFIX = "th"
CHD_CORPUS = {"verbatim": "verbatims", "section": "body"}  # the CHD run whose classes fit a unit

NON_VALUE = re.compile(r"[^a-z0-9]+")
NON_NAME = re.compile(r"[^a-z0-9]+")
APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u2032`]")
RESERVED = re.compile(r"[*$]")
BREAKS = re.compile(r"[\s\u0000-\u001f\u007f\u0085\u2028\u2029]+")


def iramuteq_value(value: str) -> str:
    """A modality made of [a-z0-9_] only: 'Île-de-France' -> 'ile_de_france', '' -> 'nr'."""
    folded = NON_VALUE.sub("_", strip_accents(value or "").lower()).strip("_")
    return folded or EMPTY_VALUE


def theme_variable(theme_id: str) -> str:
    """The variable name of a theme: 'th' + its id in [a-z0-9] only (no '_': see module doc)."""
    name = NON_NAME.sub("", strip_accents(theme_id).lower())
    if not name:
        raise CorpusError(f"theme id {theme_id!r}: no letter or digit left for an IRaMuTeQ variable")
    return THEME_PREFIX + name


def theme_variables(theme_ids: list[str]) -> dict[str, str]:
    """{theme id: variable name}, refusing two ids that would give one variable."""
    out: dict[str, str] = {}
    for t in theme_ids:
        name = theme_variable(t)
        clash = [o for o, n in out.items() if n == name]
        if clash:
            raise CorpusError(f"themes: ids {clash[0]!r} and {t!r} both become IRaMuTeQ variable "
                              f"*{name}; rename one in the themes file")
        out[t] = name
    return out


def check_distinct_ids(doc_ids: list[str], where: str) -> None:
    """Refuse ids that IRaMuTeQ would merge (differing only by case, '-', '_' or accents)."""
    seen: dict[str, str] = {}
    for d in doc_ids:
        value = iramuteq_value(d)
        if value in seen and seen[value] != d:
            raise CorpusError(f"{where}: documents {seen[value]!r} and {d!r} both become *doc_{value} "
                              "in IRaMuTeQ (case, '-' and '_' are folded), which would merge them; "
                              "rename one")
        seen.setdefault(value, d)


def iramuteq_text(text: str) -> str:
    """One line of body text without the characters IRaMuTeQ reserves (see module doc)."""
    text = APOSTROPHES.sub("'", text)
    text = RESERVED.sub(" ", text).replace("_", " ")
    return BREAKS.sub(" ", text).strip()


def iramuteq_header(variables: list[tuple[str, str]]) -> str:
    return "**** " + " ".join(f"*{name}_{iramuteq_value(value)}" for name, value in variables)


def theme_flags(themes_present: set[str], theme_vars: dict[str, str]) -> list[tuple[str, str]]:
    return [(var, "1" if t in themes_present else "0") for t, var in theme_vars.items()]


def document_variables(doc: dict) -> list[tuple[str, str]]:
    return [("doc", doc["doc_id"]), ("year", doc.get("year", "")), ("kind", doc.get("kind", ""))]


def class_variable(cls: int | None) -> list[tuple[str, str]]:
    return [] if cls is None else [("classe", str(cls))]


def verbatim_units(tables: dict, theme_vars: dict[str, str]) -> list[tuple[str, str]]:
    """(header, body) per verbatim or turn, in table order."""
    docs = {d["doc_id"]: d for d in tables["documents"]}
    _, coded = theme_segments(tables)
    chd: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in chd_rows(tables, CHD_CORPUS["verbatim"]):
        chd[r["doc_id"], r["segment_id"]].append(r)
    units = []
    for v in tables["verbatims"]:
        if v["kind"] not in SPEAKER_KINDS:
            continue
        key = (v["doc_id"], v["segment_id"])
        variables = (document_variables(docs.get(v["doc_id"], {"doc_id": v["doc_id"]}))
                     + [("region", v["region"]), ("role", v["role"]), ("unit", v["kind"])]
                     + class_variable(majority_class(chd.get(key, [])))
                     + theme_flags(set(coded.get(key, {})), theme_vars))
        units.append((iramuteq_header(variables), iramuteq_text(v["text"])))
    return units


def section_units(tables: dict, interim_root: str | Path,
                  theme_vars: dict[str, str]) -> list[tuple[str, str]]:
    """(header, body) per body section (structure.csv kind 'body') of each document."""
    _, coded = theme_segments(tables)
    coded_at = coded_positions(tables, coded)
    chd_by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in chd_rows(tables, CHD_CORPUS["section"]):
        chd_by_doc[r["doc_id"]].append(r)
    units = []
    for doc in ok_documents(tables["documents"]):
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
            present = {t for pos, t in coded_at.get(doc_id, []) if start <= pos < end}
            inside = [r for r in chd_by_doc.get(doc_id, []) if start <= int(r["char_start"]) < end]
            variables = (document_variables(doc)
                         + [("region", doc.get("region", "")), ("role", ""), ("unit", "section"),
                            ("section", sec["section_id"])]
                         + class_variable(majority_class(inside))
                         + theme_flags(present, theme_vars))
            units.append((iramuteq_header(variables), body))
    return units


def coded_positions(tables: dict, coded: dict) -> dict[str, list[tuple[int, str]]]:
    """{doc_id: [(char_start of a coded segment or hit, theme)]}, to place decisions in sections."""
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    if SEGMENT_THEMES in tables:
        if "segments" not in tables:
            raise CorpusError("segments.csv: missing; run the tables stage first "
                              "(segment_themes.csv names segments, their places are there)")
        starts = segment_starts(tables)
        for (doc_id, segment_id), themes in coded.items():
            if (doc_id, segment_id) in starts:
                out[doc_id] += [(starts[doc_id, segment_id], t) for t in themes]
    else:
        for h in tables["theme_hits"]:
            out[h["doc_id"]].append((int(h["char_start"]), h["theme"]))
    return out


def segment_starts(tables: dict) -> dict[tuple[str, str], int]:
    return {(s["doc_id"], s["segment_id"]): int(s["char_start"]) for s in tables.get("segments", [])}


def write_iramuteq(path: str | Path, units: list[tuple[str, str]]) -> int:
    cio.write_text(path, "".join(f"{header}\n{body}\n\n" for header, body in units))
    return len(units)


def export_iramuteq(tables_dir, interim_root, theme_ids: list[str], output,
                    unit: str = "verbatim") -> int:
    if unit not in UNITS:
        raise CorpusError(f"IRaMuTeQ export: unknown unit {unit!r} (expected one of {', '.join(UNITS)})")
    tables = load_tables(tables_dir, optional=(SEGMENT_THEMES, CHD_SEGMENTS, "segments"))
    check_distinct_ids([d["doc_id"] for d in tables["documents"]], f"{tables_dir}/documents.csv")
    theme_vars = theme_variables(list(theme_ids))
    if unit == "verbatim":
        units = verbatim_units(tables, theme_vars)
    else:
        units = section_units(tables, interim_root, theme_vars)
    return write_iramuteq(output, units)
