"""Document structure on the bundled theses and article."""

from __future__ import annotations

import pytest

from corpus import io as cio
from corpus.extract import structure


def sections(pipeline, doc_id):
    return cio.read_csv(pipeline.interim(doc_id) / "structure.csv")


def first(rows, heading):
    return next(r for r in rows if r["heading"] == heading)


def test_sections_partition_the_text(pipeline):
    rows = sections(pipeline, "perelli2022")
    text = pipeline.text("perelli2022")
    assert int(rows[0]["char_start"]) == 0 and int(rows[-1]["char_end"]) == len(text)
    assert all(a["char_end"] == b["char_start"] for a, b in zip(rows, rows[1:]))
    for r in rows:
        if r["heading"]:
            assert text[int(r["char_start"]):].startswith(r["heading"])


def test_thesis_front_matter_toc_body_annexes(pipeline):
    rows = sections(pipeline, "perelli2022")
    assert first(rows, "JURY")["kind"] == "front"
    assert first(rows, "REMERCIEMENTS")["kind"] == "front"
    assert first(rows, "SOMMAIRE")["kind"] == "toc"
    assert first(rows, "LISTE DES ABREVIATIONS")["kind"] == "front"
    intro = first(rows, "I. INTRODUCTION")
    assert (intro["kind"], intro["level"]) == ("body", "1")
    assert first(rows, "A. Vers des soins coordonnés")["level"] == "2"
    assert first(rows, "1. Cadre règlementaire")["level"] == "3"
    assert first(rows, "ANNEXES")["kind"] == "annex"
    annex = first(rows, "Annexe 5 : Extrait du FG n°1")
    assert (annex["kind"], annex["level"]) == ("annex", "2")
    assert first(rows, "RESUME")["kind"] == "abstract"
    # no TOC entry is taken for a heading
    assert not [r for r in rows if r["kind"] == "body" and " . . ." in r["heading"]]


def test_gautier_oath_bibliography_and_annex_titles(pipeline):
    rows = sections(pipeline, "gautier2019")
    assert first(rows, "Serment d'Hippocrate")["kind"] == "front"
    assert first(rows, "Table des matières")["kind"] == "toc"
    assert first(rows, "Introduction générale")["kind"] == "body"
    assert first(rows, "Références bibliographiques")["kind"] == "bibliography"
    titles = [r["heading"] for r in rows if r["kind"] == "annex" and r["level"] == "2"]
    for n, title in [(1, "Courrier"), (2, "Guide d'entretien"), (6, "Comptes-rendus de terrain")]:
        assert f"Annexe {n} - {title}" in titles
    assert "Annexes 7 - Verbatims par catégorie" in titles
    # the TOC (with its wrapped entries) is a single section, before the body
    tocs = [r for r in rows if r["kind"] == "toc"]
    assert len(tocs) == 1 and int(tocs[0]["char_end"]) <= int(first(rows, "Introduction générale")["char_start"])


def test_article_notes_bibliography_and_abstracts(pipeline):
    rows = sections(pipeline, "fournier2021")
    assert first(rows, "BIBLIOGRAPHIE")["kind"] == "bibliography"
    assert first(rows, "NOTES")["kind"] == "notes"
    assert first(rows, "RÉSUMÉS")["kind"] == "abstract"
    assert first(rows, "Discussion")["kind"] == "body"


def test_numbered_levels():
    assert structure.numbered_level("II.A.1 - Interconnaissance et coordination") == 3
    assert structure.numbered_level("II.A - Un nouvel espace de socialité") == 2
    assert structure.numbered_level("III - Les ressources d'une institution") == 1
    assert structure.numbered_level("B. Population étudiée") == 2
    assert structure.numbered_level("a) Les missions obligatoires") == 4
    assert structure.numbered_level("1.2. Le territoire par son offre de soins") == 4
    assert structure.numbered_level("Discussion") is None


