"""A group's minutes that key fictitious first names to professions in one sentence ("Hélène, Marc
et Yasmine sont médecins généralistes, Florence et Julien infirmiers libéraux": fallbacks.
predicated_codes), then give each reaction as "Florence : « … »", one of them going on in a
paragraph below that is only a quotation ("« Je me demande si … »": continued_quotes.join_labelled,
the same person's words, one item). Session 22 (segspeak17, round 40): a Balint group's account."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at, segment_lines

from corpus.segment.fallbacks import predicated_codes
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def speech(segs):
    return [s for s in segs if s.kind in ("verbatim", "turn")]


def test_keyed_first_names_and_a_reaction_over_two_paragraphs(gazetteer):
    lines = ["Le groupe réunit une fois par mois, à Étampes, sept professionnels de la CPTS Sud-Essonne. Les prénoms "
             "sont fictifs : Hélène, Marc et Yasmine sont médecins généralistes, Florence et Julien infirmiers libéraux.",
             "Marc : « Moi j'entends surtout que tu es devenue sa famille. Ce n'est pas forcément un échec. »",
             "Florence : « On a une patiente comme ça dans la tournée. On passe pour l'insuline, on reste vingt minutes. »",
             "« Je me demande si on ne devrait pas en parler en réunion de CPTS, comme un cas d'isolement. »",
             "Yasmine : « Je me reconnais dans Hélène. Je n'ose jamais dire à ces patientes que je n'ai pas le temps. »"]
    text, segs = segment_lines(lines, gazetteer)
    marc = segment_at(text, segs, "j'entends surtout")
    assert (marc.kind, marc.speaker, marc.role, marc.region) == ("verbatim", "Marc", "medecin_generaliste", "Île-de-France")
    florence = segment_at(text, segs, "On a une patiente")
    assert (florence.speaker, florence.role) == ("Florence", "infirmier")
    assert segment_at(text, segs, "Je me demande si") is florence
    assert segment_at(text, segs, "Je me reconnais").speaker == "Yasmine"


def test_another_key_and_a_continuation_in_a_peer_review_group(gazetteer):
    # unseen variant: a peer-review group's notes, other names, pharmacists and a physiotherapist
    assert dict(predicated_codes("Noé et Inès sont pharmaciens, Bastien et Lou kinésithérapeutes.")) == {
        "Noé": "pharmaciens", "Inès": "pharmaciens", "Bastien": "kinésithérapeutes", "Lou": "kinésithérapeutes"}
    lines = ["Groupe d'échange de pratiques de Vesoul, séance du 3 mai. Les prénoms sont fictifs : Noé et Inès sont "
             "pharmaciens, Bastien et Lou kinésithérapeutes.",
             "L'animatrice : Qui veut commencer ?",
             "Bastien : « Les patients sortent du centre de rééducation sans ordonnance de séances, c'est tout le temps. »",
             "« Et ils arrivent chez moi le lundi avec une douleur qu'on aurait pu prévenir. »",
             "Inès : « Chez nous c'est pareil pour les anticoagulants, personne ne nous appelle. »"]
    text, segs = segment_lines(lines, gazetteer)
    bastien = segment_at(text, segs, "Les patients sortent")
    assert (bastien.speaker, bastien.role) == ("Bastien", "kinesitherapeute")
    assert segment_at(text, segs, "Et ils arrivent chez moi") is bastien
    assert segment_at(text, segs, "Chez nous c'est pareil").role == "pharmacien"


def test_towns_predicated_and_a_quotation_under_a_heading_label_stay_apart(gazetteer):
    # near-miss: places with a plural copula name no profession; a quotation under "Exemple :" (no
    # participant) does not swallow the slogan below it
    assert predicated_codes("Lamballe et Dinan sont des communes rurales, Paimpol une ville moyenne.") == []
    lines = ["Exemple : « Soigner ensemble, c'est d'abord se connaître. »",
             "« Un territoire, une équipe. »"]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "Soigner ensemble") is not segment_at(text, segs, "Un territoire, une équipe")
    assert not speech(segs)
