"""Footnotes and endnotes: notes leave the body, become paragraphs of their own linked to their
calls (notes.csv), on synthetic layouts, the bundled article and real LaTeX theses."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import layouts

from corpus import extract
from corpus import io as cio
from corpus.extract.notes import UNNUMBERED_NOTE_ID, unnumbered_note
from corpus.extract.pdf import Line, Page


def _extract(tmp_path, make, name, **kwargs):
    pdf = make(tmp_path / f"{name}.pdf")
    status = extract.run(pdf, name, tmp_path / name, **kwargs)
    return status, tmp_path / name


def test_footnotes_leave_the_body_and_keep_their_calls(tmp_path):
    _status, out = _extract(tmp_path, layouts.footnotes_pdf, "notes")
    text = cio.read_text(out / "text.txt")
    paragraphs = text.splitlines()
    # the sentence that straddles the page break is whole, its note follows it
    body = next(p for p in paragraphs if p.startswith("La coordination"))
    assert "comprend un nombre élevé de professionnels" in body
    assert layouts.NOTE_1 not in body and "dévalorise son propre rôle" in body
    assert paragraphs[paragraphs.index(body) + 1] == "1 " + layouts.NOTE_1
    assert "2 " + layouts.NOTE_2 in paragraphs and "territoire pendant" in text
    notes = cio.read_csv(out / "notes.csv")
    assert [(n["note_id"], n["page"]) for n in notes] == [("1", "1"), ("2", "2")]
    for n in notes:
        assert text[int(n["note_char_start"]):int(n["note_char_end"])].startswith(n["note_id"] + " ")
    # each call points just after the word it was glued to
    assert text[:int(notes[0]["call_char"])].endswith("dévalorise")
    assert text[:int(notes[1]["call_char"])].endswith("territoire")
    audit = cio.read_csv(out / "audit.csv")
    assert {"page": "1", "reason": "note_call", "original": "dévalorise1",
            "replacement": "dévalorise"} in audit
    sections = cio.read_csv(out / "structure.csv")
    spans = [(int(s["char_start"]), int(s["char_end"])) for s in sections if s["kind"] == "notes"]
    assert len(spans) == 2
    assert all(text[a:b].rstrip("\n") in ("1 " + layouts.NOTE_1, "2 " + layouts.NOTE_2) for a, b in spans)
    assert all(a["char_end"] == b["char_start"] for a, b in zip(sections, sections[1:]))


def test_a_note_running_onto_the_next_page_stays_one_note(tmp_path):
    _status, out = _extract(tmp_path, layouts.long_note_pdf, "long")
    paragraphs = cio.read_text(out / "text.txt").splitlines()
    assert f"1 {layouts.NOTE_LONG_A} {layouts.NOTE_LONG_B}" in paragraphs
    assert "2 " + layouts.NOTE_2 in paragraphs
    body = next(p for p in paragraphs if p.startswith("La coordination"))
    assert layouts.NOTE_LONG_B not in body and "comprend un nombre élevé" in body
    assert [n["note_id"] for n in cio.read_csv(out / "notes.csv")] == ["1", "2"]


def test_small_numbered_lines_without_calls_are_not_notes(tmp_path):
    """A numbered list set small at the foot of a page, with no raised call in the body."""
    from pdfgen import column_runs, make_runs_pdf

    runs = column_runs([l.replace("^{1}", "") for l in layouts.NOTE_PAGE_1], 72, 700, 10)
    runs += column_runs(["1 Premier point de la liste des actions", "2 Second point"], 72, 120, 8)
    pdf = make_runs_pdf(tmp_path / "list.pdf", [runs])
    extract.run(pdf, "list", tmp_path / "list")
    assert cio.read_csv(tmp_path / "list" / "notes.csv") == []
    assert all(s["kind"] != "notes" for s in cio.read_csv(tmp_path / "list" / "structure.csv"))


def _notes_and_text(out):
    return cio.read_csv(out / "notes.csv"), cio.read_text(out / "text.txt")


def test_endnotes_under_a_final_notes_heading_are_linked_to_their_calls(tmp_path):
    _status, out = _extract(tmp_path, layouts.endnotes_pdf, "endnotes")
    notes, text = _notes_and_text(out)
    paragraphs = text.splitlines()
    assert [(n["note_id"], n["page"]) for n in notes] == [("1", "2"), ("2", "2")]
    assert text[:int(notes[0]["call_char"])].endswith("(Martin, 2021)")
    assert text[:int(notes[1]["call_char"])].endswith("La coordinatrice")
    for n, body in zip(notes, (layouts.ENDNOTE_1, layouts.ENDNOTE_2)):
        assert text[int(n["note_char_start"]):int(n["note_char_end"])] == f"{n['note_id']} {body}"
    # the calls left the words, the unit's exponent and the body's numbered list stayed
    assert "2021), avec" in text and "La coordinatrice a tenu" in text and "60 km2 qui" in text
    assert all(item in paragraphs for item in layouts.ENDNOTE_LIST)
    audit = cio.read_csv(out / "audit.csv")
    calls = [(r["page"], r["original"], r["replacement"]) for r in audit if r["reason"] == "note_call"]
    assert calls == [("1", "2021)1", "2021)"), ("1", "coordinatrice2", "coordinatrice")]
    sections = cio.read_csv(out / "structure.csv")
    notes_end = max(int(s["char_end"]) for s in sections if s["kind"] == "notes")
    notes_start = min(int(s["char_start"]) for s in sections if s["kind"] == "notes")
    assert text[notes_start:notes_end].startswith("Notes\n1 ") and notes_end >= len(text) - 1


def test_a_notes_heading_whose_numbers_the_body_never_calls_is_left_alone(tmp_path):
    _status, out = _extract(tmp_path, lambda p: layouts.endnotes_pdf(p, calls=False), "uncalled")
    notes, text = _notes_and_text(out)
    assert notes == []
    assert "1. " + layouts.ENDNOTE_1 in text.splitlines()
    audit = cio.read_csv(out / "audit.csv")
    assert [r["original"] for r in audit if r["reason"] == "endnotes_not_taken"] == [
        "0 of 2 numbered notes called"]


def test_article_endnotes_follow_their_calls_across_pages(pipeline):
    """fournier2021 gathers five notes under "NOTES" (p. 21); the calls, read off the PDF by eye,
    are raised digits on pages 2, 18, 6, 9 and 17 (note 2 is called after note 5), and "km²" on
    pages 4 and 5 is an exponent."""
    out = pipeline.interim("fournier2021")
    notes, text = _notes_and_text(out)
    called = {"1": "(Saint-Lary et al, 2020)", "2": "enquêtes Execo", "3": "au sein de la CPTS",
              "4": "cas cumulés en France", "5": "décrété covid négatif"}
    assert [n["note_id"] for n in notes] == list(called) and {n["page"] for n in notes} == {"21"}
    for n in notes:
        assert text[:int(n["call_char"])].endswith(called[n["note_id"]])
        assert text[int(n["note_char_start"]):].startswith(n["note_id"] + " ")
    # note 5 runs over two lines that the layout set apart: one note
    last = text[int(notes[-1]["note_char_start"]):int(notes[-1]["note_char_end"])]
    assert last.startswith("5 Un des trois") and last.endswith("conditions de travail difficiles.")
    assert "60 km2" in text and "133 km2" in text
    audit = cio.read_csv(out / "audit.csv")
    assert sorted((r["page"], r["original"]) for r in audit if r["reason"] == "note_call") == [
        ("17", "négatif5"), ("18", "Execo2"), ("2", "2020)1"), ("6", "CPTS3"), ("9", "France4")]


BENCH_REAL = Path(__file__).parents[2] / "bench" / "realpdf"


def test_latex_thesis_endnotes_and_its_numbered_annex_lists(tmp_path):
    """The AMU LaTeX thesis template (bench/realpdf): ten endnotes printed by enotez on p. 27,
    called on p. 17 ("document¹, une deuxième² et . . . ³ ⁴ … ⁹" and "note¹⁰"); the numbered
    lists of its annexes stay text."""
    extract.run(BENCH_REAL / "these_amu_latex.pdf", "amu", tmp_path / "amu")
    notes, text = _notes_and_text(tmp_path / "amu")
    assert [n["note_id"] for n in notes] == [str(k) for k in range(1, 11)]
    assert {n["page"] for n in notes} == {"27"}
    assert text[:int(notes[0]["call_char"])].endswith("Une première note de fin de document")
    assert text[:int(notes[1]["call_char"])].endswith("une deuxième")
    assert text[:int(notes[9]["call_char"])].endswith("le retour de note")
    assert "une deuxième et . . .: le package enotez" in text   # no space left where calls were
    assert "1 Première note de fin de document." in text.splitlines()
    assert any(p.startswith("1. La page de titre des thèses AMU") for p in text.splitlines())


def test_latex_thesis_footnote_called_after_a_thin_space_and_its_page_furniture(tmp_path):
    """aberut's thesis template (bench/realpdf), read off the PDF by eye: p. 9 calls note 1 with
    a raised 1 after a thin space ("l'introduction ¹,") and sets the note under the body with
    the page number 3 below it at the x where the table of contents put its page numbers;
    "Chapitre 2" (13.9 pt, body 12 pt) opens p. 19 as "Chapitre 1" opens p. 9."""
    status = extract.run(BENCH_REAL / "these_latex_template_aberut.pdf", "tpl", tmp_path / "tpl")
    assert status["status"] == "error" and "almost no text on 17/31 pages" in status["error"]
    extract.run(BENCH_REAL / "these_latex_template_aberut.pdf", "tpl", tmp_path / "tpl",
                allow_low_text=True)
    notes, text = _notes_and_text(tmp_path / "tpl")
    first = notes[0]
    assert (first["note_id"], first["page"]) == ("1", "9")
    assert text[:int(first["call_char"])].endswith("votre rédaction par l’introduction")
    assert "par l’introduction, mais que vous" in text
    assert text[int(first["note_char_start"]):].startswith("1 Statistique purement spéculative")
    audit = cio.read_csv(tmp_path / "tpl" / "audit.csv")
    assert {"page": "9", "reason": "page_number", "original": "3", "replacement": ""} in audit
    paragraphs = text.splitlines()
    assert "Chapitre 1" in paragraphs and "Chapitre 2" in paragraphs


def test_endnotes_at_the_end_of_each_chapter_are_matched_within_their_chapter(tmp_path):
    _status, out = _extract(tmp_path, layouts.chapter_endnotes_pdf, "chapters", allow_low_text=True)
    notes, text = _notes_and_text(out)
    assert [(n["note_id"], n["page"]) for n in notes] == [("1", "2"), ("1", "4"), ("2", "4")]
    called = ["La présidente", "Le bureau", "nombre de tests"]
    for n, word, body in zip(notes, called, [t for ch in layouts.CHAPTER_NOTES for t in ch]):
        assert text[:int(n["call_char"])].endswith(word)
        assert text[int(n["note_char_start"]):int(n["note_char_end"])] == f"{n['note_id']} {body}"
    assert "La présidente a réuni" in text and "Le bureau a ensuite" in text


# ---- a note without number or call at the foot of a column (issue #17, round 3) ----------------


COLUMN_TEXT = "Un défi majeur de la classification automatique de sons repose sur"


def _line(text: str, x0: float, y0: float, size: float) -> Line:
    return Line(1, 0, text, x0, y0, x0 + 0.37 * size * len(text), y0 + size, size)


def _two_column_page(foot: list[str], foot_size: float = 8.0) -> Page:
    """The first page of the GRETSI 2015 article (bench/realpdf/README.md): two columns of
    10 pt text, the left one ending at y 118 above a note set in 8 pt at y 64-91."""
    lines = [_line(COLUMN_TEXT, 39.7, 200.0 - 12 * k, 10.0) for k in range(8)]
    lines += [_line(COLUMN_TEXT, 306.1, 200.0 - 12 * k, 10.0) for k in range(12)]
    lines += [_line(t, 39.7 + (15 if k == 0 else 0), 83.5 - 9.5 * k, foot_size) for k, t in enumerate(foot)]
    return Page(1, 595.3, 841.9, lines, sum(len(ln.text) for ln in lines), False)


def test_a_note_without_number_at_the_foot_of_a_column_is_a_note():
    foot = ["Ce travail est financé par la bourse ERC InvariantClass 32095. Le",
            "code source des expériences et figures est en libre accès à l’adresse",
            "www.github.com/lostanlen/scattering.m."]
    page = _two_column_page(foot)
    keep, note = unnumbered_note(page, list(range(len(page.lines))), 10.0)
    assert note is not None and note.note == UNNUMBERED_NOTE_ID
    assert [ln.text for ln in note.lines] == foot
    assert len(keep) == 20


@pytest.mark.parametrize("foot, size", [
    (["Source : Insee, recensement de la population 2019, exploitation principale."], 8.0),
    (["Lecture : en 2020, 12 % des médecins généralistes exerçaient en maison de santé."], 8.0),
    (["Ce travail est financé par la bourse ERC InvariantClass 32095."], 9.5),   # body-like size
])
def test_captions_and_body_size_lines_under_a_column_are_not_notes(foot, size):
    page = _two_column_page(foot, size)
    keep, note = unnumbered_note(page, list(range(len(page.lines))), 10.0)
    assert note is None and len(keep) == len(page.lines)


def test_a_one_column_page_has_no_unnumbered_note():
    lines = [_line(COLUMN_TEXT + " une modélisation efficace", 70.0, 300.0 - 12 * k, 10.0) for k in range(20)]
    lines.append(_line("Ce travail est financé par la bourse ERC.", 85.0, 80.0, 8.0))
    page = Page(1, 595.3, 841.9, lines, 2000, False)
    assert unnumbered_note(page, list(range(len(lines))), 10.0)[1] is None
