"""Quotations of a researchers' article whose participant code is only in the sentence
(segment/attributions.py, a code as subject: "P2 craint par exemple que … « … »") or only after a second quotation
joined by a conjunction (segment/chained_quotes.py: "« … » car « … » (P7)"), and a participants'
table typeset with spaces only (segment/spaced_tables.py). Look-alikes that must not change: a
code named with no verb of saying, a title in guillemets in a document that closes no quotation
with a code, two quotations of two people, a table of results, a table with no profession column."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import closing_codes, subject_code
from corpus.segment.chained_quotes import chained_gap
from corpus.segment.regions import load_gazetteer
from corpus.segment.spaced_tables import is_header, row_role_head, spaced_table_rows


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


TABLE = [
    "Nous avons interviewé neuf usagers de la plateforme de téléconsultation, recrutés par la CPTS.",
    "Participant Profession Âge Usage Appareil",
    "U1 Retraitée Ancienne comptable 71 ans Hebdomadaire Tablette",
    "U2 Infirmière libérale 44 ans Quotidien Ordinateur",
    "U3 Étudiant en pharmacie 23 ans Mensuel Téléphone",
    "U4 Agriculteur 58 ans Rare Téléphone",
    "Table 2 : Les usagers interviewés.",
]

ARTICLE = TABLE + [
    "La plupart trouvent l'outil simple : « on clique, on voit le médecin, c'est tout » (U1). "
    "U2 craint par exemple que la téléconsultation « remplace la visite à domicile » chez les plus âgés, "
    "tandis que U4 a expliqué se sentir « perdu » devant l'écran. "
    "À l'exception de U3, aucun n'utilise le « mode audio » proposé par la plateforme.",
    "Selon U3, « la connexion coupe tout le temps » car « le réseau passe mal à la campagne » (U3). "
    "Plusieurs regrettent l'absence d'aide : « personne ne nous a montré » (U2). "
    "« Au début j'avais peur de mal faire » (U4).",
]


def test_a_code_subject_of_a_verb_of_saying_speaks(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    remplace = _at(text, segs, "remplace la visite")
    assert (remplace.kind, remplace.speaker) == ("verbatim", "U2")
    perdu = _at(text, segs, "« perdu »")
    assert (perdu.kind, perdu.speaker) == ("verbatim", "U4")


def test_a_code_named_without_a_verb_of_saying_is_no_lead(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    assert _at(text, segs, "mode audio").kind == "narrative"  # "À l'exception de U3, …"


def test_a_quotation_chained_by_car_shares_the_code_after_the_second(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    first = _at(text, segs, "la connexion coupe")
    assert (first.kind, first.speaker) == ("verbatim", "U3")


def test_roles_of_a_spaced_table_are_the_rows_heads(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    assert _at(text, segs, "on clique").role == "autre"  # "Retraitée", not the "comptable" after it
    assert _at(text, segs, "personne ne nous a montré").role == "infirmier"
    assert _at(text, segs, "Au début j'avais peur").role == "autre"


def test_chained_gap():
    assert chained_gap(" car ") and chained_gap(", car ") and chained_gap(" parce qu'")
    assert not chained_gap(" dit-elle, mais ") and not chained_gap(" carrément ")


def test_subject_code_needs_codes_that_close_quotations():
    sentence = "P2 craint que le logiciel « plante » au mauvais moment."
    assert subject_code(sentence, sentence.index("«"), frozenset({"P2"})) == "P2"
    assert subject_code(sentence, sentence.index("«"), frozenset()) is None
    # a document that closes no quotation on a code: no code is a subject
    assert closing_codes("Le rapport P2 décrit le « virage ambulatoire » et le plan P3.") == frozenset()
    lead = "Le dossier de P2 explique « autre chose »."
    assert subject_code(lead, lead.index("«"), frozenset({"P2"})) is None  # "de P2": no subject


def test_spaced_tables_need_a_function_header_and_rows():
    assert is_header("Participant Profession Domaine Expertise Principal document présenté")
    assert not is_header("Participant Score initial Score final")  # results, no function column
    assert not is_header("Participant | Profession | Domaine")  # delimited: the row reader's
    assert row_role_head("Étudiante en Master Biologie Intermédiaire", 3) == "Étudiante"
    assert row_role_head("Doctorante Visualisation de données", 3) == "Doctorante"
    assert row_role_head("Chargée de mission santé", 3) == "Chargée de mission"
    results = ["Participant Score initial Score final", "P1 Bon 12 15", "P2 Moyen 9 14", "P3 Bon 11 16"]
    assert spaced_table_rows(results) == {}
    assert set(spaced_table_rows(TABLE)) == {"U1", "U2", "U3", "U4"}
