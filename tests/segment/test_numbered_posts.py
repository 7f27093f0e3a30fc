"""A credit after a dash whose first field is a post and a number, a space between: "« … » – Asalée
2, infirmière, Lamballe", "« … » – MG 5, Dinan" (corpus/segment/quotes.py, _numbered_post). Session
22 (segspeak17, round 40): a realist evaluation's "Verbatim à l'appui :" lines gave the role and
the region, not the code of the interviewee."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at, segment_lines

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def speech(segs):
    return [s for s in segs if s.kind in ("verbatim", "turn")]


def test_the_post_and_number_after_the_dash_is_the_speaker(gazetteer):
    lines = ["M : les échanges informels de couloir permettent aux médecins de voir le travail de l'infirmière.",
             "Verbatim à l'appui : « Au début j'avais deux patients par semaine. Depuis, ils passent la tête entre "
             "deux consultations. » – Asalée 2, infirmière, Lamballe",
             "Verbatim à l'appui : « Je ne savais pas ce qu'elle faisait, honnêtement. » – MG 5, Dinan"]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "Au début j'avais")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "Asalée 2", "infirmier", "Bretagne")
    second = segment_at(text, segs, "Je ne savais pas")
    assert (second.kind, second.speaker, second.role, second.region) == ("verbatim", "MG 5", "medecin_generaliste",
                                                                         "Bretagne")


def test_another_post_and_place_after_an_em_dash(gazetteer):
    # unseen variant: another lead-in, an em dash, a physiotherapist and a midwife, other places
    lines = ["Illustration : « On se voit une fois par mois, et franchement ça a changé ma façon d'adresser. » "
             "— Kiné 3, Lons-le-Saunier",
             "Contre-exemple : « Moi, personne ne m'a jamais demandé mon avis sur le protocole. » — SF 7, maternité de "
             "niveau 1, Dole"]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "On se voit une fois")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "Kiné 3", "kinesitherapeute",
                                                                     "Bourgogne-Franche-Comté")
    second = segment_at(text, segs, "personne ne m'a jamais")
    assert (second.kind, second.speaker, second.role) == ("verbatim", "SF 7", "sage_femme")


def test_a_volume_number_after_the_dash_names_nobody(gazetteer):
    # near-miss: a book's title quoted, its volume and publisher after the dash
    lines = ["Le manuel le dit sans détour : « Soigner ensemble, c'est d'abord se connaître » – Tome 2, "
             "Presses de l'EHESP"]
    _, segs = segment_lines(lines, gazetteer)
    assert not speech(segs)
