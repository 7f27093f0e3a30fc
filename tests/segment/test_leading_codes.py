"""Quotations opened by the speaker's code in parentheses (segment/leading_codes.py): "(H61R)
« … »", and an inline "Pour H33U, « … »" of the same build; look-alikes: "(p. 14)" and "(n = 12)"
before guillemets, a single "(E1) « … »", codes of another build inline."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.leading_codes import document_codes, leading_code

THESIS = [
    "3. Résultats",
    "Les médecins interrogés décrivent une coordination ancienne.",
    "(F45R) « Avant la CPTS, on s'appelait déjà entre nous, mais chacun gardait ses patients. »",
    "(H58U) « Le confinement m'a appris à travailler avec la pharmacie d'en face. »",
    "Pour F29U, « la messagerie sécurisée a tout changé pour les sorties d'hôpital », ce que d'autres nuancent.",
]


def test_leading_and_inline_codes_name_the_speaker(gazetteer):
    text, segs = _segment(THESIS, gazetteer)
    for snippet, code in (("Avant la CPTS, on s'appelait", "F45R"), ("Le confinement m'a appris", "H58U"),
                          ("la messagerie sécurisée a tout changé", "F29U")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("verbatim", code)


@pytest.mark.parametrize("text", [
    # page and sample-size parentheses before guillemets: no code (a letter and a digit, no space)
    "Comme le note le rapport (p. 14) « la coordination reste fragile ».\n(n = 12) « Tous ont répondu ».\n",
    # one leading code only: maybe an example's number
    "(E1) « Je ne savais pas ce qu'était une CPTS. »\nLes autres entretiens vont dans ce sens.\n",
])
def test_look_alikes_are_no_convention(text):
    assert document_codes(text) == frozenset()
    assert leading_code(text, text.index("«")) is None


def test_inline_code_of_another_build_is_not_taken():
    text = "(F45R) « Un. »\n(H58U) « Deux. »\nPour MG3, « trois »\n"
    assert leading_code(text, text.index("« trois")) is None
    assert leading_code(text, text.index("« Deux"))[0] == "H58U"


# s33-segr57a: "Pour IDE 2, l'outil sert surtout à … : “…”": a code the introducer sets at the head of
# the sentence leading to the quotation, with a clause of its own before the colon; the code's
# letters name the trade. Near misses: "Pour 2023, …" (a year), "Pour la plupart, …", letters that
# name no trade ("Pour COVID 19, …").
MEMOIR = [
    "4. Analyse",
    "J'ai mené quatre entretiens semi-directifs auprès d'infirmières de la région de Dole.",
    "Toutes connaissent l'échelle. Pour IDE 4, la grille sert surtout à convaincre : “Avec un score, le médecin de garde se déplace ; sans score, on me dit d'attendre le matin.”",
    "Pour la plupart, le problème est ailleurs : “Le soir on n'a pas le temps, je le fais après la tournée quand j'y pense.”",
]


def test_a_code_introducing_the_sentence_before_the_colon_speaks(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Avec un score, le médecin de garde")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "IDE 4", "infirmier")
    assert _at(text, segs, "Le soir on n'a pas le temps").speaker == ""  # "Pour la plupart": nobody's code


def test_introduced_code():
    from corpus.segment.leading_codes import introduced_code

    nobody = set().__contains__
    assert introduced_code("Pour IDE 4, la grille sert surtout à convaincre :", nobody) == "IDE 4"
    assert introduced_code("Selon MG12, le délai reste trop long :", nobody) == "MG12"
    assert introduced_code("Pour P3, l'essentiel est ailleurs :", {"P3"}.__contains__) == "P3"  # known, letters or not
    assert introduced_code("Pour P3, l'essentiel est ailleurs :", nobody) is None  # "P": no trade, nobody introduced it
    assert introduced_code("Pour 2023, les chiffres sont stables :", nobody) is None
    assert introduced_code("Pour COVID 19, la règle était simple :", nobody) is None
    assert introduced_code("Pour la plupart, le problème est ailleurs :", nobody) is None


# s41 (round 85): first names the memoir presents with a copula, then quoted after a lead-in they
# open ("Thomas reconnaissait … :", "Pour Claire, l'accueil commence … :")
FIRST_NAMES = ["J'ai mené trois entretiens au service de soins de suite de Langres. Les prénoms ont été modifiés.",
               "Nadia est ergothérapeute depuis huit ans. Bruno est aide-soignant de jour depuis quinze ans.",
               "Pour Nadia, le retour à domicile se prépare dès l'entrée :",
               "« Je vais voir la maison avant la sortie, avec la fille ou le fils, sinon on découvre tout le dernier jour. »",
               "Bruno reconnaissait ne pas toujours avoir le temps : « Le matin on court, je fais les toilettes "
               "en vingt minutes et je n'ai pas le temps de parler. »",
               "Lucien reconnaissait ne pas aimer les hôpitaux : « Ici on ne dort jamais, il y a toujours "
               "quelqu'un qui sonne. »"]


def test_a_presented_first_name_opening_the_lead_in(gazetteer):
    from corpus.segment.leading_codes import lead_first_name

    assert lead_first_name("Pour Nadia, le retour à domicile se prépare dès l'entrée :") == "Nadia"
    assert lead_first_name("Bruno reconnaissait ne pas toujours avoir le temps : ") == "Bruno"
    assert lead_first_name("Bruno reconnaissait ne pas toujours avoir le temps.") is None  # no colon
    text, segs = _segment(FIRST_NAMES, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Je vais voir la maison avant la sortie")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nadia", "autre_paramedical")
    s = _at(text, segs, "je fais les toilettes en vingt minutes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Bruno", "autre_paramedical")
    # near-miss: a first name the memoir never presents gets no trade
    assert _at(text, segs, "il y a toujours quelqu'un qui sonne").role in ("", "inconnu")
