"""Press intertitles in guillemets (segment/intertitles.py): a bold line that is one short
quotation is the editor's title, not a verbatim. Look-alikes: a long pull quote in bold (an
exergue, several sentences), a short quotation in roman type on its own line, a bold line that
quotes and says more."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.intertitles import quoted_intertitle

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