def test_classify_heading():
    assert structure.classify_heading("Table des matières") == "toc"
    assert structure.classify_heading("Plan régional de santé") is None
    assert structure.classify_heading("Références bibliographiques") == "bibliography"
    assert structure.classify_heading("Annexe 3 - Grille COREQ") == "annex"
    assert structure.classify_heading("Serment d'Hippocrate") == "front"


def test_footnote_runs_become_notes_sections_inside_their_section():
    text = "Titre\nUn paragraphe coupé par la page\n1 Une note.\n2 Une autre.\nLa suite du texte.\n"
    paragraphs = []
    pos = 0
    for k, para in enumerate(text.splitlines()):
        paragraphs.append({"char_start": pos, "char_end": pos + len(para), "page": 1,
                           "size": 14.0 if k == 0 else 10.0, "bold": k == 0,
                           "note": para[0] if para[0].isdigit() else ""})
        pos += len(para) + 1
    rows = structure.detect_structure(text, [], paragraphs)
    assert [(r["kind"], r["heading"]) for r in rows] == [
        ("body", "Titre"), ("notes", ""), ("body", "Titre")]
    notes = rows[1]
    assert text[notes["char_start"]:notes["char_end"]] == "1 Une note.\n2 Une autre.\n"
    assert rows[0]["char_start"] == 0 and rows[-1]["char_end"] == len(text)
    assert all(a["char_end"] == b["char_start"] for a, b in zip(rows, rows[1:]))


@pytest.mark.parametrize("heading, kind", [
    ("Resumen", "abstract"), ("ZUSAMMENFASSUNG", "abstract"), ("Riassunto", "abstract"),
    ("Quatrième de couverture", "abstract"), ("RESUME", "abstract"),
    ("Bibliographie", "bibliography"), ("Sources de financement", None),
    ("Notes", "notes"), ("Table des matières", "toc"), ("Plan", "toc"),
])
def test_heading_vocabulary_comes_from_the_data_file(heading, kind):
    assert structure.classify_heading(heading) == kind


@pytest.mark.parametrize("heading, language", [
    ("Resumen", "es"), ("Zusammenfassung", "de"), ("Abstract", "en"), ("Résumé", "fr"),
    ("Introduction", ""),
])
def test_abstract_heading_language(heading, language):
    assert structure.heading_language(heading) == language


@pytest.mark.parametrize("heading", ["Chapitre 2", "CHAPITRE IV", "PARTIE II", "Deuxième partie",
                                     "Partie 1 : le territoire"])
def test_chapter_and_part_headings_are_level_one(heading):
    assert structure.is_numbering_heading(heading)
    assert structure.numbered_level(heading) == 1


def test_a_chapter_opening_after_the_toc_does_not_extend_it():
    """The layout of aberut's LaTeX thesis template (bench/realpdf): the TOC, an introduction,
    then "Chapitre 1" alone above the chapter's title. "Chapitre 1" ends with a number like a
    TOC entry; it must not pull the introduction into the TOC."""
    lines = [("Table des matières", 24.8, True), ("Introduction | 1", 12.0, True),
             ("1 Comment fonctionne ce modèle | 3", 12.0, True),
             ("Introduction", 24.8, False),
             ("De tout temps, les doctorants ont voulu rédiger leur thèse sans perdre de temps.", 12.0, False),
             ("Chapitre 1", 13.9, False), ("Comment fonctionne ce modèle", 24.8, False),
             ("Le modèle est fractionné en plusieurs morceaux que l'on compile séparément.", 12.0, False)]
    text = "\n".join(t for t, _s, _b in lines) + "\n"
    paragraphs, pos = [], 0
    for t, size, bold in lines:
        paragraphs.append({"char_start": pos, "char_end": pos + len(t), "page": 1, "size": size,
                           "bold": bold, "note": ""})
        pos += len(t) + 1
    rows = structure.detect_structure(text, [], paragraphs)
    assert [(r["kind"], r["heading"]) for r in rows] == [
        ("toc", "Table des matières"), ("body", "Introduction"), ("body", "Chapitre 1"),
        ("body", "Comment fonctionne ce modèle")]
