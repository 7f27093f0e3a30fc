"""REFI-QDA export: valid against Project.xsd, read back equal to the tables, cases linked to
their passages in the forms importers read, XML-unsafe characters stripped, and QualCoder's own
importer run headless on the file (when a QualCoder checkout is available)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, THEMES_PATH

from corpus import cli, exports
from corpus import io as cio
from corpus.errors import CorpusError
from corpus.segment.roles import ROLES
from corpus.themes import load_themes

from .conftest import DOCS, copy_tables

XSD = REPO / "tests" / "data" / "refi-qda" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
THEMES = load_themes(THEMES_PATH)
HIT_CODE = " · mots repérés"


def read_qdpx(path: Path) -> dict:
    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        root = etree.fromstring(zf.read("project.qde"))
        files = {n: zf.read(n).decode("utf-8") for n in names if n != "project.qde"}
    return {"names": names, "root": root, "files": files}


@pytest.fixture(scope="module")
def qdpx(out):
    return read_qdpx(out / "corpus.qdpx")


def valid(root) -> bool:
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(XSD)))
    ok = schema.validate(root)
    assert ok, schema.error_log.last_error
    return ok


def code_names(root) -> dict[str, str]:
    return {c.get("guid"): c.get("name") for c in root.iter("{*}Code")}


def case_guids(root) -> set[str]:
    return {c.get("guid") for c in root.iter("{*}Case")}


def codings(qdpx) -> set[tuple]:
    """(doc, code name, start, end, covered text, memo) per coding, read back from the zip."""
    root = qdpx["root"]
    names = code_names(root)
    out = set()
    for src in root.findall("q:Sources/q:TextSource", NS):
        text = qdpx["files"][f"{exports.SOURCES_DIR}/{src.get('guid')}.txt"]
        for sel in src.findall("q:PlainTextSelection", NS):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert 0 <= start < end <= len(text)
            for ref in sel.findall("q:Coding/q:CodeRef", NS):
                out.add((src.get("name"), names[ref.get("targetGUID")], start, end, text[start:end],
                         sel.findtext("q:Description", default="", namespaces=NS)))
    return out


# ---- the file itself ------------------------------------------------------------------------
def test_validates_against_refi_qda_project_schema(qdpx):
    assert valid(qdpx["root"])


def test_root_namespace_and_required_attributes(qdpx):
    root = qdpx["root"]
    assert root.tag == "{urn:QDA-XML:project:1.0}Project"
    assert root.get("name") and root.get("origin", "").startswith("corpus ")
    for el in root.iter("{*}Code"):
        assert el.get("name") and el.get("isCodable") in ("true", "false")


def test_guids_are_well_formed_unique_and_resolve(qdpx):
    root = qdpx["root"]
    guids = [el.get("guid") for el in root.iter() if el.get("guid") is not None]
    assert all(GUID.match(g) for g in guids)
    # the one deliberate repeat: each case's code carries the case's GUID (NVivo's form)
    case_codes = [g for g in guids if g in case_guids(root)]
    assert len(case_codes) == 2 * len(case_guids(root))
    assert len(guids) - len(case_guids(root)) == len(set(guids))

    def ids(tag):
        return {el.get("guid") for el in root.iter(f"{{*}}{tag}")}

    codable = {el.get("guid") for el in root.iter("{*}Code") if el.get("isCodable") == "true"}
    targets = {"CodeRef": codable, "SourceRef": ids("TextSource"),
               "SelectionRef": ids("PlainTextSelection"), "VariableRef": ids("Variable")}
    for tag, allowed in targets.items():
        for el in root.iter(f"{{*}}{tag}"):
            assert GUID.match(el.get("targetGUID")) and el.get("targetGUID") in allowed, tag


def test_sources_are_the_cleaned_texts_with_title_year_kind(qdpx, texts, tables):
    root = qdpx["root"]
    var_names = {v.get("guid"): v.get("name") for v in root.iter("{*}Variable")}
    docs = {d["doc_id"]: d for d in tables["documents"]}
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert sorted(s.get("name") for s in sources) == sorted(DOCS)
    for src in sources:
        doc = docs[src.get("name")]
        path = src.get("plainTextPath")
        assert path == f"internal://{src.get('guid')}.txt"
        member = f"{exports.SOURCES_DIR}/{path[len('internal://'):]}"
        assert qdpx["files"][member] == texts[src.get("name")]
        # offsets are code points; with no astral character UTF-16 counting gives the same
        assert all(ord(c) <= 0xFFFF for c in texts[src.get("name")])
        assert src.findtext("q:Description", namespaces=NS) == doc["title"]
        values = {var_names[vv.find("q:VariableRef", NS).get("targetGUID")]: vv[1].text
                  for vv in src.findall("q:VariableValue", NS)}
        assert values == {"title": doc["title"], "year": doc["year"], "kind": doc["kind"]}
        year = next(vv[1] for vv in src.findall("q:VariableValue", NS) if vv[1].text == doc["year"])
        assert year.tag.endswith("IntegerValue")


def test_codings_read_back_equal_the_tables(qdpx, tables, texts, corpus_dirs):
    got = codings(qdpx)
    labels = {spec["label"]: t for t, spec in THEMES.items()}

    def coded(keep):
        return {c[:5] for c in got if keep(c[1])}

    verbatims = set()
    for v in tables["verbatims"]:
        # the verbatim's text, searched from its segment start (independent of the exporter)
        start = texts[v["doc_id"]].index(v["text"], int(v["char_start"]))
        assert start < int(v["char_end"])
        verbatims.add((v["doc_id"], v["kind"], start, start + len(v["text"]), v["text"]))
    assert coded(lambda n: n in ("verbatim", "turn")) == verbatims
    assert any(c[1] == "verbatim" for c in got)

    hits = {(h["doc_id"], THEMES[h["theme"]]["label"] + HIT_CODE, int(h["char_start"]),
             int(h["char_end"]), h["matched"]) for h in tables["theme_hits"]}
    assert coded(lambda n: n.endswith(HIT_CODE)) == hits

    # the theme coding covers the whole segment the theme stage coded (segment_themes.csv,
    # coded 1), not the word; without that table, every segment holding a hit
    segments = {(s["doc_id"], s["segment_id"]): s for s in tables["segments"]}
    decided = cio.read_csv(corpus_dirs[0] / "segment_themes.csv") \
        if (corpus_dirs[0] / "segment_themes.csv").exists() else None
    coded_keys = None if decided is None else {
        (r["doc_id"], r["segment_id"], r["theme"]) for r in decided if r["coded"] == "1"}
    words: dict[tuple, list[str]] = {}
    for h in tables["theme_hits"]:
        if coded_keys is not None and (h["doc_id"], h["segment_id"], h["theme"]) not in coded_keys:
            continue
        s = segments[h["doc_id"], h["segment_id"]]
        raw = texts[h["doc_id"]][int(s["char_start"]):int(s["char_end"])]
        start = int(s["char_start"]) + len(raw) - len(raw.lstrip())
        key = (h["doc_id"], THEMES[h["theme"]]["label"], start, start + len(raw.strip()), raw.strip())
        words.setdefault(key, []).append(h["matched"])
    themed = {c[:5]: c[5] for c in got if c[1] in labels}
    assert themed.keys() == words.keys() and words
    for key, matched in words.items():  # the memo names every matched word of the segment
        assert themed[key].startswith("mots repérés : ")
        assert all(w in themed[key] for w in matched)
    assert {d for d, *_ in got} == set(DOCS)  # aef2021 has hits but no verbatim


def test_cases_carry_region_role_document_and_link_their_verbatims_twice(qdpx, tables):
    root = qdpx["root"]
    var_names = {v.get("guid"): v.get("name") for v in root.iter("{*}Variable")}
    source_names = {s.get("guid"): s.get("name") for s in root.iter("{*}TextSource")}
    selections = {sel.get("guid"): sel for sel in root.iter("{*}PlainTextSelection")}
    coded_by = {}
    for sel in selections.values():
        for ref in sel.findall("q:Coding/q:CodeRef", NS):
            coded_by.setdefault(ref.get("targetGUID"), set()).add(sel.get("guid"))
    cases = root.findall("q:Cases/q:Case", NS)
    assert cases
    referenced = []
    for case in cases:
        values = {var_names[vv.find("q:VariableRef", NS).get("targetGUID")]: vv.findtext("q:TextValue", namespaces=NS)
                  for vv in case.findall("q:VariableValue", NS)}
        (src,) = case.findall("q:SourceRef", NS)
        assert values["document"] == source_names[src.get("targetGUID")]
        assert values["role"] in ROLES
        assert values.get("region", "x")  # an unknown region is left out, never empty
        refs = {r.get("targetGUID") for r in case.findall("q:SelectionRef", NS)}
        # NVivo's form, read by QualCoder: a code with the case's GUID codes the same passages
        (code,) = [c for c in root.iter("{*}Code") if c.get("guid") == case.get("guid")]
        assert code.get("name") == case.get("name") and code.get("isCodable") == "true"
        assert coded_by[case.get("guid")] == refs
        referenced += sorted(refs)
    n_verbatims = sum(v["kind"] in ("verbatim", "turn") for v in tables["verbatims"])
    assert len(referenced) == len(set(referenced)) == n_verbatims > 0
    for g in referenced:  # a verbatim's selection carries its kind code and its case code
        assert len(selections[g].findall("q:Coding", NS)) == 2


def test_is_byte_stable_across_runs(out, corpus_dirs, tmp_path):
    again = tmp_path / "again.qdpx"
    exports.export_qdpx(corpus_dirs[0], corpus_dirs[1], THEMES, again)
    assert again.read_bytes() == (out / "corpus.qdpx").read_bytes()


# ---- optional tables ------------------------------------------------------------------------
def test_theme_codings_follow_segment_themes_with_score_and_evidence(corpus_dirs, tables, tmp_path):
    tables_dir, interim = corpus_dirs
    seg = next(s for s in tables["segments"] if s["kind"] == "narrative" and s["doc_id"] == "aef2021"
               and len(s["text"]) > 50)
    theme = next(iter(THEMES))
    rows = [{"doc_id": seg["doc_id"], "segment_id": seg["segment_id"], "theme": theme, "score": 0.91,
             "coded": 1, "evidence": "hand-coded: organisation des soins", "source": "human"},
            {"doc_id": "aef2021", "segment_id": tables["theme_hits"][0]["segment_id"], "theme": theme,
             "score": 0.1, "coded": 0, "evidence": "", "source": "lexicon"}]
    work = copy_tables(tables_dir, tmp_path / "tables")
    cio.write_csv(work / "segment_themes.csv", rows,
                  ["doc_id", "segment_id", "theme", "score", "coded", "evidence", "source"])
    counts = exports.export_qdpx(work, interim, THEMES, tmp_path / "x.qdpx")
    assert counts["theme_origin"] == "segment_themes.csv" and counts["theme_segments"] == 1
    q = read_qdpx(tmp_path / "x.qdpx")
    assert valid(q["root"])
    (coding,) = [c for c in codings(q) if c[1] == THEMES[theme]["label"]]
    assert coding[4] == seg["text"].strip()
    assert "score 0.91" in coding[5] and "source human" in coding[5]
    assert "hand-coded: organisation des soins" in coding[5]


def test_chd_classes_become_codes_with_their_segments(corpus_dirs, tables, texts, tmp_path):
    tables_dir, interim = corpus_dirs
    segs = [s for s in tables["segments"] if s["doc_id"] == "fournier2021" and s["kind"] == "narrative"][:4]
    rows = [{"corpus": "body", "doc_id": s["doc_id"], "segment_id": s["segment_id"],
             "chd_segment": f"c{i}", "char_start": s["char_start"], "char_end": s["char_end"],
             "class": c} for i, (s, c) in enumerate(zip(segs, (1, 2, 0, 2)))]
    work = copy_tables(tables_dir, tmp_path / "tables")
    cio.write_csv(work / "chd_segments.csv", rows,
                  ["corpus", "doc_id", "segment_id", "chd_segment", "char_start", "char_end", "class"])
    cio.write_csv(work / "chd_classes.csv",
                  [{"corpus": "body", "class": 2, "n_segments": 2, "share": 0.5,
                    "top_lemmas": "cpts; territoire", "parent": 0}],
                  ["corpus", "class", "n_segments", "share", "top_lemmas", "parent"])
    counts = exports.export_qdpx(work, interim, THEMES, tmp_path / "x.qdpx")
    assert counts["chd_segments"] == 3  # class 0 (unclassified) is not a code
    q = read_qdpx(tmp_path / "x.qdpx")
    assert valid(q["root"])
    got = sorted((c[1], c[4]) for c in codings(q) if c[1].startswith("classe "))
    assert got == sorted([("classe 1 · body", segs[0]["text"].strip()),
                          ("classe 2 · body", segs[1]["text"].strip()),
                          ("classe 2 · body", segs[3]["text"].strip())])
    (code,) = [c for c in q["root"].iter("{*}Code") if c.get("name") == "classe 2 · body"]
    assert "cpts; territoire" in code.findtext("q:Description", namespaces=NS)


# ---- bad input ------------------------------------------------------------------------------
def test_control_character_and_uffff_are_stripped_for_xml_and_noted(corpus_dirs, tmp_path, capsys):
    tables_dir, interim = corpus_dirs
    work = copy_tables(tables_dir, tmp_path / "tables")
    docs = cio.read_csv(work / "documents.csv")
    docs[0]["title"] = "Titre\x07 avec cloche"
    cio.write_csv(work / "documents.csv", docs, cio.DOCUMENTS_COLUMNS)
    verbatims = cio.read_csv(work / "verbatims.csv")
    verbatims[0]["speaker"] = "Mme X\uffff"
    cio.write_csv(work / "verbatims.csv", verbatims, cio.VERBATIMS_COLUMNS)
    target = tmp_path / "x.qdpx"
    code = cli.main(["export", "qdpx", "--tables", str(work), "--interim", str(interim),
                     "--themes", str(THEMES_PATH), "-o", str(target)])
    log = capsys.readouterr().out
    assert code == 0
    assert f"note: source {docs[0]['doc_id']} Description: removed 1 × U+0007" in log
    assert "U+FFFF" in log and f"case {verbatims[0]['doc_id']}" in log
    q = read_qdpx(target)
    assert valid(q["root"])
    titles = [s.findtext("q:Description", namespaces=NS) for s in q["root"].iter("{*}TextSource")]
    assert "Titre avec cloche" in titles
    assert any(c.get("name", "").endswith("Mme X") for c in q["root"].iter("{*}Case"))


def test_refuses_a_verbatim_that_does_not_match_the_text(corpus_dirs, tmp_path):
    tables_dir, interim = corpus_dirs
    work = copy_tables(tables_dir, tmp_path / "tables")
    rows = cio.read_csv(work / "verbatims.csv")
    rows[0]["text"] = "texte altéré " + rows[0]["text"]
    cio.write_csv(work / "verbatims.csv", rows, cio.VERBATIMS_COLUMNS)
    with pytest.raises(CorpusError, match=r"verbatims\.csv: segment .* does not match"):
        exports.export_qdpx(work, interim, THEMES, tmp_path / "x.qdpx")


def test_cli_reports_missing_tables(tmp_path, capsys):
    code = cli.main(["export", "qdpx", "--tables", str(tmp_path), "--interim", str(tmp_path),
                     "-o", str(tmp_path / "x.qdpx")])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "documents.csv: missing" in err
    assert not (tmp_path / "x.qdpx").exists()


# ---- QualCoder's own importer ---------------------------------------------------------------
def qualcoder_checkout() -> Path | None:
    """$QUALCODER_SRC, else a `qualcoder` checkout beside the repository."""
    candidates = [Path(os.environ["QUALCODER_SRC"])] if os.environ.get("QUALCODER_SRC") else []
    candidates.append(REPO.parent / "qualcoder")
    return next((c for c in candidates if (c / "src" / "qualcoder" / "refi.py").is_file()
                 or (c / "qualcoder" / "refi.py").is_file()), None)


def expected_import(qdpx, tables) -> dict:
    """What QualCoder should hold after importing ``qdpx``, counted from the XML and the tables."""
    root = qdpx["root"]
    cases = case_guids(root)
    codes = [c for c in root.iter("{*}Code")]
    n_codings = sum(1 for ref in root.iter("{*}CodeRef") if ref.getparent().tag.endswith("Coding")
                    and ref.get("targetGUID") not in cases)
    return {
        "sources": len(root.findall("q:Sources/q:TextSource", NS)),
        "codes": sum(c.get("isCodable") == "true" and c.get("guid") not in cases for c in codes),
        "categories": sum(c.get("isCodable") == "false" for c in codes),
        "codings": n_codings,
        "cases": len(cases),
        "case_links": sum(v["kind"] in ("verbatim", "turn") for v in tables["verbatims"]),
        "cases_linked": len(cases),
        "file_attributes": sum(bool(d[v]) for d in tables["documents"] for v in ("title", "year", "kind")),
        "source_memos": len(DOCS),
        "codings_text_mismatch": 0,
        "case_links_out_of_range": 0,
        "errors": [],
    }


def test_qualcoder_imports_everything_and_links_cases_to_their_passages(qdpx, out, tables, tmp_path):
    checkout = qualcoder_checkout()
    if checkout is None:
        pytest.skip("no QualCoder checkout (set QUALCODER_SRC or put one in ../qualcoder)")
    python = os.environ.get("QUALCODER_PYTHON", sys.executable)
    driver = Path(__file__).resolve().parents[1] / "qualcoder_import.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([python, str(driver), str(checkout), str(out / "corpus.qdpx"), str(tmp_path)],
                         check=False, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    # QualCoder prints its own notices (e.g. no VLC) before the report, which is the last line
    report = json.loads(run.stdout.strip().splitlines()[-1])
    expected = expected_import(qdpx, tables)
    assert {k: report[k] for k in expected} == expected
    assert report["case_links"] > 0
    assert report["attribute_types"] == {"region": "case", "role": "case", "document": "case",
                                         "title": "file", "year": "file", "kind": "file"}
    assert report["codings_with_memo"] > 0  # theme codings carry their matched words
