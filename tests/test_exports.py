"""Exports (IRaMuTeQ, REFI-QDA .qdpx, TXM) on real documents: fournier2021 (28 quoted
interviewees) and aef2021 (a press article with theme hits but no verbatim)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, SHEET_PATH, THEMES_PATH

from corpus import cli, exports
from corpus import io as cio
from corpus.documents import load_sheet
from corpus.errors import CorpusError
from corpus.segment.speakers import ROLES
from corpus.themes import load_themes

DOCS = ["aef2021", "fournier2021"]
XSD = REPO / "tests" / "data" / "refi-qda" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
THEME_IDS = list(load_themes(THEMES_PATH))
HEADER = re.compile(
    r"^\*\*\*\* \*doc_[a-z0-9_]+ \*region_[a-z0-9_]+ \*role_[a-z0-9_]+ \*kind_(verbatim|turn)"
    + "".join(rf" \*theme_{t}_[01]" for t in THEME_IDS) + "$"
)


@pytest.fixture(scope="module")
def corpus_dirs(pipeline, tmp_path_factory):
    """Tables for the two documents, built by the real stages, and the interim root."""
    from corpus.tables import build_tables

    for doc in DOCS:
        pipeline.interim(doc, upto="themes")
    tables = tmp_path_factory.mktemp("tables")
    sheet = [r for r in load_sheet(SHEET_PATH) if r["doc_id"] in DOCS]
    build_tables(sheet, pipeline.root, tables, THEME_IDS)
    return tables, pipeline.root


@pytest.fixture(scope="module")
def tables(corpus_dirs):
    return exports.load_tables(corpus_dirs[0])


@pytest.fixture(scope="module")
def texts(corpus_dirs):
    return {d: (corpus_dirs[1] / d / "text.txt").read_text(encoding="utf-8") for d in DOCS}


@pytest.fixture(scope="module")
def out(corpus_dirs, tmp_path_factory):
    """All exports, written through the CLI as the workflow does."""
    tables_dir, interim = corpus_dirs
    out = tmp_path_factory.mktemp("exports")
    common = ["--tables", str(tables_dir), "--interim", str(interim), "--themes", str(THEMES_PATH)]
    assert cli.main(["export", "iramuteq", *common, "-o", str(out / "corpus_iramuteq.txt")]) == 0
    assert cli.main(["export", "iramuteq", *common, "--unit", "section",
                     "-o", str(out / "sections.txt")]) == 0
    assert cli.main(["export", "qdpx", *common, "-o", str(out / "corpus.qdpx")]) == 0
    assert cli.main(["export", "txm", *common, "--sheet", str(SHEET_PATH),
                     "-o", str(out / "txm")]) == 0
    return out


def read_units(path: Path) -> list[tuple[str, str]]:
    """(header, body) pairs, parsed the way IRaMuTeQ splits a corpus: on '****' lines."""
    units = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("****"):
            units.append([line, []])
        elif line:
            units[-1][1].append(line)
    return [(h, "\n".join(b)) for h, b in units]


# ---- IRaMuTeQ ------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("Île-de-France", "ile_de_france"),
    ("Région A", "region_a"),
    ("La Réunion", "la_reunion"),
    ("Provence-Alpes-Côte d'Azur", "provence_alpes_cote_d_azur"),
    ("medecin_generaliste", "medecin_generaliste"),
    ("Entretien n°12", "entretien_n_12"),
    ("", "nr"),
    ("  ", "nr"),
])
def test_iramuteq_values_are_letters_digits_underscores(value, expected):
    assert exports.iramuteq_value(value) == expected


def test_iramuteq_text_drops_reserved_characters():
    raw = "**** *doc_x\n-*theme\n_rire_ coût 5 $ l’équipe\t« fin »"
    cleaned = exports.iramuteq_text(raw)
    assert cleaned == "doc x - theme rire coût 5 l'équipe « fin »"


def test_iramuteq_one_text_per_verbatim(out, tables):
    units = read_units(out / "corpus_iramuteq.txt")
    rows = [v for v in tables["verbatims"] if v["kind"] in ("verbatim", "turn")]
    assert len(rows) > 10  # fournier2021 quotes its interviewees
    assert len(units) == len(rows)
    for (header, body), row in zip(units, rows):
        assert HEADER.match(header), header
        assert f"*doc_{row['doc_id']} " in header
        assert f"*role_{exports.iramuteq_value(row['role'])} " in header
        assert body and "\n" not in body
        assert body == exports.iramuteq_text(row["text"])


def test_iramuteq_quote_from_reference_text_is_exported(out, reference_text):
    # the secretary's quote of fournier2021 ("(secrétaire MSP)" in the reference text)
    assert "On a fait beaucoup de pédagogie" in reference_text("fournier2021")
    units = [u for u in read_units(out / "corpus_iramuteq.txt") if "On a fait beaucoup de pédagogie" in u[1]]
    assert len(units) == 1
    assert "*doc_fournier2021 *region_ile_de_france " in units[0][0]


def test_iramuteq_body_has_no_reserved_characters(out):
    for name in ("corpus_iramuteq.txt", "sections.txt"):
        for header, body in read_units(out / name):
            for line in body.split("\n"):
                assert "*" not in line and "$" not in line and "_" not in line, line
                assert not line.startswith("-*")
            assert re.fullmatch(r"\*\*\*\*( \*[a-z]+_[a-z0-9_]+)+", header), header


def test_iramuteq_theme_flags_match_hits_inside_the_verbatim(out, tables, texts):
    units = read_units(out / "corpus_iramuteq.txt")
    rows = [v for v in tables["verbatims"] if v["kind"] in ("verbatim", "turn")]
    n_flagged = 0
    for (header, _), row in zip(units, rows):
        start, end = int(row["char_start"]), int(row["char_end"])
        # independent of the segment ids: a hit counts if its characters lie in the verbatim
        inside = {h["theme"] for h in tables["theme_hits"]
                  if h["doc_id"] == row["doc_id"] and start <= int(h["char_start"]) < end}
        flags = dict(re.findall(r"\*theme_([a-z]+)_([01])", header))
        assert set(flags) == set(THEME_IDS)
        assert {t for t, f in flags.items() if f == "1"} == inside
        n_flagged += bool(inside)
    assert n_flagged > 0


def test_iramuteq_sections_cover_the_body_text(out, corpus_dirs, texts):
    units = read_units(out / "sections.txt")
    interim = corpus_dirs[1]
    expected = 0
    for doc in DOCS:
        for sec in cio.read_csv(interim / doc / "structure.csv"):
            if sec["kind"] == "body" and texts[doc][int(sec["char_start"]):int(sec["char_end"])].strip():
                expected += 1
    assert len(units) == expected > 0
    assert all("*kind_section *section_" in h and "*role_nr " in h for h, _ in units)
    # aef2021's body: its "Valence" section is exported under its heading
    assert any(h.startswith("**** *doc_aef2021 ") and "Valence" in b for h, b in units)


def test_iramuteq_unknown_unit_is_an_error(corpus_dirs, tmp_path):
    with pytest.raises(CorpusError, match="unknown unit 'paragraph'"):
        exports.export_iramuteq(corpus_dirs[0], corpus_dirs[1], THEME_IDS, tmp_path / "x.txt",
                                unit="paragraph")


# ---- REFI-QDA ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def qdpx(out):
    from lxml import etree

    with zipfile.ZipFile(out / "corpus.qdpx") as zf:
        names = zf.namelist()
        root = etree.fromstring(zf.read("project.qde"))
        files = {n: zf.read(n).decode("utf-8") for n in names if n != "project.qde"}
    return {"names": names, "root": root, "files": files}


def test_qdpx_validates_against_refi_qda_project_schema(qdpx):
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(qdpx["root"]), schema.error_log.last_error


def test_qdpx_root_namespace_and_required_attributes(qdpx):
    root = qdpx["root"]
    assert root.tag == "{urn:QDA-XML:project:1.0}Project"
    assert root.get("name") and root.get("origin", "").startswith("corpus ")
    for el in root.iter("{*}Code"):
        assert el.get("name") and el.get("isCodable") in ("true", "false")
    for el in root.iter("{*}PlainTextSelection"):
        assert el.get("startPosition").isdigit() and el.get("endPosition").isdigit()


def test_qdpx_guids_are_well_formed_unique_and_resolve(qdpx):
    root = qdpx["root"]
    guids = [el.get("guid") for el in root.iter() if el.get("guid") is not None]
    assert all(GUID.match(g) for g in guids)
    assert len(guids) == len(set(guids))

    def ids(tag):
        return {el.get("guid") for el in root.iter(f"{{*}}{tag}")}

    codable = {el.get("guid") for el in root.iter("{*}Code") if el.get("isCodable") == "true"}
    targets = {"CodeRef": codable, "SourceRef": ids("TextSource"),
               "SelectionRef": ids("PlainTextSelection"), "VariableRef": ids("Variable")}
    for tag, allowed in targets.items():
        for el in root.iter(f"{{*}}{tag}"):
            assert GUID.match(el.get("targetGUID")) and el.get("targetGUID") in allowed, tag
    for sel in root.iter("{*}PlainTextSelection"):
        assert len(sel.findall("q:Coding/q:CodeRef", NS)) == 1


def test_qdpx_sources_are_the_cleaned_texts(qdpx, texts):
    sources = qdpx["root"].findall("q:Sources/q:TextSource", NS)
    assert sorted(s.get("name") for s in sources) == sorted(DOCS)
    for src in sources:
        path = src.get("plainTextPath")
        assert path == f"internal://{src.get('guid')}.txt"
        member = f"{exports.SOURCES_DIR}/{path[len('internal://'):]}"
        assert member in qdpx["names"]
        assert qdpx["files"][member] == texts[src.get("name")]
        # offsets are code points; with no astral character UTF-16 counting gives the same
        assert all(ord(c) <= 0xFFFF for c in texts[src.get("name")])


def selections_from_qdpx(qdpx) -> set[tuple]:
    """(doc, code name, start, end, covered text) for every selection, read back from the zip."""
    root = qdpx["root"]
    code_names = {c.get("guid"): c.get("name") for c in root.iter("{*}Code")}
    out = set()
    for src in root.findall("q:Sources/q:TextSource", NS):
        text = qdpx["files"][f"{exports.SOURCES_DIR}/{src.get('guid')}.txt"]
        for sel in src.findall("q:PlainTextSelection", NS):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert 0 <= start < end <= len(text)
            code = code_names[sel.find("q:Coding/q:CodeRef", NS).get("targetGUID")]
            out.add((src.get("name"), code, start, end, text[start:end]))
    return out


def test_qdpx_selections_read_back_equal_the_tables(qdpx, tables, texts):
    themes = load_themes(THEMES_PATH)
    expected = set()
    for v in tables["verbatims"]:
        # the verbatim's text, searched from its segment start (independent of the exporter)
        start = texts[v["doc_id"]].index(v["text"], int(v["char_start"]))
        assert start < int(v["char_end"])
        expected.add((v["doc_id"], v["kind"], start, start + len(v["text"]), v["text"]))
    for h in tables["theme_hits"]:
        expected.add((h["doc_id"], themes[h["theme"]]["label"], int(h["char_start"]),
                      int(h["char_end"]), h["matched"]))
    got = selections_from_qdpx(qdpx)
    assert got == expected
    assert {d for d, *_ in got} == set(DOCS)  # aef2021 has hits but no verbatim
    assert any(code == "verbatim" for _, code, *_ in got)


def test_qdpx_cases_per_speaker_carry_region_role_document(qdpx, tables):
    root = qdpx["root"]
    var_names = {v.get("guid"): v.get("name") for v in root.iter("{*}Variable")}
    source_names = {s.get("guid"): s.get("name") for s in root.iter("{*}TextSource")}
    verbatim_sel = {sel.get("guid") for sel in root.iter("{*}PlainTextSelection")
                    if sel.get("name", "").split(" ")[0] in {v["segment_id"] for v in tables["verbatims"]}}
    referenced = []
    cases = root.findall("q:Cases/q:Case", NS)
    assert cases
    for case in cases:
        values = {var_names[vv.find("q:VariableRef", NS).get("targetGUID")]: vv.findtext("q:TextValue", namespaces=NS)
                  for vv in case.findall("q:VariableValue", NS)}
        (src,) = case.findall("q:SourceRef", NS)
        assert values["document"] == source_names[src.get("targetGUID")]
        assert values["role"] in ROLES
        assert values.get("region", "x")  # an unknown region is left out, never empty
        referenced += [r.get("targetGUID") for r in case.findall("q:SelectionRef", NS)]
    assert sorted(referenced) == sorted(verbatim_sel)  # each verbatim in exactly one case


def test_qdpx_is_byte_stable_across_runs(out, corpus_dirs, tmp_path):
    again = tmp_path / "again.qdpx"
    exports.export_qdpx(corpus_dirs[0], corpus_dirs[1], load_themes(THEMES_PATH), again)
    assert again.read_bytes() == (out / "corpus.qdpx").read_bytes()
    assert exports.guid("source", "fournier2021") == exports.guid("source", "fournier2021")
    assert exports.guid("source", "fournier2021") != exports.guid("source", "aef2021")


def test_qdpx_refuses_a_verbatim_that_does_not_match_the_text(corpus_dirs, tmp_path):
    tables_dir, interim = corpus_dirs
    bad = tmp_path / "tables"
    bad.mkdir()
    for name in ("documents", "theme_hits"):
        (bad / f"{name}.csv").write_bytes((tables_dir / f"{name}.csv").read_bytes())
    rows = cio.read_csv(tables_dir / "verbatims.csv")
    rows[0]["text"] = "texte altéré " + rows[0]["text"]
    cio.write_csv(bad / "verbatims.csv", rows, cio.VERBATIMS_COLUMNS)
    with pytest.raises(CorpusError, match=r"verbatims\.csv: segment .* does not match"):
        exports.export_qdpx(bad, interim, load_themes(THEMES_PATH), tmp_path / "x.qdpx")


def test_cli_export_reports_missing_tables(tmp_path, capsys):
    code = cli.main(["export", "qdpx", "--tables", str(tmp_path), "--interim", str(tmp_path),
                     "-o", str(tmp_path / "x.qdpx")])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "documents.csv: missing" in err
    assert not (tmp_path / "x.qdpx").exists()


# ---- TXM -----------------------------------------------------------------------------------
def test_txm_folder_has_one_text_per_document_and_metadata(out, texts):
    folder = out / "txm"
    meta = cio.read_csv(folder / "metadata.csv")
    header = (folder / "metadata.csv").read_text(encoding="utf-8").split("\n")[0].split(",")
    assert header[0] == "id" and all(c.isascii() for c in header)
    assert sorted(r["id"] for r in meta) == sorted(DOCS)
    assert sorted(p.stem for p in folder.glob("*.txt")) == sorted(DOCS)
    for doc in DOCS:
        assert (folder / f"{doc}.txt").read_text(encoding="utf-8") == texts[doc]
    sheet = {r["doc_id"]: r for r in load_sheet(SHEET_PATH)}
    for r in meta:
        assert r["authors"] == sheet[r["id"]]["authors"] and r["year"] == sheet[r["id"]]["year"]


def test_txm_export_removes_texts_of_documents_no_longer_exported(corpus_dirs, tmp_path):
    (tmp_path / "retired2020.txt").write_text("old", encoding="utf-8")
    n = exports.export_txm(corpus_dirs[0], corpus_dirs[1], load_sheet(SHEET_PATH), tmp_path)
    assert n == len(DOCS)
    assert sorted(p.stem for p in tmp_path.glob("*.txt")) == sorted(DOCS)
