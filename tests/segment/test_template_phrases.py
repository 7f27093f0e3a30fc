"""A model phrase to fill in is not someone's words (segment/fallbacks.py, template_min_blanks in
lang/fr/fallbacks.yaml): civilities offered as alternatives ("M. / Mme") or fill-in blanks (an
ellipsis standing alone before a punctuation mark) in an unattributed quotation. Near misses: a
speaker's hesitations glued to their words, a cut "[…]", a single blank in a real answer."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.fallbacks import is_speech_quote
from corpus.segment.quotes import MENTION_BEFORE
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def _speech(text, segs, snippet):
    return _at(text, segs, snippet).kind in ("verbatim", "turn")


def test_a_method_sheet_s_model_phrase_is_no_verbatim(gazetteer):
    # the case: a phone-call method sheet in a study that reports interviews too
    lines = [
        "Nous avons mené des entretiens semi-directifs avec douze infirmières libérales.",
        "S – Situation : « Je vous appelle au sujet de M. / Mme …, que je vois pour … ; je suis inquiète parce que … »",
        "Une infirmière raconte : « Moi je ne sais jamais si je peux appeler le médecin le soir, j'ai peur de déranger. »",
    ]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert not _speech(text, segs, "Je vous appelle au sujet")
    assert _speech(text, segs, "je ne sais jamais si je peux appeler")


@pytest.mark.parametrize("inner", [
    # unseen: other words, blanks only (no civilities)
    "Bonjour, je suis le pharmacien de … , j'ai délivré hier … ; je voudrais vérifier la posologie avec vous",
    # unseen: the civilities the other way round, with full words
    "Madame / Monsieur, je me permets de vous écrire pour vous signaler que mon patient a besoin d'un passage",
])
def test_model_phrases(inner):
    assert not is_speech_quote(inner, "Exemple de formulation : ", "", MENTION_BEFORE, block=True)


@pytest.mark.parametrize("inner", [
    # near misses: hesitations glued to the words, a cut, one blank a transcriber left
    "Moi je fais… je fais ce que je peux, mais le soir on est seules, on appelle le 15 quand même",
    "Je vous appelle [...] parce que je ne sais plus quoi faire avec ma mère, elle ne mange plus",
    "Le Dr … , je l'ai eu au téléphone, il m'a dit de passer le lendemain au cabinet avec les résultats",
])
def test_real_words_with_ellipses_stay_speech(inner):
    assert is_speech_quote(inner, "Une aidante raconte : ", "", MENTION_BEFORE, block=True)
