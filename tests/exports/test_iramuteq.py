"""IRaMuTeQ export: headers read the way IRaMuTeQ and rainette split them, one variable per
theme, document variables, CHD classes, theme decisions, refused id collisions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import THEMES_PATH

from corpus import cli, exports
from corpus import io as cio
from corpus.errors import CorpusError

from .conftest import DOCS, THEME_IDS, copy_tables

DOC_VARIABLES = {"doc", "year", "kind", "region", "role", "unit"}


def read_units(path: Path) -> list[tuple[str, str]]:
    """(header, body) pairs, parsed the way IRaMuTeQ splits a corpus: on '****' lines."""
    units = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("****"):
            units.append([line, []])
        elif line:
            units[-1][1].append(line)
    return [(h, "\n".join(b)) for h, b in units]


def split_variables(header: str) -> list[tuple[str, str]]:
    """(variable, modality) as rainette reads them: each '*x' cut at its FIRST underscore
    (``str_split_fixed(vars, "_", n = 2)`` in rainette's import_corpus_iramuteq)."""
    assert header.startswith("**** ")
    return [tuple(tok[1:].split("_", 1)) for tok in header[5:].split(" ")]


def verbatim_rows(tables) -> list[dict]:
    return [v for v in tables["verbatims"] if v["kind"] in ("verbatim", "turn")]


# ---- values and names -----------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("Île-de-France", "ile_de_france"),
    ("Région A", "region_a"),
    ("Provence-Alpes-Côte d'Azur", "provence_alpes_cote_d_azur"),
    ("medecin_generaliste", "medecin_generaliste"),
    ("Entretien n°12", "entretien_n_12"),
    ("", "nr"),
    ("  ", "nr"),
])
def test_values_are_letters_digits_underscores(value, expected):
    assert exports.iramuteq_value(value) == expected


@pytest.mark.parametrize("theme, name", [
    ("coordination", "thcoordination"),
    ("sante_mentale", "thsantementale"),
    ("Santé-Mentale 2", "thsantementale2"),
])
def test_theme_variable_names_hold_no_underscore(theme, name):
    assert exports.theme_variable(theme) == name


def test_theme_ids_giving_one_variable_are_refused():
    with pytest.raises(CorpusError, match=r"'sante_mentale' and 'santementale' both become .*\*thsantementale"):
        exports.theme_variables(["coordination", "sante_mentale", "santementale"])


def test_text_drops_reserved_characters():
    raw = "**** *doc_x\n-*theme\n_rire_ coût 5 $ l’équipe\t« fin »"
    assert exports.iramuteq_text(raw) == "doc x - theme rire coût 5 l'équipe « fin »"


# ---- verbatim units -------------------------------------------------------------------------
def test_each_theme_is_its_own_variable_when_split_at_the_first_underscore(out):
    units = read_units(out / "corpus_iramuteq.txt")
    assert units
    theme_vars = {"th" + t for t in THEME_IDS}
    for header, _ in units:
        pairs = split_variables(header)
        names = [n for n, _ in pairs]
        assert len(names) == len(set(names)), header  # no variable twice in one text
        assert set(names) == DOC_VARIABLES | theme_vars, header
        assert all(m in ("0", "1") for n, m in pairs if n in theme_vars)


def test_one_text_per_verbatim_with_document_year_and_kind(out, tables):
    units = read_units(out / "corpus_iramuteq.txt")
    rows = verbatim_rows(tables)
    docs = {d["doc_id"]: d for d in tables["documents"]}
    assert len(rows) > 10  # fournier2021 quotes its interviewees
    assert len(units) == len(rows)
    for (header, body), row in zip(units, rows):
        values = dict(split_variables(header))
        assert values["doc"] == row["doc_id"]
        assert values["year"] == docs[row["doc_id"]]["year"] and values["year"].isdigit()
        assert values["kind"] == exports.iramuteq_value(docs[row["doc_id"]]["kind"])
        assert values["role"] == exports.iramuteq_value(row["role"])
        assert values["unit"] == row["kind"]
        assert body and "\n" not in body
        assert body == exports.iramuteq_text(row["text"])


