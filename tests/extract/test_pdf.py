"""Lines rebuilt from pdfminer's pieces (corpus.extract.pdf.join_line_pieces)."""

from __future__ import annotations

from corpus.extract.pdf import Line, Page, join_line_pieces

BODY = "Un défi majeur de la classification automatique de sons repose sur une modélisation"


def _line(text: str, x0: float, y0: float, size: float) -> Line:
    x1 = x0 + 0.5 * size * len(text)
    return Line(1, 0, text, x0, y0, x1, y0 + size, size, [""] * len(text),
                [x0 + 0.5 * size * k for k in range(len(text))], [False] * len(text))


def _page(lines: list[Line]) -> Page:
    return Page(1, 595.0, 842.0, lines, sum(len(ln.text) for ln in lines), False)


def test_a_heading_number_set_apart_joins_its_title():
    """The GRETSI 2015 article (bench/realpdf/README.md), p. 1: "1" at x 39.7 and "Introduction"
    at x 61.2 on one baseline, 14.3 pt over a 10 pt body."""
    page = _page([Line(1, 0, "1", 39.7, 463.9, 46.9, 478.3, 14.3, [""], [39.7], [False]),
                  Line(1, 1, "Introduction", 61.2, 463.9, 139.1, 478.3, 14.3, [""] * 12,
                       [61.2 + 6.5 * k for k in range(12)], [False] * 12)]
                 + [_line(BODY, 39.7, 440.0 - 12 * k, 10.0) for k in range(5)])
    join_line_pieces(page)
    assert page.lines[0].text == "1 Introduction"


def test_a_number_beside_body_size_text_stays_a_table_cell():
    page = _page([_line("12", 40.0, 700.0, 10.0), _line("Médecins généralistes", 60.0, 700.0, 10.0)]
                 + [_line(BODY, 40.0, 680.0 - 12 * k, 10.0) for k in range(5)])
    join_line_pieces(page)
    assert [ln.text for ln in page.lines[:2]] == ["12", "Médecins généralistes"]


def _pieces(y0: float, pieces: list[tuple[str, float, float]]) -> list[Line]:
    return [Line(1, k, text, x0, y0, x1, y0 + 11.0, 11.0, [""] * len(text),
                 [x0 + (x1 - x0) * j / len(text) for j in range(len(text))], [False] * len(text))
            for k, (text, x0, x1) in enumerate(pieces)]


def test_a_narrow_justified_column_rebuilds_its_lines_from_the_line_above():
    """Chromium's print of the article in three columns (bench/make_chromium_pdf.py --columns 3):
    pdfminer gives "première " (x 49.7-104.2), "vague " (132.1-168.9) and "de" (196.8-210.3), a
    27.9 pt word space in 11 pt; the line above is in pieces too, the one above it whole."""
    lines = (_pieces(657.4, [("qui  se  connaissent  depuis", 49.7, 210.3)])
             + _pieces(644.7, [("longtemps. ", 49.7, 115.0), ("Pendant ", 133.1, 182.2), ("la", 200.2, 210.3)])
             + _pieces(631.9, [("première ", 49.7, 104.2), ("vague ", 132.1, 168.9), ("de", 196.8, 210.3)])
             # the next column, 15.4 pt to the right: never joined
             + _pieces(644.7, [("sociales,  et  une  messagerie", 225.7, 386.3)])
             + _pieces(631.9, [("sécurisée ", 225.7, 282.0), ("a ", 309.9, 320.0), ("permis", 347.9, 386.3)]))
    page = _page(lines)
    join_line_pieces(page)
    texts = [ln.text for ln in page.lines]
    assert "longtemps.  Pendant  la" in texts and "première  vague  de" in texts
    assert "sécurisée  a  permis" in texts
    assert "sociales,  et  une  messagerie" in texts
