"""A quotation in straight marks over paragraphs, each opened by the mark and only the last one
closed (segment/continued_quotes.py); look-alikes: two paragraphs each quoting whole sentences,
a stray inch mark."""

from __future__ import annotations

from corpus.segment.continued_quotes import introduced_apart, join_continued
from corpus.segment.quotes import find_quotes

CONTINUED = ('Rép. 57 (infirmier libéral, Mana) : "Sur le fleuve, c\'est la pirogue ou rien, je négocie avec le piroguier.\n'
             '"On a demandé à l\'ARS un forfait transport, on attend toujours."\n'
             'Ces réponses rejoignent les résultats.')


def test_the_answer_over_two_paragraphs_is_one_quotation():
    quotes = join_continued(CONTINUED, find_quotes(CONTINUED))
    a, b = quotes[0]
    assert CONTINUED[a:b].startswith('"Sur le fleuve') and CONTINUED[a:b].endswith('on attend toujours."')
    # extraction turns the pairs it matched into guillemets: the continued paragraph opens with «
    guillemets = CONTINUED.replace('"On a', "«On a").replace('toujours."', "toujours.»")
    a, b = join_continued(guillemets, find_quotes(guillemets))[0]
    assert guillemets[a:b].endswith("toujours.»")


def test_look_alikes_are_unchanged():
    closed = ('Rép. 12 (pharmacienne, Cayenne) : "Je dépanne, mais je n\'ai personne à qui les adresser."\n'
              '"On a demandé à l\'ARS un forfait transport, on attend toujours."')
    assert join_continued(closed, find_quotes(closed)) == find_quotes(closed)
    inches = 'Un écran de 27" suffit pour la téléconsultation.\n"On a tout installé en une semaine."'
    assert join_continued(inches, find_quotes(inches)) == find_quotes(inches)  # the mark opens no words
    followed = 'Il répond : "Sur le fleuve, c\'est la pirogue ou rien.\nLa pirogue coûte cher.\n"On attend toujours."'
    assert join_continued(followed, find_quotes(followed)) == find_quotes(followed)  # the paragraph below opens with no mark


KINE = ("MK2, qui siège au bureau de la CPTS, nuance toutefois :\n"
        "“On était cinq ou six à porter tout, les autres ne répondaient pas.”\n"
        "“Ce qui a tout changé, c'est la liste des kinés qui se déplaçaient à domicile. On l'a faite en une soirée.\n"
        "“Les médecins de l'hôpital l'avaient sur leur bureau une semaine après.” — MK6")


def test_english_marks_continue_and_the_quote_above_stays_apart():
    quotes = join_continued(KINE, find_quotes(KINE))
    assert len(quotes) == 2 and KINE[quotes[1][0]:quotes[1][1]].endswith("une semaine après.”")
    (qa, qb), (na, _) = quotes
    assert introduced_apart(KINE, qa, qb, na)  # under "… nuance toutefois :": not chained to MK6's
    chained = "« On était cinq ou six », « et personne ne répondait », regrette MK2."
    (qa, qb), (na, _) = find_quotes(chained)
    assert not introduced_apart(chained, qa, qb, na)  # one sentence: the chain stands


def test_a_quote_led_on_its_own_line_is_not_chained_to_the_paragraph_below():
    from corpus.segment.continued_quotes import led_on_its_line

    text = ("Le Dr […], généraliste du secteur, l'explique ainsi : « Le protocole, je l'ai signé, mais je n'ai "
            "jamais eu de retour. »\n« Moi je la vois comme une collègue » ([…], infirmière libérale, Landes).")
    (qa, qb), (na, _) = find_quotes(text)
    assert led_on_its_line(text, qa, qb, na)
    # the next quotation on the same line, or no colon before the quotation: the chain stands
    same_line = text.replace("»\n«", "» «")
    (qa, qb), (na, _) = find_quotes(same_line)
    assert not led_on_its_line(same_line, qa, qb, na)
    no_colon = text.replace("l'explique ainsi : «", "l'a signé. «")
    (qa, qb), (na, _) = find_quotes(no_colon)
    assert not led_on_its_line(no_colon, qa, qb, na)