def test_quote_from_reference_text_is_exported(out, reference_text):
    # the secretary's quote of fournier2021 ("(secrétaire MSP)" in the reference text)
    assert "On a fait beaucoup de pédagogie" in reference_text("fournier2021")
    units = [u for u in read_units(out / "corpus_iramuteq.txt") if "On a fait beaucoup de pédagogie" in u[1]]
    assert len(units) == 1
    values = dict(split_variables(units[0][0]))
    assert values["doc"] == "fournier2021" and values["region"] == "ile_de_france"
    assert values["year"] == "2021" and values["kind"] == "article"


def test_body_has_no_reserved_characters(out):
    for name in ("corpus_iramuteq.txt", "sections.txt"):
        for header, body in read_units(out / name):
            for line in body.split("\n"):
                assert "*" not in line and "$" not in line and "_" not in line, line
                assert not line.startswith("-*")
            assert re.fullmatch(r"\*\*\*\*( \*[a-z0-9]+_[a-z0-9_]+)+", header), header


def test_theme_flags_match_hits_inside_the_verbatim(out, tables):
    units = read_units(out / "corpus_iramuteq.txt")
    n_flagged = 0
    for (header, _), row in zip(units, verbatim_rows(tables)):
        start, end = int(row["char_start"]), int(row["char_end"])
        # independent of the segment ids: a hit counts if its characters lie in the verbatim
        inside = {h["theme"] for h in tables["theme_hits"]
                  if h["doc_id"] == row["doc_id"] and start <= int(h["char_start"]) < end}
        flags = {n[2:]: m for n, m in split_variables(header) if n.startswith("th")}
        assert {t for t, f in flags.items() if f == "1"} == inside
        n_flagged += bool(inside)
    assert n_flagged > 0


def test_a_fifth_theme_with_an_underscore_is_one_more_variable(corpus_dirs, tmp_path):
    tables_dir, interim = corpus_dirs
    n = exports.export_iramuteq(tables_dir, interim, THEME_IDS + ["sante_mentale"], tmp_path / "x.txt")
    units = read_units(tmp_path / "x.txt")
    assert len(units) == n > 0
    for header, _ in units:
        values = dict(split_variables(header))
        assert values["thsantementale"] == "0"  # no lexicon, no hit
        assert len(values) == len(DOC_VARIABLES) + len(THEME_IDS) + 1


def test_theme_flags_follow_segment_themes_when_it_exists(corpus_dirs, tables, tmp_path):
    tables_dir, interim = corpus_dirs
    rows = verbatim_rows(tables)
    with_hit = next(r for r in rows if any(h["segment_id"] == r["segment_id"] for h in tables["theme_hits"]))
    hit_theme = next(h["theme"] for h in tables["theme_hits"] if h["segment_id"] == with_hit["segment_id"])
    hit_segments = {h["segment_id"] for h in tables["theme_hits"]}
    without = next(r for r in rows if r["segment_id"] not in hit_segments)
    other = next(t for t in THEME_IDS if t != hit_theme)
    coded = [  # a reviewer overruled the lexicon on one verbatim and coded another by hand
        {"doc_id": with_hit["doc_id"], "segment_id": with_hit["segment_id"], "theme": hit_theme,
         "score": 0.2, "coded": 0, "evidence": "", "source": "human"},
        {"doc_id": without["doc_id"], "segment_id": without["segment_id"], "theme": other,
         "score": 1, "coded": 1, "evidence": "hand-coded", "source": "human"},
    ]
    work = copy_tables(tables_dir, tmp_path / "tables")
    cio.write_csv(work / "segment_themes.csv", coded,
                  ["doc_id", "segment_id", "theme", "score", "coded", "evidence", "source"])
    exports.export_iramuteq(work, interim, THEME_IDS, tmp_path / "x.txt")
    units = read_units(tmp_path / "x.txt")
    for (header, _), row in zip(units, rows):
        on = {n[2:] for n, m in split_variables(header) if n.startswith("th") and m == "1"}
        assert on == ({other} if row["segment_id"] == without["segment_id"] else set()), header


