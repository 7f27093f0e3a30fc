"""Page furniture: what a page number looks like, running lines compared with their digits folded."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import extract
from corpus import io as cio
from corpus.extract import furniture


@pytest.mark.parametrize("text", ["12", "264", "1/5", "3 / 22", "- 4 -", "xii", "Page 7", "7 sur 22"])
def test_page_numbers(text):
    assert furniture.is_page_number(text)


@pytest.mark.parametrize("text", ["17 t", "En 2019-2023", "Annexe 7", "P12", "N°"])
def test_not_page_numbers(text):
    assert not furniture.is_page_number(text)


def test_repetition_key_folds_digits():
    assert furniture.repetition_key("AEF info — Dépêche n°649867 ") == furniture.repetition_key("aef info — dépêche n°1")


# ---- running heads printed once, echoing a title (issue #17, round 3) ---------------------------

@pytest.mark.parametrize("head, title", [
    ("CHAPITRE 1. COVER PAGE EXAMPLE", "Cover page example"),
    ("1.1. LOREM IPSUM", "1.1 Lorem Ipsum"),
    ("1.1. Section 1.1", "1.1 Section 1.1"),
    ("CHAPITRE 1. TITLE OF THE CHAPTER 1", "Title of the chapter 1"),
])
def test_a_running_head_echoes_its_title(head, title):
    assert furniture.echo_keys(head) & furniture.echo_keys(title)


@pytest.mark.parametrize("line, title", [
    ("Section", "1.1 Section 1.1"),              # one word: too little to tell
    ("1.2. Section 1.2", "1.1 Section 1.1"),     # another section's number
    ("La coordination des soins pendant la crise", "La coordination des soins"),
])
def test_other_lines_do_not_echo_a_title(line, title):
    assert not furniture.echo_keys(line) & furniture.echo_keys(title)


BENCH_REAL = Path(__file__).parents[2] / "bench" / "realpdf"


@pytest.mark.parametrize("pdf, heads, headings", [
    # read off the pages: p. 12 and 13 carry the chapter on one side and the section on the other
    ("these_su_template.pdf", ["CHAPITRE 1. TITLE OF THE CHAPTER 1", "1.1. Section 1.1", "1.2. Section 1.2"],
     ["1.1 Section 1.1", "1.2 Section 1.2"]),
    # p. 4 and 6: the chapter (even pages); p. 5 the section (odd), printed once
    ("these_urca_couverture.pdf", ["CHAPITRE 1. COVER PAGE EXAMPLE", "1.1. LOREM IPSUM"], ["1.1 Lorem Ipsum"]),
])
def test_running_heads_printed_once_are_removed_and_their_titles_kept(tmp_path, pdf, heads, headings):
    extract.run(BENCH_REAL / pdf, "doc", tmp_path / "doc", allow_low_text=True)
    lines = (tmp_path / "doc" / "text.txt").read_text(encoding="utf-8").splitlines()
    left = [ln for ln in lines if any(ln == h or ln == h.rstrip(" 0123456789") for h in heads)]
    assert left == []
    assert all(h in lines for h in headings)
    audit = cio.read_csv(tmp_path / "doc" / "audit.csv")
    removed = {r["original"] for r in audit if r["reason"] == "running_header_footer"}
    assert "1.1. LOREM IPSUM" in removed or "1.1. Section 1.1" in removed


def test_list_lines_under_a_removed_running_head_stay_one_item_each(tmp_path):
    """The AMU LaTeX template's annex (bench/realpdf), p. 31: under the running head "A.
    Intitulés des doctorats AMU –" (removed), a list of doctoral fields, one per line."""
    extract.run(BENCH_REAL / "these_amu_latex.pdf", "amu", tmp_path / "amu")
    lines = (tmp_path / "amu" / "text.txt").read_text(encoding="utf-8").splitlines()
    assert "A. Intitulés des doctorats AMU –" not in lines
    assert "— Etudes cinématographiques et audiovisuelles" in lines
    assert "— Arts de la scène" in lines


# ---- a line a transcript repeats in its body is no running head (issue #14, session 10) ---------

def _transcript_pages() -> list[list[tuple[str, str]]]:
    """A debate transcript whose pages 2 and 3 open on a speaker's label line that the body of
    the pages repeats more often than the pages open on it."""
    turn = ("Nous avons vu pendant toute la crise sanitaire que la coordination entre les professionnels "
            "de ville reposait sur des volontaires, souvent épuisés, sans moyens dédiés. ")
    c, p = ("Claire MARTIN", ""), ("Paul LEROY", "")
    page1 = [("Débat public du 12 mars : transcription intégrale", "bold"), p, (turn * 2, ""),
             c, (turn, ""), p, (turn, ""), c, (turn, ""), p, (turn, ""), c, (turn * 2, "")]
    page2 = [c, (turn * 2, ""), p, (turn, ""), c, (turn, ""), p, (turn * 2, "")]
    page3 = [c, (turn * 2, ""), p, (turn * 2, "")]
    return [page1, page2, page3]


def test_a_label_line_the_body_repeats_is_kept_where_a_page_opens_on_it(tmp_path):
    from pdfgen import make_pdf

    pdf = make_pdf(tmp_path / "debat.pdf", _transcript_pages())
    extract.run(pdf, "doc", tmp_path / "doc")
    text = (tmp_path / "doc" / "text.txt").read_text(encoding="utf-8")
    assert text.count("Claire MARTIN") == 6  # 3 on page 1 and 1 on page 2 in the body, the lines opening pages 2 and 3


def test_a_running_head_printed_once_in_the_body_is_still_removed(tmp_path):
    from pdfgen import make_pdf

    body = ("La communauté professionnelle territoriale de santé a organisé la réponse à la crise sanitaire "
            "avec les infirmiers, les pharmaciens et les médecins du territoire. ")
    head = "Rapport d'activité 2021 de la CPTS"
    pages = [[(head, ""), (body * 4, "")], [(head, ""), (body * 5, "")], [(head, ""), (body * 3, ""), (head, ""),
                                                                          (body * 4, "")]]
    extract.run(make_pdf(tmp_path / "rapport.pdf", pages), "doc", tmp_path / "doc")
    text = (tmp_path / "doc" / "text.txt").read_text(encoding="utf-8")
    assert text.count(head) == 1  # the one in the body of page 3


def test_repetition_key_folds_roman_page_numbers():
    # s49: annexes paginated in capital roman numerals ("– XXXI – Annexes de la thèse")
    assert furniture.repetition_key("– XXXI – Annexes de la thèse") == furniture.repetition_key("– XXXII – Annexes de la thèse")
    assert furniture.repetition_key("Annexes – p. XIV") == furniture.repetition_key("Annexes – p. IX")
    # words in capitals that are no numerals, and a lone "I", stay as they are
    assert furniture.repetition_key("CIVIL") == "civil"
    assert furniture.repetition_key("Partie I") != furniture.repetition_key("Partie II")
