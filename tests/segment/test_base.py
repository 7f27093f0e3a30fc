"""segment/base.py: the line helpers the quote readers share."""

from corpus.segment.base import line_below


def test_line_below_is_the_line_after_the_quote():
    text = ("« On se voit trois fois par an, pas plus. »\n"
            "Marie-Claude D., Mende\n"
            "« Le capteur se décollait avec la sueur. »")
    b = text.index("»") + 1
    start, below = line_below(text, b)
    assert below == "Marie-Claude D., Mende"
    assert text[start:start + len(below)] == below


def test_line_below_the_last_line_is_empty_or_none():
    text = "« Je ne me pique plus les doigts. »\n"
    assert line_below(text, text.index("»")) == (len(text), "")  # an empty last line
    assert line_below(text.rstrip("\n"), 3) is None  # no line after the text's last
