"""Round trip: export corpus.qdpx, code passages in it as a QDA tool does (a human user,
Coding elements on PlainTextSelections, a code of the project and a code the coder created),
read it back, and measure agreement."""

from __future__ import annotations

import zipfile

from conftest import THEMES_PATH
from lxml import etree

from corpus import exports
from corpus import io as cio
from corpus.tables import build_tables
from corpus.themes import agreement, load_themes
from corpus.themes.coding import DEFAULT_PARAMS, code_corpus

NS = agreement.QDA_NS


def _q(tag):
    return f"{{{NS}}}{tag}"


def add_human_codings(path, doc_id, codings):
    """What QualCoder/NVivo write when a person codes: a user, maybe a new code, and one
    PlainTextSelection with a Coding per coded passage. ``codings``: [(start, end, code name)]."""
    with zipfile.ZipFile(path) as zf:
        entries = {name: zf.read(name) for name in zf.namelist()}
    root = etree.fromstring(entries["project.qde"])
    user = "8f2b6c1e-0000-4000-8000-000000000001"
    etree.SubElement(root.find(_q("Users")), _q("User"), guid=user, name="Méthodologiste")
    codes = root.find(f"{_q('CodeBook')}/{_q('Codes')}")
    guid_of = {c.get("name"): c.get("guid") for c in root.iter(_q("Code"))}
    for i, (start, end, name) in enumerate(codings):
        if name not in guid_of:
            guid_of[name] = f"8f2b6c1e-0000-4000-8000-1{i:011d}"
            etree.SubElement(codes, _q("Code"), guid=guid_of[name], name=name, isCodable="true")
        source = next(s for s in root.iter(_q("TextSource")) if s.get("name") == doc_id)
        sel = etree.SubElement(source, _q("PlainTextSelection"), guid=f"8f2b6c1e-0000-4000-8000-2{i:011d}",
                               startPosition=str(start), endPosition=str(end), creatingUser=user)
        coding = etree.SubElement(sel, _q("Coding"), guid=f"8f2b6c1e-0000-4000-8000-3{i:011d}",
                                  creatingUser=user)
        etree.SubElement(coding, _q("CodeRef"), targetGUID=guid_of[name])
    entries["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)


def test_qdpx_round_trip_gives_agreement(pipeline, tmp_path):
    d = pipeline.interim("perelli2022", upto="themes")
    themes = load_themes(THEMES_PATH)
    tables = tmp_path / "tables"
    build_tables([pipeline.sheet["perelli2022"]], d.parent, tables, list(themes))
    qdpx = tmp_path / "corpus.qdpx"
    exports.export_qdpx(tables, d.parent, themes, qdpx)
    assert agreement.read_qdpx(qdpx) == []  # the export's own codings are not human coding

    # twelve focus-group turns of the theme scope: six coded Coordination (the project's code,
    # named by its label), six with a code the coder created
    seg_by_id = {s["segment_id"]: s for s in cio.read_jsonl(d / "segments.jsonl")}
    scope = sorted({r["segment_id"] for r in cio.read_csv(tables / "segment_themes.csv")})
    turns = [seg_by_id[s] for s in scope if seg_by_id[s]["kind"] == "turn"][:12]
    assert len(turns) == 12
    codings = [(int(s["char_start"]), int(s["char_end"]), "Coordination" if i < 6 else "Autre")
               for i, s in enumerate(turns)]
    add_human_codings(qdpx, "perelli2022", codings)

    read = agreement.read_qdpx(qdpx)
    assert [(s.doc_id, s.char_start, s.char_end, s.code) for s in read] == \
        [("perelli2022", a, b, c) for a, b, c in codings]
    # the rule alone, no vectors (no model given): the round trip, not the coder, is under test
    params = dict(DEFAULT_PARAMS, human=str(qdpx), coder="lexicon")
    rows, agreement_rows = code_corpus(d.parent, ["perelli2022"], themes, {}, params, "", 42)
    lexicon = {r["theme"]: r for r in agreement_rows if r["method"] == "lexicon"}
    assert set(lexicon) == set(themes)
    coordination = lexicon["coordination"]
    assert coordination["n"] == 12 and coordination["prevalence_human"] == 0.5
    assert coordination["tp"] + coordination["fn"] == 6
    assert lexicon["territoire"]["prevalence_human"] == 0.0
    human = {r["segment_id"]: r for r in rows if r["source"] == "human" and r["theme"] == "coordination"}
    assert {s: int(r["coded"]) for s, r in human.items()} == \
        {s["segment_id"]: int(i < 6) for i, s in enumerate(turns)}
    # a model needs 5 positives and 5 negatives (5-fold cross-validation): coordination only
    assert [r["theme"] for r in agreement_rows if r["method"] == "model"] == ["coordination"]
    sources = {(r["theme"], r["source"]) for r in rows}
    assert ("territoire", "model") not in sources and ("territoire", "human") in sources
    # seeded: the same coding twice
    again = code_corpus(d.parent, ["perelli2022"], themes, {}, params, "", 42)
    assert again == (rows, agreement_rows)