def test_chd_class_is_a_variable_of_the_units_holding_chd_segments(corpus_dirs, tables, tmp_path):
    tables_dir, interim = corpus_dirs
    rows = [r for r in verbatim_rows(tables) if int(r["char_end"]) - int(r["char_start"]) > 90][:3]
    assert len(rows) == 3

    def split(row, at, classes):
        a, b = int(row["char_start"]), int(row["char_end"])
        cut = a + (b - a) * at // 100
        return [{"corpus": "verbatims", "doc_id": row["doc_id"], "segment_id": row["segment_id"],
                 "chd_segment": f"{row['segment_id']}-{i}", "char_start": s, "char_end": e,
                 "class": c} for i, (s, e, c) in enumerate([(a, cut, classes[0]), (cut, b, classes[1])])]

    chd = (split(rows[0], 30, (2, 3))      # class 3 covers 70% of the verbatim
           + split(rows[1], 50, (0, 0))    # all unclassified: class 0, as IRaMuTeQ writes it
           + split(rows[2], 60, (0, 4)))   # a classified class wins over unclassified text
    body = [{**chd[0], "corpus": "body", "class": 9}]  # another CHD run: not for verbatim units
    work = copy_tables(tables_dir, tmp_path / "tables")
    cio.write_csv(work / "chd_segments.csv", chd + body,
                  ["corpus", "doc_id", "segment_id", "chd_segment", "char_start", "char_end", "class"])
    exports.export_iramuteq(work, interim, THEME_IDS, tmp_path / "x.txt")
    classes = {}
    for (header, _), row in zip(read_units(tmp_path / "x.txt"), verbatim_rows(tables)):
        classes[row["segment_id"]] = dict(split_variables(header)).get("classe")
    assert classes.pop(rows[0]["segment_id"]) == "3"
    assert classes.pop(rows[1]["segment_id"]) == "0"
    assert classes.pop(rows[2]["segment_id"]) == "4"
    assert set(classes.values()) == {None}  # units outside the CHD get no class variable


@pytest.mark.parametrize("a, b", [("dupont-2024", "dupont_2024"), ("Dupont2024", "dupont2024")])
def test_ids_differing_by_separator_or_case_are_refused_not_merged(corpus_dirs, tmp_path, capsys, a, b):
    tables_dir, interim = corpus_dirs
    work = copy_tables(tables_dir, tmp_path / "tables")
    docs = cio.read_csv(work / "documents.csv")
    extra = [{**docs[0], "doc_id": a, "status": "error"}, {**docs[0], "doc_id": b, "status": "error"}]
    cio.write_csv(work / "documents.csv", docs + extra, cio.DOCUMENTS_COLUMNS)
    target = tmp_path / "x.txt"
    code = cli.main(["export", "iramuteq", "--tables", str(work), "--interim", str(interim),
                     "--themes", str(THEMES_PATH), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Error: ") and err.count("\n") == 1
    assert f"'{a}' and '{b}'" in err and "merge" in err
    assert not target.exists()


def test_sections_cover_the_body_text(out, corpus_dirs, texts):
    units = read_units(out / "sections.txt")
    interim = corpus_dirs[1]
    expected = 0
    for doc in DOCS:
        for sec in cio.read_csv(interim / doc / "structure.csv"):
            if sec["kind"] == "body" and texts[doc][int(sec["char_start"]):int(sec["char_end"])].strip():
                expected += 1
    assert len(units) == expected > 0
    for header, _ in units:
        values = dict(split_variables(header))
        assert values["unit"] == "section" and values["role"] == "nr" and values["section"]
        assert values["year"].isdigit()
    # aef2021's body: its "Valence" section is exported under its heading
    assert any(h.startswith("**** *doc_aef2021 ") and "Valence" in b for h, b in units)


def test_unknown_unit_is_an_error(corpus_dirs, tmp_path):
    with pytest.raises(CorpusError, match="unknown unit 'paragraph'"):
        exports.export_iramuteq(corpus_dirs[0], corpus_dirs[1], THEME_IDS, tmp_path / "x.txt",
                                unit="paragraph")
