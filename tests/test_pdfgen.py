"""The test typesetter (tests/pdfgen.py) keeps what a document writes: the marks WinAnsi lacks
(turn symbols, check boxes) reach the extracted text as themselves, as from a real PDF's font
encoding, and a character it cannot write is a visible "?", not a silent loss."""

from __future__ import annotations

from pdfgen import EXTRA_CHARACTERS, make_pdf

from corpus import extract

FILLER = "Un paragraphe de texte courant, assez long pour que la page ait la quantité de texte d'une vraie page. " * 3


def _text(tmp_path, paragraphs) -> str:
    pdf = make_pdf(tmp_path / "d.pdf", [[(FILLER, ""), *paragraphs]])
    extract.run(pdf, "d", tmp_path / "d", page_workers=1)
    return (tmp_path / "d" / "text.txt").read_text(encoding="utf-8")


def test_turn_symbols_and_check_boxes_survive_typesetting_and_extraction(tmp_path):
    text = _text(tmp_path, [("● Vous êtes installé depuis quand ?", ""),
                            ("○ Depuis 2009, à Vesoul, après des remplacements.", "italic"),
                            ("☐ oui ☑ non ☒ ne sait pas", "")])
    assert "\n● Vous êtes installé depuis quand ?\n" in text
    assert "\n○ Depuis 2009, à Vesoul, après des remplacements.\n" in text
    assert "☐ oui ☑ non ☒ ne sait pas" in text


def test_the_marks_use_codes_cp1252_leaves_undefined():
    for code in EXTRA_CHARACTERS.values():
        try:
            bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        raise AssertionError(f"0x{code:02X} is a cp1252 character: it would be read as that character")


def test_a_character_outside_cp1252_and_the_marks_is_a_visible_question_mark(tmp_path):
    assert "moins de ? 3 jours" in _text(tmp_path, [("moins de ≤ 3 jours d'attente, selon les infirmières.", "")])
