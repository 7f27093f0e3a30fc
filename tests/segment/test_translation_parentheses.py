"""A quotation in the language it was spoken in and its translation in a parenthesis right after
it (segment/translation_parentheses.py): one quotation, attributed by the incise after both.
Near misses: an attribution or a remark in the parenthesis."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.quotes import find_quotes
from corpus.segment.translation_parentheses import join_translations


def _joined(text):
    return [text[a:b] for a, b in join_translations(text, find_quotes(text))]


def test_the_translation_joins_the_quotation():
    text = ("Marthe, 91 ans, s'appuie sur le comptoir. « Dr Dokter isch fort, jetz geh i zum Apotheker » "
            "(traduction : le docteur est parti, maintenant je vais chez le pharmacien), dit-elle en riant.")
    assert _joined(text) == ["« Dr Dokter isch fort, jetz geh i zum Apotheker » (traduction : le docteur est "
                             "parti, maintenant je vais chez le pharmacien)"]
    # unseen: another language, brackets, an abbreviated marker
    text = "« Kenavo, ar wech all ! » [trad. : au revoir, à la prochaine !], lance le vieil homme."
    assert _joined(text) == ["« Kenavo, ar wech all ! » [trad. : au revoir, à la prochaine !]"]


@pytest.mark.parametrize("text", [
    "« On ne voit plus personne ici » (Marthe, 91 ans, Ferrette).",  # an attribution
    "« It takes a village » (traduction libre), écrit l'autrice.",  # a remark, no colon
])
def test_near_misses(text):
    assert _joined(text) == [text[text.index("«"):text.index("»") + 1]]


ARTICLE = [
    "Ferrette – Dans le Sundgau, la pharmacie fait office de cabinet",
    "Marthe, 91 ans, s'appuie sur le comptoir. « Dr Dokter isch fort, jetz geh i zum Apotheker » (traduction : le "
    "docteur est parti, maintenant je vais chez le pharmacien), dit-elle en riant.",
    "Thierry Meyer, titulaire de l'officine, ne s'en amuse qu'à moitié. « On renouvelle ce qu'on peut, on oriente, "
    "on prend la tension », explique-t-il.",
]


def test_in_an_article(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Dr Dokter isch fort")
    assert s.kind == "verbatim" and "je vais chez le pharmacien" in text[s.char_start:s.char_end]
    assert s.speaker == "Marthe"
    s = _at(text, segs, "On renouvelle ce qu'on peut")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Thierry Meyer", "pharmacien")


def test_a_parenthesis_holding_the_quotation_in_french():
    # an English quote, its French in guillemets in a parenthesis, then the code (segtables1)
    text = ("“Back home you just ring the surgery.” (« Chez nous, on appelle le cabinet. ») [P-GB3, Ribérac]")
    assert _joined(text) == [text[:text.index(" [P-GB3")]]
    # unseen: Italian in guillemets, an incise after the translation
    text = "« Il medico non viene più in paese. » (« Le médecin ne vient plus au village. »), dit-il."
    assert _joined(text) == [text[:text.index(", dit-il")]]


@pytest.mark.parametrize("text", [
    # a parenthesis that comments in guillemets after a French quote: prose around the guillemets
    "« On attend trois mois » (ce que la CPTS appelle « le délai »), dit-elle.",
    # a parenthesis holding a short title, not a sentence
    "« On se parle » (« Ensemble »), affiche la plaquette.",
])
def test_parentheses_that_are_no_translation(text):
    assert _joined(text)[0] == text[:text.index("»") + 1]


ENGLISH = [
    "II.2 Se soigner loin de chez soi",
    "Les neuf participants (P-IE1 à P-IE9) sont irlandais ; les entretiens ont été menés en anglais.",
    "“My GP here listens more, but I wait weeks for the physio.” (« Mon médecin ici écoute davantage, mais "
    "j'attends des semaines pour le kiné. ») [P-IE2, Bergerac]",
]


def test_the_english_quote_and_its_translation_are_one_verbatim_of_the_code(gazetteer):
    text, segs = _segment(ENGLISH, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "My GP here listens more")
    assert s.kind == "verbatim" and "j'attends des semaines" in text[s.char_start:s.char_end]
    assert (s.speaker, s.region) == ("P-IE2", "Nouvelle-Aquitaine")


# s24-segspeech2: the speaker TRANSLATING THEMSELVES after the quotation in their language (round 42,
# a weekly's Breton): "« … », annonce la vieille dame, avant de traduire elle-même pour le journaliste :
# « … »" — both quotations hers, two utterances.
def test_a_speaker_translating_herself_speaks_twice(gazetteer):
    lines = ["Plouguerneau. La tournée en breton",
             "Sur la table de la cuisine, le pilulier est ouvert. « Mont a ra mat ar galon, met an divesker a zo "
             "skuizh », annonce la vieille dame, avant de traduire elle-même pour le journaliste : « Le cœur va "
             "bien, mais les jambes sont fatiguées. »"]
    text, segs = _segment(lines, gazetteer)
    first, second = _at(text, segs, "Mont a ra mat"), _at(text, segs, "Le cœur va bien")
    assert (first.kind, second.kind) == ("verbatim", "verbatim")
    assert first is not second and second.role == first.role


def test_an_unseen_creole_speaker_translating_for_us(gazetteer):
    lines = ["Au marché de Saint-Paul, un vendeur de tisanes conseille les passants.",
             "« Fé bouyi la fèy, bwè sa lo matin », lance le vieil homme, puis traduit pour nous : "
             "« Faites bouillir la feuille et buvez-la le matin. »"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Faites bouillir la feuille").kind == "verbatim"
    assert _at(text, segs, "Fé bouyi la fèy").kind == "verbatim"


def test_someone_else_translating_is_not_the_speaker():
    from corpus.segment.translation_parentheses import self_translation

    assert self_translation(", annonce la vieille dame, avant de traduire elle-même pour le journaliste : ")
    assert self_translation(" puis traduit : ")
    # near-misses: another subject translates; a sentence ends between the quotations; a phrase book
    assert not self_translation(", dit la patiente. Sa fille traduit : ")
    assert not self_translation(". Puis elle traduit : ")
    assert not self_translation(" se dit en français : ")


# s34-segr60b: the lead says the language, the parenthesis after the quotation holds its translation
# without a marker

def test_language_named_in_the_lead_makes_the_parenthesis_a_translation(gazetteer):
    lines = ["Carnet de visites",
             "Mardi, chez M. Kerjean, 86 ans, veuf, qui vit seul près du port. Quand je lui ai demandé s'il "
             "mangeait assez, il a répondu en breton : « Mat an traoù, doktor » (Ça va bien, docteur, ne vous "
             "inquiétez pas pour moi). Sa fille m'a traduit le reste."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Mat an traoù")
    assert s.kind == "verbatim" and "ne vous inquiétez pas" in text[s.char_start:s.char_end]
    assert (s.speaker, s.role) == ("M. Kerjean", "autre")


def test_near_miss_no_language_named_keeps_the_parenthesis_apart():
    chunk = "Il a répondu : « Ça ira » (il souriait en le disant, sans y croire). Puis il est parti."
    quotes = find_quotes(chunk)
    assert join_translations(chunk, quotes) == quotes


def test_a_bracketed_sentence_after_the_quotation_is_its_translation():
    # s38 (round 72): a mediator's report gives the Creole, then the French in square brackets
    text = ("« Mon frèr la fine gagn la lepto an 2019. Depi sa, mi mèt les gan. » [Mon frère a déjà attrapé "
            "la lepto en 2019. Depuis, je mets les gants.] (Marie-Claire, planteuse, Grand Îlet)")
    assert _joined(text) == [text[:text.index(" (Marie-Claire")]]
    # unseen: Breton, a translation ending on an exclamation mark
    text = "« Deuit da welet ac'hanon, c'hwi a vo degemeret mat ! » [Venez me voir, vous serez bien reçus !]"
    assert _joined(text) == [text]


@pytest.mark.parametrize("text", [
    "« Je fais le pilulier le mardi, on est deux dessus toute la journée. » [PhB]",  # a code
    "« On revérifie tout le mercredi matin. » [I3, IDEL, rural]",  # a code and its fields
    "« Le samedi, [le cabinet] est fermé et on renvoie vers le 15. » [entretien du 3 mai, l. 45-52]",  # no sentence end
])
def test_bracket_near_misses(text):
    assert _joined(text) == [text[:text.rindex("»") + 1]]
