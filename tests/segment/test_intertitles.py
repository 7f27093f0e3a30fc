"""Press intertitles in guillemets (segment/intertitles.py): a bold line that is one short
quotation is the editor's title, not a verbatim. Look-alikes: a long pull quote in bold (an
exergue, several sentences), a short quotation in roman type on its own line, a bold line that
quotes and says more."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.discovery import code_series
from corpus.segment.intertitles import coded_quote_heading, quoted_intertitle

PAGE = [
    "Santé. À Quimperlé, les soignants se parlent enfin",
    "« On se voit tous les mois, et ça change tout pour les patients qui sortent », raconte Anne Le Floch, "
    "infirmière libérale à Quimperlé.",
    "« Il a fallu convaincre les médecins de venir aux réunions du soir », reconnaît Yves Cariou, qui préside "
    "la CPTS et tient une officine à Quimperlé.",
    "« Plus jamais seuls le soir »",
    "« Le mardi soir, on fait le point sur les sorties de la semaine », poursuit-elle.",
]


def _bold(lines, k):
    start = sum(len(ln) + 1 for ln in lines[:k])
    return [{"char_start": start, "char_end": start + len(lines[k]), "style": "bold"}]


def test_a_bold_quoted_intertitle_is_no_verbatim(gazetteer):
    text, segs = _segment(PAGE, gazetteer, doc={"kind": "presse"}, styles=_bold(PAGE, 3))
    assert _at(text, segs, "Plus jamais seuls le soir").kind != "verbatim"
    s = _at(text, segs, "Le mardi soir, on fait le point")
    assert (s.kind, s.speaker) == ("verbatim", "Yves Cariou")


def test_the_same_line_in_roman_type_stays_a_verbatim(gazetteer):
    text, segs = _segment(PAGE, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Plus jamais seuls le soir").kind == "verbatim"  # the speaker's words under way


def test_intertitle_look_alikes():
    assert quoted_intertitle("« On se sent moins seuls »", 1.0)
    assert not quoted_intertitle("« On se sent moins seuls »", 0.0)  # roman type
    assert not quoted_intertitle("« On nous demandait un médecin. On a appris à répondre autrement. »", 1.0)  # two sentences
    assert not quoted_intertitle("« Les gens poussaient la porte de la pharmacie parce que c'était la seule lumière »",
                                 1.0)  # a pull quote's length
    assert not quoted_intertitle("À Moissac, la CPTS veut « garder les gens chez eux »", 1.0)  # a title that quotes


# s29-segr50a: a subsection titled by a participant's quotation and code is a verbatim, not a heading
def test_quoted_heading_with_a_code_of_the_series_is_a_quotation():
    texts = ["Dix médecins généralistes installés autour de Saint-Lô (M1 à M10) ont été interrogés.",
             "3.1 « On n'est pas des pompiers, on ne peut pas partir au quart de tour » (M4)",
             "3.2 « Le créneau du midi, c'est ma soupape » (M7)"]
    series = code_series(texts)
    assert coded_quote_heading(texts[1], series) and coded_quote_heading(texts[2], series)


def test_unseen_quoted_heading_of_another_trade_without_number():
    texts = ["Six infirmières de SSIAD du Cantal ont été interrogées ; IDE1 et IDE5 travaillent de nuit.",
             "« Le soir, je suis la dernière personne qu'ils voient de la journée » (IDE3)",
             "« On fait des toilettes à la chaîne, il n'y a pas d'autre mot » (IDE5)"]
    series = code_series(texts)
    assert coded_quote_heading(texts[1], series)


def test_quoted_heading_with_a_reference_stays_a_heading():
    # near-misses: a year, a table, a code the document never numbers as a series, a two-word notion
    texts = ["Le cadre de l'étude (M1 à M10) et ses limites.",
             "2.1 « Le médecin de famille, une figure en déclin » (2019)",
             "2.2 « Soigner sans moyens, un choix politique » (Tableau 2)",
             "2.3 « Une profession qui se transforme vite » (COVID19)",
             "2.4 « Médecin traitant » (M3)"]
    series = code_series(texts)
    assert not any(coded_quote_heading(t, series) for t in texts[1:])
