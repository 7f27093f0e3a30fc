"""Pull quotes (segment/pull_quotes.py): a paragraph that is one quotation condensing the
quotation just above it repeats that person's words. Look-alikes: a quotation saying something
else, one too far below, one too short to tell."""

from __future__ import annotations

from corpus.segment.pull_quotes import repeats_quote_above

ABOVE = ("Bernard Chapuis se souvient : « Au début, le bruit, tu l'entends. Au bout d'un an tu ne l'entends plus, "
         "et c'est ça le pire, parce que c'est ton oreille qui a lâché. »\n")


def test_a_condensed_repetition_of_the_quotation_above():
    assert repeats_quote_above("Le bruit, tu ne l'entends plus, c'est ça le pire.", ABOVE, len(ABOVE))


def test_look_alikes_are_no_pull_quotes():
    assert not repeats_quote_above("On tenait la machine à trois équipes, jour et nuit.", ABOVE, len(ABOVE))
    assert not repeats_quote_above("Le bruit, le pire.", ABOVE, len(ABOVE))  # (too short to tell)
    far = ABOVE + "La section a mené le combat pendant dix ans. " * 40 + "\n"
    assert not repeats_quote_above("Le bruit, tu ne l'entends plus, c'est ça le pire.", far, len(far))
